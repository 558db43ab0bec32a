"""Predicate matching: the dictionary rows a verb or an event noun stands for."""

from __future__ import annotations

from . import actors as A
from .common import NEGATIVE_CUE, Clause, _cue_ok, _is_boundary, longest_suffix
from .dictionaries import Predicate
from .doc_arrays import morph_get
from .lexicon import MUTUAL_WORDS

# finite forms too short for the form table (``form_lemma`` keeps forms of >= 4 letters, as
# "uit" and "stel" are mostly other words): read as verbs only where a repair made them one
# ("Trump uit kritiek op Poetin", ``repairs_phrases.uit_read_as_preposition``)
SHORT_VERB_FORMS = {"uit": "uiten"}

# parts of speech that open a noun phrase: a particle word before one is a preposition
PHRASE_STARTS = frozenset({"DET", "NOUN", "ADJ", "PROPN", "NUM", "PRON"})
NOUN_MEMO_SIZE = 50_000  # (lemma, form) pairs whose event-noun entry a coder keeps (~5 MB)
_MISSING = object()
# an event noun whose verb's other dependents may hold its cue ("de steun ... bedraagt 25
# miljard euro"); not a phrase that frames the clause in time or cause ("na de inval in X")
NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "iobj"})
FRAMING_CASES = frozenset({"na", "tijdens", "sinds", "ondanks", "vanwege", "wegens", "bij"})
# per entry of a verb: target words the sentence must hold (None: any), entry whose cues it must
# hold (None: no cues)
Readings = tuple[tuple[tuple[str, ...] | None, Predicate | None], ...]


