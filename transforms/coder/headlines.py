"""Headlines and quoted demands: the sentences without the usual clause ("Xi op staatsbezoek
in Moskou", "Biden en Xi urenlang samen", "Poetin: het Westen moet ...")."""

from __future__ import annotations

from . import actors as A
from .common import PREPOSITIONS, Discourse, _uniq
from .doc_arrays import morph_get

# where a visit in a headline goes: "op staatsbezoek in Moskou", "op bezoek bij Trump"
VISIT_PREPS = {"in", "naar", "aan", "bij"}


class HeadlinesMixin:
    def _speaker_demand(self, sent, disc: Discourse) -> list[dict]:
        """Headline "Netanyahu: Hamas moet alle gijzelaars vrijlaten": a speaker before a colon
        saying another actor must do something demands it of them (100)."""
        if ":" not in self.sent_words:
            return []
        toks = self.toks
        colon = next(
            (i for i in range(sent.start, min(sent.end, sent.start + 6)) if toks[i].text == ":"),
            None,
        )
        if colon is None or colon == sent.start:
            return []
        head = toks[colon - 1]
        while head.head.i < colon and head.head.i != head.i and head.head.i >= sent.start:
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
            subj = [
                a
                for d in verb.children
                if d.dep_ == "nsubj" and d.i > colon
                for a in self.actors_of(d, disc)
                if a.strong and a.key and a.key != speaker.key
            ]
            if subj:
                p = self.c.speaker_demand_pred
                return self._emit(p, p.code, [speaker], subj, False, t, None, 50, [])
            return []
        return []

    def _headline(self, sent, disc: Discourse, coded: bool) -> list[dict]:
        """Verbless headline "Biden en Xi urenlang samen": a meeting of the coordinated pair."""
        if coded:
            return []
        if "samen" not in self.sent_words:
            return self._verbless_headline(sent, disc)
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
        if not ments or ments[0].start != sent.start:
            return []
        if any(
            p in ("VERB", "AUX") and "-" not in w  # "staakt-het-vuren" is tagged as a verb
            for p, w in zip(self.pos_now[sent.start : sent.end], self.lowers[sent.start : sent.end])
        ):
            return []
        toks = self.toks[sent.start : sent.end]
        group = [g for i, g in disc.groups if i == self.sent_idx]
        lead = self.np_actor(self.toks[ments[0].start])
        sources = group[0] if group else ([lead] if lead is not None and lead.strong else [])
        if not sources:
            return []
        for t in toks:
            if t.pos_ != "NOUN" or t.i <= ments[0].start:
                continue
            preds = self.noun_predicates(t)
            if not preds:
                return []  # the first noun after the actors says what happened, or nothing does
            p = preds[0]
            prev = self.toks[t.i - 1].lower_
            if prev == "op" and p.code[:2] == "04" and p.reverse:
                targets = []
                for m in ments:
                    if m.start <= t.i or self.toks[m.start - 1].lower_ not in VISIT_PREPS:
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
