"""The name-type step on span boundaries (issue #19): a title before a person, a clause run on
after a name, events named "<head> van <place>". Invented sentences."""

from __future__ import annotations

from geoevents.name_types import NameTypes
from tests.name_step import fix_spans

LEX = NameTypes(
    types={
        "Anna Verhoeven": "PER",
        "Huis van Afgevaardigden": "ORG",
        "Monaco": "LOC",
    },
    countries=frozenset({"Monaco"}),
)


def _fix(text, ents, pos=None, **kw):
    return fix_spans(LEX, text, ents, pos, **kw)


# --- a title or function before a person's name stays outside ----------------------------------


def test_a_title_before_a_person_is_cut_off() -> None:
    text = "Koningin Amalia opende gisteren de brug."
    assert _fix(text, [(0, 2, "PER")])[0] == [("Amalia", "PER")]
    assert _fix(text, [(0, 2, "PER")], trims=False)[0] == [("Koningin Amalia", "PER")]


def test_a_function_compound_before_a_person_is_cut_off() -> None:
    # mistyped ORG, but the rest is a dictionary person
    text = "Partijvoorzitter Anna Verhoeven sprak de leden toe."
    assert _fix(text, [(0, 3, "ORG")])[0] == [("Anna Verhoeven", "PER")]
    # not in the middle of a sentence after a lower-case word: still the title word decides
    text = "Gisteren sprak Fractievoorzitter Kees Bakker de Kamer toe."
    assert _fix(text, [(2, 5, "PER")])[0] == [("Kees Bakker", "PER")]


def test_a_title_word_alone_or_before_lower_case_stays() -> None:
    assert _fix("Koning Voetbal regeert.", [(0, 2, "MISC")])[0] == [("Koning Voetbal", "MISC")]
    assert _fix("De Prins van Oranje kwam.", [(1, 2, "PER")])[0] == [("Prins", "PER")]


# --- a name that runs on into the clause -------------------------------------------------------


def test_two_lower_case_words_after_a_long_name_are_cut() -> None:
    # a blank pipeline has no tags: only the length condition can cut here
    text = "Het Huis van Afgevaardigden stemde gisteren in."
    assert _fix(text, [(1, 6, "LOC")])[0] == [("Huis van Afgevaardigden", "ORG")]
    # one lower-case word after a one-word name is kept ("VTM nieuws")
    assert _fix("Monaco nieuws meldt het.", [(0, 2, "ORG")])[0] == [("Monaco nieuws", "ORG")]


# --- events: "<head> van <place>" is one MISC span ---------------------------------------------


def test_an_event_head_before_van_place_makes_one_misc_span() -> None:
    text = "Hij won de Grote Prijs Formule 1 van Monaco in 2020."
    ents = [(3, 6, "MISC"), (8, 9, "LOC")]
    out, changes = _fix(text, ents)
    assert out == [("Grote Prijs Formule 1 van Monaco", "MISC")]
    assert {c.kind for c in changes} == {"event"}
    assert _fix(text, ents, events=False)[0] == [("Grote Prijs Formule", "MISC"), ("Monaco", "LOC")]


def test_an_event_head_outside_any_span_is_taken_in() -> None:
    text = "Hij exposeerde op de Triënnale van Monaco."
    assert _fix(text, [(6, 7, "LOC")])[0] == [("Triënnale van Monaco", "MISC")]


def test_a_place_after_van_without_an_event_head_stays() -> None:
    text = "De Koning van Monaco en de Bank van Monaco."
    out = _fix(text, [(3, 4, "LOC"), (6, 7, "ORG"), (8, 9, "LOC")])[0]
    assert ("Monaco", "LOC") in out and not any(label == "MISC" for _, label in out)
