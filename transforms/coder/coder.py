"""Dependency-based CAMEO event coder for parsed Dutch spaCy Docs.

Per sentence: find actors (dictionary + parse), find predicates (verbs and event nouns from the
predicate dictionary), take actor1 from the subject (or the "door" agent of a passive) and actor2 from
the slot the dictionary names (object, prepositional object, subject of a dat-clause). Negated,
conditional, interrogative and opinion-embedded predicates are dropped; modals of intent (willen,
zullen) turn cooperative codes into 03 (express intent). Reciprocals, coordination and plural
anaphora ("ze", "de twee leiders", "beide landen") are resolved within the article, which is how the
events table avoids both the PETRARCH-style "uncoded" gap and GDELT-style context false positives.
When the parse gives no subject or object, a clause-window reading (Dutch V2 / verb-final word order)
is used instead, so a rough parser costs recall but rarely precision. See data/README.md for the
dictionaries.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import re
from dataclasses import dataclass, field, replace

from . import actors as A
from .dictionaries import Dictionaries, Predicate, load
from .morph import past_forms, separable_forms, verb_forms

CODER_VERSION = "0.3.0"
ENTITY_CACHE_SIZE = 50_000  # resolved entity names kept per coder (a few MB)
_MISSING = object()
log = logging.getLogger(__name__)

GROUP_WINDOW = 10  # sentences back that "ze" / "de twee leiders" may refer to a coordinated pair
LEAD_SENTENCES = 3  # is_root_event: the event is in the first three sentences of the document

NEG_WORDS = {"niet", "nooit", "geenszins", "allerminst", "nimmer"}
AUX_CHAIN = {
    "hebben",
    "zijn",
    "worden",
    "zullen",
    "willen",
    "kunnen",
    "moeten",
    "mogen",
    "gaan",
    "hoeven",
    "blijven",
}
INTENT_VERBS = {"willen", "beloven", "toezeggen", "plannen", "overwegen"}
NON_ASSERTED = {"kunnen", "moeten", "mogen", "hoeven"}
COND_MARKS = {"als", "indien", "mits", "tenzij", "of", "wanneer", "zodra"}
SUBJ_DEPS = {"nsubj", "nsubj:pass", "nsubj:outer"}
OBJ_DEPS = {"obj", "iobj"}
PREP_DEPS = {"obl", "obl:arg", "nmod", "obl:agent", "dep", "advmod", "xcomp", "obj"}
PLURAL_PRONOUNS = {"ze", "zij"}
SING_PRONOUNS = {"hij"}
GROUP_NOUNS = {
    "land", "grootmacht", "supermacht", "mogendheid", "partij", "kant", "leider", "wereldleider",
    "president", "regering", "staatshoofd", "regeringsleider", "buurland", "twee", "beiden",
}  # fmt: skip
AIRCRAFT = ("vliegtuig", "straaljager", "bommenwerper", "drone", "helikopter", "luchtmacht")
RELATIVE = {"die", "dat", "wie", "welke", "wat"}
PASSIVE_AUX = {"werd", "werden", "wordt", "worden", "geworden"}
CASUALTY_WORDS = {
    "gewond",
    "omgekomen",
    "gedood",
    "gesneuveld",
    "omkwamen",
    "sneuvelden",
    "gedode",
    "doden",
}
GROUP_WORDS = {"ze", "zij", "twee", "beide", "beiden", "leiders", "landen", "elkaar", "samen"}
SINGLE_WORDS = {"hij", "zijn", "haar", "eiland", "zij"}
SHORT_FORMS = {"zei", "had", "was", "is", "nam", "gaf", "zag", "ging", "kwam", "liet", "bood"}
LIGHT_VERBS = {
    "houden",
    "voeren",
    "brengen",
    "afleggen",
    "beginnen",
    "hebben",
    "plegen",
    "uitvoeren",
    "starten",
    "hervatten",
}

# Cooperative codes under "willen"/"zullen": the CAMEO 03 counterpart of each root.
INTENT_BY_ROOT = {"04": "036", "05": "030", "06": "031", "07": "033", "08": "035", "03": None}
INTENT_BY_CODE = {
    "046": "036", "045": "039", "057": "030", "061": "0311", "062": "0312", "063": "0313",
    "064": "0314", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "084": "0353",
    "0841": "0353", "0842": "0353", "085": "0354", "087": "0356", "0871": "0356", "0874": "0356",
}  # fmt: skip
THREAT_BY_ROOT = {"15": "138", "17": "137", "18": "138", "19": "138", "20": "138", "16": "131"}


@dataclass
class Clause:
    """A predicate with its verb chain (auxiliaries/modals) and the dependents of the whole chain."""

    head: object  # the predicate token
    chain: list
    deps: list
    negated: bool = False
    asserted: bool = True
    intent: bool = False
    passive: bool = False


@dataclass
class Discourse:
    """What earlier sentences of the article said, for anaphora."""

    groups: list[tuple[int, list[A.Actor]]] = field(default_factory=list)
    subjects: list[tuple[int, A.Actor]] = field(default_factory=list)
    mentions: list[tuple[int, A.Actor]] = field(default_factory=list)


class EventCoder:
    """Turn a parsed spaCy Doc plus the article date into dyadic CAMEO event rows."""

    strict = False  # tests set True so internal errors surface instead of skipping the sentence

    def __init__(self, dictionary_dir: str | None = None, tokenizer=None):
        """``tokenizer``: the loaded pipeline's, to split actor names the way documents are
        split (and to skip building a second Dutch tokenizer, ~1 s); a blank Dutch one if None.
        """
        self.d: Dictionaries = load(dictionary_dir)
        if tokenizer is None:
            import spacy

            tokenizer = spacy.blank("nl").tokenizer
        self.index = A.build_index(self.d, lambda s: [t.text for t in tokenizer(s)])
        self.verbs: dict[tuple[str, str | None], list[Predicate]] = {}
        self.nouns: dict[str, list[Predicate]] = {}
        for p in self.d.predicates:
            if p.kind == "V":
                self.verbs.setdefault((p.lemma, p.particle), []).append(p)
                if p.particle:
                    self.verbs.setdefault((p.particle + p.lemma, None), []).append(p)
            else:
                self.nouns.setdefault(p.lemma, []).append(p)
        for table in (self.verbs, self.nouns):
            for preds in table.values():
                preds.sort(key=lambda p: -len(p.cues))
        self.noun_suffixes = sorted(self.nouns, key=len, reverse=True)
        # word form -> (verb lemma, particle or None), for when the lemmatizer misses a form
        self.form_lemma: dict[str, set[tuple[str, str | None]]] = {}
        self.past_forms: set[str] = set()
        for lemma, particle in list(self.verbs):
            self.past_forms.update(past_forms(lemma))
            for f in verb_forms(lemma):
                if len(f) >= 4 or f in SHORT_FORMS:
                    self.form_lemma.setdefault(f, set()).add((lemma, None))
            if particle:
                for f in separable_forms(lemma, particle):
                    self.form_lemma.setdefault(f, set()).add((lemma, particle))
        self.all_particles = {p.particle for p in self.d.predicates if p.particle}
        self.verb_lemmas = {lemma for lemma, _ in self.verbs}
        self.entries_by_lemma: dict[str, list[Predicate]] = {}
        for (lemma, _particle), preds in self.verbs.items():
            self.entries_by_lemma.setdefault(lemma, []).extend(preds)
        self.particle_lemmas = {lemma for lemma, part in self.verbs if part}
        self.opinion_lemmas = {p.lemma for p in self.d.predicates if "opinion" in p.flags}
        self.headline_pred = Predicate(
            "N", "samen", None, (), (), "040", None, frozenset({"sym"}), (), "coder"
        )
        alts = "|".join(sorted(self.nouns, key=len, reverse=True))
        self.noun_re = re.compile(rf"(?:{alts})$")
        self._entity_cache: dict[tuple[tuple[str, ...], dt.date], dict | None] = {}
        self._strings = _StringMemo()

    # ------------------------------------------------------------------ public API
    def resolve_entity(self, span, article_date: dt.date) -> dict | None:
        """Actor codes for an entity span (for the mentions table), or None if not in the dictionary.

        Names recur across articles, so answers are kept per (word forms, date).
        """
        key = (tuple(t.text for t in span), article_date)
        cache = self._entity_cache
        found = cache.get(key, _MISSING)
        if found is _MISSING:
            found = self._resolve_entity(key[0], article_date)
            if len(cache) >= ENTITY_CACHE_SIZE:
                cache.clear()
            cache[key] = found
        return dict(found) if found is not None else None

    def _resolve_entity(self, words: tuple[str, ...], article_date: dt.date) -> dict | None:
        mentions = A.match_mentions(list(words), self.index)
        best = None
        for m in mentions:
            if m.entry.kind in (A.PLACE, A.ORG_CTX):
                continue
            if best is None or A.KIND_RANK[m.entry.kind] < A.KIND_RANK[best.entry.kind]:
                best = m
        if best is None:
            return None
        code = self._entry_code(best.entry, article_date)
        if code is None:
            return None
        actor = self._make_actor(code, best.entry, 0, 0)
        return {
            "actor_code": actor.code,
            "country_code": actor.country,
            "known_group_code": actor.group,
            "type_code": actor.types[0] if actor.types else None,
        }

    def code_doc(self, doc, article_date: dt.date) -> list[dict]:
        """One dict per coded event mention.

        Keys: sentence_index (0-based in ``doc.sents``), actor1_/actor2_ code, name (canonical
        dictionary name, upper case), country_code, known_group_code, type1/2/3_code (None when
        absent), start_char/end_char (evidence offsets in ``doc.text``); event_code,
        event_base_code, event_root_code (strings), quad_class, goldstein_scale (GDELT tables);
        action_start_char/action_end_char, predicate_lemma, is_root_event (the action is in the
        first LEAD_SENTENCES sentences of the doc), confidence (10..100: lower for anaphora,
        word-order fallback, possessive/place targets and event nouns), coder_version.

        Three known parser errors are repaired in ``doc`` before coding (``split_joined_names``,
        ``arguments_off_determiners``, ``second_subject_is_object``), so read anything else
        from the Doc before calling this.
        """
        if isinstance(article_date, dt.datetime):
            article_date = article_date.date()
        if len(doc) == 0:
            return []
        arrays = _DocArrays(doc, self._strings)
        toks = _LazyTokens(doc, arrays.texts)
        mentions = A.match_mentions(toks.texts, self.index)
        tok_mention: dict[int, A.Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                tok_mention[i] = m
        if doc.has_annotation("DEP"):
            split_joined_names(doc, tok_mention)
            arguments_off_determiners(doc)
            second_subject_is_object(doc)
        ctx = _DocContext(self, doc, article_date, tok_mention, toks, arrays)
        ctx.mentions = mentions
        ctx.mention_starts = [m.start for m in mentions]
        rows: list[dict] = []
        disc = Discourse()
        sent_starts = sentence_starts(doc)  # read after the repairs, which re-attach tokens
        units = _units(sent_starts, doc, toks.texts)
        ctx.unit_of = {}
        for u in units:
            ctx.unit_of.update(dict.fromkeys(range(u.start, u.end), u))
        for u_idx, sent in enumerate(units):
            try:
                unit_rows = ctx.code_sentence(sent, u_idx, disc)
                for r in unit_rows:
                    first = bisect.bisect_right(ctx.tok_starts, r["action_start_char"]) - 1
                    r["sentence_index"] = (
                        bisect.bisect_right(sent_starts, max(first, sent.start)) - 1
                    )
                    r["is_root_event"] = r["sentence_index"] < LEAD_SENTENCES
                rows.extend(unit_rows)
            except (IndexError, KeyError, ValueError, AttributeError, TypeError, RecursionError):
                # A malformed parse must never stop an article; the sentence is simply not coded.
                if self.strict:
                    raise
                log.warning(
                    "event coder skipped sentence %d after an internal error", u_idx, exc_info=True
                )
                continue
        return rows

    # ------------------------------------------------------------------ helpers
    def _entry_code(self, entry: A.Entry, date: dt.date) -> str | None:
        if entry.kind == A.PERSON:
            return person_code_at(self.d.people, entry.code, date)
        return entry.code

    def _make_actor(
        self, code: str, entry: A.Entry | None, start: int, end: int, strong: bool = True
    ) -> A.Actor:
        if entry is not None and entry.kind in (A.ORG, A.ORG_CTX) and code in self.index.org_codes:
            o = self.index.org_codes[code]
            return A.Actor(
                code,
                o["country"],
                o["group"],
                (o["type1"],),
                entry.name.upper(),
                start,
                end,
                strong,
            )
        name = entry.name.upper() if entry else code
        return A.make_actor(code, self.d, name, start, end, strong)


def person_code_at(people: dict, code: str, date: dt.date) -> str | None:
    """Actor code of a person entry at ``date``. A name shared by several people, or a surname
    alias, counts only when exactly one of them holds a dated role then; a full name of one
    person also falls back to the person's undated role."""
    alias, pids = A.person_code(code)
    if len(pids) == 1 and not alias:
        return people[pids[0]].code_at(date)
    dated = {c for c in (people[p].dated_code_at(date) for p in pids) if c}
    if len(dated) == 1:
        return dated.pop()
    if not alias and not dated:
        fallbacks = {people[p].fallback for p in pids}
        if len(fallbacks) == 1:
            return fallbacks.pop()
    return None


