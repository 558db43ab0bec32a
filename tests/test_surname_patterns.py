"""Surname-only PER patterns in the shipped entity ruler (training/surname_patterns.py): a known
person named by surname alone is a person, and a surname that could be something else is left
to the NER."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from surname_patterns import surnames_of  # noqa: E402


def test_only_surnames_that_can_hardly_be_anything_else() -> None:
    full = {
        "Slobodan Milosevic",  # kept
        "Anna Visser",  # "visser" is a Dutch word
        "Piet Breda",  # a town
        "Jan Philips",  # another label's pattern
        "Karel Oranje",  # the name table types it otherwise
        "Li Wu",  # too short
        "Joe Biden",  # a pattern already
        "Madonna",  # no surname
    }
    patterns = [{"label": "ORG", "pattern": "Philips"}, {"label": "PER", "pattern": "Biden"}]
    got = surnames_of(full, patterns, {"visser"}, {"breda"}, {"Oranje": "ORG"})
    assert got == [{"label": "PER", "pattern": "Milosevic"}]


def test_the_shipped_model_knows_people_by_surname(nlp) -> None:
    """``nlp``: the shipped pipeline (conftest.py). The NER alone finds no span in these."""
    for text, name in [
        ("Milosevic is gisteren gearresteerd.", "Milosevic"),
        ("Witkoff sprak gisteren met Poetin in Moskou.", "Witkoff"),
    ]:
        assert (name, "PER") in [(e.text, e.label_) for e in nlp(text).ents]
    # a surname that is a Dutch word is no pattern: the NER decides
    assert [e.text for e in nlp("Het begin van de week was rustig.").ents] == []
