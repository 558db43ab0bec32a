"""Geocoder rules of the 0324 pass, on invented sentences (never the blind set or the dev sets'
sentences): a town name that is exactly a person the coder found as an event's actor is no place
("tussen Clinton en Assad in Genève": Geneva, not Clinton, Iowa)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.geo_events import town


def coded_and_located(nlp, coder, kit, text: str, day: dt.date) -> list[dict]:
    """The coder's events of ``text``, geocoded as the pipeline does."""
    _, geo = kit
    doc = nlp(text)
    events = coder.code_doc(doc, day)
    geo.locate(doc, events, day)
    return events


@pytest.mark.parametrize(
    "text, day, where",
    [
        (
            "Een ontmoeting tussen Clinton en de Syrische president Assad in Genève heeft geen "
            "doorbraak opgeleverd.",
            dt.date(2000, 3, 27),
            "Geneva",
        ),
        # "Rubio" is also a town in Venezuela
        (
            "Rubio verklaarde de Zuid-Afrikaanse ambassadeur in Washington tot persona non grata.",
            dt.date(2025, 3, 15),
            "Washington",
        ),
    ],
)
def test_a_person_the_coder_found_is_no_place(nlp, coder, kit, text, day, where) -> None:
    events = coded_and_located(nlp, coder, kit, text, day)
    assert events and {town(ev) for ev in events} == {where}


def test_a_country_with_a_role_stays_a_place(nlp, coder, kit) -> None:
    text = "De Russische president heeft gisteren in Moskou de Franse president ontvangen."
    events = coded_and_located(nlp, coder, kit, text, dt.date(2024, 5, 1))
    assert events and {town(ev) for ev in events} == {"Moscow"}


def test_an_airport_of_a_town_is_in_that_town(nlp, coder, kit) -> None:
    text = (
        "Barak en Arafat hebben elkaar gisteren op het vliegveld van Gaza gesproken en "
        "afgesproken dat hun politiediensten weer gaan samenwerken."
    )
    events = coded_and_located(nlp, coder, kit, text, dt.date(2000, 8, 1))
    assert events and {town(ev) for ev in events} == {"Gaza"}


@pytest.mark.parametrize(
    "text, a1, a2, pred, where",
    [
        (
            "Trump heeft Zelensky ontvangen in het Oval Office.",
            "USA",
            "UKR",
            "ontvangen",
            "Washington",
        ),
        (
            "Macron sprak in de Knesset over de oorlog met Hamas.",
            "FRA",
            "ISR",
            "sprak",
            "Jerusalem",
        ),
    ],
)
def test_seats_of_government_are_their_towns(kit, text, a1, a2, pred, where) -> None:
    from tests.geo_events import locate

    ev = locate(*kit, text, a1, a2, "040", pred, day=dt.date(2025, 3, 1))
    assert town(ev) == where


@pytest.mark.parametrize(
    "text, actor, where",
    [
        (
            "De Haagse politie heeft tientallen demonstranten aangehouden.",
            "Haagse politie",
            "The Hague",
        ),
        ("Het Antwerpse stadsbestuur verbiedt de betoging.", "Antwerpse stadsbestuur", "Antwerp"),
    ],
)
def test_a_town_adjective_places_its_actor_in_that_town(kit, text, actor, where) -> None:
    from tests.geo_events import locate

    verb = text.rstrip(".").split()[-1]
    at = text.index(actor)
    iso = "NLD" if where == "The Hague" else "BEL"
    ev = locate(
        *kit, text, iso, iso, "173", verb, actor1=(at, at + len(actor)), day=dt.date(2025, 3, 1)
    )
    assert town(ev) == where and town(ev, "actor1") == where


def test_a_town_adjectives_file_names_a_missing_town(tmp_path) -> None:
    from geoevents.transforms.gazetteer import Gazetteer

    bad = tmp_path / "town_adjectives.tsv"
    bad.write_text("adjective\ttown\tcountry\nAtlantische\tAtlantis\tNL\n", encoding="utf-8")
    gaz = Gazetteer()
    with pytest.raises(ValueError, match="town_adjectives.tsv:2: no town 'Atlantis' in NL"):
        gaz._town_adjectives(bad)


@pytest.mark.parametrize(
    "text, a1, a2, code, pred, where",
    [
        (
            "Op de conferentie van Potsdam spraken Stalin en Truman af dat Duitsland bezet zou "
            "blijven.",
            "RUS",
            "USA",
            "030",
            "spraken",
            "Potsdam",
        ),
        (
            "Bij het verdrag van Maastricht droegen de lidstaten bevoegdheden over aan de "
            "Europese Unie.",
            "FRA",
            "EEC",
            "057",
            "droegen",
            "Maastricht",
        ),
    ],
)
def test_a_conference_or_treaty_named_by_its_town_is_there(
    kit, text, a1, a2, code, pred, where
) -> None:
    from tests.geo_events import locate

    ev = locate(*kit, text, a1, a2, code, pred, day=dt.date(1992, 2, 7))
    assert town(ev) == where


@pytest.mark.parametrize(
    "text, where",
    [
        ("Kremlin wijst vredesplan van de Europese Unie af", "Moscow"),
        ("Het Kremlin heeft een Amerikaanse delegatie ontvangen.", "Moscow"),
    ],
)
def test_a_seat_acting_as_its_state_is_in_its_town(nlp, coder, kit, text, where) -> None:
    events = coded_and_located(nlp, coder, kit, text, dt.date(2025, 3, 1))
    assert events and {town(ev) for ev in events} == {where}
