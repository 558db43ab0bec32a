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

from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.strings import hash_string

from geoevents.malloc import collector_paused

from . import actors as A
from . import cache
from .common import LEAD_SENTENCES, Discourse
from .context import _DocContext
from .dictionaries import DATA_DIR, Dictionaries, Predicate, load
from .doc_arrays import _DocArrays, _LazyTokens, _StringMemo, _UnitOf, _units, sentence_starts
from .lexicon import SHORT_FORMS
from .mention_match import match_mentions, with_article_abbreviations
from .morph import past_forms, separable_forms, verb_forms
from .repair_arrays import (
    COLUMN_INDEX,
    _attr,
    _sentence_starts,
    forget_arrays,
    has_cycle,
    kept_arrays,
    patch_arrays,
)
from .repairs import (
    agent_noun_tagged_verb,
    argument_of_aux_to_verb,
    arguments_off_determiners,
    aux_root_to_participle,
    dat_clause_is_complement,
    het_before_plural_subject,
    name_torn_by_root,
    orphan_name_subject,
    prefield_agent_to_subject,
    richting_as_preposition,
    second_subject_is_object,
    verb_form_tagged_other,
)
from .repairs_clauses import (
    bare_oblique_is_object,
    copula_on_participle,
    inflected_adjective_to_noun,
    loose_apposition_is_object,
    noun_complement_is_object,
    passive_participle_tagged_other,
    perfect_participle_tagged_noun,
    prefield_noun_is_subject,
    subject_after_finite_aux,
    titled_oblique_before_participle,
    verb_modifiers_are_oblique,
)
from .repairs_ellipsis import ELLIPSIS_TIMES, phrase_after_elliptic_time
from .repairs_names import (
    PRONOMINAL_ADVERBS,
    country_hung_on_a_role,
    designation_read_as_punctuation,
    has_designation,
    het_before_country_is_subject,
    name_after_a_conjoined_role,
    name_torn_from_its_phrase,
    phrase_after_pronominal_adverb,
    split_joined_names,
)
from .repairs_news import (
    PASSIVE_ONLY,
    aux_on_noun_to_participle,
    bare_noun_after_phrase_is_object,
    count_before_role_is_its_number,
    first_conjunct_made_root,
    middle_field_role_is_object,
    noun_phrase_read_as_adverb,
    opening_role_read_as_modifier,
    prefield_noun_before_perfect_aux,
    protest_phrase_of_the_clause,
    role_before_verb_is_subject,
    subject_by_agreement,
    van_after_object_is_its_modifier,
    zijn_with_a_passive_participle,
)
from .repairs_order import (
    conjunct_of_a_van_name,
    conjunct_without_coordinator,
    fronted_phrase_split_from_its_verb,
    inverted_subject_read_as_object,
    name_after_time_noun_is_object,
    phrase_after_te_infinitive,
    relative_clause_before_main_verb,
    relative_object_read_as_subject,
    subject_before_dat_to_main_verb,
    verb_before_dat_read_as_noun,
    verb_read_as_modifier,
)
from .repairs_phrases import (
    both_and_coordination,
    final_particle_to_verb,
    multiword_preposition_object,
    named_object_before_its_complement,
    object_before_er_word_to_main_verb,
    object_on_object,
    particle_before_preposition,
    passive_subject_under_perfect,
    prefield_conjunct_read_as_argument,
    shared_subject_of_a_conjunct,
    space_tokens_out_of_tree,
    subordinate_subject_to_its_clause,
    trailing_name_is_object,
    trailing_negation_to_verb,
)
from .repairs_titles import (
    headline_passive_subject,
    headline_verb_read_as_noun,
    name_particle_read_as_case,
    name_split_from_its_verb,
    noun_read_as_copula,
    role_cut_from_its_name,
    uit_read_as_preposition,
    verb_fixed_to_name,
    verb_read_as_fixed,
)
from .repairs_verb_forms import (
    complement_clause_read_as_relative,
    participle_before_subordinate_clause,
    predicative_adjective_read_as_modifier,
    present_participle_read_as_verb,
    verb_read_as_copula,
    word_particle_on_the_object,
)
from .towns import seed, town_countries

ENTITY_CACHE_SIZE = 50_000  # resolved entity names kept per coder (a few MB)
_MISSING = object()
log = logging.getLogger(__name__)


