"""Geocoder rules of the 0314 pass, on invented sentences of the kind a Dutch news feed carries
(never the blind set eval/geo_blind.jsonl, never the dev sets' sentences): province adjectives
("in het Limburgse Venlo"), a province and the town of its name ("in Utrecht"), towns listed
together, Dutch news spellings (Gaza-Stad, Chan Younis), compass parts of regions and towns
("Noord-Limburg", "Zuid-Beiroet"), a capital whose phrase runs on into a person, "ten oosten van
X", a place noun parsed apart from its town, a verb particle inside the NER's entity, an
organisation's seat inside its entity, the province in brackets ("Hengelo (Gld)") and a dateline
of two towns ("KYIV/MOSKOU (ANP) -")."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.transforms.gazetteer import COUNTRY, REGION
from tests.geo_events import locate as locate_event
from tests.geo_events import scanned, town

NEW = dt.date(2024, 5, 1)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word) in 2024."""
    return locate_event(*kit, text, a1, a2, code, pred, day=NEW)


def places(kit, text: str) -> dict[str, tuple]:
    """Name as written -> (place name, iso2, kind, ADM1, preposition) of each place found."""
    return {
        name: (m.place.name, m.place.iso2, m.place.kind, m.place.adm1, m.prep)
        for name, m in scanned(*kit, text)
        if m.place is not None
    }


# ------------------------------------------------------------ province adjectives


@pytest.mark.parametrize(
    "text, name, adm1",
    [
        # Hasselt, Belgium is bigger; the adjective names Overijssel
        ("In het Overijsselse Hasselt is de dijk doorgebroken.", "Hasselt", "NL15"),
        # the NER tags "Limburgse Venlo" as one organisation
        ("In het Limburgse Venlo zijn drie mannen aangehouden.", "Venlo", "NL05"),
        ("In het West-Vlaamse Kortrijk staakten de havenarbeiders.", "Kortrijk", "BEVLG"),
        ("In het Twentse Hengelo sloot de fabriek.", "Hengelo", "NL15"),
    ],
)
def test_a_province_adjective_places_the_town_in_its_province(kit, text, name, adm1) -> None:
    found = places(kit, text)
    assert found[name][3] == adm1


def test_a_province_adjective_places_the_event(kit) -> None:
    text = "In het Overijsselse Hasselt heeft de burgemeester de Duitse consul ontvangen."
    ev = locate(kit, text, "NLD", "DEU", "043", "ontvangen")
    assert town(ev) == "Hasselt" and ev["action_geo_country_code"] == "NL"


# ------------------------------------------------------------ a province and the town of its name


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("In Utrecht hebben studenten het stadhuis bezet.", "Utrecht", "town"),
        ("In Groningen protesteerden bewoners tegen de gaswinning.", "Groningen", "town"),
        ("In de provincie Utrecht hebben boeren de wegen geblokkeerd.", "Utrecht", "region"),
        # a village Zeeland lies in Noord-Brabant, not in the province: the province
        ("In Zeeland is de Oosterscheldekering gesloten.", "Zeeland", "region"),
        ("In Limburg is het glad.", "Limburg", "region"),
        ("In de provincies Drenthe en Groningen is het glad.", "Groningen", "region"),
    ],
)
def test_a_province_is_the_town_of_its_name_unless_the_phrase_says_province(
    kit, text, name, kind
) -> None:
    found = places(kit, text)
    assert (found[name][2] == REGION) == (kind == "region")
    assert found[name][1] == "NL"


# ------------------------------------------------------------ towns listed together


def test_towns_listed_with_a_place_are_places_whatever_the_ner_says(kit) -> None:
    found = places(kit, "In Maastricht, Heerlen en Sittard heeft de politie woningen doorzocht.")
    assert {"Maastricht", "Heerlen", "Sittard"} <= set(found)


def test_a_town_of_a_list_places_the_event(kit) -> None:
    # equally near: the one nearest the predicate, as GDELT's ActionGeo
    text = "De politie heeft woningen doorzocht in Maastricht, Heerlen en Sittard."
    ev = locate(kit, text, "NLD", "NLD", "173", "doorzocht")
    assert town(ev) == "Maastricht"
    text = "In Maastricht, Heerlen en Sittard heeft de politie woningen doorzocht."
    ev = locate(kit, text, "NLD", "NLD", "173", "doorzocht")
    assert town(ev) == "Sittard"


# ------------------------------------------------------------ Dutch news spellings


@pytest.mark.parametrize(
    "text, name, place",
    [
        ("Er vielen doden in Gaza-Stad.", "Gaza-Stad", "Gaza"),
        ("Er vielen doden in Chan Younis.", "Chan Younis", "Khān Yūnis"),
        (
            "De troepen trokken zich terug uit Sjevjerodonetsk.",
            "Sjevjerodonetsk",
            "Siverskodonetsk",
        ),
        ("De herdenking werd gehouden in Bastenaken.", "Bastenaken", "Bastogne"),
    ],
)
def test_dutch_news_spellings_name_their_towns(kit, text, name, place) -> None:
    assert places(kit, text)[name][0] == place


# ------------------------------------------------------------ compass parts


