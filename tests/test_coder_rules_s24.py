"""Coder rules of 0.3.56 and later (twenty-fourth session), each on a sentence written for this
file (never dev or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)

CASES_0356 = [
    # a relative clause on a thing: the name after "die" is the subject, the thing its object
    (
        "Lula sprak over de sancties die Trump tegen Brazilië heeft ingesteld.",
        {("USAGOV", "163", "BRA")},
    ),
    (
        "Chili sluit zich aan bij de zaak die Mexico tegen Peru heeft aangespannen.",
        {("MEX", "115", "PER")},
    ),
    # the verb's number decides where it can: the plural thing is the subject of "treffen"
    ("Peru vreest de sancties die Chili treffen.", set()),
    # a "nadat" clause the parser hung on a noun is no relative clause on it
    (
        "Het overleg over een lening aan Kenia eindigde nadat Uganda had geweigerd"
        " de tegoeden in te zetten.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0356)
def test_coder_0356(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, DAY) == expected