QUOTES = {'"', "'", "”", "’", "»", "''", "“", "„"}
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN", "X"})


def split_joined_names(doc, tok_mention: dict) -> int:
    """Undo a parser error the coder cannot read around: two actors joined into one name.

    Parsers trained on treebanks with many multiword names (``Gazet van Antwerpen``) sometimes
    read ``Xi met Poetin`` as one ``flat`` name. When a ``flat`` dependent is a different
    dictionary actor from its head and exactly one preposition separates them, the dependent is
    re-attached as an ``obl`` of the name's head (``nmod`` of the name if it is the root) with
    the preposition as its ``case``. Changes ``doc`` in place; returns the number of repairs.
    """
    from spacy.attrs import DEP

    if not tok_mention:
        return 0
    flat = doc.to_array(DEP) == doc.vocab.strings["flat"]
    repaired = 0
    for i in flat.nonzero()[0].tolist():
        tok = doc[i]
        head = tok.head
        mine, theirs = tok_mention.get(i), tok_mention.get(head.i)
        if mine is None or theirs is None or mine is theirs or head.i >= i:
            continue
        gap = doc[head.i + 1 : tok.i]
        adps = [t for t in gap if t.pos_ == "ADP"]
        if len(adps) != 1 or len(gap) > 2 or any(t.i in tok_mention for t in gap):
            continue
        if head.head.i == head.i:
            tok.dep_ = "nmod"
        else:
            tok.head = head.head
            tok.dep_ = "obl"
        adps[0].head = tok
        adps[0].dep_ = "case"
        repaired += 1
    return repaired


ARGUMENT_DEPS = ("nsubj", "obj", "iobj")
MAX_CLIMB = 2


def arguments_off_determiners(doc) -> int:
    """A subject or object attached to a determiner moves to the verb of that determiner's noun.

    Determiners govern no arguments, yet a parser sometimes hangs one there (``dat de EU de
    sancties verlengt`` read with ``EU`` as the ``nsubj`` of the second ``de``). The argument is
    re-attached to the verb or auxiliary at most two heads above the determiner (its noun's
    verb); that verb is above the argument, so the tree stays valid. A second subject it
    creates is left to ``second_subject_is_object``. Other function-word heads are left alone:
    in the bench articles their arguments sit in parses too broken to mend by a rule. Changes
    ``doc`` in place; returns the number of moves.
    """
    from spacy.attrs import DEP, HEAD, POS

    strings = doc.vocab.strings
    arr = doc.to_array([HEAD, DEP, POS]).astype("int64")
    heads = arr[:, 0] + range(len(doc))
    is_arg = sum(arr[:, 1] == strings[d] for d in ARGUMENT_DEPS).astype(bool)
    determiner = arr[:, 2] == strings["DET"]
    moved = 0
    for i in (is_arg & determiner[heads]).nonzero()[0].tolist():
        tok = doc[i]
        target = tok.head
        for _ in range(MAX_CLIMB):
            if target.pos_ in ("VERB", "AUX") or target.head.i == target.i:
                break
            target = target.head
        if target.pos_ in ("VERB", "AUX"):
            tok.head = target
            moved += 1
    return moved


