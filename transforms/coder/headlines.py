"""Headlines and quoted demands: the sentences without the usual clause ("Xi op staatsbezoek
in Moskou", "Biden en Xi urenlang samen", "Poetin: het Westen moet ...")."""

from __future__ import annotations

from . import actors as A
from .common import PREPOSITIONS, Discourse, _uniq, negative_words
from .doc_arrays import morph_get
from .lexicon import NEG_WORDS

# where a visit in a headline goes: "op staatsbezoek in Moskou", "op bezoek bij Trump"
VISIT_PREPS = {"in", "naar", "aan", "bij"}
# protesters a verbless headline may name: "Tienduizenden betogers in Brussel tegen ..."
PROTESTER_WORDS = frozenset(
    {"betogers", "demonstranten", "actievoerders", "manifestanten", "demonstrant", "betoger"}
)
# nouns of a duration after "in", "na", "sinds" ("in zeven jaar"): a time, not a place
DURATION_WORDS = frozenset(
    {"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "decennia", "eeuw"}
)
# roots of the nouns a speaker's "geen ..." refuses: talks, cooperation, support, aid, concessions
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


class HeadlinesMixin:
    def _speaker_demand(self, sent, disc: Discourse, coded: bool = False) -> list[dict]:
        """Headline "Netanyahu: Hamas moet alle gijzelaars vrijlaten": a speaker before a colon
        saying another actor must do something demands it of them (100). With no "moet" and no
        event coded in the sentence, a speaker who says something negative of another actor
        criticises it (111): "Zelensky: Trump leeft in een bubbel van Russische desinformatie",
        "Grossi: Iran werkt onvoldoende mee aan inspecties"."""
        toks, texts = self.toks, self.texts
        lo = sent.start
        if ":" in self.sent_words:
            colon = next((i for i in range(lo, min(sent.end, lo + 6)) if texts[i] == ":"), None)
        elif lo >= 2 and texts[lo - 1] == ":" and toks[lo - 2].sent.start >= lo - 6:
            # the parser ended a sentence at the colon: "Grossi:" | "Iran werkt onvoldoende mee"
            colon, lo = lo - 1, toks[lo - 2].sent.start
        else:
            return []
        if colon is None or colon == lo:
            return []
        head = toks[colon - 1]
        while head.head.i < colon and head.head.i != head.i and head.head.i >= lo:
            head = head.head
        speaker = self.np_actor(head)
        if speaker is None or not speaker.strong or not speaker.key:
            return []
        for i in range(colon + 1, sent.end):
            t = toks[i]
            if t.lower_ not in ("moet", "moeten") or t.pos_ not in ("AUX", "VERB"):
                continue
            verb = t.head if t.dep_ == "aux" else t
            cl = self.clause(verb)
            if cl.negated:
                return []
            subj = self._said_of(verb, colon, i, speaker, disc)
            if subj:
                p = self.c.speaker_demand_pred
                return self._emit(p, p.code, [speaker], subj, False, t, None, 50, [])
            return []
        if coded:
            return []
        return self._speaker_refusal(sent, colon, speaker, disc) or self._speaker_criticism(
            sent, colon, speaker, disc
        )

    def _said_of(self, verb, colon: int, before: int, speaker, disc: Discourse) -> list:
        """The actors a speaker's words after the colon are about: the subject of their clause,
        or, when the parse hung the headline's subject elsewhere ("Hegseth: Oekraïne moet ...",
        "Oekraïne" read as a parataxis of the speaker), the first name or noun after the colon
        (before ``before``) that is an actor."""

        def others(t) -> list:
            return [
                a for a in self.actors_of(t, disc) if a.strong and a.key and a.key != speaker.key
            ]

        subj = [a for d in verb.children if d.dep_ == "nsubj" and d.i > colon for a in others(d)]
        if subj or any(d.dep_ == "nsubj" and d.i > colon for d in verb.children):
            return subj
        for i in range(colon + 1, before):
            t = self.toks[i]
            if t.pos_ in ("PROPN", "NOUN"):
                return others(t)
        return []

    def _speaker_refusal(self, sent, colon: int, speaker, disc: Discourse) -> list[dict]:
        """ "Jetten: geen samenwerking met PVV", "Kallas: geen steun voor plan van Trump": a
        speaker who answers "geen" with a noun of cooperation and its partner rejects that
        partner (120)."""
        words = self.lowers[colon + 1 : min(sent.end, colon + 4)]
        if "geen" not in words or "?" in self.lowers[colon + 1 : sent.end]:
            return []
        i = colon + 1 + words.index("geen") + 1
        noun = self.toks[i] if i < sent.end else None
        if noun is None or noun.pos_ != "NOUN":
            return []
        preds = self.noun_predicates(noun)
        if not preds or preds[0].code[:2] not in COOPERATION_ROOTS:
            return []
        for j in range(i + 1, min(sent.end, i + 4)):
            if self.lowers[j] not in ("met", "voor", "aan", "van"):
                continue
            partner = (
                [
                    a
                    for a in self.actors_of(self.toks[j + 1], disc)
                    if a.strong and a.key and (a.code, a.name) != (speaker.code, speaker.name)
                ]
                if j + 1 < sent.end
                else []
            )
            if partner:
                p = self.c.speaker_refusal_pred
                return self._emit(p, p.code, [speaker], partner, False, noun, None, 45, [])
            break
        return []

    def _speaker_criticism(self, sent, colon: int, speaker, disc: Discourse) -> list[dict]:
        """What the speaker says after the colon names another actor and a negative word of the
        tone lexicon, with no negation and no question: criticism of that actor (111)."""
        words = set(self.lowers[colon + 1 : sent.end])
        if "?" in words or words & NEG_WORDS or "geen" in words:
            return []
        if words.isdisjoint(negative_words()):
            return []
        # the root of the words after the colon: the token whose head lies outside them
        verb = next(
            (
                t
                for t in self.toks[colon + 1 : sent.end]
                if t.head.i == t.i or not colon < t.head.i < sent.end
            ),
            None,
        )
        if verb is None or verb.pos_ == "PUNCT":
            return []
        about = self._said_of(verb, colon, sent.end, speaker, disc)
        if not about:
            return []
        p = self.c.speaker_criticism_pred
        return self._emit(p, p.code, [speaker], about, False, verb, None, 50, [])

    def _headline(self, sent, disc: Discourse, coded: bool) -> list[dict]:
        """Verbless headline "Biden en Xi urenlang samen": a meeting of the coordinated pair.
        The part before a colon is a headline of its own, whatever the rest codes ("Rutte op
        bezoek in Kyiv: 'Nederland blijft Oekraïne steunen'")."""
        if coded and ":" not in self.sent_words:
            return []
        if "samen" not in self.sent_words:
            return self._verbless_headline(sent, disc)
        if coded:
            return []
        toks = self.toks[sent.start : sent.end]
        anchor = next((t for t in toks if t.lower_ == "samen"), None)
        if anchor is None or any(t.pos_ in ("VERB", "AUX") for t in toks if t.i < anchor.i):
            return []
        group = [m for i, m in disc.groups if i == self.sent_idx]
        if not group:
            return []
        pred = self.c.headline_pred
        return self._emit(pred, pred.code, group[0], [], True, anchor, None, 45, [])

    def _verbless_headline(self, sent, disc: Discourse) -> list[dict]:
        """A headline without a verb that opens with its actors: "Xi op staatsbezoek in Moskou"
        (the visit noun after "op", its place or host after it), "Israël en Hamas akkoord over
        gijzelaars" (a reciprocal noun after the coordinated pair)."""
        # the mention test first: most sentences open with no name, and it costs no token scan
        ments = [m for m in self.mentions_in(sent) if m.entry.kind != A.ORG_CTX]
        if not ments or not (
            ments[0].start == sent.start
            # "Premier De Wever op werkbezoek bij Schoof": a title before the name
            or (
                ments[0].start == sent.start + 1
                and A.agent_types(self.toks[sent.start], self.c.index) is not None
            )
        ):
            return self._protest_headline(sent, disc)
        # a headline part ends at a colon: "Macron op bezoek bij Poetin: vijf uur praten"
        end = next((i for i in range(sent.start, sent.end) if self.texts[i] == ":"), sent.end)
        adjectives = self.c.adjectives  # "woedend" is tagged as a verb
        if any(
            p in ("VERB", "AUX")
            and "-" not in w  # "staakt-het-vuren" is tagged as a verb
            and w not in adjectives
            for p, w in zip(self.pos_now[sent.start : end], self.lowers[sent.start : end])
        ):
            return []
        toks = self.toks[sent.start : end]
        group = [g for i, g in disc.groups if i == self.sent_idx]
        first = self.toks[ments[0].start]
        lead = self.np_actor(first)
        if (lead is None or not lead.strong) and first.dep_ == "amod":
            # "Syrische president ...": the role, not the adjective
            lead = self.np_actor(first.head)
        sources = group[0] if group else ([lead] if lead is not None and lead.strong else [])
        if not sources:
            return []
        presence = self._presence_visit(sent.start, end, ments, sources)
        if presence:
            return presence
        opened = False  # an adposition passed: the lead actor's phrase is over
        for t in toks:
            opened = opened or t.pos_ == "ADP"
            if t.i > ments[0].start and self.lowers[t.i] in adjectives:
                return self._headline_adjective(t, end, ments, sources)  # "China boos op Japan"
            if t.pos_ != "NOUN" or t.i <= ments[0].start:
                continue
            if not opened and A.agent_types(t, self.c.index) is not None:
                continue  # "Syrische president Al-Sharaa op bezoek ...": the lead's role noun
            preds = self.noun_predicates(t)
            if not preds:
                return []  # the first noun after the actors says what happened, or nothing does
            p = preds[0]
            prev = self.toks[t.i - 1].lower_
            if prev == "op" and p.code[:2] == "04" and p.reverse:
                targets = []
                for m in ments:
                    if m.start <= t.i or m.start >= end:
                        continue
                    if self._after_prep(m.start) not in VISIT_PREPS:
                        continue
                    a = self.np_actor(self.toks[m.start])
                    if a is not None and a.key and a.key not in {s.key for s in sources}:
                        targets.append(a)
                        break
                return (
                    self._emit(p, p.code, sources, targets, False, t, None, 45, [])
                    if targets
                    else []
                )
            if "sym" in p.flags and len(_uniq(sources)) >= 2 and prev not in PREPOSITIONS:
                return self._emit(p, p.code, sources, [], True, t, None, 45, [])
            return []
        return []

    def _protest_headline(self, sent, disc: Discourse) -> list[dict]:
        """ "Honderdduizend betogers in Brussel tegen pensioenplannen regering-De Wever": a
        headline without a verb that names protesters and what they are "tegen" is their
        demonstration (141) against that phrase's actor."""
        words = self.sent_words
        if "tegen" not in words or words.isdisjoint(PROTESTER_WORDS):
            return []
        end = sent.end
        pos, lowers = self.pos_now, self.lowers
        if any(p in ("VERB", "AUX") for p in pos[sent.start : end]):
            return []
        crowd = next((i for i in range(sent.start, end) if lowers[i] in PROTESTER_WORDS), None)
        against = next((i for i in range(sent.start, end) if lowers[i] == "tegen"), None)
        if crowd is None or against is None or against < crowd:
            return []
        source = self.np_actor(self.toks[crowd])
        if source is None or not source.strong or not source.key:
            return []
        for i in range(against + 1, end):
            t = self.toks[i]
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            a = self.np_actor(t) or next(iter(self._adjective_owner(t)), None)
            if a is not None and a.strong and a.key and a.code != source.code:
                p = self.c.protest_pred
                return self._emit(p, p.code, [source], [a], False, t, None, 40, [])
        return []

    def _after_prep(self, i: int) -> str | None:
        """The adposition before the phrase at ``i``, over one article ("in het Witte Huis")."""
        k = i - 1
        if k > 0 and self.lowers[k] in ("de", "het"):
            k -= 1
        return self.lowers[k] if k >= 0 and self.pos_now[k] == "ADP" else None

    def _headline_adjective(self, adj, end: int, ments, sources) -> list[dict]:
        """ "China boos op Japan", "Rusland woedend op Finland": a verbless headline's
        adjective with the case its row names is that row's event, as with a copula."""
        for p in self.c.adjectives.get(self.lowers[adj.i], ()):
            if p.cues or "negonly" in p.flags:
                continue
            for m in ments:
                if adj.i < m.start < end and self._after_prep(m.start) in p.targets:
                    target = self.np_actor(self.toks[m.start])
                    if target is None or not target.strong or not target.key:
                        return []
                    return self._emit(p, p.code, sources, [target], False, adj, None, 40, [])
        return []

    def _presence_visit(self, start: int, end: int, ments, sources) -> list[dict]:
        """Leaders a verbless headline opens with, "in" a foreign capital or country, are
        visiting it: "Von der Leyen en De Croo in Kyiv op tweede verjaardag van de invasie";
        going "naar" it, they are on their way to a visit: "Zelensky met Europese leiders naar
        Witte Huis" (a "met" phrase of companions may come first)."""
        preps = [
            i for i in range(start, end) if self.pos_now[i] == "ADP" and i not in self.tok_mention
        ]
        while preps and (self.lowers[preps[0]] == "met" or self._time_phrase(preps[0], end)):
            preps = preps[1:]
        prep = preps[0] if preps else None
        if prep is None or self.lowers[prep] not in ("in", "naar", "bij"):
            return []
        place = next((m for m in ments if m.start == prep + 1), None)
        if place is None:
            return []
        if self.lowers[prep] == "bij":
            # "Zelensky bij Trump in Florida": with a leader, not at a place
            return self._visit_with(place, sources, prep)
        if not all(s.person or "GOV" in s.types for s in sources):
            return []
        target = self.np_actor(self.toks[place.start])
        if target is None or not target.key:
            return []
        if place.entry.kind not in (A.SEAT, A.COUNTRY, A.PLACE) and not (
            self.lowers[prep] == "in" and "LEG" in target.types and target.country
        ):
            return []  # a foreign parliament is a place too: "Trump in Knesset"
        homes = {s.country for s in sources}
        if len(homes) >= 2 and self.lowers[prep] == "in":
            guests = [s for s in sources if s.country != target.country]
            if len(guests) == len(sources) and place.entry.kind == A.PLACE:
                # "Poetin en Zelensky in Istanbul": leaders of two countries meet in a third's
                # town (in its capital they visit its host: "Von der Leyen en De Croo in Kyiv")
                p = self.c.meeting_pred
                return self._emit(p, p.code, sources, [], True, self.toks[prep], None, 40, [])
            sources = guests  # "Trump en Xi in Peking": the guest visits the host
        elif target.country in homes:
            return []
        p = self.c.presence_pred
        return self._emit(p, p.code, sources, [target], False, self.toks[prep], None, 40, [])

    def _visit_with(self, host_mention, sources, prep: int) -> list[dict]:
        """ "Zelensky bij Trump in Florida", "Netanyahu bij Trump": leaders a verbless headline
        puts "bij" a leader of another country are visiting that leader."""
        if host_mention.entry.kind != A.PERSON:
            return []
        host = self.np_actor(self.toks[host_mention.end - 1])
        if host is None or not host.strong or not host.country or "GOV" not in host.types:
            return []
        if not all(s.person and s.country and s.country != host.country for s in sources):
            return []
        p = self.c.presence_pred
        return self._emit(p, p.code, sources, [host], False, self.toks[prep], None, 40, [])

    def _time_phrase(self, i: int, end: int) -> bool:
        """A time adverbial opened by the adposition at ``i``: "voor het eerst", "in zeven
        jaar", "na twee weken", "sinds 2019" ("Modi voor het eerst in zeven jaar in China")."""
        nxt = self.lowers[i + 1 : min(end, i + 4)]
        if self.lowers[i] == "voor" and nxt[:2] == ["het", "eerst"]:
            return True
        if self.lowers[i] not in ("in", "na", "sinds", "binnen"):
            return False
        for k, w in enumerate(nxt[:3]):
            if w in DURATION_WORDS or (w.isdigit() and len(w) == 4):
                return True
            if self.pos_now[i + 1 + k] not in ("NUM", "ADJ", "DET"):
                return False
        return False

    def _headline_verb(self, v) -> bool:
        """ "Servië en Kosovo hervatten gesprekken": a plural present (the infinitive's form, no
        "te") right after the actors that start the sentence is its finite verb, though the
        parser, given a headline without articles, hangs it on the noun after it."""
        if morph_get(v, "VerbForm") != ["Inf"] or v.i == 0:
            return False
        if any(ch.lower_ == "te" for ch in v.children) or self.toks[v.i - 1].lower_ == "te":
            return False
        sent = v.sent
        words = [t for t in sent if t.i < v.i]
        return (
            bool(words)
            and all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") for t in words)
            and any(self.np_actor(t) is not None for t in words)
        )
