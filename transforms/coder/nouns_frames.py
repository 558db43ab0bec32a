"""Frames around an event noun: a phase noun that sets the time ("na afloop van een gesprek met
X"), and a claim of responsibility that names who carried out an attack ("X eiste de
aanslag op")."""

from __future__ import annotations

from . import actors as A
from .common import Discourse
from .lexicon import VIOLENT_ROOTS

# nouns of a phase of an event: "na afloop van het gesprek", "aan het einde van de top", "in de
# loop van de onderhandelingen". The event in their "van" phrase is what frames the clause.
PHASE_NOUNS = frozenset({"afloop", "einde", "eind", "begin", "loop", "start", "slot"})
# the prepositions a phase noun takes when it sets the time of its clause
PHASE_CASES = frozenset({"na", "aan", "bij", "in", "tijdens", "tegen", "tot", "sinds"})
# verbs of claiming an act ("eiste de aanslag op", "claimde de aanval") and, with the noun
# "verantwoordelijkheid", of taking responsibility for it ("nam de verantwoordelijkheid op zich")
CLAIM_VERBS = frozenset({"opeisen", "claimen"})
RESPONSIBILITY_VERBS = frozenset({"opeisen", "claimen", "nemen", "opnemen", "aanvaarden"})
RESPONSIBILITY_NOUNS = frozenset({"verantwoordelijkheid", "verantwoordelijkheden"})


class NounFramesMixin:
    """Phase nouns and claims of responsibility. Mixed into ``_DocContext`` with ``NounsMixin``."""

    def phase_frame(self, n):
        """The phase noun whose "van" phrase event noun ``n`` is, as the parser hangs it: on the
        phase noun ("na afloop | van een gesprek"), or on the phase noun's own head right after
        it ("zei na afloop | van een gesprek": both on "zei"); None otherwise. The phase noun
        must set a time (a phrase of "na", "aan", "in" ...)."""
        if self.case_of(n) != "van":
            return None
        head = n.head
        if n.dep_ == "nmod" and A.norm_lemma(head) in PHASE_NOUNS and head.i < n.i:
            frame = head
        else:
            before = n.left_edge.i - 1
            if before < 0:
                return None
            frame = self.toks[before]
            if (
                A.norm_lemma(frame) not in PHASE_NOUNS
                or frame.head.i != head.i
                or frame.i == head.i
                or n.dep_ not in ("obl", "obl:arg", "nmod")
            ):
                return None
        if frame.dep_ not in ("obl", "obl:arg", "nmod") or self.case_of(frame) not in PHASE_CASES:
            return None
        return frame

    def phase_case(self, frame) -> str:
        """What a phase phrase says of the clause's time: after the event ("na afloop van",
        "na het einde van") or during it (the other phases)."""
        return "na" if self.case_of(frame) == "na" else "tijdens"

    def claimed_by(self, n, p, disc: Discourse) -> list:
        """The actors who claim violent event noun ``n``: the subject of "opeisen"/"claimen"
        with the noun as its object ("Hamas eiste de aanslag op"), or with the noun in the
        "voor" phrase of the verb or of its object "de verantwoordelijkheid" ("X heeft de
        verantwoordelijkheid opgeëist voor de aanslag", "X nam de verantwoordelijkheid voor de
        aanslag op zich"). Claiming an attack names its perpetrator; none for a negated,
        unasserted or intended claim."""
        if p.code[:2] not in VIOLENT_ROOTS or n.head.i == n.i:
            return []
        gov = n.head
        case = self.case_of(n)
        if case == "voor" and A.norm_lemma(gov) in RESPONSIBILITY_NOUNS and gov.head.i != gov.i:
            verb, verbs = gov.head, RESPONSIBILITY_VERBS
        elif case == "voor" and any(
            ch.dep_ == "obj" and A.norm_lemma(ch) in RESPONSIBILITY_NOUNS for ch in gov.children
        ):
            verb, verbs = gov, RESPONSIBILITY_VERBS
        elif case is None and n.dep_ == "obj":
            verb, verbs = gov, CLAIM_VERBS
        else:
            return []
        if not (self.lemmas_with_particles(verb) & verbs):
            return []
        cl = self.clause(verb)
        if cl.negated or not cl.asserted or cl.intent:
            return []
        return [s for s in self.subjects(cl, disc)[0] if s.strong]
