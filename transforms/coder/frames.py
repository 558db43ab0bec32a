"""What frames a clause's act: a te-infinitive under a right, a request, a plan or a threat,
and a dat-clause under a verb that denies or demands it. Split from ``clauses.py``."""

from __future__ import annotations

from . import actors as A
from .common import Clause, _mark
from .lexicon import (
    AUX_CHAIN,
    CONTENT_VERBS,
    GOVERNING_UNREALISED,
    INTENT_NOUNS,
    PLAN_VERBS,
    REQUEST_VERBS,
    UNREALISED_NOUNS,
)


class FramesMixin:
    """Frames of infinitives and dat-clauses. Mixed into ``_DocContext``."""

    def _infinitive_frame(self, cl: Clause, top) -> None:
        """A te-infinitive that names a right, a request or a plan, not an act: "kregen het recht
        China te bezetten", "heeft plannen om Oekraïne aan te vallen", "dreigt Oekraïne aan te
        vallen" (the threat verb codes the threat; so does an accusation: "beschuldigde Rusland
        ervan burgerdoelen te bestoken"). The noun is the infinitive's head, or an object the
        parser hung on the infinitive before its own object."""
        if top.dep_ in ("xcomp", "ccomp") and self.lemmas_of(top.head) & CONTENT_VERBS:
            if "dreigen" in self.lemmas_of(top.head) and top.head.pos_ == "VERB":
                # "China dreigt de handel met Japan stop te zetten": the act, as a threat
                # (coded only when the threat verb's own rows code nothing)
                cl.threat_of = top.head.i
            else:
                cl.asserted = False
            return
        if any(
            t.i < cl.head.i and t.pos_ == "VERB" and self.lemmas_of(t) & CONTENT_VERBS
            for t in top.subtree
        ):
            cl.asserted = False  # the same, with the content verb parsed under the infinitive
            return
        governors = self._te_governors(top, cl.head)
        if any(self.lemmas_with_particles(g) & PLAN_VERBS for g in governors):
            # "zijn overeengekomen de onderhandelingen te hervatten", also with the particle
            # apart: "kwamen overeen om samen te werken"
            cl.intent = True
        elif any(self.lemmas_of(g) & REQUEST_VERBS for g in governors):
            cl.asserted = False  # "heeft de Turkse regering aangespoord X te respecteren"
        heads = [top.head] if top.dep_ == "acl" and top.head.i != top.i else []
        nouns = heads + [d for d in cl.deps if d.dep_ == "obj" and d.i < cl.head.i]
        # (the parser may hang "om" on the infinitive's object, as a preposition)
        om = _mark(top, "om") is not None or self.lowers[top.left_edge.i] == "om"
        if om and top.dep_ in ("ccomp", "xcomp", "advcl"):
            # "smeedde een complot om Mugabe te vermoorden": the noun is the governor's object
            heads = [d for d in top.head.children if d.dep_ == "obj" and d.i < top.i]
            nouns += heads
        if om and top.dep_ == "advcl" and not cl.intent and self._purpose_only(top, cl.head):
            cl.asserted = False
        lemmas = {A.norm_lemma(n) for n in nouns if n.pos_ == "NOUN"}
        if {A.norm_lemma(n) for n in heads} & GOVERNING_UNREALISED or lemmas & UNREALISED_NOUNS:
            cl.asserted = False
        elif lemmas & INTENT_NOUNS:
            cl.intent = True
            if any(ch.lower_ == "geen" for n in nouns for ch in n.children):
                cl.negated = True  # "heeft geen plannen om naar Istanbul te reizen"

    def _verb_form(self, t) -> bool:
        """A verb by its tag or by its form in the predicate dictionary (the tagger calls some
        participles adjectives or nouns: "aangespoord", "overeengekomen")."""
        return t.pos_ in ("VERB", "AUX") or t.lower_ in self.c.form_lemma

    def _dat_governed_by(self, v, lemmas: set[str]) -> bool:
        """The verb's dat-clause follows one of these verbs, read on the words (the parser
        often hangs such a clause on a word inside it): from the verb back to "dat", over no
        other main verb, then the verb form right before "dat"."""
        start = (self.unit_of.get(v.i) or v.sent).start
        lowers, pos = self.lowers, self.pos_now  # Token.lower_ and .pos_, without the Tokens
        k = v.i - 1
        cluster = v.i  # the verb cluster ending the clause: "dat het ... heeft stopgezet"
        while k >= start:
            if lowers[k] == "dat" and pos[k] == "SCONJ":
                break
            if pos[k] == "VERB":
                if k != cluster - 1 or not self.lemmas_of(self.toks[k]) & AUX_CHAIN:
                    return False
                cluster = k  # an auxiliary of the verb itself, whatever the parse made of it
            k -= 1
        else:
            return False
        k -= 1
        while k >= start and pos[k] == "PUNCT":
            k -= 1
        return (
            k >= start
            and self._verb_form(self.toks[k])
            and bool(self.lemmas_of(self.toks[k]) & lemmas)
        )

    def _te_governors(self, top, v) -> list:
        """Candidates for the verb a te-infinitive depends on: its head, and (the parser often
        hangs such an infinitive elsewhere) the nearest verb form before its "te"."""
        out = [top.head] if top.dep_ in ("xcomp", "ccomp", "conj", "parataxis") else []
        if top.dep_ == "conj" and top.head.dep_ in ("xcomp", "ccomp") and top.head.head.i != top.i:
            # "riepen Israël op de aanvallen te stoppen en hulp toe te laten": a conjoined
            # infinitive shares its first conjunct's governor
            out.append(top.head.head)
        te = _mark(v, "te")
        if te is None:
            return out
        start = (self.unit_of.get(v.i) or v.sent).start
        for k in range(te.i - 1, max(start, te.i - 16) - 1, -1):
            if self._verb_form(self.toks[k]):
                return [*out, self.toks[k]]
        return out
