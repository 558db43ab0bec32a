"""Newspaper context rules of the name-type step (``geoevents/name_context.py``): a town that is
a side in a match is its club (ORG), countries and places stay LOC; stadiums are LOC. Invented
sentences, parsed by the shipped model."""

from __future__ import annotations

import pytest
import spacy

from geoevents.name_context import is_score, venues

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture(scope="module")
def nlp():
    from geoevents.model import load_pipeline

    return load_pipeline()


def _types(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Anderlecht won zondag met 3-1 van Club Brugge.", "Anderlecht"),
        ("Standard Luik speelde gelijk tegen Lokeren.", "Lokeren"),
        ("Genk werd in de beker uitgeschakeld door Lokeren.", "Lokeren"),
        ("Zulte Waregem klopte Charleroi met 2-0.", "Charleroi"),
        ("Feyenoord - Groningen 2-1.", "Groningen"),
        ("Heerenveen heeft de wedstrijd tegen Groningen met 3 - 2 verloren.", "Groningen"),
        ("De spits van Lokeren scoorde twee keer.", "Lokeren"),
    ],
)
def test_a_town_as_a_side_in_a_match_is_its_club(nlp, text: str, club: str) -> None:
    assert _types(nlp, text).get(club) == "ORG"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Brazilië won van Paraguay.", "Paraguay"),  # national teams are LOC
        ("In Rosmalen verloor hij pas in de finale van Hewitt.", "Rosmalen"),
        ("Henin wint in Berlijn van Clijsters met 6-3 en 6-4.", "Berlijn"),
        ("Den Haag verloor de rechtszaak tegen de staat.", "Den Haag"),
        ("Rotterdam verloor vorig jaar 2.000 banen.", "Rotterdam"),
        ("Utrecht won in 2024 de prijs voor de groenste stad.", "Utrecht"),
        ("De burgemeester van Lokeren opende de wedstrijd.", "Lokeren"),
    ],
)
def test_places_and_countries_stay_places(nlp, text: str, place: str) -> None:
    assert _types(nlp, text).get(place) == "LOC"


def test_the_object_of_winnen_is_a_tournament_not_a_side(nlp) -> None:
    doc = nlp("Na een lang duel tegen Serena Williams wint ze Charleston.")
    assert {e.text: e.label_ for e in doc.ents}.get("Charleston") != "ORG"


def test_a_stadium_is_a_place(nlp) -> None:
    assert (
        _types(nlp, "Ajax versloeg PSV in de Johan Cruijff Arena.").get("Johan Cruijff Arena")
        == "LOC"
    )


def test_scores_in_both_tokenisations() -> None:
    nlp = spacy.blank("nl")
    doc = nlp("Het werd 3-1 en daarna 2 - 2 op 1-1-2006 in 1914 - 1918.")
    assert [t.i for t in doc if is_score(doc, t.i)] == [2, 5]


def test_venue_words() -> None:
    nlp = spacy.blank("nl")
    doc = nlp("Het Koning Boudewijnstadion en de Ethias Arena en Lotto Arenastraat.")
    from spacy.tokens import Span

    spans = [Span(doc, 1, 3, "ORG"), Span(doc, 5, 7, "PER"), Span(doc, 8, 10, "ORG")]
    assert [b.text for _, b in venues(spans)] == ["Koning Boudewijnstadion", "Ethias Arena"]
