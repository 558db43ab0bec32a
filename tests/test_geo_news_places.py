"""Geocoder rules for where Dutch news says things happen and come from, on invented sentences
(never the blind set eval/geo_blind.jsonl, never the dev sets' sentences): siege nouns as the end
of a compound ("de raketbeschieting van Charkiv"), news reported from a town in more wordings
("Persberichten uit Kyiv", "Uit Brussel wordt vernomen", "Uit Peking komt het bericht", "Uit
Kyiv laat de regering weten"), compound correspondent nouns ("Van onze oorlogsverslaggever in
Kyiv"), "uit" a town on a noun of withdrawing ("bij de terugtrekking uit Cherson") and a town
taken with "terugnemen" ("namen Cherson terug"), and "de controle over" a town."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.transforms.gazetteer import report_noun, siege_noun
from tests.geo_events import locate as locate_event
from tests.geo_events import town

NEW = dt.date(2024, 5, 1)


def locate(kit, text: str, a1: str, a2: str, code: str, pred: str) -> dict:
    """One hand-made event (actor countries, CAMEO code, the predicate's word) in 2024."""
    return locate_event(*kit, text, a1, a2, code, pred, day=NEW)


# ------------------------------------------------------------ siege nouns in compounds


@pytest.mark.parametrize(
    "text, a1, a2, pred, place",
    [
        ("De Russische raketbeschieting van Charkiv heeft tientallen doden geëist.",
         "RUS", "UKR", "geëist", "Kharkiv"),
        ("De artilleriebeschieting van Donetsk duurde de hele nacht.",
         "UKR", "RUS", "duurde", "Donetsk"),
        ("Het luchtbombardement van Rotterdam verwoestte de binnenstad.",
         "DEU", "NLD", "verwoestte", "Rotterdam"),
        ("Na de herovering van Cherson bezocht de president de stad.",
         "UKR", "UKR", "bezocht", "Kherson"),
    ],
)  # fmt: skip
def test_a_siege_noun_at_the_end_of_a_compound_places_its_town(
    kit, text, a1, a2, pred, place
) -> None:
    assert town(locate(kit, text, a1, a2, "190", pred)) == place


def test_a_short_noun_is_no_compound_end() -> None:
    # "aanval", "inval" and "geval" are no "val" ("de aanval van Rusland": who, not where)
    assert not any(siege_noun(w) for w in ("aanval", "inval", "geval", "overval"))
    assert all(siege_noun(w) for w in ("zeeblokkade", "navo-blokkade", "raketbeschieting"))
    assert report_noun("persberichten") and not report_noun("briefing")


# ------------------------------------------------------------ where the news comes from


@pytest.mark.parametrize(
    "text, a1, a2, pred, place",
    [
        # a compound report noun and "meldingen"
        ("Persberichten uit Kyiv melden dat Oekraïne Rusland heeft beschuldigd.",
         "UKR", "RUS", "beschuldigd", "Kyiv"),
        ("De nieuwsberichten uit Caïro melden dat Egypte Israël heeft gewaarschuwd.",
         "EGY", "ISR", "gewaarschuwd", "Cairo"),
        ("Meldingen uit Gaza spreken van zware Israëlische bombardementen.",
         "ISR", "PSE", "spreken", "Gaza"),
        # report verbs by lemma ("vernemen", "verluiden") and forms the lemmatizer misses
        ("Uit Brussel wordt vernomen dat de Belgische regering de Congolese ambassadeur heeft "
         "ontboden.", "BEL", "COD", "ontboden", "Brussels"),
        ("Uit Rome verneemt men dat de Italiaanse regering Libië heeft gewaarschuwd.",
         "ITA", "LBY", "gewaarschuwd", "Rome"),
        ("Naar uit Den Haag verluidt, heeft het Nederlandse kabinet de Russische ambassadeur "
         "ontboden.", "NLD", "RUS", "ontboden", "The Hague"),
        ("Uit Parijs wordt geseind dat de Franse regering Mali heeft bekritiseerd.",
         "FRA", "MLI", "bekritiseerd", "Paris"),
        # a report noun as the subject of the verb the place hangs on
        ("Uit Peking komt het bericht dat China Taiwan heeft gewaarschuwd.",
         "CHN", "TWN", "gewaarschuwd", "Beijing"),
        ("Uit Moskou kwamen berichten dat Rusland Oekraïne heeft gewaarschuwd.",
         "RUS", "UKR", "gewaarschuwd", "Moscow"),
        # "laten weten"
        ("Uit Kyiv laat de Oekraïense regering weten dat zij Rusland beschuldigt.",
         "UKR", "RUS", "beschuldigt", "Kyiv"),
    ],
)  # fmt: skip
def test_news_reported_from_a_town_places_its_event(kit, text, a1, a2, pred, place) -> None:
    assert town(locate(kit, text, a1, a2, "130", pred)) == place


@pytest.mark.parametrize(
    "text",
    [
        "Uit Charkiv vluchtten duizenden mensen toen Oekraïne Rusland beschuldigde.",
        "Uit Charkiv kwamen duizenden vluchtelingen toen Oekraïne Rusland beschuldigde.",
    ],
)
def test_a_town_people_come_from_is_not_where_news_comes_from(kit, text) -> None:
    # "uit" a town on a verb whose subject is no report: an origin, not the news' place
    ev = locate(kit, text, "UKR", "RUS", "112", "beschuldigde")
    assert town(ev) is None and ev["action_geo_country_code"] == "UP"


def test_a_compound_correspondent_noun_gives_the_news_town(kit) -> None:
    text = (
        "Van onze oorlogsverslaggever in Kyiv. Het Oekraïense leger heeft Rusland beschuldigd "
        "van aanvallen."
    )
    assert town(locate(kit, text, "UKR", "RUS", "112", "beschuldigd")) == "Kyiv"


# ------------------------------------------------------------ withdrawing and taking


@pytest.mark.parametrize(
    "text, a1, a2, code, pred, place",
    [
        ("Tijdens de Russische terugtrekking uit Cherson vierden de inwoners feest.",
         "UKR", "UKR", "140", "vierden", "Kherson"),
        ("Bij de evacuatie uit Marioepol werden burgers beschoten.",
         "RUS", "UKR", "190", "beschoten", "Mariupol"),
        ("De aftocht uit Kabul verliep chaotisch.", "USA", "AFG", "0874", "verliep", "Kabul"),
    ],
)  # fmt: skip
def test_uit_a_town_on_a_noun_of_withdrawing_is_there(kit, text, a1, a2, code, pred, place) -> None:
    assert town(locate(kit, text, a1, a2, code, pred)) == place


@pytest.mark.parametrize(
    "text, pred",
    [
        ("Oekraïense troepen namen Cherson terug.", "namen"),
        ("Oekraïense troepen hebben Cherson teruggenomen.", "teruggenomen"),
    ],
)
def test_a_town_taken_back_is_where_the_fighting_is(kit, text, pred) -> None:
    # fighting is placed on the target's ground first (Russia); the town taken is in Ukraine
    assert town(locate(kit, text, "UKR", "RUS", "190", pred)) == "Kherson"


def test_a_withdrawal_at_another_moment_does_not_place_the_event(kit) -> None:
    text = "Na de evacuatie uit Kabul sprak de president in Washington."
    assert town(locate(kit, text, "USA", "AFG", "010", "sprak")) == "Washington"


def test_plain_nemen_takes_no_town(kit) -> None:
    # "op de korrel nemen", "onder vuur nemen": a capital named for its government
    text = "De Chinese regering heeft Washington op de korrel genomen."
    assert locate(kit, text, "CHN", "USA", "111", "genomen")["action_geo_country_code"] == "CH"


@pytest.mark.parametrize(
    "text, a1, a2, pred, place",
    [
        ("Oekraïne heeft de controle over Cherson heroverd.", "UKR", "RUS", "heroverd", "Kherson"),
        ("Het Oekraïense leger verloor de controle over Soledar.", "RUS", "UKR", "verloor",
         "Soledar"),
        ("De rebellen kregen de controle over Goma.", "COD", "COD", "kregen", "Goma"),
    ],
)  # fmt: skip
def test_control_over_a_town_is_there(kit, text, a1, a2, pred, place) -> None:
    assert town(locate(kit, text, a1, a2, "190", pred)) == place


def test_over_a_town_is_otherwise_a_topic(kit) -> None:
    text = "De Franse president sprak met de Duitse kanselier over Kyiv."
    assert locate(kit, text, "FRA", "DEU", "040", "sprak")["action_geo_country_code"] == "FR"