def second_subject_is_object(doc) -> int:
    """A verb with two ``nsubj`` dependents and no object: the later one is the object.

    Dutch word order leaves subject and object ambiguous (``Rusland erkent het eiland``,
    ``terwijl Rusland het eiland erkent``) and the parser sometimes labels both as subjects,
    which no clause has (coordinated subjects hang off each other via ``conj``). Changes ``doc``
    in place; returns the number of relabelled tokens.
    """
    from spacy.attrs import DEP, HEAD

    strings = doc.vocab.strings
    arr = doc.to_array([HEAD, DEP]).astype("int64")  # HEAD is a signed offset stored unsigned
    heads = arr[:, 0] + range(len(doc))
    deps = arr[:, 1]
    with_object = set(heads[deps == strings["obj"]].tolist())
    seen: set[int] = set()
    changed = 0
    for i in (deps == strings["nsubj"]).nonzero()[0].tolist():
        head = int(heads[i])
        if head in seen and head not in with_object:
            doc[i].dep_ = "obj"
            changed += 1
        seen.add(head)
    return changed


STRING_MEMO_SIZE = 500_000


class _StringMemo(dict):
    """String hash -> string. A dict hit costs a fraction of a StringStore lookup, which decodes
    the string anew each time; hashes are the same in every vocabulary, so one memo serves all.
    """

    def __init__(self, size: int = STRING_MEMO_SIZE) -> None:
        super().__init__()
        self.size = size
        self.strings = None

    def read(self, doc, ids: list[int]) -> list[str]:
        if len(self) >= self.size:
            self.clear()
        self.strings = doc.vocab.strings
        return list(map(self.__getitem__, ids))

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value


class _LazyTokens:
    """Token objects created on first access: most tokens of an article are never looked at.

    The word forms (``texts``) are read for all tokens at once: the coder scans them for names.
    """

    __slots__ = ("doc", "cache", "texts")

    def __init__(self, doc, texts: list[str]):
        self.doc = doc
        self.cache: list = [None] * len(doc)
        self.texts = texts

    def __len__(self) -> int:
        return len(self.cache)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.cache)))]
        t = self.cache[i]
        if t is None:
            t = self.cache[i] = self.doc[i]
        return t


