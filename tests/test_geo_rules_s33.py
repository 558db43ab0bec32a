"""Geocoder rules of session 33, on invented modern news sentences (never the blind set
eval/geo_blind.jsonl, never the dev sets' sentences)."""

from __future__ import annotations

import datetime as dt

from tests.geo_events import locate as locate_event
from tests.geo_events import town

NEW = dt.date(2025, 6, 1)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str, actor1=None) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word)."""
    return locate_event(*kit, text, a1, a2, code, pred, actor1=actor1, day=NEW)


# ------------------------------------------------------------ one written sentence, cut by the parser


def test_a_place_in_the_other_part_of_a_sentence_the_parser_cut(kit) -> None:
    # the parser cuts after "Strijdkrachten" (no full stop there); an event read in the first
    # part (its only word for a predicate: "regering") happened where the second part says
    text = (
        "De Colombiaanse regering en de Revolutionaire Strijdkrachten FARC hebben gisteren in "
        "Havana een akkoord ondertekend."
    )
    ev = locate(kit, text, "COL", "COL", "057", "regering")
    assert town(ev) == "Havana"


def test_a_full_stop_ends_the_written_sentence(kit) -> None:
    text = "De Colombiaanse regering heeft gisteren een akkoord gesloten. De rebellen vierden feest in Havana."
    ev = locate(kit, text, "COL", "COL", "057", "gesloten")
    assert ev["action_geo_country_code"] == "CO" and town(ev) is None


# ------------------------------------------------------------ a city-state is its town


def test_a_city_state_is_its_town(kit) -> None:
    text = "In het Vaticaan hebben de Amerikaanse en de Oekraïense minister gisteren gesproken."
    ev = locate(kit, text, "USA", "UKR", "040", "gesproken")
    assert ev["action_geo_country_code"] == "VT" and town(ev) == "Vatican City"


def test_a_country_with_a_capital_of_its_name_is_no_city_state(kit) -> None:
    gaz = kit[1].gaz
    assert {"VA", "MC", "SG"} <= set(gaz.city_states)
    assert not {"LU", "MX", "DJ", "BR"} & set(gaz.city_states)  # Luxembourg, Mexico City, Djibouti
