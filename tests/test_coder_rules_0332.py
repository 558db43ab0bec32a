"""Coder 0.3.32 on: an event noun's target phrase hung on the governing verb ("veroordeelt de
aanval | op een ziekenhuis in Kyiv") is still the noun's, and a thing hit stands for the place
it is in. Found on the dev probes; invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)


def _roots(nlp, coder, text: str, day: dt.date = DAY) -> set[tuple]:
    return {(a[:3], c[:2], b[:3]) for a, c, b in event_triples(nlp, coder, text, day)}


def test_an_attack_on_a_building_in_a_city_hits_its_country(nlp, coder) -> None:
    text = "Guterres veroordeelt de Russische aanval op een kinderziekenhuis in Kyiv."
    assert ("RUS", "19", "UKR") in _roots(nlp, coder, text)


def test_of_two_rows_cued_by_the_object_the_one_whose_slot_is_filled_wins(nlp, coder) -> None:
    # "hulp" cues both the rejection of a plan (120, object slot) and the stop of aid (1623,
    # "aan" slot): the recipient phrase decides
    assert ("ISR", "16", "PSE") in _roots(nlp, coder, "Israël blokkeert alle hulp aan Gaza.")


def test_the_last_name_of_a_list_hung_on_the_name_before_it_is_a_conjunct(nlp, coder) -> None:
    text = "Mali, Burkina Faso en Niger stappen uit Ecowas."
    assert ("NER", "16", "IGO") in _roots(nlp, coder, text)


def test_the_ministry_a_passive_summons_took_place_at_summoned(nlp, coder) -> None:
    text = (
        "De Russische ambassadeur is ontboden op het Nederlandse ministerie van Buitenlandse Zaken."
    )
    assert ("NLD", "11", "RUS") in _roots(nlp, coder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb of "more of the same": its subject gives the aid or makes the attack
        ("Duitsland verhoogt de militaire steun aan Oekraïne.", ("DEU", "07", "UKR")),
        ("Rusland intensiveert de bombardementen op Charkiv.", ("RUS", "19", "UKR")),
        # money set aside for aid: the subject gives it
        (
            "De Noorse regering trekt 3 miljard euro uit voor steun aan Oekraïne.",
            ("NOR", "07", "UKR"),
        ),
    ],
)
def test_light_and_budget_verbs_lend_their_subject_to_the_event_noun(
    nlp, coder, text: str, expected: tuple
) -> None:
    assert expected in _roots(nlp, coder, text)


def test_a_subject_after_the_verb_behind_a_fronted_phrase_is_no_object(nlp, coder) -> None:
    # V2: "Op de top van Genève spraken X, Y en Z af ..." with the subjects parsed as objects
    text = (
        "Op de conferentie van Jalta spraken Stalin, Roosevelt en Churchill in 1945 af dat "
        "Duitsland in bezettingszones zou worden verdeeld."
    )
    assert ("USA", "03", "RUS") in _roots(nlp, coder, text, dt.date(1945, 2, 10))
