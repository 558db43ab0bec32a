"""Speed work on the parse repairs and the name matcher (twenty-third session): the column
prefilters a few repairs now apply before they read Tokens must keep every repair they made,
and the kept one-word surname lookup of the matcher must answer as the lookup it stands for."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geoevents.transforms.coder.mention_match import _bare_person_at, _person_at
from geoevents.transforms.coder.repair_arrays import COLUMNS, kept_arrays
from geoevents.transforms.coder.repairs import dat_clause_is_complement
from geoevents.transforms.coder.repairs_clauses import loose_apposition_is_object
from geoevents.transforms.coder.repairs_news import middle_field_role_is_object
from geoevents.transforms.coder.repairs_order import inverted_subject_read_as_object
from geoevents.transforms.coder.repairs_phrases import final_particle_to_verb

VOCAB = spacy.blank("nl").vocab


def _doc(rows: list[tuple]) -> Doc:
    """A parsed Doc from (word, head index, label, tag, lemma, morph) rows."""
    words, heads, deps, pos, lemmas, morphs = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        VOCAB,
        words=words,
        spaces=[not w.isspace() for w in words],
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        morphs=morphs,
    )


CASES = [
    (  # "uit" read as the postposition of the name before it
        final_particle_to_verb,
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump", ""),
            ("sluit", 1, "ROOT", "VERB", "sluiten", "VerbForm=Fin"),
            ("ingrijpen", 1, "obj", "NOUN", "ingrijpen", ""),
            ("om", 4, "case", "ADP", "om", ""),
            ("Groenland", 2, "nmod", "PROPN", "Groenland", ""),
            ("uit", 4, "case", "ADP", "uit", ""),
            ("\n\n", 1, "dep", "SPACE", "\n\n", ""),
        ],
        {5: (1, "compound:prt")},
    ),
    (  # a role noun between "hebben" and the participle, read as an oblique
        lambda doc: middle_field_role_is_object(doc, lambda t: True),
        [
            ("De", 1, "det", "DET", "de", ""),
            ("ministers", 5, "nsubj", "NOUN", "minister", "Number=Plur"),
            ("hebben", 5, "aux", "AUX", "hebben", "VerbForm=Fin"),
            ("het", 4, "det", "DET", "het", ""),
            ("kabinet", 5, "obl", "NOUN", "kabinet", ""),
            ("opgeroepen", 5, "ROOT", "VERB", "oproepen", "VerbForm=Part"),
        ],
        {4: (5, "obj")},
    ),
    (  # a "dat" clause hung on the verb as an adverbial clause
        dat_clause_is_complement,
        [
            ("Zij", 1, "nsubj", "PRON", "zij", ""),
            ("eisen", 1, "ROOT", "VERB", "eisen", "VerbForm=Fin"),
            ("dat", 4, "mark", "SCONJ", "dat", ""),
            ("Israël", 4, "nsubj", "PROPN", "Israël", ""),
            ("vertrekt", 1, "advcl", "VERB", "vertrekken", "VerbForm=Fin"),
        ],
        {4: (1, "ccomp")},
    ),
    (  # the subject after the finite verb of an inverted clause, read as its object
        inverted_subject_read_as_object,
        [
            ("Gisteren", 1, "advmod", "ADV", "gisteren", ""),
            ("spraken", 1, "ROOT", "VERB", "spreken", "VerbForm=Fin"),
            ("diplomaten", 1, "obj", "NOUN", "diplomaat", "Number=Plur"),
            ("met", 4, "case", "ADP", "met", ""),
            ("Rusland", 1, "obl", "PROPN", "Rusland", ""),
        ],
        {2: (1, "nsubj")},
    ),
    (  # a headline's object read as an apposition of the verb
        loose_apposition_is_object,
        [
            ("Mali", 1, "nsubj", "PROPN", "Mali", ""),
            ("verlaten", 1, "ROOT", "VERB", "verlaten", "VerbForm=Fin"),
            ("Ecowas", 1, "appos", "PROPN", "Ecowas", ""),
        ],
        {2: (1, "obj")},
    ),
]


@pytest.mark.parametrize("kept", [False, True])
@pytest.mark.parametrize("case", range(len(CASES)))
def test_prefiltered_repairs_still_repair(case, kept):
    repair, rows, want = CASES[case]
    doc = _doc(rows)
    if kept:
        with kept_arrays(doc, doc.to_array(list(COLUMNS))):
            assert repair(doc) == len(want)
    else:
        assert repair(doc) == len(want)
    for i, (head, dep) in want.items():
        assert (doc[i].head.i, doc[i].dep_) == (head, dep)
    # repaired: a second run finds nothing
    assert repair(doc) == 0


def test_prefilters_leave_other_docs_alone():
    """The same words without the parser's error: no repair."""
    doc = _doc(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump", ""),
            ("sluit", 1, "ROOT", "VERB", "sluiten", "VerbForm=Fin"),
            ("ingrijpen", 1, "obj", "NOUN", "ingrijpen", ""),
            ("uit", 1, "compound:prt", "ADP", "uit", ""),
        ]
    )
    for repair, *_ in CASES:
        assert repair(doc) == 0


def test_bare_surname_lookup_kept_per_word(coder):
    idx = coder.index
    words = ["Rutte", "Rutte's", "Poetin", "Poetins", "Trump", "minister", "Zelensky"]
    words += [*idx.bare][:300]
    keys = [None, *(w.lower() for w in words)]
    for i in range(len(keys)):
        want = _person_at(keys, i, idx.bare, idx.name_words)
        assert _bare_person_at(keys, i, idx) == want
        assert _bare_person_at(keys, i, idx) == want  # read back from the memo
