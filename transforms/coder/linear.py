"""Clause-window (word-order) reading of a predicate, for when the parse gives no subject or object."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import actors as A
from .common import (
    BOUNDARY_PUNCT,
    BOUNDARY_WORDS,
    GROUP_DETS,
    MODAL_FORMS,
    PREPOSITIONS,
    Discourse,
    _is_boundary,
    _skip_parenthetical,
)
from .doc_arrays import morph_get
from .lexicon import (
    CLAUSE_NEGATIONS,
    COND_MARKS,
    GROUP_NOUNS,
    PASSIVE_AUX,
    PLURAL_PRONOUNS,
    STATE_TYPES,
)
from .np_actors import town_named
from .repairs_clauses import TIME_WORDS

if TYPE_CHECKING:
    from .context import _DocContext

# the words that can negate a window (a test of the whole window first: most have none)
NEGATIONS = frozenset(CLAUSE_NEGATIONS | {"geen"})
# the boundary words that open a subordinate clause (``_Linear._subordinate``)
SUBORDINATORS = frozenset(BOUNDARY_WORDS - {"maar", "want"})


# prepositions whose phrase is never the verb's subject or object
FRAME_PREPOSITIONS = frozenset({"volgens", "namens", "ondanks"})


# openers of a supposition: "Stel dat China Taiwan binnenvalt", "Gesteld dat ..."
SUPPOSE_WORDS = frozenset({"stel", "gesteld", "aangenomen", "veronderstel", "verondersteld"})


def _supposed(lowers: list[str], start: int, lo: int) -> bool:
    """The unit opens with a supposition ("Stel dat", "Stel je voor dat", "Gesteld dat") that
    the window at ``lo`` follows."""
    if lowers[start] not in SUPPOSE_WORDS:
        return False
    k = start + 1
    if lowers[k : k + 2] == ["je", "voor"]:
        k += 2
    return k < len(lowers) and lowers[k] == "dat" and k < lo


class _Linear:
    """Clause-window reading of a predicate, used when the parse gives no subject or object.

    The window runs from the previous to the next clause boundary (punctuation or a subordinator);
    actors before the verb are the subject (or the first ones after it under inversion), actors
    after it fill the object slot, or a prepositional slot when the preposition precedes them.
    """

    def __init__(self, ctx: _DocContext, v, disc: Discourse):
        self.ctx = ctx
        self.v = v
        self.disc = disc
        sent = ctx.unit_of.get(v.i) or v.sent
        self.sent = sent
        texts, lowers, pos = ctx.texts, ctx.lowers, ctx.pos_now
        lo = v.i
        while lo > sent.start and not _is_boundary(texts, pos, lo - 1):
            if lowers[lo - 1] in ("en", "maar", "of") and pos[lo] in ("VERB", "AUX"):
                break  # "... vielen aan en verklaarde X": a new coordinated clause starts here
            lo -= 1
        lo = _skip_parenthetical(texts, lowers, pos, lo, sent.start)
        hi = v.i + 1
        while hi < sent.end and not _is_boundary(texts, pos, hi):
            if texts[hi].lower() == "en" and hi + 1 < sent.end and pos[hi + 1] in ("VERB", "AUX"):
                break
            hi += 1
        self.lo, self.hi = lo, hi
        lows = lowers[lo:hi]  # Token.text.lower() of the window
        self.negated = not NEGATIONS.isdisjoint(lows) and any(
            (w in CLAUSE_NEGATIONS or (w == "geen" and k > v.i - lo))
            and not _infinitive_negation(lows, k, v.i - lo)
            for k, w in enumerate(lows)
        )
        # a modal before a subordinating "dat" is the main clause's ("De ironie wil dat X een
        # akkoord had gesloten": the window ran over "dat", read as a determiner before a noun)
        own = lows
        if "dat" in lows:
            for k in range(v.i - 1, lo - 1, -1):
                if lowers[k] == "dat" and pos[k] == "SCONJ":
                    own = lowers[k + 1 : hi]
                    break
        modes = [MODAL_FORMS[w] for w in own if w in MODAL_FORMS]
        if not {"zou", "zouden"}.isdisjoint(own) and not {"hebben", "zijn"}.isdisjoint(own):
            modes = [
                m
                for m, w in zip(modes, [w for w in own if w in MODAL_FORMS], strict=True)
                if w not in ("zou", "zouden")
            ]
        prev = texts[lo - 1].lower() if lo > sent.start else ""
        self.asserted = (
            "N" not in modes and prev not in COND_MARKS and not _supposed(lowers, sent.start, lo)
        )
        self.intent = "I" in modes
        self.recip = "elkaar" in lows
        # the preposition right before "elkaar" ("met elkaar"), or "obj" for a bare "elkaar"
        k = lows.index("elkaar") if self.recip else -1
        self.recip_slot = (
            (lows[k - 1] if k > 0 and lows[k - 1] in PREPOSITIONS else "obj")
            if (self.recip)
            else None
        )
        self.passive = any(w in PASSIVE_AUX for w in lows) and not any(
            w in ("heeft", "hebben", "had", "hadden") for w in lows
        )
        self._sources: list[A.Actor] | None = None
        self._chunks_cache: list | None = None
        self.inverted = False

    @property
    def chunks(self) -> list[tuple[int, list[A.Actor], str | None]]:
        if self._chunks_cache is None:
            self._chunks_cache = self._chunks()
        return self._chunks_cache

    def _chunks(self) -> list[tuple[int, list[A.Actor], str | None]]:
        """(position, actors, preceding preposition) per actor phrase; "A, B en C" is one phrase."""
        ctx = self.ctx
        raw: list[tuple[int, int, list[A.Actor], str | None]] = []
        texts, pos = ctx.texts, ctx.pos_now
        i = self.lo
        while i < self.hi:
            m = ctx.tok_mention.get(i)
            group = self._group_at(i) if m is None else []
            if m is None and not group:
                i += 1
                continue  # no actor phrase here: its preposition is not needed
            prep = None
            j = i - 1
            while j >= self.lo and pos[j] in ("DET", "ADJ", "NUM", "PRON") and texts[j].lower() not in (
                "ze", "zij", "hij",
            ):  # fmt: skip
                j -= 1
            if (
                m is not None
                and j > self.lo
                and j == i - 1
                and m.entry.kind == A.PERSON
                and A.agent_types(ctx.toks[j], ctx.c.index) is not None
            ):
                # a title before the name in a phrase that is never a slot: "Volgens minister
                # Veldkamp roepen X op" (the name is no subject by word order); with "met" or
                # "door" the broader rule lost a blind and a held-out event (docs/EVALUATION.md)
                k = j - 1
                while k >= self.lo and pos[k] in ("DET", "ADJ"):
                    k -= 1
                if k >= self.lo and texts[k].lower() in FRAME_PREPOSITIONS:
                    j = k
            if j >= self.lo and texts[j].lower() in PREPOSITIONS:
                prep = texts[j].lower()
            if m is not None:
                actor, end = self._mention_actor(m, prep)
                if actor is not None:
                    raw.append((i, end, [actor], prep))
                i = max(end, i + 1)
                continue
            raw.append((i, i + 1, group, prep))
            i += 1
        merged: list[tuple[int, list[A.Actor], str | None]] = []
        last_end = -1
        for start, end, acts, prep in raw:
            between = [texts[k].lower() for k in range(last_end, start)] if merged else []
            if (
                merged
                and between
                and all(w in (",", "en", "of", "de", "het") for w in between)
                and ("en" in between or "," in between)
            ):
                merged[-1][1].extend(acts)
            else:
                merged.append((start, list(acts), prep))
            last_end = end
        return [self._role_of_possessors(c) for c in merged]

    def _role_of_possessors(self, chunk):
        """ "de presidenten van Rusland en Turkije": countries after "van" and a role noun are
        that role of each country, in the role noun's place (its own preposition, or none)."""
        pos, acts, prep = chunk
        doc, ctx = self.ctx.toks, self.ctx
        if prep != "van" or len(acts) < 2:
            return chunk
        j = pos - 1
        while j > self.lo and doc[j].lower_ != "van":
            j -= 1
        k = j - 1
        if k < self.lo or k in ctx.tok_mention:
            return chunk
        agent = A.agent_types(doc[k], ctx.c.index)
        if agent is None or doc[k].lower_ == A.norm_lemma(doc[k]):
            return chunk  # a singular role ("de president van A en B") is no group
        b = k - 1
        while b >= self.lo and doc[b].pos_ in ("DET", "ADJ", "NUM"):
            b -= 1
        new_prep = doc[b].lower_ if b >= self.lo and doc[b].lower_ in PREPOSITIONS else None
        return (k, [ctx._with_type(a, agent[0][0]) for a in acts], new_prep)

    def _mention_actor(self, m: A.Mention, prep: str | None) -> tuple[A.Actor | None, int]:
        ctx = self.ctx
        doc = self.ctx.toks
        end = m.end
        nxt = doc[m.end] if m.end < len(doc) else None
        agent = (
            A.agent_types(nxt, ctx.c.index) if nxt is not None and m.entry.kind == A.ADJ else None
        )
        if agent is None and m.entry.kind == A.ADJ:
            # "de Russische en Turkse presidenten": the noun after the last adjective is the role
            # of every adjective coordinated with it
            agent = self._coordinated_agent(m.end)
        if agent is not None and nxt is not None and nxt.lower_ not in ("en", ","):
            end = nxt.i + 1
            if (
                end < len(doc)
                and end in ctx.tok_mention
                and ctx.tok_mention[end].entry.kind == A.PERSON
            ):
                m = ctx.tok_mention[end]
                end = m.end
        head = doc[m.end - 1]
        a = ctx.np_actor(head)
        if a is not None and a.strong:
            if agent is not None and len(a.code) == 3:
                a = replace(a, code=a.code + agent[0][0], types=(agent[0][0],))
            return a, end
        kind = m.entry.kind
        code = ctx.c._entry_code(m.entry, ctx.date)
        if code is None or kind == A.ORG_CTX:
            return None, end
        strong = kind in (A.PERSON, A.ORG, A.COUNTRY, A.DEMONYM) or (
            kind == A.ADJ and agent is not None
        )
        if kind == A.SEAT:
            strong = prep not in A.LOCATIVE
        if agent is not None and len(code) == 3:
            code += agent[0][0]
        start = doc[m.start].idx
        stop = doc[m.end - 1].idx + len(doc[m.end - 1].text)
        return ctx.c._make_actor(code, m.entry, start, stop, strong), end

    def _coordinated_agent(self, j: int):
        """Agent types of the role noun ending an "ADJ (, ADJ)* en ADJ NOUN" run starting at ``j``."""
        ctx, doc = self.ctx, self.ctx.toks
        while j + 1 < min(self.hi, len(doc)) and doc[j].lower_ in ("en", ","):
            m = ctx.tok_mention.get(j + 1)
            if m is None or m.entry.kind != A.ADJ or m.start != j + 1:
                return None
            j = m.end
            if j < len(doc) and doc[j].lower_ not in ("en", ","):
                return A.agent_types(doc[j], ctx.c.index)
        return None

    def _group_at(self, i: int) -> list[A.Actor]:
        doc = self.ctx.toks
        low = self.ctx.texts[i].lower()
        if (
            low not in PLURAL_PRONOUNS
            and low not in ("twee", "beiden")
            and not low.endswith(("en", "s"))
        ):
            return []
        if not self.disc.groups:
            return []
        t = doc[i]
        ctx = self.ctx
        if low in PLURAL_PRONOUNS and t.pos_ == "PRON":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if i < self.v.i and (
                self.v.text.lower().endswith("en") or "Plur" in morph_get(self.v, "Number")
            ):
                return ctx._plural_pronoun_group(self.disc, t)
            if (
                i > self.v.i
                and nxt is not None
                and i == self.v.i + 1
                and self.v.text.lower().endswith("en")
            ):
                return ctx._plural_pronoun_group(self.disc, t)
            return []
        prev = doc[i - 1].text.lower() if i > self.lo else ""
        prev2 = doc[i - 2].text.lower() if i - 1 > self.lo else ""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if (
            low in ("twee", "beiden")
            and prev in GROUP_DETS | {""}
            and (
                nxt is None
                or nxt.pos_ in ("VERB", "AUX")
                or nxt.text.lower() in MODAL_FORMS
                or nxt.text.lower() in ctx.c.form_lemma
            )
        ):
            return ctx._recent_group(self.disc, t)
        lemma = A.norm_lemma(t)
        agent = A.agent_types(t, ctx.c.index)
        plural = low.endswith(("en", "s")) and low != lemma
        if agent is not None and agent[0][0] not in STATE_TYPES and prev not in ("twee", "beide"):
            # "Rwanda en Oeganda steunen de rebellen": rebels, parties or protesters are no role
            # of the countries named before them ("beide oppositiepartijen" still points back)
            return []
        if plural and (lemma in GROUP_NOUNS or agent is not None) and i not in ctx.tok_mention:
            if prev in ("twee", "beide") or (
                prev in GROUP_DETS and prev2 not in PREPOSITIONS | {"van"}
            ):
                if prev == "twee" or prev == "beide" or prev in GROUP_DETS:
                    members = ctx._recent_group(self.disc, t)
                    if agent is not None:
                        members = [ctx._with_type(m, agent[0][0]) for m in members]
                    return members
        return []

    def _finite(self) -> int:
        doc = self.ctx.toks
        for i in range(self.lo, self.hi):
            if doc[i].pos_ in ("AUX", "VERB") or i == self.v.i:
                return i
        return self.v.i

    def _relative(self) -> list[A.Actor]:
        """Antecedent of a relative clause window: "Italië, dat Eritrea bezet had" -> Italië."""
        doc = self.ctx.toks
        lo = self.lo
        if (
            lo - 2 >= self.sent.start
            and doc[lo - 1].text.lower() in ("dat", "die")
            and doc[lo - 2].text == ","
        ):
            j = lo - 3
            while j >= self.sent.start and doc[j].text in BOUNDARY_PUNCT:
                j -= 1
            if j >= self.sent.start:
                m = self.ctx.tok_mention.get(j)
                if m is not None:
                    a, _ = self._mention_actor(m, None)
                    if a is not None and a.strong:
                        return [a]
        return []

    def _subordinate(self) -> bool:
        return self.lo > self.sent.start and self.ctx.lowers[self.lo - 1] in SUBORDINATORS

    def sources(self) -> list[A.Actor]:
        if self._sources is not None:
            return self._sources
        rel = self._relative()
        if rel:
            self._sources = rel
            return rel
        chunks = self.chunks
        f = self._finite()
        before = [c for c in chunks if c[0] < f and c[2] is None]
        out: list[A.Actor] = []
        if before and self._subordinate():
            out = list(before[0][1])
        elif before:
            out = list(before[-1][1])
        else:
            after = [c for c in chunks if c[0] > f and c[2] is None]
            # V2 inversion puts the subject after the verb only when the prefield holds something
            # else: "De studenten bekritiseerden Rusland" has its subject (no actor) in front
            # (also a bare noun the parse took for an adverb: "Demonstranten vallen ... aan")
            subject_first = any(
                self.ctx.toks[i].head.i == self.v.i
                and self.ctx.toks[i].pos_ in ("NOUN", "PROPN", "PRON")
                and (
                    self.ctx.toks[i].dep_ == "nsubj"
                    or (
                        self.ctx.toks[i].dep_ in ("advmod", "dep", "obj")
                        and self.ctx.toks[i].lower_ not in TIME_WORDS
                        and not any(c.dep_ == "case" for c in self.ctx.toks[i].children)
                    )
                )
                for i in range(self.lo, f)
            )
            if after and f > self.lo and after[0][0] - f <= 4 and not subject_first:
                out = list(after[0][1])
                self.inverted = True
        self._sources = [a for a in out if a.strong]
        return self._sources

    def _owned_object(self, pos: int) -> bool:
        """The "van" phrase before ``pos`` follows the verb's object, a policy or an act: its
        owner is the target, as when the parse hangs the phrase on the noun."""
        doc = self.ctx.toks
        j = pos - 1
        while j > self.lo and doc[j].lower_ != "van":
            j -= 1
        noun = doc[j - 1] if j - 1 >= self.lo else None
        return (
            noun is not None
            and noun.pos_ == "NOUN"
            and noun.dep_ == "obj"
            and noun.head.i == self.v.i
            and self.ctx._owner_is_target(noun)
        )

    def _town_name(self, pos: int) -> bool:
        """The town at ``pos`` names the agreement or meeting before its "van" ("de akkoorden
        van Minsk", "het klimaatakkoord van Parijs")."""
        m = self.ctx.tok_mention.get(pos)
        if m is None or m.entry.kind not in (A.SEAT, A.PLACE):
            return False
        doc = self.ctx.toks
        j = pos - 1
        while j > self.lo and doc[j].lower_ != "van":
            j -= 1
        return j - 1 >= self.lo and town_named(doc[j - 1])

    def _in_adverbial(self, pos: int) -> bool:
        """The "van" phrase before ``pos`` hangs on a noun that is itself in a prepositional
        phrase ("Met steun van de VS", "Op verzoek van Israël"): an adverbial, not an object."""
        doc = self.ctx.toks
        j = pos - 1
        while j > self.lo and doc[j].lower_ != "van":
            j -= 1
        noun = doc[j - 1] if j - 1 >= self.lo else None
        return noun is not None and any(c.dep_ == "case" for c in noun.children)

    def targets(
        self, slots: tuple[str, ...], allow_weak: bool, sources: list[A.Actor], cues=()
    ) -> list[A.Actor]:
        out: list[A.Actor] = []
        src = {(a.code, a.start_char) for a in sources}
        self.sources()  # establishes word order (inversion)
        rel = bool(self._relative())
        f = self._finite()
        doc = self.ctx.toks
        for pos, acts, prep in self.chunks:
            for a in acts:
                if (a.code, a.start_char) in src or (not a.strong and not allow_weak):
                    continue
                if prep is None and "obj" in slots and (pos > f or rel or self._subordinate()):
                    out.append(a)
                elif prep == "van" and "obj" in slots and pos > f and self._owned_object(pos):
                    if self._town_name(pos):
                        continue  # "schendt de akkoorden van Minsk": a name, not an owner
                    out.append(a)  # "verwierpen het ultimatum van Barak", "van" hung on the verb
                elif self.inverted and "obj" in slots and pos < f and prep in (None, "van"):
                    # topicalised object: "De visie van Biden noemen ze een valse verhaallijn";
                    # not the "van" phrase of a fronted adverbial ("Met steun van de VS ...")
                    if prep == "van" and self._in_adverbial(pos):
                        continue
                    out.append(a if prep is None else replace(a, strong=False))
                elif prep is not None and prep in slots:
                    j = pos - 1
                    while j > self.lo and doc[j].text.lower() != prep:
                        j -= 1
                    before = doc[j - 1] if j - 1 >= self.lo else None
                    if (
                        before is not None
                        and before.pos_ == "NOUN"
                        and not any(c in A.norm_lemma(before) for alt in cues for c in alt)
                    ):
                        continue  # "vriendschap met Rusland": the phrase belongs to the noun
                    out.append(a)
        return out


def _infinitive_negation(lows: list[str], k: int, v: int) -> bool:
    """A negation after the verb that belongs to a te-infinitive: "riep de CVP op het Vlaams Blok
    niet te steunen" is an appeal, not a negated one; so is "waarschuwde Iran geen wapens aan
    Rusland te leveren" (the infinitive's object between them)."""
    return k > v and "te" in lows[k + 1 : k + 8]
