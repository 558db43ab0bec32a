"""Geocoder rules on invented sentences (never the blind set eval/geo_blind.jsonl)."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.transforms.gazetteer import COUNTRY, US_CITY, WORLD_CITY, Gazetteer, name_key
from geoevents.transforms.geo import Geocoder


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer()


@pytest.fixture(scope="module")
def kit(gaz):
    from geoevents.model import load_pipeline
    from geoevents.transforms.coder import EventCoder

    nlp = load_pipeline(None)
    return nlp, EventCoder(tokenizer=nlp.tokenizer), Geocoder(gaz)


def geocode(kit, text: str) -> list[dict]:
    nlp, coder, geo = kit
    doc = nlp(text)
    events = coder.code_doc(doc, dt.date(2024, 5, 1))
    geo.locate(doc, events)
    return events


def town(ev: dict, side: str = "action") -> str | None:
    return (
        (ev[f"{side}_geo_fullname"] or "").split(",")[0]
        if ev[f"{side}_geo_type"] in (3, 4)
        else None
    )


@pytest.mark.parametrize(
    "dutch, name, fips",
    [
        ("Moskou", "Moscow", "RS"),
        ("Peking", "Beijing", "CH"),
        ("Den Haag", "The Hague", "NL"),
        ("Kyiv", "Kyiv", "UP"),
        ("Kiev", "Kyiv", "UP"),
        ("Brussel", "Brussels", "BE"),
        ("Luik", "Liège", "BE"),
    ],
)
def test_dutch_exonyms_name_the_biggest_town(gaz, dutch: str, name: str, fips: str) -> None:
    best = max(
        (p for p, _ in gaz.names[name_key(dutch)] if p.kind != COUNTRY), key=lambda p: p.population
    )
    assert (best.name, best.fips) == (name, fips)


def test_countries_carry_fips_and_dutch_names(gaz) -> None:
    assert gaz.by_cameo["DEU"].fips == "GM" and gaz.by_cameo["DEU"].iso2 == "DE"
    assert gaz.by_cameo["ROM"].iso2 == "RO"  # CAMEO's non-ISO code
    assert any(p.iso2 == "DE" for p, _ in gaz.names[name_key("Duitsland")])
    assert any(p.iso2 == "RU" for p, _ in gaz.names[name_key("Sovjet-Unie")])  # historical state


def test_a_location_phrase_places_the_event(kit) -> None:
    evs = geocode(kit, "Premier Schoof ontmoette president Macron in Moskou.")
    assert evs and all(town(e) == "Moscow" and e["action_geo_type"] == WORLD_CITY for e in evs)
    assert all(e["action_geo_country_code"] == "RS" and e["action_geo_feature_id"] for e in evs)
    # an actor the text does not place is placed in its country
    assert any(
        e["actor1_code"].startswith("NLD") and e["actor1_geo_country_code"] == "NL" for e in evs
    )


def test_a_us_town_is_type_3_with_its_state(kit) -> None:
    evs = geocode(kit, "President Biden ontmoette premier Rutte in Chicago.")
    assert evs and all(e["action_geo_type"] == US_CITY for e in evs)
    assert all(e["action_geo_adm1_code"] == "USIL" for e in evs)
    assert "Illinois" in evs[0]["action_geo_fullname"]


def test_ambiguity_by_population_and_by_the_articles_country(kit) -> None:
    # Tripoli: Libya's (1.1 million) beats Lebanon's (230,000) without context ...
    evs = geocode(kit, "Premier Rutte ontmoette president Macron in Tripoli.")
    assert evs and all(e["action_geo_country_code"] == "LY" for e in evs)
    # ... and loses when the sentence qualifies it or the article is about Lebanon
    evs = geocode(kit, "Premier Rutte ontmoette president Macron in het Libanese Tripoli.")
    assert evs and all(e["action_geo_country_code"] == "LE" for e in evs)


def test_a_country_adjective_phrase_places_the_event_in_that_country(kit) -> None:
    evs = geocode(kit, "President Macron ontmoette premier Schoof bij de Frans-Belgische grens.")
    assert evs and all(e["action_geo_country_code"] == "FR" for e in evs)
    assert all(e["action_geo_type"] == COUNTRY for e in evs)


def test_without_a_place_the_event_is_in_the_actors_country(kit) -> None:
    evs = geocode(kit, "Duitsland heeft Frankrijk scherp bekritiseerd.")
    assert evs and evs[0]["action_geo_country_code"] == "GM"
    assert evs[0]["action_geo_feature_id"] == "GM" and evs[0]["action_geo_lat"] is not None


def test_an_attack_on_a_place_happens_there(kit) -> None:
    evs = geocode(kit, "Rusland heeft Oekraïne aangevallen.")
    assert evs and evs[0]["action_geo_country_code"] == "UP"


def test_an_origin_is_not_the_location(kit) -> None:
    evs = geocode(kit, "De Franse president Macron belde vanuit Parijs met bondskanselier Scholz.")
    assert all(town(e) != "Paris" for e in evs)


def test_later_events_of_a_meeting_inherit_its_place(kit) -> None:
    text = (
        "President Macron en bondskanselier Scholz hebben elkaar ontmoet. "
        "De twee leiders spraken elkaar in de Poolse stad Krakau. "
        "Macron en Scholz hadden het ook over Oekraïne."
    )
    evs = geocode(kit, text)
    pair = [
        e for e in evs if {e["actor1_country_code"], e["actor2_country_code"]} == {"FRA", "DEU"}
    ]
    assert len({e["sentence_index"] for e in pair}) >= 2
    assert all(town(e) == "Kraków" for e in pair), [(e["sentence_index"], town(e)) for e in pair]


def test_the_articles_meeting_place_places_its_talks(kit) -> None:
    text = (
        "De president van Frankrijk en de Duitse kanselier spraken elkaar maandag. "
        "Het gesprek vond plaats in Straatsburg."
    )
    evs = geocode(kit, text)
    assert evs and all(
        town(e) == "Strasbourg" and e["action_geo_country_code"] == "FR" for e in evs
    )


def test_fighting_without_a_place_is_on_the_targets_ground(kit) -> None:
    evs = geocode(kit, "Het Russische leger heeft gisteren het Georgische leger aangevallen.")
    assert evs and evs[0]["action_geo_country_code"] == "GG"  # FIPS for Georgia


def test_a_region_of_a_country_and_a_seat_metonym(kit) -> None:
    evs = geocode(kit, "Turkse troepen vielen Noord-Syrië binnen.")
    assert all(e["action_geo_country_code"] == "SY" for e in evs)
    evs = geocode(kit, "President Poetin ontving premier Orbán in het Kremlin.")
    assert evs and all(town(e) == "Moscow" for e in evs)


def test_washington_is_the_city_not_the_state(kit) -> None:
    evs = geocode(
        kit, "De Franse president Macron reisde naar Washington voor overleg met president Biden."
    )
    assert evs and all(
        e["action_geo_type"] == US_CITY and e["action_geo_adm1_code"] == "USDC" for e in evs
    )


def test_dutch_provinces_are_regions_and_abbreviations_are_no_towns(kit) -> None:
    from geoevents.transforms.gazetteer import REGION

    evs = geocode(
        kit, "De Nederlandse politie heeft in Limburg drie Belgische smokkelaars opgepakt."
    )
    assert evs and all(e["action_geo_type"] == REGION for e in evs)
    assert all(e["action_geo_adm1_code"] == "NL05" and e["action_geo_lat"] for e in evs)
    gaz = kit[2].gaz
    assert "vld" not in gaz.names and "bos" not in gaz.names  # Valdosta's, Boston's short forms


@pytest.mark.parametrize(
    "text, capital",
    [
        ("Premier Schoof ontmoette president Macron in de Russische hoofdstad.", "Moscow"),
        ("Premier Schoof ontmoette president Macron in de hoofdstad van Oekraïne.", "Kyiv"),
        ("Premier Schoof ontmoette president Macron in Ruslands hoofdstad.", "Moscow"),
    ],
)
def test_a_capital_named_by_its_country_is_that_town(kit, text: str, capital: str) -> None:
    evs = geocode(kit, text)
    assert evs and all(town(e) == capital for e in evs)


def test_the_area_around_a_town_is_placed_in_the_town(kit) -> None:
    evs = geocode(kit, "Premier Schoof ontmoette president Macron in de buurt van Tripoli.")
    assert evs and all(town(e) == "Tripoli" for e in evs)


def test_the_preposition_nearest_the_name_decides(kit, gaz) -> None:
    nlp, _, geo = kit
    doc = nlp("Na te Brussel te hebben vergaderd, reisde de minister terug.")
    from geoevents.transforms.coder import sentence_starts

    mentions = geo._mentions(doc, sentence_starts(doc))
    assert [(doc[m.start].text, m.prep) for m in mentions] == [("Brussel", "te")]


def test_old_dutch_exonyms_and_capitals_are_in_the_gazetteer(gaz) -> None:
    assert any(p.name == "Vienna" for p, _ in gaz.names[name_key("Weenen")])
    assert gaz.capitals["UA"].name == "Kyiv" and gaz.capitals["NL"].name == "Amsterdam"
