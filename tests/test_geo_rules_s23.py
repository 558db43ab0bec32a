"""Geocoder rules of session 23, on invented modern news sentences (never the blind set
eval/geo_blind.jsonl, never the dev sets' sentences): the town the event's own verb visits or
takes is where it happened, before a place of another clause; the countries "tussen" which
something happens are both the parties when one is an actor's, though a border between them
is still a place; a group's name is no town ("Hamas" is not Hamm); Dutch and old names of
towns; a distance from a town without a preposition is near it ("20 kilometer van Charkiv")."""

from __future__ import annotations

import datetime as dt

from tests.geo_events import locate as locate_event
from tests.geo_events import scanned, town

NEW = dt.date(2025, 6, 1)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str, actor1=None) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word)."""
    return locate_event(*kit, text, a1, a2, code, pred, actor1=actor1, day=NEW)


# ------------------------------------------------------------ the town the event's verb takes


def test_a_town_taken_beats_a_place_of_another_clause(kit) -> None:
    text = "De rebellen hebben Aleppo ingenomen, waarna de president naar Teheran is gevlucht."
    ev = locate(kit, text, "SYR", "SYR", "192", "ingenomen")
    assert town(ev) == "Aleppo" and ev["action_geo_rule"] == 1  # not Tehran


def test_a_town_visited_beats_a_place_of_another_clause(kit) -> None:
    text = "De Duitse kanselier bezocht Kyiv en nodigde Zelensky uit voor een top in Berlijn."
    ev = locate(kit, text, "DEU", "UKR", "042", "bezocht")
    assert town(ev) == "Kyiv"  # not Berlin


def test_a_person_visited_is_no_town(kit) -> None:
    text = "De Franse president bezocht Jackson in Washington."
    ev = locate(kit, text, "FRA", "USA", "042", "bezocht")
    assert town(ev) == "Washington"


# ------------------------------------------------------------ the parties "tussen" two countries


def test_both_countries_between_which_an_actor_mediates_are_parties(kit) -> None:
    text = "Egypte, dat de gesprekken in Caïro organiseert, wil bemiddelen tussen Israël en Iran."
    ev = locate(kit, text, "EGY", "ISR", "057", "bemiddelen", actor1=(0, len("Egypte")))
    assert ev["action_geo_country_code"] == "EG"  # not Iran
    assert town(ev) == "Cairo"


def test_a_border_between_two_countries_is_still_a_place(kit) -> None:
    text = "Al-Qaeda heeft bij de grens tussen Pakistan en Afghanistan twee soldaten gedood."
    ev = locate(kit, text, "IMGALQ", "AFG", "190", "gedood")  # a group: Pakistan is no party
    assert ev["action_geo_country_code"] == "PK"  # not Afghanistan


# ------------------------------------------------------------ a group's name is no town (gazetteer)


def places(kit, text: str) -> dict[str, str | None]:
    """Name -> the place's GeoNames name and country, of each place name the scan finds."""
    return {
        name: f"{m.place.name}/{m.place.iso2}" if m.place else None
        for name, m in scanned(*kit, text)
    }


def test_a_groups_name_is_no_town(kit) -> None:
    found = places(kit, "Een militie die tegen Hamas vecht, kreeg wapens uit Israël.")
    assert "Hamas" not in found  # not Hamm, Germany (a GeoNames alternate name)
    assert found.get("Israël") == "Israel/IL"


def test_a_state_institutions_seat_keeps_its_name(kit) -> None:
    assert places(kit, "De minister sprak in het Pentagon met zijn collega.").get("Pentagon") == (
        "Washington/US"
    )


# ------------------------------------------------------------ Dutch and old names (gazetteer data)


def test_dutch_and_old_names_of_towns(kit) -> None:
    found = places(kit, "Houthi-rebellen vielen gisteren een vrachtschip aan bij Hodeidah.")
    assert found.get("Hodeidah") == "Al Ḩudaydah/YE"
    found = places(kit, "De NAVO heeft bij Djakovica een colonne vrachtwagens getroffen.")
    assert found.get("Djakovica") == "Gjakovë/XK"
    found = places(kit, "De Fransche troepen zijn te Vera Cruz aan land gegaan.")
    assert found.get("Vera Cruz") == "Veracruz/MX"  # not Vera Cruz, Brazil


# ------------------------------------------------------------ a distance from a town


def test_a_distance_from_a_town_without_preposition_is_near_it(kit) -> None:
    text = "Een Russische drone sloeg gisteren 20 kilometer van Charkiv in."
    ev = locate(kit, text, "RUS", "UKR", "190", "sloeg")
    assert town(ev) == "Kharkiv"
