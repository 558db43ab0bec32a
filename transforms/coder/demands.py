"""Reported demands: "Rusland moet de gesprekken hervatten, zei Fischer", "Fischer zei dat
Rusland de gesprekken moet hervatten", "Volgens Fischer moet Rusland ...": a speaker who says
another actor must do something demands it of them (CAMEO 10), as PETRARCH codes "X said Y
must". Mixed into ``_DocContext``."""

from __future__ import annotations

from . import actors as A
from .common import Discourse

# the finite forms of obligation
MUST_FORMS = frozenset({"moet", "moeten"})
# verbs of saying and holding an opinion that report a demand made by their subject
DEMAND_REPORTERS = frozenset(
    {"zeggen", "verklaren", "stellen", "benadrukken", "onderstrepen", "herhalen", "vinden"}
    | {"menen", "schrijven"}
)
# what the obligation governs when it is no demand on the subject: "moet kunnen rekenen op"
# (others must make it possible), "moet worden gestraft" (the subject undergoes it), "moet
# zijn" (a judgement)
NOT_DEMANDED = frozenset({"kunnen", "worden", "zijn", "blijken", "lijken", "krijgen", "hebben"})


# the forms of demanding that end an "as X demands" clause ("zoals de vakbonden eisen")
AS_DEMANDED_FORMS = frozenset(
    {"eist", "eisen", "eiste", "eisten", "vraagt", "vragen", "vroeg", "vroegen"}
    | {"verlangt", "verlangen", "verlangde", "verlangden"}
)


class DemandsMixin:
    """A speaker's "X moet ..." as a demand on X. Mixed into ``_DocContext``."""

    def _reported_demand(self, sent, disc: Discourse) -> list[dict]:
        """The speaker of a clause whose verb "moet" or "moeten" governs: the subject of the
        verb of saying it hangs on ("zei dat ..."), of the verb of saying hung on it after a
        comma (", zei X"), or the actor of its "volgens" phrase; the demand goes to the
        clause's subject when that is an actor of another country or group."""
        if self.sent_words.isdisjoint(MUST_FORMS):
            return []
        lowers, pos, toks = self.lowers, self.pos, self.toks
        for i in range(sent.start, sent.end):
            if lowers[i] not in MUST_FORMS or pos[i] not in ("AUX", "VERB"):
                continue
            t = toks[i]
            verb = t.head if t.dep_ == "aux" else t
            if verb.i == t.i or A.norm_lemma(verb) in NOT_DEMANDED:
                continue
            if any(
                c.dep_ in ("aux", "aux:pass") and A.norm_lemma(c) in NOT_DEMANDED
                for c in verb.children
            ):
                continue
            if any(
                c.dep_ == "mark" and c.lower_ in ("als", "indien", "wanneer") for c in verb.children
            ):
                continue
            speakers = self._demand_speakers(verb, disc)
            if not speakers:
                continue
            keys = {s.key for s in speakers}
            subj = [
                a
                for d in verb.children
                if d.dep_ == "nsubj"
                for a in self.actors_of(d, disc)
                if a.strong and a.key and a.key not in keys
            ]
            if subj:
                p = self.c.speaker_demand_pred
                return self._emit(p, p.code, speakers, subj, False, t, None, 50, [])
        return []

    def _as_demanded(self, sent, disc: Discourse) -> list[dict]:
        """ "De Wever weigert de hervorming te schrappen, zoals de vakbonden eisen": the actor of
        an "as X demands" clause at the end of a sentence demands it of the main clause's
        subject, whether the subject complies or refuses (read by word order: the parser often
        takes the last verb form for a noun)."""
        if "zoals" not in self.sent_words or self.sent_words.isdisjoint(AS_DEMANDED_FORMS):
            return []
        lowers, toks = self.lowers, self.toks
        end = sent.end
        while end > sent.start and (toks[end - 1].is_punct or toks[end - 1].is_space):
            end -= 1
        if end - sent.start < 4 or lowers[end - 1] not in AS_DEMANDED_FORMS:
            return []
        zoals = next((k for k in range(end - 2, sent.start, -1) if lowers[k] == "zoals"), None)
        if zoals is None or lowers[zoals - 1] != "," or end - zoals > 8:
            return []
        speakers = [
            a
            for k in range(zoals + 1, end - 1)
            if k in self.tok_mention or A.agent_types(toks[k], self.c.index) is not None
            for a in [self.np_actor(toks[k])]
            if a is not None and a.strong and a.key
        ][:1]
        root = sent.root  # (a unit re-joined from two parser sentences: the Span's root)
        if not speakers or root.pos_ not in ("VERB", "AUX"):
            return []
        subj = [
            a
            for d in root.children
            if d.dep_ == "nsubj" and d.i < zoals
            for a in self.actors_of(d, disc)
            if a.strong and a.key
        ]
        if not subj or {a.code for a in subj} & {a.code for a in speakers}:
            return []
        p = self.c.speaker_demand_pred
        return self._emit(p, p.code, speakers, subj, False, toks[end - 1], None, 50, [])

    def _demand_speakers(self, verb, disc: Discourse) -> list:
        """Who says the obligation clause headed by ``verb``: the subject of the verb of saying
        above it or beside it, or its "volgens" actor."""
        said = None
        top = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
        if top.dep_ == "ccomp" and A.norm_lemma(top.head) in DEMAND_REPORTERS:
            # "zei dat ... en dat de VS ... moeten respecteren": also the second dat-clause
            said = top.head
        elif (
            verb.dep_ == "conj"
            and A.norm_lemma(verb.head) in DEMAND_REPORTERS
            and any(c.dep_ == "mark" and c.lower_ == "dat" for c in verb.children)
        ):
            said = verb.head  # the same with the second dat-clause hung on the verb of saying
        else:
            said = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ in ("parataxis", "conj", "ccomp")
                    and c.i > verb.i
                    and A.norm_lemma(c) in DEMAND_REPORTERS
                    and self.toks[c.i - 1].text == ","
                ),
                None,
            )
        if said is not None:
            if any(c.dep_ == "advmod" and c.lower_ in ("niet", "nooit") for c in said.children):
                return []
            return [
                a
                for d in said.children
                if d.dep_ == "nsubj"
                for a in self.actors_of(d, disc)
                if a.strong and a.key
            ]
        return [
            a
            for c in verb.children
            if c.dep_ == "obl" and self.case_of(c) == "volgens"
            for a in self.actors_of(c, disc)
            if a.strong and a.key
        ]
