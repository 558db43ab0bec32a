"""Geocoder rules of session 22, on invented modern sentences (never the blind set
eval/geo_blind.jsonl, never the dev sets' sentences): a country of that very name before a big
town abroad of the name, a town on an office holder's noun, old spellings of country and
province names."""

from __future__ import annotations

import datetime as dt

from tests.geo_events import locate as locate_event
from tests.geo_events import scanned, town

OLD = dt.date(1865, 7, 1)
NEW = dt.date(2024, 5, 1)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str, day=NEW) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word) on ``day``."""
    return locate_event(*kit, text, a1, a2, code, pred, day=day)


def places(kit, text: str) -> list[tuple[str, str | None]]:
    """(name, the place's GeoNames name and country) of each place name the scan finds."""
    return [
        (name, f"{m.place.name}/{m.place.iso2}" if m.place else None)
        for name, m in scanned(*kit, text)
    ]


# ------------------------------------------------------------ a country of that very name


def test_a_country_name_is_the_country_not_a_big_town_abroad(kit) -> None:
    text = "De premier van Jamaica heeft de Britse regering scherp bekritiseerd."
    assert ("Jamaica", "Jamaica/JM") in places(kit, text)  # not Jamaica, New York
    text = "In Armenia en Georgië zijn duizenden mensen de straat op gegaan."
    assert ("Armenia", "Armenia/AM") in places(kit, text)  # not Armenia, Colombia


def test_a_big_town_of_the_countrys_own_name_stays_the_town(kit) -> None:
    text = "De minister sprak in Djibouti met de president."
    assert ("Djibouti", "Djibouti/DJ") in places(kit, text)
    found = dict(places(kit, "Israëlische troepen rukten op in Gaza."))
    assert found.get("Gaza") == "Gaza/PS"


# ------------------------------------------------------------ a town on an office holder's noun


def test_a_town_on_an_office_holder_places_the_event(kit) -> None:
    text = "De gouverneur van Jeruzalem heeft de Griekse patriarch scherp bekritiseerd."
    ev = locate(kit, text, "ISR", "GRC", "111", "bekritiseerd")
    assert town(ev) == "Jerusalem" and ev["action_geo_rule"] == 3


def test_a_title_of_nobility_is_the_land_not_a_seat(kit) -> None:
    text = "Men meldt dat de groothertog van Baden den Franschen keizer heeft ontvangen."
    ev = locate(kit, text, "DEU", "FRA", "043", "meldt", day=OLD)
    assert town(ev) != "Baden"


# ------------------------------------------------------------ old spellings (gazetteer data)


def test_old_spellings_of_country_and_province_names(kit) -> None:
    found = dict(places(kit, "De koning reisde van Noordbrabant naar Duitschland."))
    assert found.get("Duitschland") == "Germany/DE"
    assert found.get("Noordbrabant") == "Noord-Brabant/NL"
    assert dict(places(kit, "Het leger trok naar Rouaan.")).get("Rouaan") == "Rouen/FR"


# ------------------------------------------------------------ where something is bound for


def test_a_place_something_is_bound_for_is_not_where_the_event_is(kit) -> None:
    text = "Hongarije heeft een naar Oekraïne bestemd wapentransport tegengehouden."
    ev = locate(kit, text, "HUN", "UKR", "163", "tegengehouden")
    assert ev["action_geo_country_code"] == "HU"  # not Ukraine


def test_a_place_something_was_sent_to_is_still_where_it_went(kit) -> None:
    text = "De Franse president is naar Oekraïne gereisd en heeft daar Zelensky ontmoet."
    ev = locate(kit, text, "FRA", "UKR", "040", "gereisd")
    assert ev["action_geo_country_code"] == "UP"


# ------------------------------------------------------------ old spellings of country adjectives


def test_an_old_spelling_of_a_country_adjective_names_the_article_country(kit) -> None:
    text = "Generaal Prim is te Beja aangekomen, waar het Portugeesche gouvernement hem ontving."
    assert ("Beja", "Beja/PT") in places(kit, text)  # not Béja, Tunisia
