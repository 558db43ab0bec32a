"""Clause analysis: verb chains, negation, modality, subjects and targets of a predicate."""

from __future__ import annotations

from . import actors as A
from .common import VERB_POS, Clause, Discourse, _bare_indirect_object, _mark
from .doc_arrays import morph_get
from .lexicon import (
    AUX_CHAIN,
    CLAUSE_NEGATIONS,
    COND_MARKS,
    DENIAL_VERBS,
    INTENT_ADJECTIVES,
    INTENT_VERBS,
    JOURNEY_VERBS,
    MUTUAL_WORDS,
    NEG_WORDS,
    NON_ASSERTED,
    OBJ_DEPS,
    PREP_DEPS,
    REFUSAL_VERBS,
    REJECT_VERBS,
    RELATIVE,
    REQUEST_VERBS,
    SUBJ_DEPS,
    VIOLENT_ROOTS,
)
from .linear import _Linear
from .np_actors import town_named

# relative adverbs that open a document's clause: "een motie waarin ...", "een brief waarbij ..."
WHEREIN = frozenset({"waarin", "waarbij", "waarmee"})

# finite forms of the auxiliaries of a perfect or a passive
PERFECT_AUX_FORMS = frozenset(
    {"is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd",
     "werden"}
)  # fmt: skip
# prepositions of a time or cause frame: the phrases inside are no target of the verb
FRAME_CASES = frozenset({"na", "tijdens", "sinds", "vanwege", "wegens", "ondanks"})
# amounts a noun can carry ("heffingen van 25 procent", "een lening van 90 miljard")
MEASURE_NOUNS = frozenset({"procent", "miljard", "miljoen", "euro", "dollar", "ton"})
OBJ_OR_OBL = frozenset(OBJ_DEPS | {"obl"})
# subjects of "willen" in the idiom "het toeval wil dat ...": what happened, no one's wish
FATE_NOUNS = frozenset(
    {"ironie", "toeval", "lot", "traditie", "legende", "overlevering", "gewoonte", "geschiedenis"}
)
# subordinators of a condition (not "wanneer" or "of": a time, a question) and the words that
# end a backward read for one (``_condition_before``)
CONDITION_SUBORDINATORS = frozenset(COND_MARKS - {"of", "wanneer"})
STOP_WORDS = frozenset({"en", "maar", "of", "want", "dat", "die", "omdat", "nadat", "toen"})

# slots where an act named again may stand for its author ("veroordeelt de aanval",
# "protesteert tegen het besluit")
ACT_SLOTS = frozenset({"obj", "tegen", "op", "over"})


