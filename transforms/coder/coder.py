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
import logging
from pathlib import Path

from spacy.attrs import DEP, HEAD, LOWER, POS, SENT_START
from spacy.strings import hash_string

from geoevents.malloc import collector_paused

from . import actors as A
from . import cache
from .common import LEAD_SENTENCES, Discourse
from .context import _DocContext
from .dictionaries import DATA_DIR, Dictionaries, Predicate, load
from .doc_arrays import (
    _DocArrays,
    _LazyTokens,
    _StringMemo,
    _UnitOf,
    _units,
    sentence_starts,
    starts_of_column,
)
from .lexicon import SHORT_FORMS
from .mention_match import match_mentions, with_article_abbreviations
from .morph import past_forms, separable_forms, verb_forms
from .repair_arrays import COLUMN_INDEX, _attr, has_cycle, kept_arrays, restore_cyclic_sentences
from .repair_sequence import participle_shape, run_repairs
from .towns import seed, town_countries

ENTITY_CACHE_SIZE = 50_000  # resolved entity names kept per coder (a few MB)
_MISSING = object()
log = logging.getLogger(__name__)


class EventCoder:
    """Turn a parsed spaCy Doc plus the article date into dyadic CAMEO event rows."""

    strict = False  # tests set True so internal errors surface instead of skipping the sentence

    def __init__(self, dictionary_dir: str | None = None, tokenizer=None):
        """``tokenizer``: the loaded pipeline's, to split actor names the way documents are
        split (and to skip building a second Dutch tokenizer, ~1 s); a blank Dutch one if None.
        """
        with collector_paused():
            folder = Path(dictionary_dir) if dictionary_dir else DATA_DIR
            key = cache.cache_key(folder, tokenizer) if folder.is_dir() else None
            state = cache.read(key) if key else None
            if state is None:
                self._load(dictionary_dir, tokenizer)
                state = dict(self.__dict__, _towns=town_countries())
                if key:
                    cache.write(key, state)
            else:
                seed(state["_towns"])
            self.__dict__.update({k: v for k, v in state.items() if k != "_towns"})

    def _load(self, dictionary_dir: str | None, tokenizer) -> None:
        self.d: Dictionaries = load(dictionary_dir)
        if tokenizer is None:
            import spacy

            tokenizer = spacy.blank("nl").tokenizer
        self.index = A.build_index(self.d, lambda s: [t.text for t in tokenizer(s)])
        self.verbs: dict[tuple[str, str | None], list[Predicate]] = {}
        self._cue_words: dict[str, frozenset[str]] = {}
        self.nouns: dict[str, list[Predicate]] = {}
        # "met steun van X", "op verzoek van X": nouns whose "van" actor acts on the verb's subject
        self.backers: dict[str, Predicate] = {}
        # "onder bemiddeling van X": nouns whose actor mediates the sentence's talks or deal
        self.mediators: dict[str, Predicate] = {}
        # adjectives with a copula ("China is boos op Japan"): matched on the adjective
        self.adjectives: dict[str, list[Predicate]] = {}
        for p in self.d.predicates:
            if "mediator" in p.flags:
                self.mediators.setdefault(p.lemma, p)
            if "backer" in p.flags:
                self.backers.setdefault(p.lemma, p)
            elif "mediator" in p.flags:
                continue
            elif p.kind == "A":
                self.adjectives.setdefault(p.lemma, []).append(p)
            elif p.kind == "V":
                self.verbs.setdefault((p.lemma, p.particle), []).append(p)
                if p.particle:
                    self.verbs.setdefault((p.particle + p.lemma, None), []).append(p)
            else:
                self.nouns.setdefault(p.lemma, []).append(p)
        for table in (self.verbs, self.nouns):
            for preds in table.values():
                preds.sort(key=lambda p: -len(p.cues))
        # verb keys whose every entry is cued ("hebben ... over", "sluiten ... akkoord")
        self.cued_only = frozenset(
            k for k, preds in self.verbs.items() if all(p.cues for p in preds)
        )
        # verb keys with at least one cued entry (verb_predicates asks it of every coded verb)
        self.cued_keys = frozenset(
            k for k, preds in self.verbs.items() if any(p.cues for p in preds)
        )
        # word form -> (verb lemma, particle or None), for when the lemmatizer misses a form
        self.form_lemma: dict[str, set[tuple[str, str | None]]] = {}
        self.past_forms: set[str] = set()
        for lemma, particle in list(self.verbs):
            self.past_forms.update(past_forms(lemma))
            for f in verb_forms(lemma) | set(self.d.verb_forms.get(lemma, ())):
                if len(f) >= 4 or f in SHORT_FORMS:
                    self.form_lemma.setdefault(f, set()).add((lemma, None))
            if particle:
                for f in separable_forms(lemma, particle):
                    self.form_lemma.setdefault(f, set()).add((lemma, particle))
        # string ids of the dictionary's participles, for a repair that tests every noun
        self.participle_ids = frozenset(
            hash_string(f) for f in self.form_lemma if participle_shape(f)
        )
        self.all_particles = {p.particle for p in self.d.predicates if p.particle}
        self.verb_lemmas = {lemma for lemma, _ in self.verbs}
        self.verb_particles: dict[str, set[str]] = {}  # lemma -> the particles of its rows
        for lemma, particle in self.verbs:
            if particle:
                self.verb_particles.setdefault(lemma, set()).add(particle)
        self.entries_by_lemma: dict[str, list[Predicate]] = {}
        for (lemma, _particle), preds in self.verbs.items():
            self.entries_by_lemma.setdefault(lemma, []).extend(preds)
        self.particle_lemmas = {lemma for lemma, part in self.verbs if part}
        # what one voices ("uit kritiek op"): the cue words of the "uiten" rows
        self.voiced = frozenset(
            w for p in self.entries_by_lemma.get("uiten", ()) for cue in p.cues for w in cue
        )
        # verbs with a direct-object reading: "is" + their participle with no object is a passive
        self.obj_verbs = {
            lemma
            for (lemma, _), preds in self.verbs.items()
            if any("obj" in p.targets for p in preds)
        }
        self.opinion_lemmas = {p.lemma for p in self.d.predicates if "opinion" in p.flags}
        self.headline_pred = Predicate(
            "N", "samen", None, (), (), "040", None, frozenset({"sym"}), (), "coder"
        )
        self.presence_pred = Predicate(
            "N", "in", None, (), ("in",), "042", "043", frozenset({"place"}), (), "coder"
        )
        self.protest_pred = Predicate(
            "N", "betoger", None, (), ("tegen",), "141", None, frozenset(), (), "coder"
        )
        self.meeting_pred = Predicate(
            "N", "in", None, (), (), "044", None, frozenset({"sym"}), (), "coder"
        )
        self.speaker_demand_pred = Predicate(
            "V", "moeten", None, (), (), "100", None, frozenset(), (), "coder"
        )
        self.speaker_refusal_pred = Predicate(
            "V", "geen", None, (), (), "120", None, frozenset(), (), "coder"
        )
        self.speaker_criticism_pred = Predicate(
            "V", ":", None, (), (), "111", None, frozenset(), (), "coder"
        )
        # the single words of every predicate cue ("raket", "granaat", "lening"), for
        # ``cue_plural``: a plural of one that the tagger reads as a verb is a noun
        self.cue_nouns = frozenset(w for p in self.d.predicates for cue in p.cues for w in cue)
        self._entity_cache: dict[tuple[tuple[str, ...], dt.date], dict | None] = {}
        self._name_entries: dict[tuple[str, ...], A.Entry | None] = {}  # (_resolve_entity)
        # (Token.lemma_, Token.text) -> event-noun entry, its rows when cued, or None
        # (predicates.noun_predicate_of)
        self.noun_memo: dict[tuple[str, str], Predicate | tuple[Predicate, ...] | None] = {}
        # (Token.lemma_, Token.text, Token.lower_) -> (lemma, readings) (predicates.verb_readings)
        self.verb_memo: dict[tuple[str, str, str], tuple] = {}
        # (lemma, form) -> particles the lemmatizer may have added (_without_invented_particle)
        self.added_particles: dict[tuple[str, str], tuple[str, ...]] = {}
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
        best = self._name_entries.get(words, _MISSING)
        if best is _MISSING:
            # the name's dictionary entry does not depend on the date: looked up once per name
            if len(self._name_entries) >= ENTITY_CACHE_SIZE:
                self._name_entries.clear()
            best = self._name_entries[words] = self._name_entry(words)
        if best is None:
            return None
        code = self._entry_code(best, article_date)
        if code is None:
            return None
        actor = self._make_actor(code, best, 0, 0)
        return {
            "actor_code": actor.code,
            "country_code": actor.country,
            "known_group_code": actor.group,
            "type_code": actor.types[0] if actor.types else None,
        }

    def _name_entry(self, words: tuple[str, ...]) -> A.Entry | None:
        """The dictionary entry an entity name stands for: of its matches, the best-ranked kind
        that names an actor (not a place or a context word)."""
        best = None
        for m in match_mentions(list(words), self.index):
            if m.entry.kind in (A.PLACE, A.ORG_CTX):
                continue
            if best is None or A.KIND_RANK[m.entry.kind] < A.KIND_RANK[best.entry.kind]:
                best = m
        return best.entry if best is not None else None

    def code_doc(
        self,
        doc,
        article_date: dt.date,
        feed_country: str | None = None,
        notes: dict[str, int] | None = None,
    ) -> list[dict]:
        """One dict per coded event mention.

        ``feed_country``: the CAMEO country the article's feed reports from; a bare role with no
        country in its sentence ("het kabinet", "de politie") is then that country's when the
        article names no other country, and a word only a home parliament uses ("kabinet",
        "Kamer") always. Such rows carry ``actor_from_feed: True``.

        ``notes``: if given, counts what the coder had to give up on are added to it:
        ``coder_trees_restored`` (sentences coded on the parser's tree because the parse repairs
        left a cycle in them), ``coder_sentences_skipped`` (a sentence not coded after an
        internal error) and ``coder_articles_skipped`` (a tree with a cycle that could not be
        undone).

        Keys: sentence_index (0-based in ``doc.sents``), actor1_/actor2_ code, name (canonical
        dictionary name, upper case), country_code, known_group_code, type1/2/3_code (None when
        absent), start_char/end_char (evidence offsets in ``doc.text``); event_code,
        event_base_code, event_root_code (strings), quad_class, goldstein_scale (GDELT tables);
        action_start_char/action_end_char, predicate_lemma, is_root_event (the action is in the
        first LEAD_SENTENCES sentences of the doc), confidence (10..100: lower for anaphora,
        word-order fallback, possessive/place targets and event nouns), coder_version.

        Known parser errors are repaired in ``doc`` before coding (the functions of
        ``repairs.py``: joined names, verbless headlines, auxiliaries parsed as roots, role nouns
        tagged as verbs, misattached subjects and clauses), so read anything else from the Doc
        before calling this.
        """
        if isinstance(article_date, dt.datetime):
            article_date = article_date.date()
        if len(doc) == 0:
            return []
        arrays = _DocArrays(doc, self._strings)
        if doc.has_annotation("DEP") and has_cycle(arrays.block[:, COLUMN_INDEX[HEAD]]):
            return self._skip_cyclic("parser", notes)
        toks = _LazyTokens(doc, arrays.texts)
        mentions = with_article_abbreviations(toks.texts, match_mentions(toks.texts, self.index))
        tok_mention: dict[int, A.Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                tok_mention[i] = m
        cols = self._repair(doc, tok_mention, arrays) if doc.has_annotation("DEP") else None
        if cols is not None and has_cycle(cols[2]):
            if self.strict:
                raise ValueError("dependency tree with a cycle (made by the parse repairs)")
            restored = restore_cyclic_sentences(doc, arrays.block)
            log.warning(
                "event coder: %d sentence(s) coded on the parser's tree, as the parse "
                "repairs left a cycle in them",
                restored,
            )
            if notes is not None:
                notes["coder_trees_restored"] = notes.get("coder_trees_restored", 0) + restored
            cols = _attr(doc, POS, DEP, HEAD, LOWER)
            if has_cycle(cols[2]):
                return self._skip_cyclic("parse repairs", notes)
        arrays.read_repaired(doc, self._strings, cols)
        ctx = _DocContext(self, doc, article_date, tok_mention, toks, arrays, feed_country)
        ctx.mentions = mentions
        ctx.mention_starts = [m.start for m in mentions]
        rows: list[dict] = []
        disc = Discourse()
        ctx.disc = disc
        # read after the repairs, which re-attach tokens (their kept column, if they ran)
        kept = cols is not None and len(cols) > 4
        sent_starts = starts_of_column(cols[4]) if kept else sentence_starts(doc)
        units = _units(sent_starts, doc, toks.texts)
        ctx.unit_of = unit_of = _UnitOf([None] * len(doc))
        for u in units:
            unit_of[u.start : u.end] = [u] * (u.end - u.start)
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
                if notes is not None:
                    notes["coder_sentences_skipped"] = notes.get("coder_sentences_skipped", 0) + 1
                continue
        return rows

    def _skip_cyclic(self, by: str, notes: dict | None = None) -> list[dict]:
        """No events from a Doc whose tree has a cycle (every walk up it would loop); ``strict``
        (tests) raises instead."""
        if self.strict:
            raise ValueError(f"dependency tree with a cycle (made by the {by})")
        log.warning("event coder skipped an article: its dependency tree has a cycle (%s)", by)
        if notes is not None:
            notes["coder_articles_skipped"] = notes.get("coder_articles_skipped", 0) + 1
        return []

    def _repair(self, doc, tok_mention: dict, arrays: _DocArrays):
        """Known parser errors, repaired in order (``repairs*.py``); the token columns they read
        are read again only after a repair changed the Doc. Returns the columns ``POS``,
        ``DEP``, ``HEAD``, ``LOWER`` and ``SENT_START`` as the repairs left them."""
        with kept_arrays(doc, arrays.block):
            run_repairs(self, doc, tok_mention, arrays)
            return _attr(doc, POS, DEP, HEAD, LOWER, SENT_START) if len(doc) else None

    # ------------------------------------------------------------------ helpers
    def takes_as_object(self, v, noun) -> bool:
        """Whether a cue word of verb ``v``'s rows names ``noun`` (its lemma, its word or the
        end of a compound): "heffingen" for "instellen", "zaak" for "aanspannen"."""
        lemma = A.norm_lemma(v)
        parts = [c.lower_ for c in v.children if c.dep_ == "compound:prt"]
        cues = self.cue_words(lemma).union(*(self.cue_words(p + lemma) for p in parts))
        words = {A.norm_lemma(noun), noun.lower_}
        return any(w.endswith(c) for w in words for c in cues if len(c) > 3) or bool(words & cues)

    def cue_plural(self, word: str) -> bool:
        """``word`` is a plural "-en" of a predicate cue noun: "raketten" (raket), "granaten"
        (granaat), "leningen" (lening)."""
        if len(word) < 6 or not word.endswith("en"):
            return False
        stems = {word[:-2], word[:-3]} | A.with_singulars({word})
        return not stems.isdisjoint(self.cue_nouns)

    def cue_words(self, lemma: str) -> frozenset[str]:
        """Every single cue word of a verb's plain entries ("gesprek", "oorlog" for "zijn"),
        kept per lemma: the auxiliary gate asks it of every "zijn" and "hebben"."""
        found = self._cue_words.get(lemma)
        if found is None:
            found = self._cue_words[lemma] = frozenset(
                w for p in self.verbs.get((lemma, None), ()) for alt in p.cues for w in alt
            )
        return found

    def _entry_code(self, entry: A.Entry, date: dt.date) -> str | None:
        if entry.kind == A.PERSON:
            return A.person_code_at(self.d.people, entry.code, date)
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
        actor = A.make_actor(code, self.d, name, start, end, strong)
        if entry is not None and entry.kind == A.PERSON:
            actor.person = entry.code
        return actor
