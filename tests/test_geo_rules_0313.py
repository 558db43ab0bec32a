"""Geocoder rules of the 0313 pass, on invented sentences (never the blind set
eval/geo_blind.jsonl, never the dev sets' sentences): the visited actor's country for a visit,
the Holy See before 1929 in Rome, historical states and merged towns in today's borders, the
Sublime Porte, a river or region with its article, a town named by a place noun."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo_events import locate as locate_event
from tests.geo_events import scanned, town

OLD = dt.date(1865, 7, 1)
NEW = dt.date(2024, 5, 1)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str, day=None) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word) on ``day``."""
    return locate_event(*kit, text, a1, a2, code, pred, day=day)


def places(kit, text: str) -> list[tuple[str, str | None]]:
    return [(name, m.place.name if m.place else None) for name, m in scanned(*kit, text)]


# ------------------------------------------------------------ a visit is in the visited country


def test_a_visit_without_a_place_is_in_the_visited_actors_country(kit) -> None:
    ev = locate(kit, "De Belgische koning bracht een bezoek aan den Engelschen vorst.", "BEL",
                "GBR", "042", "bracht")  # fmt: skip
    assert ev["action_geo_country_code"] == "UK" and ev["action_geo_rule"] == 5


def test_hosting_a_visit_stays_in_the_hosts_country(kit) -> None:
    ev = locate(kit, "De Belgische koning ontving den Engelschen vorst.", "BEL", "GBR", "043",
                "ontving")  # fmt: skip
    assert ev["action_geo_country_code"] == "BE"


# ------------------------------------------------------------ the Holy See before the Lateran Treaty


def test_the_holy_see_before_1929_is_rome(kit) -> None:
    text = "De Paus heeft den gezant van Oostenrijk in gehoor ontvangen."
    ev = locate(kit, text, "VAT", "AUT", "043", "ontvangen", day=OLD)
    assert town(ev) == "Rome" and ev["action_geo_country_code"] == "IT"
    assert town(ev, "actor1") == "Rome"


def test_the_holy_see_today_is_vatican_city(kit) -> None:
    text = "De paus heeft de Oostenrijkse ambassadeur ontvangen."
    for day in (NEW, None):
        ev = locate(kit, text, "VAT", "AUT", "043", "ontvangen", day=day)
        assert ev["action_geo_country_code"] == "VT"


def test_a_visit_to_the_pope_before_1929_is_in_rome(kit) -> None:
    text = "De Fransche gezant bragt den Paus een bezoek."
    ev = locate(kit, text, "FRA", "VAT", "042", "bragt", day=OLD)
    assert town(ev) == "Rome"


# ------------------------------------------------------------ historical names, today's borders


@pytest.mark.parametrize(
    "text, name",
    [
        ("De Fransche troepen bleven in den Kerkelijken Staat.", "Italy"),
        ("Het leger trok de Pauselijke Staat binnen.", "Italy"),
        ("De gezant kwam te Pesth aan.", "Budapest"),
        ("De keizer vertoefde te Ofen.", "Budapest"),
    ],
)
def test_historical_states_and_merged_towns_are_in_todays_borders(kit, text, name) -> None:
    assert name in [p for _, p in places(kit, text)]


def test_the_sublime_porte_is_istanbul(kit) -> None:
    text = "De Fransche gezant overhandigde een nota aan de Porte."
    ev = locate(kit, text, "FRA", "TUR", "100", "overhandigde", day=OLD)
    assert town(ev) == "Istanbul"
    assert ("Kremlin", "Moscow") in places(kit, "De president sprak in het Kremlin.")


# ------------------------------------------------------------ a river or region with its article


@pytest.mark.parametrize(
    "text, river",
    [
        ("De Amerikaanse troepen staken de Rio Grande over.", "Rio Grande"),
        ("De boeren in de Kempen protesteren.", "Kempen"),
    ],
)
def test_a_name_after_an_article_is_no_town(kit, text, river) -> None:
    assert river not in [name for name, _ in places(kit, text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("De minister sprak in den Haag met de vakbonden.", "The Hague"),
        ("De boeren demonstreerden gisteren in Kempen.", "Kempen"),  # no article: the town
    ],
)
def test_an_article_that_is_part_of_the_name_or_none_keeps_the_town(kit, text, name) -> None:
    assert name in [p for _, p in places(kit, text)]


# ------------------------------------------------------------ a town named by a place noun


@pytest.mark.parametrize(
    "text, name",
    [
        ("De opstandelingen veroverden de stad Lima.", "Lima"),  # the NER says a person
        ("De Italiaanse schepen ankerden gisteren in de haven Pola.", "Pula"),
    ],
)
def test_a_name_after_a_place_noun_is_a_place_whatever_the_ner_says(kit, text, name) -> None:
    assert name in [p for _, p in places(kit, text)]
