"""Coder 0.3.22: getting into a quarrel with someone ("kreeg ruzie met") is CAMEO 110
(disapprove), both ways, as "ruzie hebben/maken met" was; "in conflict raken/komen met" already
was, through the event noun. Invented sentences; the first fails without the new row."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Turkije kreeg ruzie met Griekenland.",
        "Turkije raakte in conflict met Griekenland.",
        "Turkije kwam in conflict met Griekenland.",
    ],
)
def test_getting_into_a_conflict_is_disapproval_both_ways(nlp, coder, text: str) -> None:
    roots = {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, DAY)}
    assert {("TUR", "11", "GRC"), ("GRC", "11", "TUR")} <= roots


def test_a_conflict_with_no_actor_on_the_other_side_is_no_event(nlp, coder) -> None:
    assert not event_triples(nlp, coder, "Turkije raakte in conflict met de regels.", DAY)
