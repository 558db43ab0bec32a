"""The parser repairs in the order the coder runs them (``repairs*.py``): each returns how many
tokens it changed, and the token columns are read again only after one did. Split from
``coder.py``; ``run_repairs`` is called inside ``repair_arrays.kept_arrays``."""

from __future__ import annotations

from . import actors as A
from .lexicon import DOCUMENT_NOUNS, HEBBEN_FORMS
from .repair_arrays import (
    _sentence_starts,
    forget_arrays,
    patch_arrays,
)
from .repairs import (
    agent_noun_tagged_verb,
    arguments_off_determiners,
    cue_noun_tagged_verb,
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
    ADVERBIAL_SUBORDINATORS,
    argument_across_a_subordinate_clause,
    bare_oblique_is_object,
    bare_theme_after_a_named_object,
    inflected_adjective_to_noun,
    loose_apposition_is_object,
    noun_complement_is_object,
    passive_participle_tagged_other,
    prefield_noun_is_subject,
    subject_after_finite_aux,
    titled_oblique_before_participle,
    verb_modifiers_are_oblique,
)
from .repairs_directives import DIRECTIVE_PARTICIPLES, directive_participle_read_as_modifier
from .repairs_ellipsis import (
    ELLIPSIS_TIMES,
    object_after_a_conjoined_verb,
    phrase_after_elliptic_time,
)
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
    COUNT_WORDS,
    PASSIVE_ONLY,
    PROTEST_WORDS,
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
    subject_before_dat_to_main_verb,
    verb_before_dat_read_as_noun,
    verb_hung_on_its_object,
    verb_read_as_modifier,
)
from .repairs_participles import (
    HEBBEN_WORDS,
    agent_hung_on_a_phrase,
    argument_of_aux_to_verb,
    aux_root_to_participle,
    copula_on_participle,
    hebben_on_its_subject,
    perfect_participle_tagged_noun,
)
from .repairs_phrases import (
    ER_WORDS,
    both_and_coordination,
    final_particle_to_verb,
    named_object_before_its_complement,
    object_before_er_word_to_main_verb,
    object_on_object,
    passive_subject_under_perfect,
    prefield_conjunct_read_as_argument,
    shared_subject_of_a_conjunct,
    space_tokens_out_of_tree,
    subordinate_subject_to_its_clause,
    trailing_name_is_object,
    trailing_negation_to_verb,
)
from .repairs_prepositions import (
    NEVER_PREPOSITIONS,
    PARTICIPLE_PREPOSITIONS,
    PURPOSE_PREPOSITIONS,
    multiword_preposition_object,
    noun_read_as_fixed,
    participle_preposition_read_as_subject,
    particle_before_preposition,
    particle_read_as_preposition,
    preposition_read_as_final_particle,
    van_name_after_a_nested_noun,
)
from .repairs_pronouns import (
    OBJECT_PRONOUNS,
    name_after_verb_read_as_apposition,
    object_pronoun_read_as_determiner,
)
from .repairs_relatives import document_relative_is_subject, relative_object_read_as_subject
from .repairs_titles import (
    headline_passive_subject,
    headline_verb_read_as_noun,
    name_particle_read_as_case,
    name_split_from_its_verb,
    noun_read_as_copula,
    role_cut_from_its_name,
    role_read_as_case,
    uit_read_as_preposition,
    verb_fixed_to_name,
    verb_read_as_fixed,
)
from .repairs_verb_forms import (
    WORD_PARTICLES,
    complement_clause_read_as_relative,
    participle_before_subordinate_clause,
    past_verb_read_as_attribute,
    predicative_adjective_read_as_modifier,
    present_participle_read_as_verb,
    verb_read_as_copula,
    word_particle_on_the_object,
)


def participle_shape(word: str) -> bool:
    """A past participle's shape: "ge-" at the start or after a separable particle
    ("gearresteerd", "neergeschoten", "binnengevallen"); the dictionary says it is a verb form."""
    k = word.find("ge")
    return 0 <= k <= 7 and word.endswith(("d", "t", "en"))


