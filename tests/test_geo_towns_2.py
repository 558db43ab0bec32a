"""Town rules of the second towns pass, on invented sentences (never the blind set
eval/geo_blind.jsonl, never the dev sets' sentences): an uninflected adjective before a name is
a first name ("Frans Ferdinand"), "het Spaanse Sevilla" is a town whatever the NER says, a
battle or siege named after its town ("de Slag om Nijmegen", "het Beleg van Haarlem"), a treaty
named after the town it was signed in ("de Vrede van Nijmegen", for CAMEO 057 only), "voor de
kust van X" is off X, a town named by an area noun that is a verb's argument ("bombardeerden de
buitenwijken van Aleppo") or in a locative phrase ("op het vliegveld van Ankara"), and a name
the NER runs on over a preposition into a country ("in Sotsji over Syrië")."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.transforms.gazetteer import Gazetteer
from geoevents.transforms.geo import Geocoder
from tests.geo_events import locate as locate_event
from tests.geo_events import town

NEW = dt.date(2024, 5, 1)
OLD = dt.date(1880, 7, 1)


@pytest.fixture(scope="module")
def kit(shipped_nlp):
    """The shipped pipeline (``load_pipeline(None)``, loaded once per session in conftest.py)."""
    return shipped_nlp, Geocoder(Gazetteer())


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str, day=NEW) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word)."""
    return locate_event(*kit, text, a1, a2, code, pred, day=day)


def places(kit, text: str) -> dict[str, tuple]:
    """Name as written -> (place name, iso2, preposition) of each place found."""
    from geoevents.transforms.coder import sentence_starts

    nlp, geo = kit
    doc = nlp(text)
    mentions = geo._mentions(doc, sentence_starts(doc))
    geo._resolve(doc, mentions)
    return {
        doc[m.start : m.end].text: (m.place.name, m.place.iso2, m.prep)
        for m in mentions
        if m.place is not None
    }


# ------------------------------------------------------------ adjectives before a name


def test_an_uninflected_adjective_before_a_name_is_a_first_name(kit) -> None:
    # "Frans" is French uninflected, but before a name it is the first name: no Florissant, US
    # (GeoNames' alternate name "Ferdinand"); an attributive adjective is inflected ("Franse")
    assert "Ferdinand" not in places(kit, "In 1914 kwam aartshertog Frans Ferdinand aan.")
    text = "In 1914 werd aartshertog Frans Ferdinand in Sarajevo doodgeschoten."
    ev = locate(kit, text, "SRB", "AUT", "180", "doodgeschoten", day=dt.date(1914, 6, 28))
    assert town(ev) == "Sarajevo"


@pytest.mark.parametrize(
    "text, name, iso2",
    [
        # the NER takes "Sevilla" for a person and "Izmir" for no entity: the article and the
        # inflected country adjective say it is a town
        ("De opstandelingen beschoten het Spaanse Sevilla.", "Sevilla", "ES"),
        ("De rebellen belegerden het Turkse Izmir.", "Izmir", "TR"),
    ],
)
def test_het_and_a_country_adjective_name_a_town(kit, text, name, iso2) -> None:
    found = places(kit, text)
    assert found[name][1] == iso2


# ------------------------------------------------------------ battles, sieges and treaties


@pytest.mark.parametrize(
    "text, pred, a1, a2, expected",
    [
        ("Na de Slag om Nijmegen trokken de Britse troepen zich terug voor de Duitsers.",
         "trokken", "DEU", "GBR", "Nijmegen"),
        ("Tijdens het Beleg van Haarlem werd de stad door de Spanjaarden uitgehongerd.",
         "uitgehongerd", "ESP", "NLD", "Haarlem"),
    ],
)  # fmt: skip
def test_a_battle_named_after_a_town_happened_there(kit, text, pred, a1, a2, expected) -> None:
    ev = locate(kit, text, a1, a2, "190", pred, day=OLD)
    assert town(ev) == expected


def test_signing_a_treaty_named_after_a_town_happened_there(kit) -> None:
    text = "In 1678 sloten Frankrijk en de Republiek de Vrede van Nijmegen."
    ev = locate(kit, text, "FRA", "NLD", "057", "sloten", day=OLD)
    assert town(ev) == "Nijmegen" and ev["action_geo_country_code"] == "NL"
    # only signing (CAMEO 057) is placed there: breaking or praising the treaty is elsewhere
    text = "In 1672 schond Frankrijk de Vrede van Aken door de Republiek aan te vallen."
    ev = locate(kit, text, "FRA", "NLD", "190", "schond", day=OLD)
    assert town(ev) != "Aachen"


# ------------------------------------------------------------ coasts and areas of a town


def test_off_the_coast_of_a_country_is_near_it(kit) -> None:
    text = "Turkse oorlogsschepen patrouilleerden voor de kust van Cyprus."
    ev = locate(kit, text, "TUR", "CYP", "150", "patrouilleerden")
    assert ev["action_geo_country_code"] == "CY"


def test_an_area_of_a_town_as_the_verbs_object_is_in_the_town(kit) -> None:
    text = "Russische vliegtuigen bombardeerden de buitenwijken van Aleppo."
    ev = locate(kit, text, "RUS", "SYR", "195", "bombardeerden")
    assert town(ev) == "Aleppo"


def test_an_airport_of_a_town_is_in_the_town(kit) -> None:
    text = "De Turkse president sprak op het vliegveld van Ankara met de Russische minister."
    ev = locate(kit, text, "TUR", "RUS", "040", "sprak")
    assert town(ev) == "Ankara" and ev["action_geo_rule"] == 1


# ------------------------------------------------------------ the NER runs on into a country


def test_a_name_run_on_over_a_preposition_into_a_country_is_two_names(kit) -> None:
    found = places(kit, "Poetin en Erdogan spraken in Sotsji over Syrië.")
    assert found["Sotsji"][:2] == ("Sochi", "RU")
    ev = locate(
        kit, "Poetin en Erdogan spraken in Sotsji over Syrië.", "RUS", "TUR", "040", "spraken"
    )
    assert town(ev) == "Sochi"
    # a name that goes on is still one: "Alphen aan den Rijn" is not Alphen, Noord-Brabant
    found = places(kit, "In Alphen aan den Rijn is de burgemeester afgetreden.")
    assert "Alphen" not in found
