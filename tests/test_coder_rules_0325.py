"""Coder 0.3.25: "een (verrassings)bezoek maken aan" is a visit, as "een bezoek brengen aan" is,
and a formal protest ("formeel/officieel protesteren bij X") is an official complaint (114), not
dissent (140); both found on the fresh probe tests/probes/independent_c.jsonl ("Biden maakt
verrassingsbezoek aan Kyiv", "De Chileense regering heeft bij Londen en Madrid formeel
geprotesteerd"). Invented sentences; each test fails without its predicate row."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_codes, event_triples

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


def test_a_formal_protest_is_an_official_complaint(nlp, coder) -> None:
    text = "China heeft officieel geprotesteerd bij de Verenigde Staten."
    assert ("CHN", "114", "USA") in {
        (a[:3], c, b[:3]) for a, c, b in event_triples(nlp, coder, text, DAY)
    }
    # people who protest against their government dissent (140), as before
    text = "Duizenden Serviërs protesteerden tegen de regering."
    assert [c for _, c, _ in event_triples(nlp, coder, text, DAY)] == ["140"]


def test_not_recognising_an_election_result_is_a_rejection(nlp, coder) -> None:
    text = (
        "De Europese Unie erkent de uitslag van de Oekraïense presidentsverkiezingen niet en eist "
        "een onafhankelijk onderzoek."
    )
    triples = {(a[:3], c, b[:3]) for a, c, b in event_triples(nlp, coder, text, DAY)}
    assert ("IGO", "120", "UKR") in triples


def test_a_refusal_verb_hung_on_the_infinitive_still_refuses(nlp, coder) -> None:
    # the parser makes "weigert" a particle of "erkennen" in the relative clause
    text = (
        "Het parlement eiste het aftreden van Milosevic, die de verkiezingsoverwinning van "
        "Kostunica weigert te erkennen."
    )
    codes = event_codes(nlp, coder, text, dt.date(2000, 10, 6))
    assert "120" in codes and "054" not in codes
