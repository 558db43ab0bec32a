"""Backers: the actor of a "met steun van X", "op verzoek van X" or "na bemiddeling door X"
phrase acts on the subject of the clause the phrase belongs to. Mixed into ``_DocContext``."""

from __future__ import annotations

from . import actors as A
from .common import Discourse, _to_intent, _uniq_key

# verbs of thanks and praise: "bedankt X voor de steun" (X gave the support)
THANKS_VERBS = frozenset({"bedanken", "danken", "prijzen", "loven", "complimenteren"})
# prepositions of a backer's phrase on a verb: "met steun van", "op verzoek van", "na / onder
# bemiddeling van (door)"
BACKER_CASES = frozenset({"met", "op", "na", "onder", "ondanks", "als"})
# prepositions of a mediator's phrase: "onder / na / door / met / dankzij bemiddeling van X",
# "(dagen) van bemiddeling door X"
MEDIATION_CASES = frozenset({"onder", "na", "door", "met", "dankzij", "via", "van"})
# what a mediator brings about between the parties: talks, intent, cooperation, concessions
MEDIATED_ROOTS = frozenset({"03", "04", "05", "06", "08"})
# hosts of talks between two others mediate between them (their clause's subject)
HOST_NOUNS = frozenset({"gastheer", "gastland", "gastvrouw"})


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

    def code_mediators(self, sent, disc: Discourse) -> list[dict]:
        """ "Israël en Hamas sloten onder bemiddeling van Qatar een bestand", "Barak en Arafat
        spraken onder leiding van Clinton af": the mediator (the noun's "van" or "door" actor,
        or its country adjective: "onder Egyptische bemiddeling") mediates (045) between the
        parties of the sentence's talks, deal or concession, whatever the parse made of the
        phrase (predicates.tsv rows flagged ``mediator``)."""
        lowers, toks = self.lowers, self.toks
        parties = [
            x
            for si, a, b, code in self.event_log
            if si == self.sent_idx and code[:2] in MEDIATED_ROOTS
            for x in (a, b)
        ]
        if len({x.key for x in parties}) < 2:
            return []
        rows: list[dict] = []
        for i in range(sent.start + 1, sent.end - 1):
            p = self.c.mediators.get(lowers[i])
            if p is None:
                continue
            if lowers[i] in HOST_NOUNS:
                # "Turkije is gastheer van vredesbesprekingen tussen Rusland en Oekraïne"
                mediators = [
                    a
                    for c in toks[i].children
                    if c.dep_ == "nsubj"
                    for a in self.actors_of(c, disc)
                    if a.strong
                ]
            else:
                mediators = self._mediators_of_phrase(sent, i, p, disc)
            keys = {m.key for m in mediators}
            sides = [x for x in parties if x.key not in keys and x.strong]
            if mediators and len({x.key for x in sides}) >= 2:
                rows.extend(
                    self._emit(p, p.code, mediators, _uniq_key(sides), False, toks[i], None, 45, [])
                )
        return rows

    def _mediators_of_phrase(self, sent, i: int, p, disc: Discourse) -> list:
        """The actors of the mediation phrase headed by the noun at ``i``: its "van"/"door"
        actor or its country adjective; none when the phrase is no mediation."""
        lowers, pos, toks = self.lowers, self.pos, self.toks
        k = i - 1
        if pos[k] == "ADJ" and k > sent.start:
            k -= 1  # "onder Egyptische bemiddeling"
        if lowers[k] not in MEDIATION_CASES:
            return []
        if "backer" not in p.flags and k > sent.start and pos[k - 1] == "NOUN":
            return []  # "troepen onder leiding van Mladic": the phrase names a command
        if k < i - 1:
            return self._adjective_countries(toks[i])
        if lowers[i + 1] not in ("van", "door"):
            return []
        head = next(
            (j for j in range(i + 2, min(i + 6, sent.end)) if pos[j] in ("PROPN", "NOUN")), None
        )
        return [] if head is None else self.actors_of(toks[head], disc)