class PredicatesMixin:
    """Predicate matching: the dictionary rows a verb or an event noun stands for. Mixed into ``_DocContext``."""

    def verb_predicates(self, v, cl: Clause) -> list[Predicate]:
        lemma = A.norm_lemma(v)
        raw = (v.lemma_ or "").lower()
        keys: list[tuple[str, str | None]] = []
        # (dependent, its label, its lower-case form): read once, asked below several times
        deps = [(d, d.dep_, d.text.lower()) for d in cl.deps]
        particles = {
            low
            for _, dep, low in deps
            if dep in ("compound:prt", "advmod", "dep", "obl", "xcomp", "fixed")
        } | {low for d, _, low in deps if not self.has_kids[d.i]}
        lemma = self._without_invented_particle(v, lemma, particles)
        # the particles a dictionary verb may take, in a fixed order (a set's order changes
        # with the process's string hashes): one hung on the verb first, then the nearest
        found = sorted(
            (dep != "compound:prt", abs(d.i - v.i), d.i, low)
            for d, dep, low in deps
            if low in particles and low in self.c.all_particles
        )
        ordered = list(dict.fromkeys(low for *_, low in found))
        if "_" in raw:
            part, base = raw.split("_", 1)
            keys.append((base.replace("_", ""), part))
            keys.append((lemma, None))
        else:
            for p in ordered:
                keys.append((lemma, p))
            keys.append((lemma, None))
        for lem, part in sorted(
            self.c.form_lemma.get(v.text.lower(), ()), key=lambda k: k[1] is None
        ):
            if part is not None:
                keys.append((lem, part))
            else:
                keys.extend((lem, p) for p in ordered)
                keys.append((lem, None))
        if v.lower_ in SHORT_VERB_FORMS:
            keys.append((SHORT_VERB_FORMS[v.lower_], None))
        lin_parts = (
            self._window_particles(v) if {k[0] for k in keys} & self.c.particle_lemmas else {}
        )
        keys = [k for k in keys if k in self.c.verbs] or keys
        prt = {low for _, dep, low in deps if dep == "compound:prt"}
        if prt:
            # a particle the parser attached to this verb beats the lemmatizer's guess
            # ("kwamen ... overeen" lemmatised as "opkomen": overeenkomen wins)
            keys.sort(key=lambda k: k[1] not in prt)
        # each inserted first: the farthest first, so that the nearest ends up in front
        for p in reversed([p for p in lin_parts if p not in particles]):
            base = keys[-1][0] if keys else lemma
            keys.insert(0, (base, p))
            for lem, part in self.c.form_lemma.get(v.text.lower(), ()):
                if part is None:
                    keys.insert(0, (lem, p))
        if not any(k in self.c.verbs for k in keys):
            return []
        cued_only = self.c.cued_only
        if all(
            k not in self.c.verbs
            or (k in cued_only and not any(self.sent_cue_ok(p) for p in self.c.verbs[k]))
            for k in keys
        ):
            return []  # only cued entries (hebben ... over, sluiten ... akkoord) and no cue in the sentence
        words: set[str] = set()
        if not self.c.cued_keys.isdisjoint(keys):  # an entry of a key has cues
            # a cue in the acting subject says nothing of the act: "De terroristen noemden Syrië
            # en Irak" does not call anyone a terrorist
            # (in a passive the parser's "nsubj" is the one acted on: "De ambassadeur is het
            # land uitgezet door Moldavië")
            passive = any(d.dep_ in ("aux:pass", "obl:agent") for d in cl.deps)
            subj = {
                i
                for d in cl.deps
                if d.dep_ == "nsubj" and not passive
                for i in range(d.left_edge.i, d.right_edge.i + 1)
            }
            words = self._dep_words(cl, subj) | self._window_words(v, subj)
        # a particle the parser attached makes another verb ("zegt de steun op" is "opzeggen"):
        # when the dictionary knows that verb, the bare verb's readings ("zeggen") are not it
        stranded = {
            low
            for d, dep, low in deps
            if dep == "compound:prt"
            and (d.i + 1 >= len(self.toks) or self.pos_now[d.i + 1] not in PHRASE_STARTS)
        }  # not "sloot in 2002 een kartel": before a noun phrase it is a preposition
        separable = any(k[1] in stranded and k in self.c.verbs for k in keys)
        # the words joined once for all entries (``_cue_ok`` joins them per entry otherwise),
        # the subject's words read once for all "subjcue" entries
        joined: str | None = None
        with_subject: tuple[set[str], str] | None = None
        by_actor: list[Predicate] = []  # rows chosen by their cue in the acting subject
        for key in keys:
            preds = self.c.verbs.get(key)
            if not preds or (separable and key[1] is None):
                continue
            chosen = []
            for p in preds:
                if p.cues and joined is None:
                    joined = "\x00" + "\x00".join(words) + "\x00"
                if _cue_ok(p, words, joined):
                    if "recv" in p.flags and p.cues and not self._received(p, cl):
                        continue  # what is received is the object, not "voor diens bezoek"
                    chosen.append(p)
                elif words and "subjcue" in p.flags:
                    if with_subject is None:
                        every = self._all_words(cl, v)
                        with_subject = every, "\x00" + "\x00".join(every) + "\x00"
                    if _cue_ok(p, *with_subject):
                        chosen.append(p)
                        by_actor.append(p)
            if chosen:
                cued = [p for p in chosen if p.cues]
                if len(cued) > 1:
                    # a row cued by the verb's own object is what is done ("sancties ingesteld
                    # ..., waaronder een reisverbod" imposes sanctions, 163, not a travel ban);
                    # else the row whose cue found is longest is the more specific reading
                    # ("onderhandelingen" is talks, 164, not the "handel" of a trade stop, 163)
                    obj = set().union(
                        *(
                            self._word_forms(d.i)
                            for d in cl.deps
                            if d.dep_ == "obj" and d.pos_ in ("NOUN", "PROPN")
                        )
                    )
                    # then a row whose preposition slot the clause or its object fills
                    # ("blokkeert alle hulp aan Gaza": stopping aid to Gaza, 1623, not the
                    # rejection of a plan, 120, whose only slot is the object)
                    cases = {self.case_of(d) for d in cl.deps} | {
                        self.case_of(ch)
                        for d in cl.deps
                        if d.dep_ == "obj"
                        for ch in d.children
                        if ch.dep_ == "nmod"
                    }
                    cued.sort(
                        key=lambda p: (
                            not (obj and _cue_in_object(p, words, joined or "", obj)),
                            not any(t in cases for t in p.targets if t != "obj"),
                            -_cue_length(p, words, joined or ""),
                        )
                    )
                cued = cued[:1]
                if cued and any(cued[0] is p for p in by_actor):
                    # "Georgische demonstranten bestormen parlement": who acts names the act,
                    # so the uncued reading (a military assault, 190) is no fallback
                    return cued
                return cued + [p for p in chosen if not p.cues][:1]
        return []

    def _received(self, p: Predicate, cl: Clause) -> bool:
        """A receiving verb's ("krijgen", "ontvangen") cue is in its object, when it has one
        (without a parse, the word-order reading has none)."""
        objs = [d for d in cl.deps if d.dep_ == "obj"]
        if not objs:
            return True
        words: set[str] = set()
        for d in objs:
            words |= self._word_forms(d.i)
            for ch in d.children:
                words |= self._word_forms(ch.i)
        return _cue_ok(p, words)

    def _all_words(self, cl, v) -> set[str]:
        """Cue words with the subject's: rows flagged ``subjcue`` name who acts ("bestormen"
        cued by demonstranten|menigte: a storming by protesters is a violent protest, 145)."""
        return self._dep_words(cl, set()) | self._window_words(v, set())

    def _without_invented_particle(self, v, lemma: str, particles: set[str]) -> str:
        """The lemmatizer sometimes adds a separable particle the sentence lacks ("houdt" ->
        "aanhouden", to arrest): keep the particle only when the word or its clause has it."""
        low = v.text.lower()
        if low[:3] == lemma[:3]:
            return lemma  # the word begins as its lemma: no particle was added
        memo = self.c.added_particles  # the particles the lemma may have gained, per form
        added = memo.get((lemma, low))
        if added is None:
            if len(memo) >= NOUN_MEMO_SIZE:
                memo.clear()
            added = memo[lemma, low] = tuple(
                p
                for p in self.c.all_particles
                if lemma.startswith(p)
                and len(lemma) > len(p) + 3
                and not low.startswith(p)
                and (lemma[len(p) :], None) in self.c.verbs
            )
        invented = [p for p in added if p not in particles]
        if invented and invented[0] not in self._window_particles(v):
            return lemma[len(invented[0]) :]
        return lemma

    def _window_particles(self, v) -> dict[str, int]:
        """Separable particles stranded later in the clause when the parse does not attach them,
        each with its distance from the verb (the nearest first: a dict keeps the order)."""
        doc = self.toks
        unit = self.unit_of.get(v.i) or v.sent
        out: dict[str, int] = {}
        for i in self._window(v.i):
            low = self.lowers[i]  # Token.lower_: a Token only for the particle words
            if low in self.c.all_particles:
                t = doc[i]
                if (
                    t.dep_ == "compound:prt"
                    and t.head.i != v.i
                    and morph_get(t.head, "VerbForm") == ["Fin"]
                    and any(
                        self.lowers[k] in ("en", "maar", ",")
                        for k in range(min(v.i, t.head.i) + 1, max(v.i, t.head.i))
                    )
                ):
                    continue  # a conjoined verb's: "spraken over handel en spraken af ..."
                nxt = i + 1 < unit.end
                # a particle the parser hung on another verb ("roept X op meer uit te
                # geven": op -> geven) is still a particle; else a preposition has a noun
                if t.dep_ == "compound:prt" or not nxt or self.pos_now[i + 1] not in PHRASE_STARTS:
                    out.setdefault(low, abs(i - v.i))
                elif v.i in self.te_governors and _before_infinitive_object(t, v, self.te_heads):
                    out.setdefault(low, abs(i - v.i))
        return dict(sorted(out.items(), key=lambda kv: (kv[1], kv[0])))

    def _window_words(self, v, skip: set[int] = frozenset()) -> set[str]:
        """Words of the clause around the verb, for cues the parse did not attach to it."""
        out: set[str] = set()
        for i in self._window(v.i):
            if i not in skip:
                out |= self._word_forms(i)
        return out

    def _window(self, v: int) -> list[int]:
        """The tokens after, then before, token ``v`` up to the nearest clause boundary each way
        within its unit: kept per token, as a coded verb reads its window up to three times
        (particles, cue words, cue words with the subject's)."""
        found = self.window_cache.get(v)
        if found is None:
            unit = self.unit_of.get(v) or self.toks[v].sent
            texts, pos = self.texts, self.pos_now
            found = self.window_cache[v] = []
            for step in (1, -1):
                i = v + step
                if step == -1 and i >= 0 and pos[i] == "CCONJ" and texts[i].lower() in ("en", "of"):
                    continue  # "bezoekt Kyiv en belooft ...": a verb right after "en" opens a clause
                while unit.start <= i < unit.end and not _is_boundary(texts, pos, i):
                    found.append(i)
                    i += step
        return found

    def _word_forms(self, i: int) -> frozenset[str]:
        """Token ``i`` as cues see it: its form, its lemma (``A.norm_lemma``) and, for a plural
        in -en whose long vowel is written single ("diplomaten"), the singular the lemmatizer
        may miss ("diplomaat"). From the doc's arrays, kept per token: windows overlap."""
        found = self.forms_cache.get(i)
        if found is None:
            text = self.texts[i]
            lower = text.lower()
            out = {lower, (self.lemmas[i] or text).lower().replace("_", "")}
            if lower.endswith("en"):
                single = A.long_vowel_singular(lower[:-2])
                if single:
                    out.add(single)
            found = self.forms_cache[i] = frozenset(out)
        return found

    def _dep_words(self, cl: Clause, skip: set[int] = frozenset()) -> set[str]:
        """Cue words of the clause's dependents and of their children (not deeper); not those
        of a subordinate content clause, a relative clause or a conjoined verb ("lieten zien dat ze ... elkaar
        niet in de weg hoeven te zitten" is no "elkaar zien")."""
        words: set[str] = set()
        deps = [
            d
            for d in cl.deps
            if d.i not in skip
            and not (d.dep_ in ("ccomp", "parataxis") and any(c.dep_ == "mark" for c in d.children))
            and not (d.dep_ == "conj" and d.pos_ in ("VERB", "AUX"))
            # a relative clause tells about a noun, not the verb's act: "door Arafat ontvangen,
            # die hem vroeg waarnemers te sturen" (the parser hangs it on the verb, also as an
            # adverbial clause)
            and not _relative_clause(d)
        ]
        seen = {d.i for d in deps}
        forms, has_kids = self._word_forms, self.has_kids
        for d in deps:
            words |= forms(d.i)
            if has_kids[d.i]:  # a leaf (most are) needs no walk over its children
                for ch in d.children:
                    if ch.i not in seen and ch.i not in skip:
                        seen.add(ch.i)
                        words |= forms(ch.i)
        # the thing a relative clause is about, also past an auxiliary ("de sancties die Trump
        # heeft ingesteld": the chain ends in "heeft")
        rel = cl.chain[-1]
        if rel.dep_ not in ("acl:relcl", "acl"):
            rel = next((x for x in cl.chain if x.dep_ == "acl:relcl"), rel)
        if (
            rel.dep_ in ("acl:relcl", "acl")
            and rel.head.i != rel.i
            and (rel is cl.chain[-1] or not any(c.dep_ == "mark" for c in rel.children))
        ):  # (a clause with "nadat" the parser hung on a noun is no relative clause)
            h = rel.head
            words.add(A.norm_lemma(h))
            words.add(h.text.lower())
        return words

    def verb_gate(self, i: int) -> str | None:
        """Token ``i``'s lemma (``A.norm_lemma``) when one of its readings as a verb can fire in
        this sentence (its target word and cue there), else None: most verbs fail this."""
        lemma, readings = self.verb_readings(i)
        words = self.sent_words
        memo = self.cue_memo if self.joined_words is words else {}  # sent_cue_ok's, read inline
        mutual = None  # a mutual object names the targets: "verlagen hun wederzijdse heffingen"
        for targets, cued in readings:
            if targets is not None and words.isdisjoint(targets):
                if mutual is None:
                    mutual = not words.isdisjoint(MUTUAL_WORDS)
                if not mutual:
                    continue
            if cued is None:
                return lemma
            ok = memo.get(id(cued))
            if ok or (ok is None and self.sent_cue_ok(cued)):
                return lemma
        return None

    def verb_readings(self, i: int) -> tuple[str, Readings]:
        """Token ``i``'s lemma as ``A.norm_lemma`` reads it and the dictionary readings that may
        fire for it as a verb: (target words one of which the sentence must hold, or None; the
        entry whose cues it must hold, or None) per entry. Kept per coder by (lemma, form), as
        verbs recur and most of them fail these gates."""
        key = (self.lemmas[i], self.texts[i], self.lowers[i])
        memo = self.c.verb_memo
        found = memo.get(key)
        if found is None:
            if len(memo) >= NOUN_MEMO_SIZE:
                memo.clear()
            found = memo[key] = self._verb_readings(*key)
        return found

    def _verb_readings(self, lemma_: str, text: str, lower: str) -> tuple[str, Readings]:
        raw = lemma_.lower()
        lemma = (raw or text.lower()).replace("_", "")
        cands = {lemma} | {lem for lem, _ in self.c.form_lemma.get(lower, ())}
        if lower in SHORT_VERB_FORMS:
            cands.add(SHORT_VERB_FORMS[lower])
        if "_" in raw:
            cands.add(raw.split("_", 1)[1].replace("_", ""))
        readings: list[tuple[tuple[str, ...] | None, Predicate | None]] = []
        for c in cands:
            for p in self.c.entries_by_lemma.get(c, ()):
                if "opinion" in p.flags:
                    continue
                anywhere = (
                    "sym" in p.flags
                    or "obj" in p.targets
                    or "ccomp" in p.targets
                    or "aan" in p.targets
                    or "recv" in p.flags  # the giver may be an adjective: "krijgt Duitse tanks"
                )
                reading = (None if anywhere else p.targets, p if p.cues else None)
                if reading == (None, None):
                    return lemma, ((None, None),)  # this reading passes in every sentence
                readings.append(reading)
        return lemma, tuple(readings)

    def noun_predicates(self, n) -> list[Predicate]:
        p = self.noun_predicate_of(n.lemma_, n.text, n.i)
        return [p] if p is not None else []

    def noun_predicate_of(self, lemma_: str, text: str, i: int) -> Predicate | None:
        """The event-noun entry of token ``i`` (``Token.lemma_``, ``Token.text``). The word's
        rows are kept per coder: nouns recur, and the compound-suffix search costs a dictionary
        lookup per letter. Most nouns have one plain row (a lookup); a noun with cued rows
        chooses among them by the words around it (``_cued_noun_row``)."""
        memo = self.c.noun_memo
        key = (lemma_, text)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            if len(memo) >= NOUN_MEMO_SIZE:
                memo.clear()
            rows = self._noun_predicate((lemma_ or text).lower().replace("_", ""), text.lower())
            # cued rows sort first: a noun whose first row has no cue has no cued row
            found = memo[key] = None if rows is None else tuple(rows) if rows[0].cues else rows[0]
        if found.__class__ is tuple:
            return self._cued_noun_row(found, i)
        return found

    def _cued_noun_row(self, rows: tuple[Predicate, ...], i: int) -> Predicate | None:
        """A cued row of a noun applies only when a cue is in the noun's phrase or, for a noun
        that is an argument of its verb, among the verb's dependents ("de steun van Nederland
        aan Oekraïne bedraagt 25 miljard euro" is economic aid, 071; "de steun van Frankrijk
        aan Oekraïne is groot" support, 051); else the noun's plain row, if it has one. Not across a
        phrase of time or cause, which frames the clause: "na de inval in Oekraïne sloot Polen
        de ambassade" is no raid on an embassy, "betuigt steun na de militaire aanval" no
        military aid. Kept per token: several tests ask it."""
        found = self.noun_row_cache.get(i, _MISSING)
        if found is _MISSING:
            tok = self.toks[i]
            words: set[str] = set()
            for k in range(tok.left_edge.i, tok.right_edge.i + 1):
                words |= self._word_forms(k)
            head = tok.head
            if (
                head.i != i
                and head.pos_ in ("VERB", "AUX")
                and tok.dep_ in NOUN_ARGUMENT_DEPS
                and self.case_of(tok) not in FRAMING_CASES
            ):
                cl = self.clause(head)
                frames = {d.i for d in cl.deps if self.case_of(d) in FRAMING_CASES}
                words |= self._dep_words(cl, frames)
            joined = "\x00" + "\x00".join(words) + "\x00"
            cued = [p for p in rows if p.cues and _cue_ok(p, words, joined)]
            # the row whose cue found is longest is the more specific reading, as for verbs
            found = self.noun_row_cache[i] = (
                max(cued, key=lambda p: _cue_length(p, words, joined))
                if cued
                else next((p for p in rows if not p.cues), None)
            )
        return found

    def _noun_predicate(self, lemma: str, lower: str) -> list[Predicate] | None:
        """The dictionary rows of a noun: its own, or those of the head of a compound."""
        nouns = self.c.nouns
        for cand in (lemma, lower):
            if cand in nouns:
                return nouns[cand]
        found = longest_suffix(lemma, nouns)
        if found and found[0] > 2:
            return nouns[found[1]]
        if lower.endswith(("en", "s")):
            for cand in _number_variants(lower):
                # a plural the lemmatizer left as it is ("luchtaanvallen" -> aanval) or cut
                # wrongly ("vredesgesprekken" -> "vredesgesprekk")
                found = longest_suffix(cand, nouns)
                if found and (found[0] == 0 or found[0] > 2):
                    return nouns[found[1]]
        return None

    # ------------------------------------------------------------------ sentence


