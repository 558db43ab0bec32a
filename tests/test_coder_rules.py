"""Coder rules added on 2026-12-03, each on a sentence written for this file (never dev or blind).

Each case names the rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.coder import EventCoder
from transforms.coder.evaluate import actor_key


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    c = EventCoder()
    c.strict = True
    return c


@pytest.fixture(scope="module")
def nlp(embedded_model):
    from geoevents.model import load_pipeline

    return load_pipeline(str(embedded_model))


def triples(nlp, coder, text: str, date: str = "2001-05-01") -> set[tuple]:
    rows = coder.code_doc(nlp(text), dt.date.fromisoformat(date))
    return {(actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows}


CASES = [
    # nationality adjective + an agent noun from the new list (visser AGR) is an actor
    ("De Franse vissers protesteerden tegen de Britse regering.", {("FRA", "GBR", "14")}),
    # "elkaar" is reciprocal only in the predicate's own slot: "staan achter" (support) is not
    # coded for "tegenover elkaar"
    ("Griekenland en Turkije stonden gisteren tegenover elkaar.", set()),
    # ... but it is where the slot matches
    ("Griekenland en Turkije staan achter elkaar.", {("GRC", "TUR", "05"), ("TUR", "GRC", "05")}),
    # an adverb is never read as a verb form ("weer" is also a form of "weren")
    ("Spanje en Portugal betaalden de Franse banken weer terug.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules(nlp, coder, text: str, expected: set) -> None:
    assert triples(nlp, coder, text) == expected


def test_event_noun_whose_van_phrase_is_its_target(nlp, coder) -> None:
    """ "deportatie van X door Y" is Y -> X, not X as the source."""
    text = "De deportatie van Georgische kinderen door Rusland werd veroordeeld."
    assert ("RUS", "GEO", "17") in triples(nlp, coder, text)


def test_expelling_a_diplomat_names_the_target(nlp, coder) -> None:
    assert ("VEN", "USA", "16") in triples(
        nlp, coder, "Chávez heeft de Amerikaanse ambassadeur uitgewezen.", "2002-01-01"
    )