class ClausesMixin:
    """Clause analysis: verb chains, negation, modality, subjects and targets of a predicate. Mixed into ``_DocContext``."""

    def _whether_clause(self, v, deps) -> bool:
        """``v`` heads an "of" (whether) clause: its mark, or a sentence that opens with "Of"
        before ``v`` with no comma between (the parser may read "Of" as part of a name)."""
        if any(d.dep_ == "mark" and d.lower_ == "of" and d.i < v.i for d in deps):
            return True
        first = (self.unit_of.get(v.i) or v.sent).start
        return first < v.i and self.lowers[first] == "of" and "," not in self.texts[first : v.i]

    def _condition_before(self, chain) -> bool:
        """ "De NAVO grijpt in mits Rusland Oekraïne zou hebben aangevallen": the clause opens
        with a conditional subordinator that the parser hung elsewhere (on a noun of the clause),
        so no mark of the verb says so. The words before the verb chain are read back to the
        subordinator, stopping at punctuation, a coordinator or another verb."""
        first, last = min(x.i for x in chain), max(x.i for x in chain)
        unit = self.unit_of.get(first) or chain[0].sent
        if last + 1 < unit.end and self.pos_now[last + 1] not in ("PUNCT", "SPACE"):
            return False  # not verb-final: "Als reactie op de aanvallen vuurde Iran raketten af"
        ids = {x.i for x in chain}
        for i in range(first - 1, unit.start - 1, -1):
            w = self.lowers[i]
            if w in CONDITION_SUBORDINATORS and self.pos_now[i] == "SCONJ":
                return True
            if w in STOP_WORDS or self.pos_now[i] in ("PUNCT", "VERB", "AUX") and i not in ids:
                return False
        return False

    def clause(self, v) -> Clause:
        cl = self.clause_cache.get(v.i)
        if cl is None:
            cl = self.clause_cache[v.i] = self._clause(v)
        return cl

    def _clause(self, v) -> Clause:
        chain = [v]
        t = v
        while (
            t.head.i != t.i
            and t.dep_ in ("xcomp", "ccomp", "advcl", "dep", "conj", "obj")
            and A.norm_lemma(t.head) in AUX_CHAIN
            and t.head.pos_ in ("AUX", "VERB")
            and t.dep_ != "conj"
            and not any(
                ch.dep_ == "mark" and ch.lower_ in ("dat", "of", "als") for ch in t.children
            )
        ):
            t = t.head  # not across a dat-clause: "De ironie wil dat X een akkoord sloot"
            chain.append(t)
        chain_ids = {x.i for x in chain}
        deps = []
        walk = list(chain)
        auxes = []
        for x in walk:  # grows with the auxiliaries found, whose own children count too
            for ch in x.children:
                if ch.i not in chain_ids:
                    if ch.dep_ in ("aux", "aux:pass", "cop") and A.norm_lemma(ch) in AUX_CHAIN:
                        walk.append(ch)
                        auxes.append(ch)
                        chain_ids.add(ch.i)
                        continue
                    deps.append(ch)
        # the clause's top verb stays last (``chain[-1]``: its relation to the sentence), the
        # auxiliaries before it ("had gesloten": [gesloten, had] with "gesloten" on top)
        chain = chain[:-1] + auxes + chain[-1:]
        cl = Clause(v, chain, deps)
        lemmas = {A.norm_lemma(x) for x in chain if x.i != v.i}
        texts = {x.text.lower() for x in chain}
        cl.negated = (
            any(
                (
                    ch.dep_ in ("advmod", "det", "fixed", "dep")
                    and ch.text.lower() in CLAUSE_NEGATIONS
                )
                for ch in deps
            )
            or any(
                ch.text.lower() == "geen" or (ch.text.lower() in NEG_WORDS)
                for d in deps
                if d.dep_ in OBJ_OR_OBL and self.has_kids[d.i]
                for ch in d.children
                if ch.dep_ in ("det", "advmod")
            )
            or (
                self.has_word(
                    "noch"
                )  # the walk below costs a Token per word: only if it can succeed
                and any(
                    # "noch door Pruissen, noch door Rusland ondersteund": neither actor does it
                    x.lower_ == "noch"
                    for d in deps
                    for x in (d, *d.children)
                )
            )
        )
        cl.intent = bool(lemmas & INTENT_VERBS) or (
            "zullen" in lemmas and not texts & {"zou", "zouden"}
        )
        if "gaan" in lemmas and morph_get(v, "VerbForm") == ["Inf"]:
            cl.intent = True
        reportative = bool(texts & {"zou", "zouden"}) and bool(lemmas & {"hebben", "zijn"})
        cl.asserted = not (lemmas & NON_ASSERTED) and (
            reportative or not (texts & {"zou", "zouden"})
        )
        if cl.asserted and self._whether_clause(v, deps):
            cl.asserted = False  # "Of Trump en Xi elkaar zullen ontmoeten, is nog niet zeker"
        cl.passive = (
            (
                "worden" in lemmas
                and (
                    any(d.dep_ in ("aux:pass", "nsubj:pass") for d in deps)
                    or morph_get(v, "VerbForm") == ["Part"]
                )
            )
            or (
                "zijn" in lemmas
                and morph_get(v, "VerbForm") == ["Part"]
                and (
                    any(self.case_of(d) == "door" for d in deps)  # a "door" agent (asked only here)
                    # "is gearresteerd": a transitive dictionary verb with no object whose
                    # auxiliary the parser marks passive ("is begonnen" is marked so too, but
                    # "beginnen" takes no object)
                    or (
                        not self.lemmas_of(v).isdisjoint(self.c.obj_verbs)  # "gedood" as written
                        and not any(d.dep_ == "obj" for d in deps)
                        and (
                            any(x.dep_ == "aux:pass" for x in chain)
                            or any(d.dep_ == "nsubj:pass" for d in deps)
                        )
                    )
                )
            )
        ) and "hebben" not in lemmas
        bare_participle = (
            not cl.passive
            and v.dep_ == "ROOT"
            and morph_get(v, "VerbForm") == ["Part"]
            and not lemmas & {"hebben", "zijn", "worden"}
            and not any(d.dep_ in ("aux", "aux:pass") for d in deps)
            and not self._auxiliary_before(v)
        )
        if bare_participle and (
            (
                not any(d.dep_ == "obj" for d in deps)
                and any(d.dep_ in ("nsubj", "nsubj:pass") and d.i < v.i for d in deps)
                and not self.lemmas_of(v).isdisjoint(self.c.obj_verbs)
                # "bezocht" is also the finite past ("De kanselier bezocht vorige week Polen")
                and v.lower_ not in self.c.past_forms
            )
            or (
                not any(d.dep_ == "nsubj" for d in deps)
                and any(d.dep_ == "obl:agent" and d.i > v.i for d in deps)
                and all(d.i < v.i for d in deps if d.dep_ == "obj")
            )
        ):
            # a headline drops the auxiliary: "Nederlandse journalist opgepakt in Iran" is
            # passive, also with a "door" agent when the parser took the undergoer before the
            # participle for its object ("Pelosi in Taipei ontvangen door president Tsai")
            cl.passive = True
        # conditional / interrogative clause
        top = chain[-1] if chain else v
        cl.asserted = cl.asserted and not self._inverted_condition(v)
        for x in (v, top):
            if x.i not in self.mark_heads:
                continue  # no subordinator: a walk over the children would find none
            for ch in x.children:
                if ch.dep_ == "mark" and ch.text.lower() in COND_MARKS:
                    if ch.lower_ == "als" and any(
                        d.dep_ in SUBJ_DEPS and d.i < ch.i for d in x.children
                    ):
                        continue  # "wordt als historisch beschouwd": "as", after the subject
                    cl.asserted = False
        if cl.asserted and self._condition_before(chain):
            cl.asserted = False
        # a "te" infinitive the parser hung on its verb as a clause of a noun is its complement
        # ("weigerden in te stemmen met ...", "stemmen" read as acl of "weigerden")
        comp = top.dep_ in ("xcomp", "ccomp") or (
            top.dep_ == "acl" and top.head.pos_ == "VERB" and _mark(top, "te") is not None
        )
        refuser = top.head if comp or top.dep_ == "advcl" else None
        if refuser is None and v.i in self.te_heads:
            # the parser hung the finite refusal verb on the infinitive ("Milosevic, die de
            # overwinning weigert te erkennen": "weigert" as a particle of "erkennen")
            refuser = next(
                (c for c in v.children if c.i < v.i and self.lemmas_of(c) & REFUSAL_VERBS), None
            )
        if refuser is not None and self.lemmas_of(refuser) & REFUSAL_VERBS:
            if self.lemmas_of(refuser) & REJECT_VERBS:
                # "weigerde het voorstel te aanvaarden" is a rejection: the verb's negated code
                # (aanvaarden neg=120; ontmoeten, a refusal only, 125); a verb without one codes
                # nothing
                cl.negated = cl.refused = True
            else:
                cl.asserted = False  # "verzuimde X te steunen": the act did not take place
        if (
            top.dep_ in ("xcomp", "ccomp", "advcl") and A.norm_lemma(top.head) in INTENT_ADJECTIVES
        ) or self._intent_adjective_beside(v):
            cl.intent = True  # "is bereid met de Palestijnen te onderhandelen"
        asked = comp or (top.dep_ == "advcl" and _mark(top, "te") is not None)
        if asked and self.lemmas_of(top.head) & REQUEST_VERBS:
            cl.asserted = False  # "roept de VS op de sancties op te heffen": only asked
        if (
            top.dep_ in ("ccomp", "xcomp", "parataxis") and self.lemmas_of(top.head) & DENIAL_VERBS
        ) or self._dat_governed_by(v, DENIAL_VERBS):
            cl.asserted = False  # "ontkent dat Poetin Zelensky zal ontmoeten": denied
        if (
            top.dep_ in ("ccomp", "xcomp")
            and "willen" in self.lemmas_of(top.head)
            and _mark(top, "dat") is not None
            # "De ironie wil dat X een akkoord sloot": as it happened, no one's wish
            and not any(
                ch.dep_ == "nsubj" and A.norm_lemma(ch) in FATE_NOUNS for ch in top.head.children
            )
        ):
            cl.asserted = False  # "Michel wil dat de troepen zich terugtrekken": only wanted
        if v.i in self.te_heads:  # _mark(v, "te"), from the doc's arrays
            self._infinitive_frame(cl, top)
        if cl.asserted and top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ == "VERB":
            # "eiste dat Nederland de strijd staakte en de leiders vrijliet": a conjunct shares
            # the frame of the first (a demand, a condition, a denial), not its own modal
            first = self.clause(top.head)
            own = {A.norm_lemma(x) for x in first.chain} | {x.lower_ for x in first.chain}
            if not first.asserted and own.isdisjoint(NON_ASSERTED | {"zou", "zouden"}):
                cl.asserted = False
        return cl

    def _auxiliary_before(self, v) -> bool:
        """A form of "zijn", "hebben" or "worden" tagged as an auxiliary before the participle,
        whatever the parse hung it on ("zijn zondag in Genève bijeengekomen" read as "his
        Sunday"): the participle is a perfect, no headline's bare passive."""
        start = (self.unit_of.get(v.i) or v.sent).start
        return any(
            self.pos_now[k] == "AUX"
            and self.lowers[k] in PERFECT_AUX_FORMS
            and self.toks[k].head.pos_ not in ("VERB", "AUX")  # hung on no other verb
            for k in range(start, v.i)
        )

    def has_word(self, word: str) -> bool:
        """Whether any word of the doc is ``word`` (``Token.lower_``), kept per doc: rules that
        only fire on a rare word ("noch", "samen") ask it first."""
        found = self.has_words.get(word)
        if found is None:
            found = self.has_words[word] = word in self.lowers
        return found

    def lemmas_of(self, tok) -> frozenset[str]:
        """The token's lemma and the dictionary verbs its form belongs to: the lemmatizer's
        guess can be wrong ("beschuldigt" -> "beschuldiglen") where the verb-form table is not.
        Read from the doc's arrays and kept per token: clause rules ask it of the same verbs."""
        i = tok.i
        found = self.lemmas_cache.get(i)
        if found is None:
            # A.norm_lemma without the Token
            out = {(self.lemmas[i] or self.texts[i]).lower().replace("_", "")}
            for lemma, particle in self.c.form_lemma.get(self.lowers[i], ()):
                out.add(lemma)
                if particle:
                    out.add(particle + lemma)
            found = self.lemmas_cache[i] = frozenset(out)
        return found

    def lemmas_with_particles(self, v) -> frozenset[str]:
        """``lemmas_of(v)`` and, for each separable particle hung on it, particle + lemma
        ("stelt ... voor": voorstellen, "trekt ... uit": uittrekken)."""
        lemmas = self.lemmas_of(v)
        parts = [c.lower_ for c in v.children if c.dep_ == "compound:prt"]
        return lemmas | {p + w for p in parts for w in lemmas} if parts else lemmas

    def subjects(self, cl: Clause, disc: Discourse, depth: int = 0) -> tuple[list[A.Actor], list]:
        subj_toks = [d for d in cl.deps if d.dep_ in SUBJ_DEPS]
        if cl.passive:
            agents = [
                d
                for d in cl.deps
                if self.case_of(d) == "door" and d.dep_ in ("obl", "obl:agent", "nmod")
            ]
            acts = [a for d in agents for a in self.actors_of(d, disc)]
            if not acts:
                # "is gedood door een Israëlische luchtaanval": the attack's owner is the agent
                acts = [
                    a for d in agents if self._violent_noun(d) for a in self._adjective_owner(d)
                ]
            rel = next(
                (
                    x
                    for x in cl.chain
                    if x.dep_ == "acl:relcl"
                    # "nam een motie aan waarin de regering wordt opgeroepen": read as an advcl
                    or (x.dep_ == "advcl" and any(c.lower_ in WHEREIN for c in x.children))
                ),
                None,
            )
            if not agents and rel is not None:
                # "een motie aangenomen waarin het kabinet wordt opgeroepen": the document's
                # author asks, through it (the parser may hang the clause on the verb that
                # adopted the document: then its object)
                doc_noun = rel.head
                if doc_noun.pos_ in VERB_POS:
                    doc_noun = next(
                        (c for c in doc_noun.children if c.dep_ == "obj" and c.i < rel.i),
                        doc_noun,
                    )
                acts = self._document_author(doc_noun, disc, depth)
            if not agents and not acts:
                acts = self._summoner(cl, disc)
            return acts, agents
        if subj_toks:
            if not cl.passive and len(subj_toks) > 1:
                # "Biden en Xi komen": the second conjunct is sometimes parsed as a second subject;
                # "Duitsland zal Polen helpen": an uncoordinated second "subject" is the object
                subj_toks = [t for t in subj_toks if t.i < cl.head.i] or subj_toks[:1]
                if cl.chain[-1].dep_ == "acl:relcl" and subj_toks[0].lower_ in RELATIVE:
                    # "een akkoord dat FARC en regering sloten": the pronoun is the object
                    subj_toks = subj_toks[1:] or subj_toks
                subj_toks = self._coordinated_prefix(sorted(subj_toks, key=lambda t: t.i))
            acts: list[A.Actor] = []
            for s in subj_toks:
                if s.text.lower() in RELATIVE and cl.chain[-1].dep_ in ("acl:relcl", "acl"):
                    s = self._antecedent(s, cl.chain[-1].head)
                acts.extend(self.actors_of(s, disc) or self._document_author(s, disc, depth))
            if acts and (
                self.has_word("samen") or not self.lemmas_of(cl.head).isdisjoint(JOURNEY_VERBS)
            ):
                # "Merz bezoekt Kyiv samen met Macron en Starmer": they act with the subject
                acts.extend(
                    a
                    for d in self._together_phrases(cl)
                    for a in self.actors_of(d, disc)
                    if a.strong
                )
            return acts, subj_toks
        top = max(cl.chain, key=lambda x: 0 if x.i == cl.head.i else 1) if cl.chain else cl.head
        top = cl.chain[0]
        for x in cl.chain:
            if (
                x.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl:relcl", "acl")
                and x.head.i != x.i
            ):
                top = x
        if depth == 0 and top.dep_ == "conj":
            # "X erkent A als partner en steunt A": the nearest earlier verb's subject, not the
            # (possibly distant) conjunction head the parser chose
            prev, _ = self._previous_clause(top, disc)
            if prev:
                return prev, []
        te_inf = any(ch.text.lower() == "te" and ch.dep_ == "mark" for ch in top.children)
        if (
            depth < 3
            and (top.dep_ in ("xcomp", "advcl", "conj") or (top.dep_ == "ccomp" and te_inf))
            and top.head.i != top.i
        ):
            parent = self.clause(top.head)
            return self.subjects(parent, disc, depth + 1)
        if top.dep_ == "acl" and te_inf and depth < 3:
            # "maakte gebruik van de situatie om X te bezetten": the controller is the matrix subject
            h = top.head
            while h.head.i != h.i and h.pos_ not in ("VERB", "AUX"):
                h = h.head
            if h.pos_ in ("VERB", "AUX") and h.i != top.i:
                return self.subjects(self.clause(h), disc, depth + 1)
        if top.dep_ in ("acl:relcl", "acl") and top.head.i != top.i:
            return self.actors_of(top.head, disc), [top.head]
        return [], []

    def _antecedent(self, pronoun, head):
        """A relative pronoun right after a common noun refers to that noun, where the parser
        hung the clause on an earlier word ("De Verenigde Staten stemden tegen een resolutie die
        Rusland veroordeelt": the resolution condemns, not the United States)."""
        prev = self.toks[pronoun.i - 1] if pronoun.i > 0 else None
        if prev is not None and prev.i > head.i and prev.pos_ == "NOUN":
            return prev
        return head

    def _violent_noun(self, t) -> bool:
        """An event noun of assault or force ("luchtaanval", "bombardement", "beschieting")."""
        p = self.noun_predicate_of(t.lemma_, t.text, t.i) if t.pos_ == "NOUN" else None
        return p is not None and p.code[:2] in VIOLENT_ROOTS

    def targets(
        self, cl: Clause, slots: tuple[str, ...], disc: Discourse, allow_weak: bool
    ) -> tuple[list, bool]:
        """Actor2 candidates from the dictionary's slots; second value = reciprocal (elkaar)."""
        out: list[A.Actor] = []
        recip = False
        cands = []
        for d in cl.deps:
            if d.dep_ in SUBJ_DEPS and not (cl.passive and d.dep_ in SUBJ_DEPS):
                continue
            if cl.passive and d.dep_ in SUBJ_DEPS:
                cands.append((d, "obj"))
                continue
            case = self.case_of(d)
            if d.pos_ == "ADJ" and d.dep_ in ("advcl", "xcomp") and case is None:
                # "reageert boos op het vertrek van de PVV": the parser hangs the verb's phrase
                # on its manner adjective
                cands.extend(
                    (ch, self.case_of(ch))
                    for ch in d.children
                    if ch.dep_ in PREP_DEPS and ch.i > d.i and self.case_of(ch) is not None
                )
            if d.dep_ in OBJ_DEPS and case is None:
                cands.append((d, "obj"))
            elif _bare_indirect_object(d, cl):
                cands.append((d, "obj"))  # "zet Amerikaanse diplomaten het land uit"
            elif case is not None and d.dep_ in PREP_DEPS:
                if not self._target_of_stand(cl, d, case) and not (
                    (self.has_word("samen") and self._together_with(cl, d))
                    or self._companion(cl, d)
                ):
                    cands.append((d, case))
            if case in ("tegen", "voor") and self.noun_predicate_of(d.lemma_, d.text, d.i):
                # "stemde tegen sancties tegen Rusland": a stand on an act; the act's own
                # target is no target of the stand (opposing sanctions is not opposing Russia)
                continue
            # a recipient may hang on the object's last conjunct: "levert machinegeweren en 3800
            # ton brandstof aan het Oekraïense leger" (not "om raketten en bescherming tegen X")
            if case in FRAME_CASES:
                continue  # "na het geweld tegen X": the phrase in a time or cause frame is its own
            holders = [(d, None)]
            holders += [
                (c, ("aan", "naar")) for c in d.children if c.dep_ == "conj" and c.pos_ == "NOUN"
            ]
            if d.dep_ in OBJ_DEPS:
                # "stopt de levering van wapens aan Israël": the recipient hangs on the goods
                holders += [
                    (c, ("aan", "naar"))
                    for c in d.children
                    if c.dep_ == "nmod"
                    and c.pos_ == "NOUN"
                    and self.case_of(c) == "van"
                    and self.np_actor(c) is None
                ]
            for ch, cases in ((ch, cs) for h, cs in holders for ch in h.children):
                if (
                    ch.dep_ in ("nmod", "obl")
                    and self.case_of(ch) is not None
                    and (cases is None or self.case_of(ch) in cases)
                    and d.dep_ in OBJ_DEPS | {"obl", "obl:arg"}
                ):
                    cands.append((ch, self.case_of(ch)))
                    if ch.lemma_.lower() in MEASURE_NOUNS:
                        # "heffingen van 25 procent op Canadees staal": the phrase after an
                        # amount is the object's, wherever the parser hung it
                        cands.extend(
                            (g, self.case_of(g))
                            for g in ch.children
                            if g.dep_ == "nmod" and self.case_of(g) not in (None, "van")
                        )
        if not cl.passive:
            # "Tijdens het bezoek sprak de Japanse premier met Trump": after the verb the parser
            # hangs the verb's phrase on the subject before it; one the verb's row takes is the
            # verb's (a noun's own phrase, "een kopgroep met zes vrouwen", names no actor)
            for d in cl.deps:
                if d.dep_ == "nsubj" and d.i > cl.head.i and self.has_kids[d.i]:
                    cands.extend(
                        (ch, case)
                        for ch in d.children
                        if ch.dep_ == "nmod"
                        and ch.i > d.i
                        and (case := self.case_of(ch)) in slots
                        and case != "van"
                    )
        if cl.passive and cl.head.dep_ == "conj" and not any(d.dep_ in SUBJ_DEPS for d in cl.deps):
            # "Zelensky won de verkiezingen en werd gefeliciteerd door Trump": the first
            # conjunct's subject undergoes the passive
            cands.extend((d, "obj") for d in self.clause(cl.head.head).deps if d.dep_ == "nsubj")
        if "obj" in slots and not any(s == "obj" for _, s in cands) and not cl.passive:
            # V2 word order parsed as two subjects ("Biden noemde Xi een dictator", "Duitsland zal Polen helpen")
            subj = sorted((d for d in cl.deps if d.dep_ in SUBJ_DEPS), key=lambda t: t.i)
            kept = {t.i for t in self._coordinated_prefix(subj)}
            cands.extend((d, "obj") for d in subj if d.i not in kept)
        if "obj" in slots and not any(s == "obj" for _, s in cands):
            # "... beschouwt X en steunt (X)": a conjoined verb shares its object
            v = cl.head
            if v.dep_ == "conj" and v.head.i != v.i:
                for d in self.clause(v.head).deps:
                    if d.dep_ in OBJ_DEPS and self.case_of(d) is None:
                        cands.append((d, "obj"))
        for d in cl.deps:
            # "elkaar" in the predicate's own slot: "ontmoetten elkaar", "praten met elkaar",
            # not "stonden tegenover elkaar" for a predicate whose slot is "achter"
            if d.text.lower() in ("elkaar", "elkaars") and (self.case_of(d) or "obj") in slots:
                recip = True
            elif any(
                ch.text.lower() == "elkaar" and (self.case_of(ch) or "obj") in slots
                for ch in d.children
                if ch.dep_ in ("nmod", "obl", "obj")
            ):
                recip = True
            elif d.dep_ == "obj" and any(
                ch.lower_ in MUTUAL_WORDS for ch in d.children if ch.i < d.i
            ):
                # "India en Pakistan beschieten elkaars stellingen", "China en de VS verlagen
                # hun wederzijdse heffingen" (whatever the predicate's own target slot)
                recip = True
        if "aan" in slots and "obj" not in slots:
            # "de VS zouden Duitsland het geld lenen": of two bare objects, the first is the
            # indirect object, which "aan" would otherwise mark
            bare = [t for t, s in cands if s == "obj"]
            if not cl.passive:
                subj = sorted((d for d in cl.deps if d.dep_ in SUBJ_DEPS), key=lambda t: t.i)
                kept = {t.i for t in self._coordinated_prefix(subj)}
                bare += [d for d in subj if d.i not in kept]
            bare.sort(key=lambda t: t.i)
            if len(bare) >= 2 or any(t.dep_ == "iobj" for t in bare):
                cands.append(
                    (
                        bare[0] if len(bare) >= 2 else next(t for t in bare if t.dep_ == "iobj"),
                        "aan",
                    )
                )
        causee = self.causee(cl)
        if causee is not None:
            cands = [(t, s) for t, s in cands if t.i != causee.i]
        if (
            any(d.dep_ == "nsubj" for d in cl.deps)
            and any(
                s == "obj"
                and t.dep_ == "iobj"
                # after the finite verb, or in a verb-final clause ("de SP" before "hekelen" is
                # the subject's conjunct)
                and (t.i > cl.head.i or any(c.dep_ == "mark" for c in cl.head.children))
                and self.actors_of(t, disc)
                for t, s in cands
            )
            and any(s == "obj" and t.dep_ == "obj" for t, s in cands)
        ):
            # "Francken belooft Oekraïne Belgische F-16's": the indirect object receives, the
            # object is what is given, whatever actor word it holds (with a subject: "verweet
            # Rutte de ChristenUnie" has its subject read as the indirect object)
            cands = [(t, s) for t, s in cands if not (s == "obj" and t.dep_ == "obj")]
        against: list[A.Actor] = []  # the "tegen" phrase's actors, and a "bij" addressee found
        lodged = False
        for tok, slot in cands:
            if slot == "door" and cl.passive:
                continue
            if slot in slots or (slot == "obj" and "obj" in slots):
                if tok.text.lower() in ("elkaar", "elkaars"):
                    recip = True
                    continue
                # "eist de vrijlating van de gijzelaars door Hamas", "veroordeelt de bezetting
                # van Gaza door Israël": the agent of the act the object names (its "van"
                # phrase names who undergoes it)
                agent = self._agent_of_object(cl, tok, disc) if slot in ("obj", "van") else []
                found = agent or self.actors_of(tok, disc, allow_weak=allow_weak)
                if slot == "obj" and self._violent_noun(tok) and not agent:
                    # "veroordeelt de Russische invasie van Oekraïne": the attack's owner, not
                    # its victim
                    found = self._adjective_owner(tok) or found
                if not found and slot == "obj":
                    # "bombardeerde doelen van Hezbollah in Zuid-Libanon": the owner of what is
                    # hit, before the place where it stands
                    for ch in tok.children:
                        if ch.dep_ == "nmod" and self.case_of(ch) == "van":
                            m = self.tok_mention.get(ch.i)
                            if town_named(tok) and m and m.entry.kind in (A.SEAT, A.PLACE):
                                break  # "schendt de akkoorden van Minsk": a name, no owner
                            found = [a for a in self.actors_of(ch, disc) if a.strong]
                            break
                owner = found or self._adjective_owner(tok)
                if (
                    not owner
                    and self.event_log  # nothing coded before: no act to point back to
                    and slot in ACT_SLOTS
                    and cl.head.pos_ in ("VERB", "AUX")
                    # not the verb's own idiom: "verklaarde X de oorlog", "nam het besluit";
                    # with a predicate complement the object is what is named, whatever its
                    # word: "noemt de aanval schandalig" ("aanval" cues "noemt X een aanval")
                    and (
                        not self.c.takes_as_object(cl.head, tok)
                        or any(ch.dep_ == "xcomp" for ch in cl.head.children)
                    )
                ):
                    owner = self._act_antecedent(tok)  # "noemt het besluit antisemitisch"
                if slot == "tegen":
                    against.extend(owner)
                elif slot == "bij" and found:
                    lodged = True
                out.extend(owner)
                if not found and allow_weak:
                    # (the verbs that may take a place: attacks, sanctions, seizures)
                    if (
                        slot == "obj"
                        and self.noun_predicate_of(tok.lemma_, tok.text, tok.i) is None
                    ):
                        # not an act's place: "veroordeelt de aanslag in Jeruzalem" is no stand
                        # on Israel
                        out.extend(self._target_place(tok, disc))
                    out.extend(self._target_origin(tok, disc))
        if "ccomp" in slots:
            for d in cl.deps:
                if d.dep_ in ("ccomp", "parataxis") or (
                    # a dat-clause the parser took for an infinitive complement
                    d.dep_ == "xcomp" and _mark(d, "dat") is not None
                ):
                    sub = self.clause(d)
                    acts, _ = self.subjects(sub, disc)
                    out.extend(acts or _Linear(self, d, disc).sources())
        if lodged and against:  # "protesteerde bij Londen tegen de aanhouding van X": lodged
            out = [a for a in out if not any(a is b for b in against)]  # with the "bij" party
        return out, recip
