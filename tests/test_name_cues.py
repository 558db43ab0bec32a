"""The name-type step's newspaper cues (geoevents/name_cues.py): the noun in front of a name, a
dateline, road numbers, competitions, demonyms, "Oranje", weekdays and months. Invented
sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geoevents.name_cues import classifier_type, dateline, demonym, surname_mentions
from geoevents.name_types import NameTypes, fix_types, make_matcher
from tests.name_step import fix_spans

LEX = NameTypes(
    types={
        "Amerikanen": "MISC",
        "Duitser": "MISC",
        "Zwolle": "LOC",
        "Groningen": "LOC",
        "Jong Volt": "ORG",
        "KBC": "ORG",
        "Sarah de Lange": "PER",
    },
    countries=frozenset(),
)


def _fix(text, ents, **kw):
    return fix_spans(LEX, text, ents, **kw)[0]


# --- the noun in front --------------------------------------------------------------------------


def test_a_place_noun_makes_the_name_a_place() -> None:
    text = "Het Griekse dorp Ano Vrisi werd geëvacueerd."
    assert _fix(text, [(3, 5, "PER")]) == [("Ano Vrisi", "LOC")]
    assert _fix(text, [(3, 5, "PER")], cues=False) == [("Ano Vrisi", "PER")]
    assert _fix("De havenstad Korvi ligt aan zee.", [(2, 3, "ORG")]) == [("Korvi", "LOC")]


def test_an_organisation_noun_makes_the_name_an_organisation() -> None:
    assert _fix("De krant La Voz meldde het gisteren.", [(2, 4, "PER")]) == [("La Voz", "ORG")]
    # a compound ending in an organisation word
    text = "Het chemieconcern Valdor sluit twee fabrieken."
    assert _fix(text, [(2, 3, "PER")]) == [("Valdor", "ORG")]
    assert _fix("De popgroep Zwarte Kat treedt op.", [(2, 4, "LOC")]) == [("Zwarte Kat", "ORG")]


def test_a_role_noun_makes_a_place_a_person() -> None:
    text = "Ze belde ploegleider Verbrugge om raad."
    assert _fix(text, [(3, 4, "LOC")]) == [("Verbrugge", "PER")]


def test_a_role_noun_leaves_organisations_and_table_names_alone() -> None:
    # a role before an organisation's name: "voorzitter" of the organisation, not a person
    assert _fix("Hij werd directeur Informatie.", [(3, 4, "ORG")]) == [("Informatie", "ORG")]
    # the table knows the name: the noun in front does not retype it
    assert _fix("Sem Kok, voorzitter Jong Volt, sprak.", [(4, 6, "ORG")])[-1] == (
        "Jong Volt",
        "ORG",
    )


def test_no_noun_in_front_no_cue() -> None:
    nlp = spacy.blank("nl")
    doc = nlp("Gisteren won Valdor de prijs.")
    assert classifier_type(doc, 2) is None  # "won" is no classifier noun
    assert classifier_type(doc, 0) is None
    doc = nlp("De Krant Valdor")  # capitalised: part of a name, not a noun in front
    assert classifier_type(doc, 2) is None
    # the noun ends a line without a full stop ("Website van de gemeente" | "Valdor won.")
    doc = nlp("Website van de gemeente Valdor won.")
    assert classifier_type(doc, 4) == "LOC"
    doc[4].is_sent_start = True
    assert classifier_type(doc, 4) is None


# --- datelines ----------------------------------------------------------------------------------


def test_a_dateline_is_a_place() -> None:
    text = "BEIROET , KAFR TALA - Vliegtuigen hebben gisteren een post vernietigd."
    assert _fix(text, [(0, 1, "PER"), (2, 4, "PER")]) == [("BEIROET", "LOC"), ("KAFR TALA", "LOC")]
    assert _fix(text, [(2, 4, "PER")], cues=False) == [("KAFR TALA", "PER")]


def test_capitals_that_are_no_dateline_stay() -> None:
    nlp = spacy.blank("nl")
    # a list row: nothing reported after the dash
    doc = nlp("GROEN - 12")
    assert not dateline(doc, doc[0:1])
    # an acronym in the table is an organisation, also before a dash
    text = "KBC - De bank maakte winst."
    assert _fix(text, [(0, 1, "ORG")]) == [("KBC", "ORG")]
    # not at the start of the sentence
    doc = nlp("Zij zei VOLDAAN - Het werk is af.")
    assert not dateline(doc, doc[2:3])


# --- the span's own form -------------------------------------------------------------------------


def test_road_numbers_are_places() -> None:
    text = "De A27 en de N201 waren dicht."
    assert _fix(text, [(1, 2, "ORG"), (4, 5, "PER")]) == [("A27", "LOC"), ("N201", "LOC")]


def test_competitions_are_misc() -> None:
    text = "Nederland won de Bavaria Cup en speelt in de Pacific League."
    got = _fix(text, [(3, 5, "LOC"), (9, 11, "PER")])
    assert got == [("Bavaria Cup", "MISC"), ("Pacific League", "MISC")]


def test_oranje_alone_is_the_team() -> None:
    assert _fix("Oranje verloor gisteren.", [(0, 1, "LOC")]) == [("Oranje", "ORG")]
    # after "van" it may be the prince's title
    assert _fix("De prins van Oranje kwam.", [(3, 4, "LOC")]) == [("Oranje", "LOC")]


def test_demonyms_the_table_lacks_are_misc() -> None:
    assert demonym("Zuid-Amerikanen", LEX.types)
    assert demonym("Oost-Duitser", LEX.types)
    assert demonym("Zwollenaar", LEX.types)
    assert demonym("Groningers", LEX.types)
    assert not demonym("Zwolle", LEX.types)
    assert not demonym("Verbrugger", LEX.types)
    text = "De Zwollenaar won de sprint."
    assert _fix(text, [(1, 2, "PER")]) == [("Zwollenaar", "MISC")]


# --- days and months ----------------------------------------------------------------------------


def test_a_weekday_or_month_opening_a_sentence_is_dropped() -> None:
    assert _fix("Zaterdag speelde Ajax thuis.", [(0, 1, "PER"), (2, 3, "ORG")]) == [("Ajax", "ORG")]
    assert _fix("Maart was koud.", [(0, 1, "LOC")]) == []
    # "Augustus" is also the emperor, "Mei" a given name
    assert _fix("Augustus regeerde lang.", [(0, 1, "PER")]) == [("Augustus", "PER")]
    assert _fix("Mei Tanaka won.", [(0, 2, "PER")]) == [("Mei Tanaka", "PER")]


def test_a_single_letter_is_no_name_but_an_initial_is() -> None:
    text = "Stel dat eigenschap A geldt voor M en J. Jansen ook."
    ents = [(3, 4, "PER"), (6, 7, "ORG"), (8, 10, "PER")]
    assert _fix(text, ents) == [("J. Jansen", "PER")]
    # the table decides for a letter it has
    lex = NameTypes(types={**LEX.types, "X": "ORG"}, countries=frozenset())
    nlp = spacy.blank("nl")
    doc = nlp("Musk kocht X vorig jaar")
    doc.ents = [Span(doc, 2, 3, label="ORG")]
    out, _ = fix_types(doc, lex, make_matcher(nlp, lex))
    assert [(e.text, e.label_) for e in out] == [("X", "ORG")]


# --- a surname repeated after the full name -----------------------------------------------------


def test_a_repeated_surname_read_as_a_place_is_a_person() -> None:
    text = "Premier Olaf Brandsma trad af. Daarmee verraste Brandsma de partij."
    ents = [(1, 3, "PER"), (8, 9, "LOC")]
    assert _fix(text, ents) == [("Olaf Brandsma", "PER"), ("Brandsma", "PER")]
    assert _fix(text, ents, cues=False)[-1] == ("Brandsma", "LOC")
    # the genitive
    text = "Olaf Brandsma trad af. Brandsmas vertrek kwam snel."
    assert _fix(text, [(0, 2, "PER"), (5, 6, "LOC")])[-1] == ("Brandsmas", "PER")


def test_a_surname_cue_needs_a_full_name_before_it() -> None:
    nlp = spacy.blank("nl")
    # the place comes first: "Zwolle" is the town, the person is named after it
    doc = nlp("In Zwolle woont Anna Zwolle.")
    ents = [Span(doc, 1, 2, label="LOC"), Span(doc, 3, 5, label="PER")]
    assert surname_mentions(ents, {}) == {}
    # a name with a particle ends in a place: "Jan van Gent" says nothing about "Gent"
    doc = nlp("Jan van Gent schilderde. Hij woonde in Gent.")
    ents = [Span(doc, 0, 3, label="PER"), Span(doc, 8, 9, label="LOC")]
    assert surname_mentions(ents, {}) == {}
    # a table place keeps its type
    doc = nlp("Piet Zwolle kwam. Ook Zwolle kwam.")
    ents = [Span(doc, 0, 2, label="PER"), Span(doc, 5, 6, label="LOC")]
    assert surname_mentions(ents, LEX.types) == {}