def _before_infinitive_object(t, v, te_heads: frozenset[int]) -> bool:
    """ "riep Arafat op het geweld te stoppen": the parser made "op" the case of the object of
    the verb's te-infinitive; a stranded particle, since an infinitive's object takes no case.
    ``te_heads``: the doc's verbs with a "te" of their own (``_DocArrays.te_heads``)."""
    noun = t.head
    if t.dep_ != "case":
        return False
    # "roept de regering op etnisch profileren te verbieden": the object may be a bare
    # infinitive the parser hung on the verb as its complement
    bare_infinitive = noun.dep_ == "xcomp" and noun.pos_ == "VERB" and noun.i not in te_heads
    if noun.dep_ not in ("obj", "obl") and not bare_infinitive:
        return False
    inf = noun.head
    if inf.i == v.i:  # or the noun hangs on the verb, right before its infinitive
        inf = next(
            (
                c
                for c in v.children
                if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > noun.i and c.i in te_heads
            ),
            v,
        )
        doc = t.doc
        between = range(noun.right_edge.i + 1, inf.left_edge.i)
        if inf.i != v.i and any(doc[k].dep_ != "advmod" for k in between):
            return False
    return inf.head.i == v.i and inf.i != v.i and inf.i > noun.i and inf.i in te_heads


