"""Backers: the actor of a "met steun van X", "op verzoek van X" or "na bemiddeling door X"
phrase acts on the subject of the clause the phrase belongs to. Mixed into ``_DocContext``."""

from __future__ import annotations

from . import actors as A
from .common import Discourse, _to_intent

# verbs of thanks and praise: "bedankt X voor de steun" (X gave the support)
THANKS_VERBS = frozenset({"bedanken", "danken", "prijzen", "loven", "complimenteren"})
# prepositions of a backer's phrase on a verb: "met steun van", "op verzoek van", "na / onder
# bemiddeling van (door)"
BACKER_CASES = frozenset({"met", "op", "na", "onder", "ondanks", "als"})


class BackersMixin:
    """Events of a backer phrase on a clause. Mixed into ``_DocContext``."""

    def _thanks(self, v) -> bool:
        """A verb of thanks or praise whose "voor" phrase names what the object did."""
        return not self.lemmas_of(v).isdisjoint(THANKS_VERBS)

    def code_backer(self, n, disc: Discourse) -> list[dict]:
        """ "Met steun van de VS heroverde Oekraïne Cherson", "Op verzoek van Kyiv stuurde Polen
        tanks", "na bemiddeling door de VS stemden India en Pakistan in": the backer (the noun's
        "van" or "door" actor) acts on the subject of the verb the phrase belongs to
        (predicates.tsv rows flagged ``backer``)."""
        p = self.c.backers.get(A.norm_lemma(n))
        if p is None:
            return []
        if n.dep_ == "fixed" and n.head.dep_ == "case" and n.head.lower_ in ("met", "op"):
            # UD's multiword preposition: "Op verzoek van" is the case of "Kyiv"
            phrases = [n.head.head]
        elif n.dep_ == "fixed" and n.head.lower_ in ("met", "op"):
            # the same with the preposition misparsed ("heeft op verzoek van Washington ...
            # uitgeleverd": "op" an xcomp, "Washington" on the auxiliary): the "van" phrase
            # right after the noun
            phrases = [t for t in self.toks[n.i + 2 : n.i + 5] if self.case_of(t) == "van"][:1]
        elif (n.dep_ in ("obl", "obl:arg") and self.case_of(n) in BACKER_CASES) or (
            # "Xi woonde de parade bij als eregast van Poetin": "als" read as a conjunction
            n.dep_ in ("advcl", "xcomp", "nmod")
            and any(c.dep_ == "mark" and c.lower_ == "als" for c in n.children)
        ):
            if any(ch.lower_ == "geen" for ch in n.children):
                return []
            # "na bemiddeling door de VS", "onder bemiddeling van de EU"
            phrases = [
                ch for ch in n.children if ch.dep_ == "nmod" and self.case_of(ch) in ("van", "door")
            ]
            if not phrases:
                # "Onder Amerikaanse druk stemde Nederland in": the country adjective is the backer
                phrases = [n] if self._adjective_countries(n) else []
        else:
            return []
        if not phrases or phrases[0].dep_ not in ("obl", "obl:arg", "nmod"):
            return []
        gov = phrases[0].head if n.dep_ == "fixed" else n.head
        if gov.dep_ == "aux" and gov.head.pos_ == "VERB":
            gov = gov.head  # hung on the auxiliary: the clause is its participle's
        if gov.pos_ not in ("VERB", "AUX"):
            return []
        cl = self.clause(gov)
        if (cl.negated or not cl.asserted) and self.case_of(n) != "ondanks":
            # "ondanks een verzoek van X belde hij niet": the request was made all the same
            return []
        if phrases == [n]:
            backers = self._adjective_countries(n)
        else:
            backers = [a for ph in phrases for a in self.actors_of(ph, disc) if a.strong]
        if not backers:
            return []
        if cl.passive or self._zijn_passive(gov):
            # "X is gearresteerd op verzoek van Spanje": the request went to whoever arrested,
            # not to the one arrested
            return []
        subj, _ = self.subjects(cl, disc)
        # not the backer itself; two roles of one country are left to ``_emit``'s domestic
        # rules ("ondanks de kritiek van de oppositie houdt de minister vast": NLDOPP -> NLDGOV)
        codes = {b.code for b in backers}
        targets = [s for s in subj if s.strong and s.code not in codes]
        if not targets:
            return []
        code = (_to_intent(p.code) or p.code) if cl.intent else p.code
        return self._emit(p, code, backers, targets, False, n, cl, 45, [])
