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


# ------------------------------------------------------------ a town of the article's last sentences


def test_a_town_of_the_article_just_before_places_an_event_between_two_countries(kit) -> None:
    text = (
        "De Franse minister van Buitenlandse Zaken is gisteren in Lissabon aangekomen.\n"
        "Hij werd door een grote menigte begroet.\n"
        "Vandaag heeft de Portugese regering hem steun toegezegd.\n"
    )
    ev = locate(kit, text, "PRT", "FRA", "051", "toegezegd")
    assert town(ev) == "Lisbon" and ev["action_geo_rule"] == 6


def test_a_domestic_event_takes_no_town_of_another_story(kit) -> None:
    text = (
        "De koning is gisteren in Haarlem aangekomen.\n"
        "Vandaag heeft de regering het wetsvoorstel ingetrokken.\n"
    )
    ev = locate(kit, text, "NLD", "NLD", "0343", "ingetrokken")
    assert ev["action_geo_country_code"] == "NL" and town(ev) is None


def test_a_town_three_sentences_back_is_another_story(kit) -> None:
    text = (
        "De Franse minister van Buitenlandse Zaken is gisteren in Lissabon aangekomen.\n"
        "Hij werd door een grote menigte begroet.\n"
        "Het weer was slecht.\n"
        "Vandaag heeft de Portugese regering steun toegezegd.\n"
    )
    ev = locate(kit, text, "PRT", "FRA", "051", "toegezegd")
    assert ev["action_geo_country_code"] == "PO" and town(ev) is None


# ------------------------------------------------------------ an owner's adjective is no place


def test_a_country_adjective_on_a_phrase_with_its_own_place_is_the_owner(kit) -> None:
    text = "Milities hebben gisteren drones afgevuurd op de Franse ambassade in Niamey."
    ev = locate(kit, text, "NER", "FRA", "190", "afgevuurd")
    assert ev["action_geo_country_code"] == "NG" and town(ev) == "Niamey"  # FIPS Niger


def test_a_country_adjective_on_a_place_noun_is_still_a_place(kit) -> None:
    text = "Smokkelaars werden gisteren bij de Frans-Belgische grens aangehouden."
    ev = locate(kit, text, "BEL", "BEL", "173", "aangehouden")
    assert ev["action_geo_country_code"] == "FR"
