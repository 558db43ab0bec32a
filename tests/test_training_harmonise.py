"""The UD 2.0 -> current UD Dutch rewrites that the model's training data depends on."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from prepare_ud import (  # noqa: E402
    Sent,
    Tok,
    _check_tree,
    drop_overlap,
    fix_punct,
    harmonise_old,
    is_tree,
)


def sent(rows: list[tuple[str, str, int, str]]) -> Sent:
    """(form, upos, head, deprel) rows -> a sentence with lemma = lowercased form."""
    return Sent(toks=[Tok(f, f.lower(), u, "_", h, d) for f, u, h, d in rows])


def harmonised(rows: list[tuple[str, str, int, str]]) -> list[tuple[str, str, int, str]]:
    s = sent(rows)
    harmonise_old(s, set(), set())
    _check_tree(s.toks)
    return [(t.form, t.upos, t.head, t.deprel) for t in s.toks]


def test_cc_and_commas_move_to_the_following_conjunct() -> None:
    out = harmonised(
        [
            ("Rusland", "PROPN", 6, "nsubj"),
            (",", "PUNCT", 1, "punct"),
            ("China", "PROPN", 1, "conj"),
            ("en", "CCONJ", 1, "cc"),
            ("Iran", "PROPN", 1, "conj"),
            ("tekenen", "VERB", 0, "root"),
        ]
    )
    assert out[1][2] == 3, "the comma should attach to China"
    assert out[3][2] == 5, "'en' should attach to Iran"
    assert out[2][2] == out[4][2] == 1, "conjuncts stay on the first conjunct"


def test_cc_without_a_later_conjunct_is_left_alone() -> None:
    out = harmonised(
        [("En", "CCONJ", 2, "cc"), ("kom", "VERB", 0, "root"), ("!", "PUNCT", 2, "punct")]
    )
    assert out[0][2] == 2


def test_capitalised_fixed_groups_become_flat_names() -> None:
    out = harmonised(
        [
            ("het", "DET", 2, "det"),
            ("Vlaams", "ADJ", 4, "nsubj"),
            ("Gewest", "NOUN", 2, "fixed"),
            ("beslist", "VERB", 0, "root"),
        ]
    )
    assert out[1][1] == out[2][1] == "PROPN"
    assert out[2][3] == "flat"


def test_lowercase_fixed_expressions_stay_fixed() -> None:
    out = harmonised(
        [
            ("In", "ADP", 4, "case"),
            ("plaats", "NOUN", 1, "fixed"),
            ("van", "ADP", 1, "fixed"),
            ("Parijs", "PROPN", 5, "obl"),
            ("koos", "VERB", 0, "root"),
        ]
    )
    assert [r[3] for r in out[:3]] == ["case", "fixed", "fixed"]
    assert out[1][1] == "NOUN"


def test_ordinals_become_adjectives_and_degree_words_adverbs() -> None:
    out = harmonised(
        [
            ("de", "DET", 3, "det"),
            ("eerste", "NUM", 3, "nummod"),
            ("ronde", "NOUN", 4, "nsubj"),
            ("duurde", "VERB", 0, "root"),
            ("veel", "PRON", 6, "obl"),
            ("langer", "ADJ", 4, "xcomp"),
        ]
    )
    assert out[1][1:] == ("ADJ", 3, "amod")
    assert out[4][1:] == ("ADV", 6, "advmod")
    assert harmonised([("twee", "NUM", 2, "nummod"), ("landen", "NOUN", 0, "root")])[0][1] == "NUM"


def test_old_train_sentences_found_in_dev_or_test_are_dropped() -> None:
    seen = sent([("Poetin", "PROPN", 2, "nsubj"), ("sprak", "VERB", 0, "root")])
    other = sent([("Xi", "PROPN", 2, "nsubj"), ("sprak", "VERB", 0, "root")])
    held_out = [sent([("Poetin", "PROPN", 0, "root"), ("sprak", "VERB", 1, "dep")])]
    assert drop_overlap([seen, other], [], held_out) == [other]


def test_punctuation_hangs_from_the_clause_it_closes_not_from_the_root() -> None:
    s = sent(
        [
            ("Hij", "PRON", 2, "nsubj"),
            ("zei", "VERB", 0, "root"),
            (",", "PUNCT", 2, "punct"),
            ("toen", "SCONJ", 5, "mark"),
            ("hij", "PRON", 5, "nsubj"),
            ("kwam", "VERB", 2, "advcl"),
            (",", "PUNCT", 2, "punct"),
            ("niets", "PRON", 2, "obj"),
            (".", "PUNCT", 2, "punct"),
        ]
    )
    s.toks[5].head = 2
    s.toks[3].head = 6
    s.toks[4].head = 6
    fix_punct([s])
    assert is_tree(s.toks)
    assert s.toks[2].head == 6, "the comma opening the clause belongs to its verb"
    assert s.toks[8].head == 2, "the final period stays on the root"
    for i, t in enumerate(s.toks, start=1):
        if t.upos == "PUNCT":
            lo, hi = sorted((i, t.head))
            inside = range(lo + 1, hi)
            assert all(lo <= s.toks[j - 1].head <= hi for j in inside), "non-projective punct"


def test_amod_under_a_verb_or_adjective_becomes_advmod() -> None:
    out = harmonised(
        [
            ("zeer", "ADV", 2, "amod"),
            ("groot", "ADJ", 3, "amod"),
            ("land", "NOUN", 4, "nsubj"),
            ("groeit", "VERB", 0, "root"),
            ("snel", "ADJ", 4, "amod"),
        ]
    )
    assert [r[3] for r in out] == ["advmod", "amod", "nsubj", "root", "advmod"]


def test_fixed_titles_become_flat_but_known_fixed_expressions_stay() -> None:
    s = sent(
        [
            ("Hij", "PRON", 2, "nsubj"),
            ("las", "VERB", 0, "root"),
            ("Een", "DET", 2, "obj"),
            ("tegen", "ADP", 3, "fixed"),
            ("Allen", "PRON", 3, "fixed"),
            ("op", "ADP", 8, "case"),
            ("basis", "NOUN", 6, "fixed"),
            ("feiten", "NOUN", 2, "obl"),
        ]
    )
    harmonise_old(s, set(), set(), frozenset({("op", "basis")}))
    assert [t.deprel for t in s.toks[3:5]] == ["flat", "flat"]
    assert s.toks[6].deprel == "fixed"