def run_repairs(coder, doc, tok_mention: dict, arrays) -> None:
    """Repair ``doc`` in place for ``coder`` (an ``EventCoder``: its verb forms, particles and
    name index), reading the kept token columns ``arrays``."""

    def done(changed: int) -> None:
        if changed:
            forget_arrays()  # a repair changed the Doc: read its columns again

    form = coder.form_lemma

    def participle(w: str) -> bool:
        return w in form and participle_shape(w)

    def lemmas_of(w: str) -> set[str]:
        return {lemma for lemma, _ in form.get(w, ())}

    def particles_of(lemma: str) -> set[str]:
        return coder.verb_particles.get(lemma, set())

    def role_like(t) -> bool:
        return A.agent_types(t, coder.index) is not None

    touched: list[int] = []  # tokens the first repair changed: most articles' title break
    if space_tokens_out_of_tree(doc, touched):
        patch_arrays(doc, touched, heads_moved=True)
    done(trailing_name_is_object(doc, _sentence_starts(doc)))
    done(particle_before_preposition(doc))
    done(preposition_read_as_final_particle(doc))
    done(final_particle_to_verb(doc))
    words = set(arrays.lowers)  # the rarer repairs below run only where their words occur
    if not words.isdisjoint(NEVER_PREPOSITIONS):
        done(particle_read_as_preposition(doc))
    done(word_particle_on_the_object(doc, particles_of, lemmas_of, words & WORD_PARTICLES))
    done(trailing_negation_to_verb(doc))
    done(split_joined_names(doc, tok_mention))
    if has_designation(words):
        done(designation_read_as_punctuation(doc))
    if "," in words and ("die" in words or "dat" in words):
        done(relative_clause_before_main_verb(doc))
    if "te" in words and not words.isdisjoint(PRONOMINAL_ADVERBS):  # it needs a "te" after one
        done(phrase_after_pronominal_adverb(doc, words & PRONOMINAL_ADVERBS))
    if "het" in words and "dat" in words:
        done(het_before_country_is_subject(doc, tok_mention))
    if "protest" in words or "protesten" in words:
        done(protest_phrase_of_the_clause(doc, words & PROTEST_WORDS))
    mentions = list({m.start: m for m in tok_mention.values()}.values())  # each name once
    done(name_torn_by_root(doc, mentions))
    done(name_particle_read_as_case(doc, tok_mention))
    done(role_read_as_case(doc))
    done(name_torn_from_its_phrase(doc, mentions))
    done(role_cut_from_its_name(doc, role_like))
    done(name_after_a_conjoined_role(doc, role_like))
    done(first_conjunct_made_root(doc, tok_mention))
    done(conjunct_without_coordinator(doc))
    if "en" in words and not words.isdisjoint(ELLIPSIS_TIMES):
        done(phrase_after_elliptic_time(doc))
    if "en" in words or "maar" in words:
        done(object_after_a_conjoined_verb(doc))
    done(headline_verb_read_as_noun(doc, _sentence_starts(doc), form.__contains__, arrays.lowers))
    done(verb_fixed_to_name(doc))
    done(name_split_from_its_verb(doc, form.__contains__, arrays.lowers))
    if "van" in words:
        done(multiword_preposition_object(doc))
        done(conjunct_of_a_van_name(doc))
    if "uit" in words:
        done(uit_read_as_preposition(doc, coder.voiced))
    done(noun_read_as_copula(doc))
    done(verb_read_as_copula(doc, lemmas_of, particles_of))
    done(present_participle_read_as_verb(doc))
    done(predicative_adjective_read_as_modifier(doc))
    done(complement_clause_read_as_relative(doc))
    done(verb_read_as_fixed(doc))
    done(headline_passive_subject(doc))
    done(perfect_participle_tagged_noun(doc, coder.participle_ids))
    done(participle_before_subordinate_clause(doc, coder.participle_ids))
    if "te" in words and not words.isdisjoint(DIRECTIVE_PARTICIPLES):
        done(directive_participle_read_as_modifier(doc))
    done(aux_root_to_participle(doc))
    if not words.isdisjoint(HEBBEN_WORDS):
        done(hebben_on_its_subject(doc))
    done(aux_on_noun_to_participle(doc))
    done(argument_of_aux_to_verb(doc))
    if "door" in words:
        done(agent_hung_on_a_phrase(doc))
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
    done(bare_theme_after_a_named_object(doc, form.__contains__))
    if not words.isdisjoint(ER_WORDS):
        done(object_before_er_word_to_main_verb(doc, words & ER_WORDS))
    done(name_after_time_noun_is_object(doc, arrays.lowers))
    done(named_object_before_its_complement(doc))
    done(van_after_object_is_its_modifier(doc))
    if "van" in words:
        done(van_name_after_a_nested_noun(doc))
    if "zowel" in words:  # rare: a set test, not a repair pass per article
        done(both_and_coordination(doc, arrays.lowers))
    if "en" in words or "of" in words:
        done(prefield_conjunct_read_as_argument(doc))
    done(subject_after_finite_aux(doc))
    done(passive_subject_under_perfect(doc))
    done(subordinate_subject_to_its_clause(doc))
    if "," in words and not words.isdisjoint(ADVERBIAL_SUBORDINATORS):
        done(argument_across_a_subordinate_clause(doc))
    if "dat" in words or "of" in words:
        done(verb_before_dat_read_as_noun(doc, form.__contains__, arrays.lowers))
        done(subject_before_dat_to_main_verb(doc))
    done(shared_subject_of_a_conjunct(doc, lambda w: w.replace("_", "") in coder.obj_verbs))
    done(noun_complement_is_object(doc))
    done(bare_oblique_is_object(doc))
    done(titled_oblique_before_participle(doc))
    done(bare_noun_after_phrase_is_object(doc))
    done(copula_on_participle(doc, participle, arrays.lowers))
    if not words.isdisjoint(PASSIVE_ONLY):
        done(zijn_with_a_passive_participle(doc))
    done(prefield_noun_is_subject(doc))
    if not words.isdisjoint(HEBBEN_FORMS):
        done(prefield_noun_before_perfect_aux(doc, words & HEBBEN_FORMS))
    if not words.isdisjoint(PARTICIPLE_PREPOSITIONS):
        done(participle_preposition_read_as_subject(doc))
    done(inverted_subject_read_as_object(doc))
    if "richting" in words:
        done(richting_as_preposition(doc))
    done(dat_clause_is_complement(doc))
    done(verb_read_as_modifier(doc, lambda w: w in form))
    done(past_verb_read_as_attribute(doc, coder.past_forms.__contains__))
    done(verb_hung_on_its_object(doc))
    touched = []  # frequent: a retag, its tokens read again
    if verb_form_tagged_other(doc, lambda w: w in form, touched):
        patch_arrays(doc, touched, heads_moved=False)
    done(passive_participle_tagged_other(doc, participle))
    done(
        agent_noun_tagged_verb(
            doc,
            role_like,
            lambda w: w in form or w in coder.entries_by_lemma,
            arrays.lowers,
        )
    )
    done(
        cue_noun_tagged_verb(
            doc, coder.cue_plural, lambda w: w in form or w in coder.entries_by_lemma
        )
    )
    done(role_before_verb_is_subject(doc, role_like, lambda w: w in form))

    def role_like_or_name(t) -> bool:
        return t.i in tok_mention or role_like(t)

    done(middle_field_role_is_object(doc, role_like))

    done(opening_role_read_as_modifier(doc, role_like))
    done(fronted_phrase_split_from_its_verb(doc, role_like_or_name))
    if not words.isdisjoint(COUNT_WORDS):
        done(count_before_role_is_its_number(doc, role_like, words & COUNT_WORDS))
    if orphan_name_subject(doc, tok_mention, lambda w: w in form):
        forget_arrays()
        done(particle_before_preposition(doc))  # the repaired verb may own a particle
    done(arguments_off_determiners(doc))
    done(het_before_plural_subject(doc))
    done(prefield_agent_to_subject(doc))
    done(subject_by_agreement(doc))
    if not words.isdisjoint(OBJECT_PRONOUNS):
        done(object_pronoun_read_as_determiner(doc))
    done(name_after_verb_read_as_apposition(doc))
    if not words.isdisjoint(PURPOSE_PREPOSITIONS):
        done(noun_read_as_fixed(doc))
    if "die" in words or "dat" in words:
        done(relative_object_read_as_subject(doc, role_like_or_name, coder.takes_as_object))
        if not words.isdisjoint(DOCUMENT_NOUNS):
            done(document_relative_is_subject(doc, lemmas_of))
    touched = []  # the last repair relabels only: its tokens, not whole columns, read again
    if second_subject_is_object(
        doc, lambda t: t.i in tok_mention or A.agent_types(t, coder.index) is not None, touched
    ):
        patch_arrays(doc, touched, heads_moved=False)