def _participle_shape(word: str) -> bool:
    """A past participle's shape: "ge-" at the start or after a separable particle
    ("gearresteerd", "neergeschoten", "binnengevallen"); the dictionary says it is a verb form."""
    k = word.find("ge")
    return 0 <= k <= 7 and word.endswith(("d", "t", "en"))


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
        # adjectives with a copula ("China is boos op Japan"): matched on the adjective
        self.adjectives: dict[str, list[Predicate]] = {}
        for p in self.d.predicates:
            if "backer" in p.flags:
                self.backers.setdefault(p.lemma, p)
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
            hash_string(f) for f in self.form_lemma if _participle_shape(f)
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

    def code_doc(self, doc, article_date: dt.date, feed_country: str | None = None) -> list[dict]:
        """One dict per coded event mention.

        ``feed_country``: the CAMEO country the article's feed reports from; a bare role with no
        country in its sentence ("het kabinet", "de politie") is then that country's when the
        article names no other country, and a word only a home parliament uses ("kabinet",
        "Kamer") always. Such rows carry ``actor_from_feed: True``.

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
            return self._skip_cyclic("parser")
        toks = _LazyTokens(doc, arrays.texts)
        mentions = with_article_abbreviations(toks.texts, match_mentions(toks.texts, self.index))
        tok_mention: dict[int, A.Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                tok_mention[i] = m
        cols = self._repair(doc, tok_mention, arrays) if doc.has_annotation("DEP") else None
        if cols is not None and has_cycle(cols[2]):
            return self._skip_cyclic("parse repairs")
        arrays.read_repaired(doc, self._strings, cols)
        ctx = _DocContext(self, doc, article_date, tok_mention, toks, arrays, feed_country)
        ctx.mentions = mentions
        ctx.mention_starts = [m.start for m in mentions]
        rows: list[dict] = []
        disc = Discourse()
        ctx.disc = disc
        sent_starts = sentence_starts(doc)  # read after the repairs, which re-attach tokens
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
                continue
        return rows

    def _skip_cyclic(self, by: str) -> list[dict]:
        """No events from a Doc whose tree has a cycle (every walk up it would loop); ``strict``
        (tests) raises instead."""
        if self.strict:
            raise ValueError(f"dependency tree with a cycle (made by the {by})")
        log.warning("event coder skipped an article: its dependency tree has a cycle (%s)", by)
        return []

    def _repair(self, doc, tok_mention: dict, arrays: _DocArrays):
        """Known parser errors, repaired in order (``repairs*.py``); the token columns they read
        are read again only after a repair changed the Doc. Returns the columns ``POS``,
        ``DEP``, ``HEAD`` and ``LOWER`` as the repairs left them."""
        with kept_arrays(doc, arrays.block):
            self._run_repairs(doc, tok_mention, arrays)
            return _attr(doc, POS, DEP, HEAD, LOWER) if len(doc) else None

    def _run_repairs(self, doc, tok_mention: dict, arrays: _DocArrays) -> None:
        def done(changed: int) -> None:
            if changed:
                forget_arrays()  # a repair changed the Doc: read its columns again

        form = self.form_lemma

        def participle(w: str) -> bool:
            return w in form and _participle_shape(w)

        def lemmas_of(w: str) -> set[str]:
            return {lemma for lemma, _ in form.get(w, ())}

        def particles_of(lemma: str) -> set[str]:
            return self.verb_particles.get(lemma, set())

        def role_like(t) -> bool:
            return A.agent_types(t, self.index) is not None

        touched: list[int] = []  # tokens the first repair changed: most articles' title break
        if space_tokens_out_of_tree(doc, touched):
            patch_arrays(doc, touched, heads_moved=True)
        done(trailing_name_is_object(doc, _sentence_starts(doc)))
        done(particle_before_preposition(doc))
        done(final_particle_to_verb(doc))
        done(word_particle_on_the_object(doc, particles_of, lemmas_of))
        done(trailing_negation_to_verb(doc))
        done(split_joined_names(doc, tok_mention))
        words = set(arrays.lowers)  # the rarer repairs below run only where their words occur
        if has_designation(words):
            done(designation_read_as_punctuation(doc))
        if "," in words and ("die" in words or "dat" in words):
            done(relative_clause_before_main_verb(doc))
        if not words.isdisjoint(PRONOMINAL_ADVERBS):
            done(phrase_after_pronominal_adverb(doc))
        if "het" in words and "dat" in words:
            done(het_before_country_is_subject(doc, tok_mention))
        if "protest" in words or "protesten" in words:
            done(protest_phrase_of_the_clause(doc))
        mentions = list({m.start: m for m in tok_mention.values()}.values())  # each name once
        done(name_torn_by_root(doc, mentions))
        done(name_particle_read_as_case(doc, tok_mention))
        done(name_torn_from_its_phrase(doc, mentions))
        done(role_cut_from_its_name(doc, role_like))
        done(name_after_a_conjoined_role(doc, role_like))
        done(first_conjunct_made_root(doc, tok_mention))
        done(conjunct_without_coordinator(doc))
        if "en" in words and not words.isdisjoint(ELLIPSIS_TIMES):
            done(phrase_after_elliptic_time(doc))
        done(headline_verb_read_as_noun(doc, _sentence_starts(doc), lambda w: w in form))
        done(verb_fixed_to_name(doc))
        done(name_split_from_its_verb(doc, lambda w: w in form))
        if "van" in arrays.lowers:
            done(multiword_preposition_object(doc))
            done(conjunct_of_a_van_name(doc))
        done(uit_read_as_preposition(doc, self.voiced))
        done(noun_read_as_copula(doc))
        done(verb_read_as_copula(doc, lemmas_of, particles_of))
        done(present_participle_read_as_verb(doc))
        done(predicative_adjective_read_as_modifier(doc))
        done(complement_clause_read_as_relative(doc))
        done(verb_read_as_fixed(doc))
        done(headline_passive_subject(doc))
        done(perfect_participle_tagged_noun(doc, self.participle_ids))
        done(participle_before_subordinate_clause(doc, self.participle_ids))
        done(aux_root_to_participle(doc))
        done(aux_on_noun_to_participle(doc))
        done(argument_of_aux_to_verb(doc))
        done(country_hung_on_a_role(doc, tok_mention, role_like))  # after the participles
        touched = []  # frequent: its tokens, not whole columns, read again
        if verb_modifiers_are_oblique(doc, touched):
            patch_arrays(doc, touched, heads_moved=True)
        done(noun_phrase_read_as_adverb(doc))
        if "te" in words:
            done(phrase_after_te_infinitive(doc))
        done(inflected_adjective_to_noun(doc))
        done(loose_apposition_is_object(doc))
        done(object_on_object(doc))
        done(object_before_er_word_to_main_verb(doc))
        done(name_after_time_noun_is_object(doc))
        done(named_object_before_its_complement(doc))
        done(van_after_object_is_its_modifier(doc))
        if "zowel" in arrays.lowers:  # rare: a list scan, not a repair pass per article
            done(both_and_coordination(doc, arrays.lowers))
        if "en" in words or "of" in words:
            done(prefield_conjunct_read_as_argument(doc))
        done(subject_after_finite_aux(doc))
        done(passive_subject_under_perfect(doc))
        done(subordinate_subject_to_its_clause(doc))
        if "dat" in arrays.lowers or "of" in arrays.lowers:
            done(verb_before_dat_read_as_noun(doc, lambda w: w in form))
            done(subject_before_dat_to_main_verb(doc))
        done(shared_subject_of_a_conjunct(doc, lambda w: w.replace("_", "") in self.obj_verbs))
        done(noun_complement_is_object(doc))
        done(bare_oblique_is_object(doc))
        done(titled_oblique_before_participle(doc))
        done(bare_noun_after_phrase_is_object(doc))
        done(copula_on_participle(doc, participle))
        if not words.isdisjoint(PASSIVE_ONLY):
            done(zijn_with_a_passive_participle(doc))
        done(prefield_noun_is_subject(doc))
        done(prefield_noun_before_perfect_aux(doc))
        done(inverted_subject_read_as_object(doc))
        done(richting_as_preposition(doc))
        done(dat_clause_is_complement(doc))
        done(verb_read_as_modifier(doc, lambda w: w in form))
        touched = []  # frequent: a retag, its tokens read again
        if verb_form_tagged_other(doc, lambda w: w in form, touched):
            patch_arrays(doc, touched, heads_moved=False)
        done(passive_participle_tagged_other(doc, participle))
        done(
            agent_noun_tagged_verb(
                doc,
                role_like,
                lambda w: w in form or w in self.entries_by_lemma,
                arrays.lowers,
            )
        )
        done(role_before_verb_is_subject(doc, role_like, lambda w: w in form))

        def role_like_or_name(t) -> bool:
            return t.i in tok_mention or role_like(t)

        done(middle_field_role_is_object(doc, role_like))

        done(opening_role_read_as_modifier(doc, role_like))
        done(fronted_phrase_split_from_its_verb(doc, role_like_or_name))
        done(count_before_role_is_its_number(doc, role_like))
        if orphan_name_subject(doc, tok_mention, lambda w: w in form):
            forget_arrays()
            done(particle_before_preposition(doc))  # the repaired verb may own a particle
        done(arguments_off_determiners(doc))
        done(het_before_plural_subject(doc))
        done(prefield_agent_to_subject(doc))
        done(subject_by_agreement(doc))
        if "die" in arrays.lowers or "dat" in arrays.lowers:
            done(relative_object_read_as_subject(doc, role_like_or_name, self.takes_as_object))
        touched = []  # the last repair relabels only: its tokens, not whole columns, read again
        if second_subject_is_object(
            doc, lambda t: t.i in tok_mention or A.agent_types(t, self.index) is not None, touched
        ):
            patch_arrays(doc, touched, heads_moved=False)

    # ------------------------------------------------------------------ helpers
    def takes_as_object(self, v, noun) -> bool:
        """Whether a cue word of verb ``v``'s rows names ``noun`` (its lemma, its word or the
        end of a compound): "heffingen" for "instellen", "zaak" for "aanspannen"."""
        lemma = A.norm_lemma(v)
        parts = [c.lower_ for c in v.children if c.dep_ == "compound:prt"]
        cues = self.cue_words(lemma).union(*(self.cue_words(p + lemma) for p in parts))
        words = {A.norm_lemma(noun), noun.lower_}
        return any(w.endswith(c) for w in words for c in cues if len(c) > 3) or bool(words & cues)

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