def _relative_clause(d) -> bool:
    """Whether dependent ``d`` is a relative clause: so labelled, or an adverbial clause that
    opens with "die" or "wie" as an argument ("..., die hem vroeg ...")."""
    if d.dep_ == "acl:relcl":
        return True
    if d.dep_ != "advcl":
        return False
    first = d.left_edge
    if first.is_punct and first.i < d.i:
        first = first.nbor()
    return first.lower_ in ("die", "wie") and first.head.i == d.i and first.dep_ != "mark"


def _number_variants(word: str) -> list[str]:
    """The singulars a plural form may have: "aanvallen" -> aanval, "gesprekken" -> gesprek,
    "beschietingen" -> beschieting, "diplomaten" -> diplomaat, "sancties" -> sanctie."""
    if word.endswith("en") and len(word) > 5:
        stem = word[:-2]
        out = [stem[:-1]] if stem[-1] == stem[-2] and stem[-1] not in "aeiou" else []
        out.append(stem)
        single = A.long_vowel_singular(stem)
        return [*out, single] if single else out
    if word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "'s")):
        return [word[:-1]]
    return []


def _cue_in_object(p: Predicate, words: set[str], joined: str, obj: set[str]) -> bool:
    """A cue set of the entry holds in the sentence with one of its words in the verb's object
    ("bestand&tussen" of "kondigde een bestand aan tussen A en B")."""
    return any(any(c in obj for c in alt) and _holds(alt, words, joined) for alt in p.cues)


def _holds(alt: tuple[str, ...], words: set[str], joined: str) -> bool:
    """Every cue of one cue set is a word of the sentence or, from four letters, part of one."""
    return all(c in words or (len(c) >= 4 and c in joined) for c in alt if c != NEGATIVE_CUE)


def _cue_length(p: Predicate, words: set[str], joined: str) -> int:
    """The length of the longest cue word of the entry's cue sets found in the sentence, as a
    word or as part of one (``joined``: the words between NUL bytes)."""
    best = 0
    for alt in p.cues:
        if _holds(alt, words, joined):
            best = max(best, *(len(c) for c in alt))
    return best
