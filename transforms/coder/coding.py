"""Coding a sentence: predicates, their actors and discourse memory, into event rows."""

from __future__ import annotations

import bisect
from dataclasses import replace

from . import actors as A
from .common import (
    NOUN_POS,
    PREPOSITIONS,
    VERB_POS,
    Discourse,
    _cue_ok,
    _dedupe,
    _has_det,
    _last_word,
    _main_verb_with_object,
    _to_intent,
    _uniq_key,
    aux_before_participle,
    coordinated,
    longest_suffix,
    state_on_state,
)
from .doc_arrays import morph_get
from .lexicon import (
    ACCUSATION_VERBS,
    AIRCRAFT,
    AUX_CHAIN,
    GROUP_WORDS,
    OBJ_DEPS,
    QUANTITY_NOUNS,
    REPORT_VERBS,
    SINGLE_WORDS,
    SUBJ_DEPS,
    UNREAL_COMPLEMENT_VERBS,
    threat_code,
)
from .linear import _Linear
from .towns import loc_entities, town_adjective_countries, towns_in

ARTICLES = {"een", "de", "het", "den", "eene"}


class CodingMixin:
    """Coding a sentence: predicates, their actors and discourse memory, into event rows. Mixed into ``_DocContext``."""

    def code_sentence(self, sent, s_idx: int, disc: Discourse) -> list[dict]:
        self.sent_idx = s_idx
        lowers = self.lowers[sent.start : sent.end]
        if not self.mentions_in(sent) and GROUP_WORDS.isdisjoint(lowers):
            # most sentences of an article: no name, so no actor unless a bare role noun takes
            # the country just named (or, with two role nouns, the feed's home country: "De
            # minister bedankte de Kamer" in a Dutch feed); nothing to remember for anaphora
            # (nor is ``sent_words`` read before the next sentence sets it)
            need = self._roles_needed(s_idx, disc, lowers)
            if not need or not self._bare_role_noun(sent, [], need):
                return []
        words = set(lowers)
        self._update_discourse(sent, s_idx, disc)
        rows: list[dict] = []
        self.sent_words = words = A.with_singulars(words)
        skip = (
            bool(words & self.c.d.discards) or _last_word(self.texts[sent.start : sent.end]) == "?"
        )
        if not skip:
            # an event needs two actors: skip sentences that cannot supply them (most of an article)
            ments = [
                m
                for m in self.mentions_in(sent)
                if m.entry.kind != A.ORG_CTX or self._ctx_org_ok(m, self.toks[m.start])
            ]
            n_keys = len({m.entry.code for m in ments})
            group_words = bool(words & GROUP_WORDS)
            single_words = bool(words & SINGLE_WORDS)
            if n_keys < 2:
                n_keys += self._remembered_in(sent)
            if n_keys == 1:
                if self.loc_ents is None:
                    self.loc_ents = loc_entities(
                        self.doc, self.texts, self.tok_starts, self.ent_cols
                    )
                n_keys += towns_in(self.loc_ents, sent.start, sent.end, self.tok_mention)
            if not (
                n_keys >= 2
                or group_words
                or (n_keys == 1 and (single_words or len(ments) > 1))
                # "Bolsonaro is veroordeeld tot 27 jaar cel": the court is the country's own
                or (n_keys == 1 and "veroordeeld" in words)
                or (n_keys == 1 and ments and self._domestic(self.toks[ments[0].start]))
                or (n_keys == 1 and self._bare_role_noun(sent, ments))
                # one actor after an event: "Libanon veroordeelt de aanval" names the other
                # by the act (anaphora._act_antecedent)
                or (n_keys == 1 and self.event_log and s_idx - self.event_log[-1][0] <= 2)
                or (
                    n_keys == 0
                    and (need := self._roles_needed(s_idx, disc, lowers))
                    and self._bare_role_noun(sent, ments, need)
                )
            ):
                skip = True
        opinion_heads: set[int] = set()
        verb_events: dict[int, bool] = {}
        self.verb_events_now = verb_events  # read by code_verb: a threat verb already coded
        if not skip:
            toks = self.toks
            span = range(sent.start, sent.end)
            pos, pos_now, lowers = self.pos, self.pos_now, self.lowers
            forms, past = self.c.form_lemma, self.c.past_forms
            adjectives, cop_heads = self.c.adjectives, self.cop_heads
            verbs = [
                i
                for i in span
                if pos[i] in VERB_POS
                or pos_now[i] in VERB_POS  # made a verb by a repair
                or (lowers[i] in forms and (lowers[i] in past or self.verb_like_at(i)))
                or (pos[i] in ("ADJ", "NOUN", "ADV") and lowers[i] in adjectives and i in cop_heads)
            ]
            # a demand's, request's or denial's dat-clause keeps nothing that happened ("Kallas
            # eist dat Rusland zijn troepen terugtrekt": no withdrawal), also where the parser
            # hangs a verb of it outside the clause frame the clause rules read
            opinions, irreal = self.c.opinion_lemmas, UNREAL_COMPLEMENT_VERBS
            lemmas, texts = self.lemmas, self.texts
            for i in verbs:
                # an opinion verb, by its lemma as A.norm_lemma reads it; a demand or denial
                # keeps its own event but its dat-clause reports nothing that happened
                lemma = (lemmas[i] or texts[i]).lower().replace("_", "")
                if lemma in REPORT_VERBS and any(
                    c.dep_ == "advmod" and c.lower_ in ("niet", "nooit") for c in toks[i].children
                ):
                    for d in toks[i].children:
                        if d.dep_ == "ccomp":
                            opinion_heads.update(x.i for x in d.subtree)
                    continue
                if lemma in opinions or lemma in irreal:
                    deps = ("ccomp", "parataxis") if lemma in opinions else ("ccomp",)
                    if lemma in ACCUSATION_VERBS:
                        deps = ("ccomp", "xcomp")
                        t = toks[i]
                        if t.dep_ == "aux" and t.head.i > i:
                            # the parser hung the accusation on the alleged act's infinitive
                            opinion_heads.add(t.head.i)
                    for d in toks[i].children:
                        if d.dep_ in deps:
                            opinion_heads.update(x.i for x in d.subtree)
            particles = self.c.all_particles
            for i in verbs:
                if i in opinion_heads:
                    continue
                if lowers[i] in particles and self._particle_of_verb(toks[i]):
                    continue  # "dreigt de steun stop te zetten": "stop" is no verb of its own
                ev = self.code_verb(i, disc)
                verb_events[i] = bool(ev)
                rows.extend(ev)
            backers, any_backer = self.c.backers, not self.c.backers.keys().isdisjoint(words)
            # without a backer word only nouns and adjectives can code: those of the sentence
            nominal = self.nominal
            first = bisect.bisect_left(nominal, sent.start)
            cands = span if any_backer else nominal[first : bisect.bisect_left(nominal, sent.end)]
            # "het staakt-het-vuren" is tagged a verb: a hyphenated verb after an article is a noun
            hyphened = [
                i
                for i in verbs
                if "-" in lowers[i] and i > sent.start and lowers[i - 1] in ARTICLES
            ]
            for i in [*cands, *hyphened] if hyphened else cands:
                p = pos[i]
                if (
                    (p in NOUN_POS or p == "ADJ" or i in hyphened)
                    and i not in opinion_heads
                    # code_noun's own first test, on strings: most nouns name no event
                    and self.noun_predicate_of(lemmas[i], texts[i], i) is not None
                    and (p != "ADJ" or _has_det(toks[i], ARTICLES))
                ):
                    # an adjective with an article is a noun the tagger missed ("een offensief")
                    rows.extend(self.code_noun(toks[i], disc, verb_events))
                if any_backer and lowers[i] in backers and i not in opinion_heads:
                    rows.extend(self.code_backer(toks[i], disc))
            if rows and not self.c.mediators.keys().isdisjoint(words):
                rows.extend(self.code_mediators(sent, disc))
        rows.extend(self._headline(sent, disc, bool(rows)))
        if not skip:
            rows.extend(self._speaker_demand(sent, disc, bool(rows)))
            rows.extend(self._reported_demand(sent, disc))
            rows.extend(self._as_demanded(sent, disc))
        return _dedupe(rows)

    def _update_discourse(self, sent, s_idx: int, disc: Discourse) -> None:
        """Remember coordinated actor groups and subjects of this sentence for later anaphora."""
        doc = self.toks
        ments = [
            m
            for m in self.mentions_in(sent)
            if m.entry.kind in (A.PERSON, A.COUNTRY, A.DEMONYM, A.ORG)
            or (
                m.entry.kind == A.SEAT
                and not (m.start > sent.start and self.lowers[m.start - 1] in A.LOCATIVE)
            )
        ]
        acts = []
        for m in ments:
            a = self.np_actor(doc[m.end - 1])
            if a is None or not a.strong or not a.key:
                for k in range(m.start, m.end):
                    a = (
                        self.np_actor(doc[k].head)
                        if doc[k].head.i not in range(m.start, m.end)
                        else None
                    )
                    if a is not None and a.strong and a.key:
                        break
            if a is not None and a.strong and a.key:
                acts.append((m, a))
        # "A en B" / "A, B en C" in the running text, whatever the parse says
        run: list[A.Actor] = []
        last_end = None
        for m, a in acts:
            between = self.lowers[last_end : m.start] if last_end is not None else None
            if between is not None and coordinated(between):
                if all(x.key != a.key for x in run):
                    run.append(a)
            else:
                if len(run) >= 2:
                    disc.groups.append((s_idx, run))
                run = [a]
            last_end = m.end
        if len(run) >= 2:
            disc.groups.append((s_idx, run))
        # parsed coordination / several subjects of one verb
        by_verb: dict[int, list[A.Actor]] = {}
        for m, a in acts:
            t = doc[m.end - 1]
            while t.dep_ in ("flat", "appos", "compound", "amod") and t.head.i != t.i:
                t = t.head
            if t.dep_ in ("nsubj", "nsubj:pass"):
                by_verb.setdefault(t.head.i, []).append(a)
            elif t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubj:pass"):
                by_verb.setdefault(t.head.head.i, []).append(a)
        for members in by_verb.values():
            uniq = _uniq_key(members)
            if len(uniq) >= 2:
                disc.groups.append((s_idx, uniq))
            elif uniq:
                disc.subjects.append((s_idx, uniq[0]))
        for _, a in acts:
            disc.mentions.append((s_idx, a))
        if acts and (not disc.subjects or disc.subjects[-1][0] != s_idx):
            for m, a in acts:
                if m.start > sent.start and self.lowers[m.start - 1] in PREPOSITIONS:
                    continue
                disc.subjects.append((s_idx, a))
                break

    def _roles_needed(self, s_idx: int, disc: Discourse, lowers: list[str]) -> int:
        """How many bare role nouns a sentence without names needs to be coded: one when the
        article just named a country (it may be the role's, the other actor an anaphor), two when
        only the feed's home country or a town adjective (``lowers``: "de Haagse politie") can
        give them one (an event needs two actors), else none."""
        if disc.recent_country(s_idx) is not None:
            return 1
        if self.feed_country:
            return 2
        return 0 if town_adjective_countries().keys().isdisjoint(lowers) else 2

    def sent_cue_ok(self, p) -> bool:
        """``_cue_ok`` on ``sent_words``, joined once per sentence and kept per entry: every
        verb tries its entries, and ``verb_predicates`` tries those again."""
        if self.joined_words is not self.sent_words:
            self.joined_words = self.sent_words
            self.joined = "\x00" + "\x00".join(self.sent_words) + "\x00"
            self.cue_memo = {}
        found = self.cue_memo.get(id(p))
        if found is None:
            found = self.cue_memo[id(p)] = _cue_ok(p, self.sent_words, self.joined)
        return found

    def mentions_in(self, sent) -> list[A.Mention]:
        """The mentions that start in ``sent``, kept per span (asked several times a sentence);
        the list is shared: read it, never change it."""
        key = (sent.start, sent.end)
        found = self.ments_cache.get(key)
        if found is None:
            lo = bisect.bisect_left(self.mention_starts, sent.start)
            hi = bisect.bisect_left(self.mention_starts, sent.end)
            found = self.ments_cache[key] = self.mentions[lo:hi]
        return found

    def code_adjective(self, v, disc: Discourse) -> list[dict]:
        """An adjective with a copula heads its clause: its subject and its prepositional
        object are the actors ("China is boos op Japan", "De VS zijn kritisch over Israël")."""
        cl = self.clause(v)
        for p in self.c.adjectives.get(self.lowers[v.i], ()):
            if p.cues and not self.sent_cue_ok(p):
                continue
            rows = self._code_predicate(v, p, cl, disc)
            if rows:
                return rows
        return []

    def code_verb(self, i: int, disc: Discourse) -> list[dict]:
        """The events of token ``i`` as a verb (or an adjective with a copula)."""
        if i in self.cop_heads:
            if self.lowers[i] in self.c.adjectives:
                return self.code_adjective(self.toks[i], disc)  # participle-like too: "woedend"
            return []  # "de koning is dood": a state named by a verb form, not the act
        # the dictionary gates first, on the doc's arrays (A.norm_lemma, Token.lemma_ and
        # Token.lower_ without the Token): most verbs fail them
        lemma = self.verb_gate(i)
        if lemma is None:
            return []  # no reading can fire: cue word or target preposition missing from the sentence
        v = self.toks[i]
        words = self.sent_words
        nxt = self.toks[v.i + 1] if v.i + 1 < len(self.toks) else None
        if nxt is not None and nxt.pos_ == "ADJ" and v.lower_.endswith("e"):
            # "de door Syrië gesteunde Libanese organisatie": the noun comes after the adjectives
            k = nxt.i
            while k + 1 < len(self.toks) and self.toks[k].pos_ == "ADJ" and k - v.i < 4:
                k += 1
            nxt = self.toks[k]
        if (v.dep_ == "amod" and morph_get(v, "VerbForm") != ["Fin"]) or (  # "lanceert" is finite
            (
                (v.pos_ == "ADJ" and v.lower_ not in self.c.past_forms)
                or (
                    nxt is not None
                    and nxt.pos_ == "NOUN"
                    and v.pos_ in ("ADJ", "VERB")
                    and v.dep_ not in ("ROOT", "acl:relcl")
                    and morph_get(v, "VerbForm") != ["Fin"]  # a finite verb is never attributive
                    and not self._headline_verb(v)
                )
            )
            # a form with a subject of its own is a verb ("dat hij ... niet uitsluit", tagged ADJ)
            and not any(ch.dep_ in SUBJ_DEPS for ch in v.children)
        ):
            return []  # attributive participle: "de door Syrië gesteunde organisatie"
        if v.pos_ == "VERB" and v.i in self.det_heads and morph_get(v, "VerbForm") != ["Part"]:
            # a nominal infinitive: "beschuldigd van het steunen van terrorisme" (not a
            # participle that took its object's article: "hebben het regeerakkoord ondertekend")
            return []
        if (
            v.dep_ in ("obl", "obl:arg", "nmod")
            and morph_get(v, "VerbForm") == ["Inf"]
            and any(c.dep_ == "case" and c.i < v.i for c in v.children)
        ):
            return []  # so is one after a preposition: "waarschuwt voor reizen naar Japan"
        if v.i > 0 and self.lowers[v.i] in ("doden", "gewonden"):
            prev = self.toks[v.i - 1]
            if prev.pos_ == "NUM" or prev.lower_ in QUANTITY_NOUNS or prev.like_num:
                return []  # "een aanslag met 26 doden": a count of victims, no verb
        if (
            v.pos_ == "AUX"
            and lemma in AUX_CHAIN
            and (
                ("het" not in words and not _main_verb_with_object(v, self.c.cue_words(lemma)))
                or (v.dep_ in ("aux", "aux:pass") and v.head.pos_ == "VERB" and v.head.i != v.i)
            )
        ):
            # auxiliaries carry no event of their own ("hebben het over" and "had contact met"
            # are the exceptions, as main verbs: "heeft ... contacten met Oostenrijk bevroren"
            # is no meeting)
            return []
        if lemma in AUX_CHAIN and aux_before_participle(v, self.c.form_lemma):
            return []  # "heeft alle contacten met Arafat verbroken": the participle's event
        if (
            morph_get(v, "VerbForm") == ["Part"]
            and v.head.i < v.i
            and A.norm_lemma(v.head) == "houden"
            and v.dep_ in ("xcomp", "conj", "obj", "ccomp", "advcl")
        ):
            return []  # "houden honderden blauwhelmen gegijzeld": the houden row codes the state
        cl = self.clause(v)
        for k, p in enumerate(self.verb_predicates(v, cl)):
            # a cued reading that finds no actors gives way to the verb's plain reading:
            # "erkende de Joegoslavische regering" is no "erkennen de regering van X"; not when
            # the cue is an event noun, coded on its own ("dreigt met sancties tegen X": 1312)
            if k and any(
                d.pos_ == "NOUN" and longest_suffix(A.norm_lemma(d), self.c.nouns) for d in cl.deps
            ):
                break
            if "none" in p.flags:
                return []  # a reading that is no event ("biedt zijn ontslag aan") ends the search
            rows = self._code_predicate(v, p, cl, disc)
            if rows:
                return rows
        return []

    def _code_predicate(self, v, p, cl, disc: Discourse) -> list[dict]:
        if "opinion" in p.flags:
            return []
        code = p.code
        if cl.negated:
            neg = p.value("neg")
            if "negonly" in p.flags:
                pass
            elif neg and ("refusal" not in p.flags or cl.refused):
                code = neg
            else:
                return []
        if not cl.asserted:
            return []
        allow_weak = "place" in p.flags
        lin = _Linear(self, v, disc)
        if (
            lin.negated
            and "negonly" not in p.flags
            and (
                # a word-order negation refuses nothing ("Noch A noch B steunde ...")
                not p.value("neg") or ("refusal" in p.flags and not cl.refused)
            )
        ):
            return []
        if lin.negated and p.value("neg") and not cl.negated:
            code = p.value("neg") or code
        if "negonly" in p.flags and not (cl.negated or lin.negated):
            return []
        if not lin.asserted:
            return []
        cl.intent = cl.intent or lin.intent
        rel = lin._relative()
        lin_first = False
        undergoer: list[A.Actor] = []
        if rel and cl.passive:
            # "Zelensky, die werd aangevallen door Trump": the antecedent undergoes the passive
            undergoer, rel = rel, []
        if rel:
            sources, subj_toks = rel, []
        else:
            sources, subj_toks = self.subjects(cl, disc)
            bare_before = [c for c in lin.chunks if c[0] < v.i and c[2] is None]
            if lin._subordinate() and len(bare_before) >= 2:
                # verb-final clause with subject and object before the verb: word order is more reliable
                sources, lin_first = lin.sources(), True
            elif (
                sources
                and not cl.passive
                and not lin._subordinate()
                and bare_before
                # the parse's subject follows the finite verb: "Barak heeft Arafat ... ontmoet"
                # (main clause only: not "eist dat Arafat de militanten oppakt")
                and all(
                    t.i > (min(v.i, lin._finite()) if v.dep_ == "ROOT" else v.i) for t in subj_toks
                )
                and lin.sources()
                and not lin.inverted
                and {a.code for a in lin.sources()}.isdisjoint({a.code for a in sources})
            ):
                # main clause "A [verb] B": a bare actor phrase before the finite verb is the subject,
                # even when the parse labels the phrase after the verb as subject
                sources, lin_first = lin.sources(), True
        sources = [s for s in sources if s.strong]
        conf = 70
        lin_passive = False
        passive = cl.passive or (lin.passive and not subj_toks)
        if not sources and passive:
            # passive whose "door" agent the parse attached elsewhere: "X werd ... gesteund door Y, die ..."
            # but not one inside the passive subject ("de ontvoering van X door Y werd veroordeeld")
            inside = {
                i
                for d in cl.deps
                if d.dep_ == "nsubj:pass"
                for i in range(d.left_edge.i, d.right_edge.i + 1)
            }
            sources = [
                a
                for pos, acts, prep in lin.chunks
                if prep == "door" and pos not in inside
                for a in acts
                if a.strong
            ]
            lin_passive = bool(sources)
            conf = 50
        if not sources and passive and code[:2] == "17" and "obj" in p.targets:
            # "Een Nederlandse journalist is in Iran gearresteerd": an arrest or expulsion with no
            # agent is the act of the state where it happened
            sources = self._state_of_place(cl, lin)
            conf = 40
        if not sources and passive and code == "116":
            # "Bolsonaro is veroordeeld tot 27 jaar cel": a court of the place or of the country
            sources = self._court_of(cl, lin, disc)
            conf = 40
        if not sources and not subj_toks and not cl.negated:
            # "Er is opnieuw gevochten tussen Israël en Hezbollah", "Er wordt onderhandeld tussen
            # A en B": no agent, the "tussen" phrase names both sides of a mutual act (not the
            # mediator's row, "bemiddelen tussen", which needs a subject)
            group = self._verb_between(cl, disc)
            if group:
                return self._code_between(v, p, cl, group)
        if not sources and passive:
            return []  # agentless passive ("Albanië werd bezet"): no actor1
        if not sources:
            sources = lin.sources()
            conf = 50
        shared_obj: list[A.Actor] = []
        if not sources and lin.lo > 0 and self.toks[lin.lo - 1].lower_ == "en":
            # "de VS beschouwt X als ... en steunt (X) met wapens": subject and object of the first verb
            sources, shared_obj = self._previous_clause(v, disc)
        elif not rel and not lin_first:
            ls = lin.sources()
            if len({a.key for a in ls}) > len({a.key for a in sources}) and {
                a.key for a in sources
            } <= {a.key for a in ls}:
                sources = ls  # the parse lost a conjunct: "Biden en Xi hadden het over ..."
        if not sources:
            return []
        if not passive:
            sources = sources + self.likewise_sources(v, disc, sources)
        if rel or lin_first:
            targets, recip = [], False
        else:
            targets, recip = self.targets(cl, p.targets, disc, allow_weak)
        if undergoer and not targets and "obj" in p.targets:
            targets = undergoer
        lin_recip = lin.recip and ("sym" in p.flags or lin.recip_slot in p.targets)
        recip = (recip or lin_recip) and "say" not in p.flags
        if (
            not targets
            and not recip
            and "obj" in p.targets
            and lin.lo > 0
            and self.toks[lin.lo - 1].lower_ == "en"
        ):
            shared_obj = shared_obj or self._previous_clause(v, disc)[1]
            targets = [
                a
                for a in shared_obj
                if (a.strong or allow_weak) and a.key not in {s.key for s in sources}
            ]
        if lin_passive and not targets and "obj" in p.targets:
            targets = [
                a
                for pos, acts, prep in lin.chunks
                if prep is None
                for a in acts
                if a.strong or allow_weak
            ]
        if not targets and not recip and "recv" in p.flags:
            # "Oekraïne krijgt Duitse tanks": the adjective on what is received names the giver
            targets = [
                a
                for d in cl.deps
                if d.dep_ in OBJ_DEPS and self.case_of(d) is None
                for ch in d.children
                if ch.dep_ == "amod"
                for a in [self.np_actor(ch)]
                if a is not None and a.country and a.key not in {s.key for s in sources}
            ]
        if (
            not targets
            and not recip
            and not (p.targets == ("obj",) and self._thing_object(cl))
            and self.causee(cl) is None
            and not self._accused_unknown(v, cl)
        ):
            targets = lin.targets(p.targets, allow_weak, sources, p.cues)
        if not targets and not recip and allow_weak and code[:2] in ("17", "18", "19", "20"):
            # "Oegandese troepen hebben in Congo honderd mensen opgepakt": the place stands for its country
            targets = [a for pos, acts, prep in lin.chunks if prep == "in" for a in acts if a.key]
        if not targets and not recip and code[:3] in ("110", "111"):
            targets = self._conjunct_target(v, sources, disc)  # "spreekt van X en dreigt Y"
        if not targets and not recip and code[:2] == "13":
            targets = self._condition_subjects(v, disc)  # "dreigt met acties als het kabinet .."
        if not targets and not recip and code[:2] == "13":
            targets = self._retaliation_target(cl, sources)  # "Iran dreigt met vergelding"
        if not targets and not recip and code[:2] == "13":
            targets = self._threatened_recipient(v, sources, disc)  # "dreigt ... aan X te stoppen"
        if not targets and not recip and "met" in p.targets and p.cues:
            targets = self._prefix_partner(cl, sources)  # "schort EU-toetredingsgesprekken op"
        if "milonly" in p.flags and not any("MIL" in s.types for s in sources):
            if not ("statemil" in p.flags and state_on_state(sources, targets)):
                return []
        air = p.value("air")
        if air and any(x in (s.agent_lemma or "") for s in sources for x in AIRCRAFT):
            code = air
        law = p.value("law")
        if law and any({"COP", "JUD"} & set(s.types) for s in sources):
            code = law  # "De politie heeft X aangeklaagd" charges (173), no lawsuit (115)
        people = p.value("people")
        if people and targets and all(a.person for a in (*sources, *targets)):
            code = people  # "Trump en Vance vallen Zelensky aan": words, not arms (111)
        if cl.threat_of >= 0:
            if self.verb_events_now.get(cl.threat_of):
                return []  # the threat verb's own row coded the threat
            code = threat_code(code)
            if code is None:
                return []  # no threat of a cooperative act
        if cl.intent:
            code = _to_intent(code)
            if code is None:
                return []
        return self._emit(p, code, sources, targets, recip, v, cl, conf, subj_toks)

    @staticmethod
    def _particle_of_verb(t) -> bool:
        """A separable particle tagged a verb and hung on the verb it belongs to, as its object
        or particle ("stop" in "stop te zetten")."""
        return t.dep_ in ("obj", "compound:prt") and t.head.i > t.i and t.head.pos_ == "VERB"

    def _code_between(self, v, p, cl, group: list[A.Actor]) -> list[dict]:
        """Both directions of a mutual act between ``group``'s actors, by the verb's row that
        does not need a mediator."""
        if "tussen" in p.targets:
            p = next((q for q in self.verb_predicates(v, cl) if "tussen" not in q.targets), None)
        code = p and (_to_intent(p.code) if cl.intent else p.code)
        if not code:
            return []
        return self._emit(
            replace(p, flags=p.flags | {"sym"}), code, group, [], False, v, cl, 50, []
        )
