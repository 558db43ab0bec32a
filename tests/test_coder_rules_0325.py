"""Coder 0.3.25: "een (verrassings)bezoek maken aan" is a visit, as "een bezoek brengen aan" is
(found on the fresh probe tests/probes/independent_c.jsonl: "Biden maakt verrassingsbezoek aan
Kyiv"). Invented sentences; the test fails without the predicate row."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2023, 2, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Biden maakt een bezoek aan Oekraïne.",
        "Biden maakt verrassingsbezoek aan Kyiv en belooft Zelensky nieuwe wapens",
    ],
)
def test_making_a_visit_is_a_visit(nlp, coder, text) -> None:
    roots = {(a[:3], c, b[:3]) for a, c, b in event_triples(nlp, coder, text, DAY)}
    assert ("USA", "042", "UKR") in roots and ("UKR", "043", "USA") in roots


def test_making_worries_about_a_visit_is_no_visit(nlp, coder) -> None:
    text = "De premier maakt zich zorgen over het bezoek aan China."
    assert not [c for _, c, _ in event_triples(nlp, coder, text, DAY) if c.startswith("04")]
