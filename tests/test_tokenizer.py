"""Tokenization of the embedded pipeline: acronyms at the end of a sentence are names."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def tokenizer(shipped_nlp):
    """The shipped pipeline's tokenizer, as ``load_pipeline()`` sets it up (conftest.py)."""
    return shipped_nlp.tokenizer


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # spaCy's Dutch exceptions turn "vs." (versus) into "VS." too: the actor was lost
        ("Rusland bekritiseert de VS.", ["Rusland", "bekritiseert", "de", "VS", "."]),
        ("Kritiek van de VN.", ["Kritiek", "van", "de", "VN", "."]),
        # real abbreviations and initials keep their full stop
        (
            "J. Smit en Dr. Jansen vs. de rest.",
            ["J.", "Smit", "en", "Dr.", "Jansen", "vs.", "de", "rest", "."],
        ),
        ("Ca. 20 mensen, o.a. in NL.", ["Ca.", "20", "mensen", ",", "o.a.", "in", "NL", "."]),
    ],
)
def test_capital_acronyms_before_a_full_stop_are_split(tokenizer, text: str, tokens: list) -> None:
    assert [t.text for t in tokenizer(text)] == tokens