class _DocContext:
    """Per-document state: mentions, cached noun-phrase actors, discourse memory."""

    def __init__(
        self,
        coder: EventCoder,
        doc,
        date: dt.date,
        tok_mention: dict[int, A.Mention],
        toks: _LazyTokens,
        arrays: _DocArrays,
    ):
        self.c = coder
        self.doc = doc
        self.toks = toks
        self.texts = toks.texts
        self.tok_starts: list[int] = arrays.starts
        self.lowers = arrays.lowers
        # coarse tags for all tokens: code_sentence picks verbs and nouns without Token objects
        self.pos = arrays.pos
        self.clause_cache: dict[int, Clause] = {}
        self.sent_words: set[str] = set()
        self.date = date
        self.tok_mention = tok_mention
        self.np_cache: dict[int, A.Actor | None] = {}
        self.sent_idx = 0
        self.mentions: list[A.Mention] = []
        self.unit_of: dict = {}
        self.home_cache: dict[int, str | None] = {}
        self.mention_starts: list[int] = []

    # ------------------------------------------------------------------ actors
    def np_actor(self, h) -> A.Actor | None:
        if h.i in self.np_cache:
            return self.np_cache[h.i]
        self.np_cache[h.i] = None
        actor = self._np_actor(h)
        self.np_cache[h.i] = actor
        return actor

    def _np_actor(self, h) -> A.Actor | None:
        c = self.c
        region = [h]
        seen = {h.i}
        via_nmod: set[int] = set()  # reached through a "van" possessor, not part of the head phrase
        frontier = [h]
        while frontier:
            t = frontier.pop()
            for ch in t.children:
                if ch.i in seen:
                    continue
                dep = ch.dep_
                case = _case(ch)
                if dep in A.TIGHT_DEPS or (dep == "nmod" and case in (None, "van")):
                    if dep == "nmod" and t.i != h.i and t.i not in self.tok_mention:
                        continue
                    seen.add(ch.i)
                    region.append(ch)
                    frontier.append(ch)
                    if dep == "nmod" or t.i in via_nmod:
                        via_nmod.add(ch.i)
        head_mention = self.tok_mention.get(h.i)
        best: A.Mention | None = None
        best_tok = None
        for t in region:
            m = self.tok_mention.get(t.i)
            if m is None:
                continue
            kind = m.entry.kind
            if kind == A.ORG_CTX and not self._ctx_org_ok(m, h):
                continue
            if kind in (A.SEAT, A.PLACE) and t.i != h.i and t.dep_ not in ("nmod", "appos", "flat"):
                continue
            if best is None or A.KIND_RANK[kind] < A.KIND_RANK[best.entry.kind]:
                best, best_tok = m, t
        agent = A.agent_types(h, c.index)
        if agent is None and head_mention is None:
            for t in region:
                if t.dep_ in ("flat", "appos", "compound") and t.i not in self.tok_mention:
                    agent = agent or A.agent_types(t, c.index)
        if best is None:
            if agent is not None and h.pos_ in ("NOUN", "PROPN"):
                home = self._domestic(h)
                if home is not None:
                    code = home + agent[0][0]
                    actor = A.make_actor(
                        code, c.d, f"{home} {agent[1].upper()}", h.idx, h.idx + len(h.text)
                    )
                    actor.head_i = h.i
                    actor.agent_lemma = agent[1]
                    return actor
            return None
        entry = best.entry
        code = c._entry_code(entry, self.date)
        if code is None:
            return None
        start = min(self.toks[best.start].idx, h.idx)
        end = max(
            self.toks[best.end - 1].idx + len(self.toks[best.end - 1].text), h.idx + len(h.text)
        )
        kind = entry.kind
        is_head = head_mention is not None and head_mention is best
        strong = True
        if kind in (A.SEAT, A.PLACE):
            strong = kind == A.SEAT and not self._locative(h)
        elif kind == A.ADJ:
            strong = agent is not None
        elif not is_head and agent is None and kind in (A.COUNTRY, A.DEMONYM, A.PERSON, A.ORG):
            # "de visie van Biden", "de radarpost van Syrië": a possessor, not the actor itself
            strong = best_tok is not None and best_tok.i not in via_nmod and best_tok.dep_ in (
                "flat", "appos", "compound", "fixed",
            )  # fmt: skip
        if (
            agent is not None
            and kind in (A.COUNTRY, A.DEMONYM, A.ADJ, A.SEAT, A.PERSON)
            and len(code) == 3
        ):
            code = code + agent[0][0]
        actor = c._make_actor(code, entry, start, end, strong)
        actor.head_i = h.i
        if agent is not None:
            actor.agent_lemma = agent[1]
        return actor

    def _domestic(self, h) -> str | None:
        """Country of the one domestic non-state group in the sentence (FARC -> COL), for bare
        role nouns next to it: "FARC en regering" -> COLREB, COLGOV."""
        unit = self.unit_of.get(h.i) or h.sent
        if unit.start in self.home_cache:
            return self.home_cache[unit.start]
        homes = set()
        for m in self.mentions_in(unit):
            if m.entry.kind == A.ORG:
                o = self.c.index.org_codes.get(m.entry.code)
                if o and o["country"] and o["type1"] in ("REB", "OPP", "PTY"):
                    homes.add(o["country"])
        home = homes.pop() if len(homes) == 1 else None
        self.home_cache[unit.start] = home
        return home

    def _ctx_org_ok(self, m: A.Mention, h) -> bool:
        sent = self.unit_of.get(h.i) or h.sent
        for i in range(sent.start, sent.end):
            o = self.tok_mention.get(i)
            if o is not None and o.entry.kind == A.ORG and o.entry.code == m.entry.code:
                return True
        return False

    def _locative(self, t) -> bool:
        case = _case(t)
        return case in A.LOCATIVE

    def actors_of(self, tok, disc: Discourse, allow_weak: bool = False) -> list[A.Actor]:
        """Actors a dependent token refers to: itself and its conjuncts, with anaphora resolved."""
        out: list[A.Actor] = []
        for t in [tok, *tok.conjuncts]:
            a = self.np_actor(t)
            if a is not None and (a.strong or allow_weak):
                out.append(a)
                continue
            if a is None:
                out.extend(self.anaphor(t, disc))
        uniq: list[A.Actor] = []
        for a in out:
            if all(not (u.code == a.code and u.start_char == a.start_char) for u in uniq):
                uniq.append(a)
        return uniq

    def anaphor(self, t, disc: Discourse) -> list[A.Actor]:
        lower = t.text.lower()
        lemma = A.norm_lemma(t)
        if lower == "elkaar":
            return []
        if t.pos_ == "PRON" and lower in PLURAL_PRONOUNS and self._plural_verb(t):
            return self._recent_group(disc, t)
        if t.pos_ == "PRON" and lower in SING_PRONOUNS:
            for s_idx, a in reversed(disc.subjects):
                if s_idx == self.sent_idx and a.start_char >= t.idx:
                    continue
                if self.sent_idx - s_idx <= 1:
                    return [self._anaphoric(a, t)]
                break
            return []
        if lemma in ("eiland",) and _has_det(t, {"het", "dat", "dit"}):
            for s_idx, a in reversed(disc.mentions):
                if self.sent_idx - s_idx <= 1 and a.country in self.c.d.islands:
                    return [self._anaphoric(a, t)]
            return []
        # "de twee (wereld)leiders", "beide landen", "De twee", "De leiders", "klimaatgezanten van beide landen"
        words = {A.norm_lemma(ch) for ch in t.children if ch.dep_ in ("det", "nummod", "amod")}
        plural = "Plur" in t.morph.get("Number") or lower.endswith(("en", "s"))
        if lemma in ("twee", "beiden") or lower in ("twee", "beiden"):
            return self._recent_group(disc, t)
        base = lemma
        agent = A.agent_types(t, self.c.index)
        if (
            plural
            and (base in GROUP_NOUNS or agent is not None)
            and (words & {"twee", "beide", "beid", "de", "die", "deze"})
        ):
            members = self._recent_group(disc, t)
            if agent is not None and members:
                members = [self._with_type(m, agent[0][0]) for m in members]
            if members:
                return members
        for ch in t.children:
            if ch.dep_ == "nmod" and _case(ch) == "van" and agent is not None:
                inner = self.anaphor(ch, disc)
                if len(inner) >= 2:
                    return [self._with_type(m, agent[0][0]) for m in inner]
        return []

    def _recent_single(self, t, disc: Discourse) -> list[A.Actor]:
        """Antecedent of "zijn"/"haar": the last strong actor before it in the sentence, else the last subject."""
        best = None
        for i in range((self.unit_of.get(t.i) or t.sent).start, t.i):
            m = self.tok_mention.get(i)
            if m is not None and m.entry.kind in (A.PERSON, A.COUNTRY, A.DEMONYM, A.ORG):
                a = self.np_actor(self.toks[m.end - 1])
                if a is not None and a.strong:
                    best = a
        if best is None:
            for s_idx, a in reversed(disc.subjects):
                if self.sent_idx - s_idx <= 1:
                    best = a
                break
        return [self._anaphoric(best, t)] if best is not None else []

    def _with_type(self, a: A.Actor, t: str) -> A.Actor:
        if a.country and len(a.code) == 3:
            return replace(a, code=a.code + t, types=(t,))
        return a

    def _anaphoric(self, a: A.Actor, t) -> A.Actor:
        return replace(
            a, start_char=t.idx, end_char=t.idx + len(t.text), anaphoric=True, head_i=t.i
        )

    def _plural_verb(self, t) -> bool:
        v = t.head
        cands = [v, *[ch for ch in v.children if ch.dep_ in ("aux", "aux:pass", "cop")]]
        for x in cands:
            num = x.morph.get("Number")
            if "Plur" in num:
                return True
            if "Sing" in num:
                continue
            if x.pos_ in ("VERB", "AUX") and x.text.lower().endswith("en") and x.i != t.i:
                return True
        return False

    def _recent_group(self, disc: Discourse, t) -> list[A.Actor]:
        for s_idx, members in reversed(disc.groups):
            if self.sent_idx - s_idx <= GROUP_WINDOW and (
                s_idx < self.sent_idx or _before(members, t)
            ):
                return [self._anaphoric(m, t) for m in members]
        return []

    # ------------------------------------------------------------------ clauses
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
        for x in chain:
            for ch in x.children:
                if ch.i not in chain_ids:
                    if ch.dep_ in ("aux", "aux:pass", "cop") and A.norm_lemma(ch) in AUX_CHAIN:
                        chain.append(ch)
                        chain_ids.add(ch.i)
                        continue
                    deps.append(ch)
        cl = Clause(v, chain, deps)
        lemmas = {A.norm_lemma(x) for x in chain if x.i != v.i}
        texts = {x.text.lower() for x in chain}
        cl.negated = any(
            (ch.dep_ in ("advmod", "det", "fixed", "dep") and ch.text.lower() in NEG_WORDS)
            for ch in deps
        ) or any(
            ch.text.lower() == "geen" or (ch.text.lower() in NEG_WORDS)
            for d in deps
            if d.dep_ in OBJ_DEPS | {"obl"}
            for ch in d.children
            if ch.dep_ in ("det", "advmod")
        )
        cl.intent = bool(lemmas & INTENT_VERBS) or (
            "zullen" in lemmas and not texts & {"zou", "zouden"}
        )
        if "gaan" in lemmas and v.morph.get("VerbForm") == ["Inf"]:
            cl.intent = True
        reportative = bool(texts & {"zou", "zouden"}) and bool(lemmas & {"hebben", "zijn"})
        cl.asserted = not (lemmas & NON_ASSERTED) and (
            reportative or not (texts & {"zou", "zouden"})
        )
        has_door = any(_case(d) == "door" for d in deps)
        cl.passive = (
            (
                "worden" in lemmas
                and (
                    any(d.dep_ in ("aux:pass", "nsubj:pass") for d in deps)
                    or v.morph.get("VerbForm") == ["Part"]
                )
            )
            or (has_door and "zijn" in lemmas and v.morph.get("VerbForm") == ["Part"])
        ) and "hebben" not in lemmas
        # conditional / interrogative clause
        top = chain[-1] if chain else v
        for x in (v, top):
            for ch in x.children:
                if ch.dep_ == "mark" and ch.text.lower() in COND_MARKS:
                    cl.asserted = False
        return cl

    def subjects(self, cl: Clause, disc: Discourse, depth: int = 0) -> tuple[list[A.Actor], list]:
        subj_toks = [d for d in cl.deps if d.dep_ in SUBJ_DEPS]
        if cl.passive:
            agents = [
                d for d in cl.deps if _case(d) == "door" and d.dep_ in ("obl", "obl:agent", "nmod")
            ]
            acts = [a for d in agents for a in self.actors_of(d, disc)]
            return acts, agents
        if subj_toks:
            if not cl.passive and len(subj_toks) > 1:
                # "Biden en Xi komen": the second conjunct is sometimes parsed as a second subject;
                # "Duitsland zal Polen helpen": an uncoordinated second "subject" is the object
                subj_toks = [t for t in subj_toks if t.i < cl.head.i] or subj_toks[:1]
                subj_toks = self._coordinated_prefix(sorted(subj_toks, key=lambda t: t.i))
            acts: list[A.Actor] = []
            for s in subj_toks:
                if s.text.lower() in RELATIVE and cl.chain[-1].dep_ in ("acl:relcl", "acl"):
                    s = cl.chain[-1].head
                acts.extend(self.actors_of(s, disc))
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

    def _previous_clause(self, v, disc: Discourse) -> tuple[list[A.Actor], list[A.Actor]]:
        """Subject and object actors of the closest earlier verb in the sentence with an actor subject."""
        unit = self.unit_of.get(v.i) or v.sent
        for i in range(v.i - 1, unit.start - 1, -1):
            t = self.toks[i]
            if t.pos_ != "VERB":
                continue
            cl = self.clause(t)
            subj, _ = self.subjects(cl, disc)
            subj = [a for a in subj if a.strong]
            if subj:
                objs = [a for d in cl.deps if d.dep_ in OBJ_DEPS for a in self.actors_of(d, disc)]
                return subj, objs
        return [], []

    def _coordinated_prefix(self, toks: list) -> list:
        """The first subject plus those joined to it by "en"/","; the rest are misparsed objects."""
        if not toks:
            return toks
        out = [toks[0]]
        for t in toks[1:]:
            between = {self.toks[k].lower_ for k in range(out[-1].i + 1, t.i)}
            if between & {"en", ",", "of"}:
                out.append(t)
            else:
                break
        return out

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
            case = _case(d)
            if d.dep_ in OBJ_DEPS and case is None:
                cands.append((d, "obj"))
            elif case is not None and d.dep_ in PREP_DEPS:
                cands.append((d, case))
            for ch in d.children:
                if (
                    ch.dep_ in ("nmod", "obl")
                    and _case(ch) is not None
                    and d.dep_ in OBJ_DEPS | {"obl", "obl:arg"}
                ):
                    cands.append((ch, _case(ch)))
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
                    if d.dep_ in OBJ_DEPS and _case(d) is None:
                        cands.append((d, "obj"))
        for d in cl.deps:
            if d.text.lower() in ("elkaar", "elkaars") or any(
                ch.text.lower() == "elkaar"
                for ch in d.children
                if ch.dep_ in ("nmod", "obl", "obj")
            ):
                recip = True
        for tok, slot in cands:
            if slot == "door" and cl.passive:
                continue
            if slot in slots or (slot == "obj" and "obj" in slots):
                if tok.text.lower() in ("elkaar", "elkaars"):
                    recip = True
                    continue
                out.extend(self.actors_of(tok, disc, allow_weak=allow_weak))
        if "ccomp" in slots:
            for d in cl.deps:
                if d.dep_ in ("ccomp", "parataxis"):
                    sub = self.clause(d)
                    acts, _ = self.subjects(sub, disc)
                    out.extend(acts or _Linear(self, d, disc).sources())
        return out, recip

    # ------------------------------------------------------------------ predicates
    def verb_predicates(self, v, cl: Clause) -> list[Predicate]:
        lemma = A.norm_lemma(v)
        raw = (v.lemma_ or "").lower()
        keys: list[tuple[str, str | None]] = []
        particles = {
            d.text.lower()
            for d in cl.deps
            if d.dep_ in ("compound:prt", "advmod", "dep", "obl", "xcomp", "fixed")
        } | {d.text.lower() for d in cl.deps if not list(d.children)}
        if "_" in raw:
            part, base = raw.split("_", 1)
            keys.append((base.replace("_", ""), part))
            keys.append((lemma, None))
        else:
            for p in particles & self.c.all_particles:
                keys.append((lemma, p))
            keys.append((lemma, None))
        for lem, part in sorted(
            self.c.form_lemma.get(v.text.lower(), ()), key=lambda k: k[1] is None
        ):
            if part is not None:
                keys.append((lem, part))
            else:
                keys.extend((lem, p) for p in particles & self.c.all_particles)
                keys.append((lem, None))
        lin_parts = (
            self._window_particles(v) if {k[0] for k in keys} & self.c.particle_lemmas else set()
        )
        keys = [k for k in keys if k in self.c.verbs] or keys
        for p in lin_parts - particles:
            base = keys[-1][0] if keys else lemma
            keys.insert(0, (base, p))
            for lem, part in self.c.form_lemma.get(v.text.lower(), ()):
                if part is None:
                    keys.insert(0, (lem, p))
        if not any(k in self.c.verbs for k in keys):
            return []
        if all(
            all(p.cues for p in self.c.verbs.get(k, ()))
            and not any(_cue_ok(p, self.sent_words) for p in self.c.verbs.get(k, ()))
            for k in keys
        ):
            return []  # only cued entries (hebben ... over, sluiten ... akkoord) and no cue in the sentence
        words = self._dep_words(cl) | self._window_words(v)
        for key in keys:
            preds = self.c.verbs.get(key)
            if not preds:
                continue
            chosen = [p for p in preds if _cue_ok(p, words)]
            if chosen:
                best = max(len(p.cues) > 0 for p in chosen)
                return [p for p in chosen if (len(p.cues) > 0) == best][:1]
        return []

    def _window_particles(self, v) -> set[str]:
        """Separable particles stranded later in the clause when the parse does not attach them."""
        doc = self.toks
        unit = self.unit_of.get(v.i) or v.sent
        out = set()
        for step in (1, -1):
            i = v.i + step
            while unit.start <= i < unit.end:
                t = doc[i]
                if _is_boundary(t):
                    break
                low = t.lower_
                if low in self.c.all_particles:
                    nxt = doc[i + 1] if i + 1 < unit.end else None
                    if nxt is None or nxt.pos_ not in (
                        "DET",
                        "NOUN",
                        "ADJ",
                        "PROPN",
                        "NUM",
                        "PRON",
                    ):
                        out.add(low)
                i += step
        return out

    def _window_words(self, v) -> set[str]:
        """Words of the clause around the verb, for cues the parse did not attach to it."""
        unit = self.unit_of.get(v.i) or v.sent
        out: set[str] = set()
        for step in (1, -1):
            i = v.i + step
            while unit.start <= i < unit.end and not _is_boundary(self.toks[i]):
                t = self.toks[i]
                out.add(t.lower_)
                out.add(A.norm_lemma(t))
                i += step
        return out

    def _dep_words(self, cl: Clause) -> set[str]:
        words: set[str] = set()
        stack = list(cl.deps)
        depth = {d.i: 0 for d in stack}
        while stack:
            t = stack.pop()
            words.add(t.text.lower())
            words.add(A.norm_lemma(t))
            if depth[t.i] < 1:
                for ch in t.children:
                    if ch.i not in depth:
                        depth[ch.i] = depth[t.i] + 1
                        stack.append(ch)
        if cl.chain[-1].dep_ in ("acl:relcl", "acl") and cl.chain[-1].head.i != cl.chain[-1].i:
            h = cl.chain[-1].head
            words.add(A.norm_lemma(h))
            words.add(h.text.lower())
        return words

    def noun_predicates(self, n) -> list[Predicate]:
        lemma = A.norm_lemma(n)
        lower = n.text.lower()
        for cand in (lemma, lower):
            if cand in self.c.nouns:
                return self.c.nouns[cand][:1]
        m = self.c.noun_re.search(lemma)
        if m and m.start() > 2:
            return self.c.nouns[m.group(0)][:1]
        return []

    # ------------------------------------------------------------------ sentence
    def code_sentence(self, sent, s_idx: int, disc: Discourse) -> list[dict]:
        self.sent_idx = s_idx
        self._update_discourse(sent, s_idx, disc)
        rows: list[dict] = []
        words = set(self.lowers[sent.start : sent.end])
        self.sent_words = words
        tail = [w for w in self.texts[sent.start : sent.end] if w.strip() and w not in QUOTES]
        skip = bool(words & self.c.d.discards) or (bool(tail) and tail[-1] == "?")
        if not skip:
            # an event needs two actors: skip sentences that cannot supply them (most of an article)
            ments = [m for m in self.mentions_in(sent) if m.entry.kind != A.ORG_CTX]
            n_keys = len({m.entry.code for m in ments})
            group_words = bool(words & GROUP_WORDS)
            single_words = bool(words & SINGLE_WORDS)
            domestic = any(self._domestic(self.toks[m.start]) for m in ments[:1])
            if not (
                n_keys >= 2
                or group_words
                or (n_keys == 1 and (single_words or domestic or len(ments) > 1))
            ):
                skip = True
        opinion_heads: set[int] = set()
        verb_events: dict[int, bool] = {}
        if not skip:
            toks = self.toks
            span = range(sent.start, sent.end)
            pos, lowers = self.pos, self.lowers
            forms, past = self.c.form_lemma, self.c.past_forms
            verbs = [
                toks[i]
                for i in span
                if pos[i] in VERB_POS
                or (lowers[i] in forms and (lowers[i] in past or _verb_like(toks[i])))
            ]
            for v in verbs:
                if _lemma_is_opinion(self, v):
                    for d in v.children:
                        if d.dep_ in ("ccomp", "parataxis"):
                            opinion_heads.update(x.i for x in d.subtree)
            for v in verbs:
                if v.i in opinion_heads:
                    continue
                ev = self.code_verb(v, disc)
                verb_events[v.i] = bool(ev)
                rows.extend(ev)
            for i in span:
                if pos[i] in NOUN_POS and i not in opinion_heads:
                    rows.extend(self.code_noun(toks[i], disc, verb_events))
        rows.extend(self._headline(sent, disc, bool(rows)))
        return _dedupe(rows)

    def _headline(self, sent, disc: Discourse, coded: bool) -> list[dict]:
        """Verbless headline "Biden en Xi urenlang samen": a meeting of the coordinated pair."""
        if coded or "samen" not in self.sent_words:
            return []
        toks = self.toks[sent.start : sent.end]
        anchor = next((t for t in toks if t.lower_ == "samen"), None)
        if anchor is None or any(t.pos_ in ("VERB", "AUX") for t in toks if t.i < anchor.i):
            return []
        group = [m for i, m in disc.groups if i == self.sent_idx]
        if not group:
            return []
        pred = self.c.headline_pred
        return self._emit(pred, pred.code, group[0], [], True, anchor, None, 45, [])

    def _update_discourse(self, sent, s_idx: int, disc: Discourse) -> None:
        """Remember coordinated actor groups and subjects of this sentence for later anaphora."""
        doc = self.toks
        ments = [
            m
            for m in self.mentions_in(sent)
            if m.entry.kind in (A.PERSON, A.COUNTRY, A.DEMONYM, A.ORG)
            or (
                m.entry.kind == A.SEAT
                and not (m.start > sent.start and doc[m.start - 1].text.lower() in A.LOCATIVE)
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
            between = (
                [doc[k].text.lower() for k in range(last_end, m.start)]
                if last_end is not None
                else None
            )
            if (
                between
                and all(w in (",", "en", "de", "het") for w in between)
                and ("en" in between or "," in between)
            ):
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
                if m.start > sent.start and doc[m.start - 1].text.lower() in PREPOSITIONS:
                    continue
                disc.subjects.append((s_idx, a))
                break

    def mentions_in(self, sent) -> list[A.Mention]:
        lo = bisect.bisect_left(self.mention_starts, sent.start)
        hi = bisect.bisect_left(self.mention_starts, sent.end)
        return self.mentions[lo:hi]

    def code_verb(self, v, disc: Discourse) -> list[dict]:
        nxt = self.toks[v.i + 1] if v.i + 1 < len(self.toks) else None
        if (
            v.dep_ == "amod"
            or (v.pos_ == "ADJ" and v.lower_ not in self.c.past_forms)
            or (
                nxt is not None
                and nxt.pos_ == "NOUN"
                and v.pos_ in ("ADJ", "VERB")
                and v.dep_ not in ("ROOT", "acl:relcl")
            )
            and not any(ch.dep_ in SUBJ_DEPS for ch in v.children)
        ):
            return []  # attributive participle: "de door Syrië gesteunde organisatie"
        if v.pos_ == "AUX" and A.norm_lemma(v) in AUX_CHAIN and "het" not in self.sent_words:
            return []  # auxiliaries carry no event of their own ("hebben het over" is the exception)
        lemma = A.norm_lemma(v)
        raw = (v.lemma_ or "").lower()
        cands = {lemma} | {lem for lem, _ in self.c.form_lemma.get(v.lower_, ())}
        if "_" in raw:
            cands.add(raw.split("_", 1)[1].replace("_", ""))
        entries = [p for c in cands for p in self.c.entries_by_lemma.get(c, ())]
        if not entries:
            return []
        words = self.sent_words
        if not any(
            (not p.cues or _cue_ok(p, words))
            and (
                "sym" in p.flags
                or "obj" in p.targets
                or "ccomp" in p.targets
                or any(t in words for t in p.targets)
            )
            and "opinion" not in p.flags
            for p in entries
        ):
            return []  # no reading can fire: cue word or target preposition missing from the sentence
        cl = self.clause(v)
        preds = self.verb_predicates(v, cl)
        if not preds:
            return []
        p = preds[0]
        if "opinion" in p.flags:
            return []
        code = p.code
        if cl.negated:
            neg = p.value("neg")
            if "negonly" in p.flags:
                pass
            elif neg:
                code = neg
            else:
                return []
        if not cl.asserted:
            return []
        allow_weak = "place" in p.flags
        lin = _Linear(self, v, disc)
        if lin.negated and "negonly" not in p.flags and not p.value("neg"):
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
                and all(t.i > v.i for t in subj_toks)
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
            sources = [
                a for pos, acts, prep in lin.chunks if prep == "door" for a in acts if a.strong
            ]
            lin_passive = bool(sources)
            conf = 50
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
        if rel or lin_first:
            targets, recip = [], False
        else:
            targets, recip = self.targets(cl, p.targets, disc, allow_weak)
        recip = (recip or lin.recip) and "say" not in p.flags
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
        if not targets and not recip:
            targets = lin.targets(p.targets, allow_weak, sources, p.cues)
        if not targets and not recip and allow_weak and code[:2] in ("17", "18", "19", "20"):
            # "Oegandese troepen hebben in Congo honderd mensen opgepakt": the place stands for its country
            targets = [a for pos, acts, prep in lin.chunks if prep == "in" for a in acts if a.key]
        if "milonly" in p.flags and not any("MIL" in s.types for s in sources):
            return []
        air = p.value("air")
        if air and any(x in (s.agent_lemma or "") for s in sources for x in AIRCRAFT):
            code = air
        if cl.intent:
            code = _to_intent(code)
            if code is None:
                return []
        return self._emit(p, code, sources, targets, recip, v, cl, conf, subj_toks)

    def code_noun(self, n, disc: Discourse, verb_events: dict[int, bool]) -> list[dict]:
        preds = self.noun_predicates(n)
        if not preds:
            return []
        p = preds[0]
        if any(ch.text.lower() == "geen" for ch in n.children):
            return []
        gov = n.head if n.dep_ in ("obj", "obl", "obl:arg", "nsubj", "nmod", "conj") else None
        gov_clause = None
        code = p.code
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            gov_clause = self.clause(gov)
            if gov_clause.negated or not gov_clause.asserted:
                return []
            if gov_clause.intent:
                code = _to_intent(code) or code
        allow_weak = "place" in p.flags
        sources: list[A.Actor] = []
        targets: list[A.Actor] = []
        if gov_clause is None or not gov_clause.intent:
            nlin = _Linear(self, n, disc)
            if nlin.negated or not nlin.asserted:
                return []
            if nlin.intent:
                code = _to_intent(code) or code
        for ch in n.children:
            a = None
            if ch.dep_ in ("amod", "nmod:poss", "compound", "flat"):
                a = self.np_actor(ch)
                if a is not None:
                    sources.append(replace(a, strong=True))
        for ch in n.children:
            case = _case(ch)
            if ch.dep_ not in ("nmod", "obl", "dep", "acl", "appos"):
                continue
            if case == "van" and not sources and "van" not in p.targets:
                sources.extend(self.actors_of(ch, disc))
            elif case == "door":
                sources.extend(self.actors_of(ch, disc))
            elif case in p.targets:
                targets.extend(self.actors_of(ch, disc, allow_weak=allow_weak))
        light = gov is not None and A.norm_lemma(gov) in LIGHT_VERBS
        if (
            not sources
            and gov_clause is not None
            and not verb_events.get(gov.i)
            and (
                (n.dep_ in ("obl", "obl:arg") and _case(n) in ("met", "na", "tijdens", "bij"))
                or (n.dep_ == "obj" and light)
            )
        ):
            subj, _ = self.subjects(gov_clause, disc)
            sources = [s for s in subj if s.strong]
        ncase = _case(n) or (
            self.toks[n.i - 1].lower_
            if n.i > 0 and self.toks[n.i - 1].lower_ in PREPOSITIONS
            else None
        )
        if (
            not sources
            and ncase in ("met", "na", "tijdens", "bij", "in")
            and not (gov is not None and verb_events.get(gov.i))
        ):
            lin = _Linear(self, n, disc)
            if not lin.negated and lin.asserted:
                sources = lin.sources()
        if not sources:
            for ch in n.children:
                if ch.dep_ == "nmod:poss" and ch.text.lower() in ("zijn", "haar"):
                    sources = self._recent_single(n, disc)
        if not sources:
            return []
        if not targets and p.targets:
            # the parser often attaches "aan/op/met X" to the verb instead of the event noun
            lin = _Linear(self, n, disc)
            for pos, acts, prep in lin.chunks:
                if pos > n.i and prep in p.targets:
                    targets = [a for a in acts if a.strong or allow_weak]
                    break
            if not targets and code[:2] in ("18", "19", "20") and self.sent_words & CASUALTY_WORDS:
                # "Bij de Israëlische aanval raakten twee Syrische soldaten gewond": the victims are the target
                src = {a.code for a in sources}
                for pos, acts, prep in lin.chunks:
                    if pos > n.i and prep is None:
                        targets.extend(
                            a for a in acts if a.code not in src and (a.strong or allow_weak)
                        )
        ev_tok = n
        return self._emit(p, code, sources, targets, False, ev_tok, gov_clause, 55, [])

    def _emit(
        self, p: Predicate, code, sources, targets, recip, ev_tok, cl, conf, subj_toks
    ) -> list[dict]:
        pairs: list[tuple[A.Actor, A.Actor, str]] = []
        sym = "sym" in p.flags
        if recip or (sym and not targets):
            group = _uniq(sources)
            if len(group) >= 2:
                for a, b in itertools.permutations(group, 2):
                    pairs.append((a, b, code))
        elif p.reverse and not targets and len(_uniq(sources)) >= 2:
            # "Met een staatsbezoek onderstreepten China en Rusland": first-named visits, the other hosts
            group = _uniq(sources)
            for b in group[1:]:
                pairs.append((group[0], b, code))
                pairs.append(
                    (
                        b,
                        group[0],
                        _to_intent(p.reverse) if cl is not None and cl.intent else p.reverse,
                    )
                )
        else:
            for a in sources:
                for b in targets:
                    pairs.append((a, b, code))
                    if sym:
                        pairs.append((b, a, code))
                    elif p.reverse and (b.strong or p.kind == "N"):
                        rev = p.reverse
                        if cl is not None and cl.intent:
                            rev = _to_intent(rev) or rev
                        pairs.append((b, a, rev))
        rows = []
        for a, b, c in pairs:
            if a.key is None and b.key is None:
                continue
            if a.key == b.key and (
                not a.types or not b.types or (a.types == b.types and a.name == b.name)
            ):
                # domestic events need two roles (COLREB -> COLGOV) or two named actors of one
                # role (a minister -> the premier: ISRGOV -> ISRGOV), never an actor with itself
                continue
            if not b.strong and "place" not in p.flags:
                continue
            rows.append(self._row(a, b, c, p, ev_tok, conf))
        return rows

    def _row(self, a: A.Actor, b: A.Actor, code: str, p: Predicate, ev_tok, conf: int) -> dict:
        ec = self.c.d.event_codes[code]
        lemma = p.lemma if not p.particle else f"{p.lemma} {p.particle}"
        c = conf
        if a.anaphoric or b.anaphoric:
            c -= 15
        if not b.strong:
            c -= 15
        row = {
            "sentence_index": 0,
            "event_code": ec.code,
            "event_base_code": ec.base,
            "event_root_code": ec.root,
            "quad_class": ec.quad_class,
            "goldstein_scale": ec.goldstein,
            "action_start_char": ev_tok.idx,
            "action_end_char": ev_tok.idx + len(ev_tok.text),
            "predicate_lemma": lemma,
            "is_root_event": False,
            "confidence": max(10, min(100, c)),
            "coder_version": CODER_VERSION,
        }
        for n, act in (("actor1", a), ("actor2", b)):
            row[f"{n}_code"] = act.code
            row[f"{n}_name"] = act.name
            row[f"{n}_country_code"] = act.country
            row[f"{n}_known_group_code"] = act.group
            for k in range(3):
                row[f"{n}_type{k + 1}_code"] = act.types[k] if len(act.types) > k else None
            row[f"{n}_start_char"] = act.start_char
            row[f"{n}_end_char"] = act.end_char
        return row


BOUNDARY_WORDS = {
    "dat", "toen", "omdat", "terwijl", "maar", "want", "wanneer", "nadat", "voordat", "zodat", "hoewel",
    "waarin", "waarmee", "waarbij", "wat", "die", "doordat", "zodra", "sinds", "opdat", "of", "als", "om",
}  # fmt: skip
BOUNDARY_PUNCT = {
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "'",
    "„",
    "“",
    "”",
    "‘",
    "’",
    "»",
    "«",
    "-",
    "–",
    "—",
}
PREPOSITIONS = {
    "met", "tegen", "aan", "op", "naar", "voor", "van", "bij", "in", "tot", "door", "over", "uit", "tussen",
    "tegenover", "onder", "na", "tijdens", "zonder", "om", "binnen", "buiten", "rond", "vanuit",
}  # fmt: skip
MODAL_FORMS = {
    "wil": "I", "wilt": "I", "wilde": "I", "wilden": "I", "willen": "I", "zal": "I", "zult": "I", "zullen": "I",
    "kan": "N", "kunt": "N", "kon": "N", "konden": "N", "kunnen": "N", "moet": "N", "moest": "N",
    "moesten": "N", "moeten": "N", "mag": "N", "mocht": "N", "mochten": "N", "mogen": "N", "zou": "N",
    "zouden": "N", "hoeft": "N", "hoefde": "N", "hoeven": "N",
}  # fmt: skip
GROUP_DETS = {"de", "beide", "die", "deze"}


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
        toks = ctx.toks
        lo = v.i
        while lo > sent.start and not _is_boundary(toks[lo - 1]):
            if toks[lo - 1].lower_ in ("en", "maar", "of") and toks[lo].pos_ in ("VERB", "AUX"):
                break  # "... vielen aan en verklaarde X": a new coordinated clause starts here
            lo -= 1
        lo = _skip_parenthetical(toks, lo, sent.start)
        hi = v.i + 1
        while hi < sent.end and not _is_boundary(self.ctx.toks[hi]):
            if (
                self.ctx.toks[hi].text.lower() == "en"
                and hi + 1 < sent.end
                and self.ctx.toks[hi + 1].pos_ in ("VERB", "AUX")
            ):
                break
            hi += 1
        self.lo, self.hi = lo, hi
        toks = [self.ctx.toks[i] for i in range(lo, hi)]
        lows = [t.text.lower() for t in toks]
        self.negated = any(w in NEG_WORDS for w in lows) or any(
            w == "geen" for w in lows[v.i - lo + 1 :]
        )
        modes = [MODAL_FORMS[w] for w in lows if w in MODAL_FORMS]
        if any(w in ("zou", "zouden") for w in lows) and any(w in ("hebben", "zijn") for w in lows):
            modes = [
                m
                for m, w in zip(modes, [w for w in lows if w in MODAL_FORMS], strict=True)
                if w not in ("zou", "zouden")
            ]
        prev = self.ctx.toks[lo - 1].text.lower() if lo > sent.start else ""
        self.asserted = "N" not in modes and prev not in COND_MARKS
        self.intent = "I" in modes
        self.recip = "elkaar" in lows
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
        doc = self.ctx.toks
        i = self.lo
        while i < self.hi:
            m = ctx.tok_mention.get(i)
            prep = None
            j = i - 1
            while j >= self.lo and doc[j].pos_ in ("DET", "ADJ", "NUM", "PRON") and doc[j].text.lower() not in (
                "ze", "zij", "hij",
            ):  # fmt: skip
                j -= 1
            if j >= self.lo and doc[j].text.lower() in PREPOSITIONS:
                prep = doc[j].text.lower()
            if m is not None:
                actor, end = self._mention_actor(m, prep)
                if actor is not None:
                    raw.append((i, end, [actor], prep))
                i = max(end, i + 1)
                continue
            group = self._group_at(i)
            if group:
                raw.append((i, i + 1, group, prep))
            i += 1
        merged: list[tuple[int, list[A.Actor], str | None]] = []
        last_end = -1
        for start, end, acts, prep in raw:
            between = [doc[k].text.lower() for k in range(last_end, start)] if merged else []
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
        return merged

    def _mention_actor(self, m: A.Mention, prep: str | None) -> tuple[A.Actor | None, int]:
        ctx = self.ctx
        doc = self.ctx.toks
        end = m.end
        nxt = doc[m.end] if m.end < len(doc) else None
        agent = (
            A.agent_types(nxt, ctx.c.index) if nxt is not None and m.entry.kind == A.ADJ else None
        )
        if agent is not None:
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

    def _group_at(self, i: int) -> list[A.Actor]:
        doc = self.ctx.toks
        t = doc[i]
        low = t.text.lower()
        if (
            low not in PLURAL_PRONOUNS
            and low not in ("twee", "beiden")
            and not low.endswith(("en", "s"))
        ):
            return []
        if not self.disc.groups:
            return []
        ctx = self.ctx
        if low in PLURAL_PRONOUNS and t.pos_ == "PRON":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if i < self.v.i and (
                self.v.text.lower().endswith("en") or "Plur" in self.v.morph.get("Number")
            ):
                return ctx._recent_group(self.disc, t)
            if (
                i > self.v.i
                and nxt is not None
                and i == self.v.i + 1
                and self.v.text.lower().endswith("en")
            ):
                return ctx._recent_group(self.disc, t)
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
        doc = self.ctx.toks
        return self.lo > self.sent.start and doc[self.lo - 1].text.lower() in BOUNDARY_WORDS - {
            "maar",
            "want",
        }

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
            if after and f > self.lo and after[0][0] - f <= 4:
                out = list(after[0][1])
                self.inverted = True
        self._sources = [a for a in out if a.strong]
        return self._sources

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
                elif self.inverted and "obj" in slots and pos < f and prep in (None, "van"):
                    # topicalised object: "De visie van Biden noemen ze een valse verhaallijn"
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


def _skip_parenthetical(toks, lo: int, start: int) -> int:
    """Step back over ", zo maakte X bekend," so "De EU, zo ..., zal" keeps its subject in the window."""
    if lo - 1 <= start or toks[lo - 1].text != ",":
        return lo
    p = lo - 2
    while p > start and not _is_boundary(toks[p - 1]):
        p -= 1
    if toks[p].lower_ == "zo" and p - 1 > start and toks[p - 1].text == ",":
        q = p - 1
        while q > start and not _is_boundary(toks[q - 1]):
            q -= 1
        return q
    return lo


def _flatten(groups) -> list[A.Actor]:
    out: list[A.Actor] = []
    for g in groups:
        out.extend(g)
    return out


def _is_boundary(t) -> bool:
    if t.text in BOUNDARY_PUNCT:
        return True
    low = t.text.lower()
    if low not in BOUNDARY_WORDS or t.pos_ not in ("SCONJ", "CCONJ", "PRON", "ADP", ""):
        return False
    if (
        low in ("die", "dat", "wat")
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].pos_ in ("ADJ", "NOUN")
    ):
        return False  # determiner: "die Amerikaanse alleenheerschappij"
    return True


def _verb_like(t) -> bool:
    """A token the tagger did not call a verb, but whose form is a dictionary verb form, used as one."""
    if t.pos_ in ("DET", "ADP", "PUNCT", "PRON", "CCONJ", "SCONJ", "NUM"):
        return False
    if t.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
        if any(ch.dep_ == "det" for ch in t.children):
            return False
        return t.dep_ in (
            "ROOT",
            "conj",
            "ccomp",
            "xcomp",
            "advcl",
            "acl:relcl",
            "parataxis",
        ) or any(ch.dep_ in SUBJ_DEPS for ch in t.children)
    return True


def _case(t) -> str | None:
    for ch in t.children:
        if ch.dep_ in ("case",) or (ch.dep_ == "fixed" and ch.pos_ == "ADP"):
            return ch.text.lower()
    return None


def _has_det(t, dets: set[str]) -> bool:
    return any(ch.dep_ == "det" and ch.text.lower() in dets for ch in t.children)


def _before(members: list[A.Actor], t) -> bool:
    return all(m.start_char < t.idx for m in members)


END_PUNCT = {".", "!", "?", ":", ";", '"', "'", "”", "»", "’", "“"}


class _DocArrays:
    """What the coder reads for every token, from one ``to_array`` call: word forms, lower-case
    forms, coarse tags and character offsets."""

    __slots__ = ("texts", "lowers", "pos", "starts")

    def __init__(self, doc, memo: _StringMemo) -> None:
        if len(doc) == 0:
            self.texts, self.lowers, self.pos, self.starts = [], [], [], []
            return
        orth, lower, pos, idx = doc.to_array(["ORTH", "LOWER", "POS", "IDX"]).T.tolist()
        self.texts = memo.read(doc, orth)
        self.lowers = memo.read(doc, lower)
        self.pos = memo.read(doc, pos)
        self.starts = idx


def sentence_starts(doc) -> list[int]:
    """Token index of each sentence's first token, as ``doc.sents`` splits them.

    Read from the SENT_START array, so a Doc without sentence boundaries (a pipeline with
    neither parser nor sentencizer) is one sentence where ``doc.sents`` would raise.
    """
    if len(doc) == 0:
        return []
    flags = doc.to_array("SENT_START")[1:]
    return [0, *((flags == 1).nonzero()[0] + 1).tolist()]


def _units(starts: list[int], doc, texts: list[str]) -> list:
    """Sentences, re-joined where the parser split inside one (a span not ending in punctuation)."""
    n = len(doc)
    units = []
    start = None
    for s_start, s_end in zip(starts, [*starts[1:], n]):
        if start is None:
            start = s_start
        if texts[s_end - 1] in END_PUNCT or s_end - start > 80 or s_end == n:
            units.append(doc[start:s_end])
            start = None
    if start is not None:
        units.append(doc[start:n])
    return units


def _uniq_key(actors: list[A.Actor]) -> list[A.Actor]:
    out: list[A.Actor] = []
    for a in actors:
        if all(u.key != a.key for u in out):
            out.append(a)
    return out


def _uniq(actors: list[A.Actor]) -> list[A.Actor]:
    out: list[A.Actor] = []
    for a in actors:
        if all(u.code != a.code for u in out):
            out.append(a)
    return out


def _cue_ok(p: Predicate, words: set[str]) -> bool:
    if not p.cues:
        return True
    for alt in p.cues:
        if all(_word_in(w, words) for w in alt):
            return True
    return False


def _word_in(cue: str, words: set[str]) -> bool:
    if cue in words:
        return True
    if len(cue) < 4:
        return False
    return any(cue in w for w in words)


def _lemma_is_opinion(ctx: _DocContext, v) -> bool:
    return A.norm_lemma(v) in ctx.c.opinion_lemmas


def _to_intent(code: str) -> str | None:
    if code in INTENT_BY_CODE:
        return INTENT_BY_CODE[code]
    root = code[:2]
    if root == "03":
        return code
    if root in INTENT_BY_ROOT:
        return INTENT_BY_ROOT[root]
    if root in THREAT_BY_ROOT:
        return THREAT_BY_ROOT[root]
    if root in ("01", "02", "09", "10", "11", "12", "13", "14"):
        return code
    return None


def _dedupe(rows: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for r in rows:
        key = (r["actor1_code"], r["actor2_code"], r["event_code"], r["action_start_char"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