@pytest.mark.parametrize(
    "text, name, place, kind",
    [
        ("In Noord-Limburg is het glad.", "Noord-Limburg", "Limburg", REGION),
        ("Er vielen doden in Noord-Gaza.", "Noord-Gaza", "Palestinian Territory", COUNTRY),
        ("Er vielen doden in Zuid-Beiroet.", "Zuid-Beiroet", "Beirut", None),
    ],
)
def test_a_compass_part_of_a_region_or_town_is_that_region_or_town(
    kit, text, name, place, kind
) -> None:
    found = places(kit, text)[name]
    assert found[0] == place
    if kind is not None:
        assert found[2] == kind


def test_a_compass_part_of_a_continent_is_no_place(kit) -> None:
    # "Amerika" alone is the United States; "Zuid-Amerika" is not a part of it
    assert places(kit, "De handel met Zuid-Amerika en Noord-Afrika groeit.") == {}


# ------------------------------------------------------------ capitals, areas, place nouns


def test_a_capital_whose_phrase_runs_on_into_a_person_is_still_the_capital(kit) -> None:
    # the NER and the parser run "hoofdstad" on into "Zelensky" (an apposition)
    text = "De premier heeft in de Oekraïense hoofdstad Zelensky ontmoet."
    ev = locate(kit, text, "NLD", "UKR", "040", "ontmoet")
    assert town(ev) == "Kyiv"


def test_a_capital_named_in_its_phrase_is_that_town(kit) -> None:
    found = places(kit, "De premier sprak in de Russische hoofdstad Moskou.")
    assert found["Moskou"][0] == "Moscow"


def test_ten_oosten_van_a_town_is_at_that_town(kit) -> None:
    text = "Ten oosten van Charkiv heeft het Russische leger een offensief ingezet."
    assert places(kit, text)["Charkiv"][4] == "ten"
    ev = locate(kit, text, "RUS", "UKR", "190", "ingezet")
    assert town(ev) == "Kharkiv"


def test_a_place_noun_parsed_apart_from_its_town_still_names_it(kit) -> None:
    # the parser makes "Homs" the subject; "de Syrische stad" is Homs, not Syria
    found = places(kit, "In de Syrische stad Homs werd zwaar gevochten.")
    assert found["Homs"][0] == "Homs" and found["Homs"][4] == "in"
    assert "stad" not in found


def test_a_verb_particle_the_ner_takes_in_makes_no_longer_name(kit) -> None:
    text = "Oekraïense drones vielen een raffinaderij in de Russische regio Koersk aan."
    assert places(kit, text)["Koersk"][0] == "Kursk"
    # a particle that goes on into the name still makes one
    assert places(kit, "De rellen braken uit in Rostov aan de Don.")["Rostov aan de Don"]


def test_an_organisations_seat_inside_its_entity_is_a_place(kit) -> None:
    text = "Het Openbaar Ministerie in Den Bosch heeft de verdachte gedagvaard."
    assert places(kit, text)["Den Bosch"][0] == "'s-Hertogenbosch"
    # "van" inside a name stays part of the name
    assert "Amsterdam" not in places(kit, "De Universiteit van Amsterdam heeft gestaakt.")


# ------------------------------------------------------------ the province in brackets


@pytest.mark.parametrize(
    "text, name, adm1",
    [
        ("In Hengelo (Gld) is een boerderij afgebrand.", "Hengelo", "NL03"),
        ("In Hengelo (Gelderland) is een boerderij afgebrand.", "Hengelo", "NL03"),
        ("In Portland (Maine) werd betoogd.", "Portland", "USME"),  # not Oregon's
    ],
)
def test_the_province_or_state_in_brackets_places_the_town(kit, text, name, adm1) -> None:
    assert places(kit, text)[name][3] == adm1


# ------------------------------------------------------------ a dateline of two towns


def test_a_dateline_of_two_towns_places_the_news_in_both(kit) -> None:
    text = "KYIV/MOSKOU (ANP) - Rusland heeft Oekraïense krijgsgevangenen vrijgelaten."
    found = places(kit, text)
    assert found["KYIV/MOSKOU"] is not None
    ev = locate(kit, text, "RUS", "UKR", "0841", "vrijgelaten")
    assert town(ev) == "Moscow"


# ------------------------------------------------------------ a visit is in the visited country


def test_a_visit_placed_in_a_third_country_moves_to_a_town_of_the_visited_one(kit) -> None:
    # the parser hangs "naar Londen" on the escorted person, "in Parijs" on the first verb
    text = (
        "De Pruisische koning hield zijn intocht in Parijs en vergezelde, enige weken later, "
        "keizer Frans naar Londen, waar hij werd gehuldigd."
    )
    ev = locate(kit, text, "DEU", "GBR", "042", "vergezelde")
    assert town(ev) == "London"
    # not for other events, and not without a town of the visited country
    assert town(locate(kit, text, "DEU", "GBR", "040", "vergezelde")) == "Paris"
    text = "De Belgische koning bezocht de Britse koning in Parijs."
    assert town(locate(kit, text, "BEL", "GBR", "042", "bezocht")) == "Paris"
