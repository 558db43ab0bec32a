"""Rules of the thirty-fourth session in the name-type step (docs/MODEL.md): a role noun before a
name also across the parser's false sentence start and as the last part of a hyphenated role
(geoevents/name_cues.py, ``classifier_type``), inflected compounds as common words in headings
(geoevents/name_headings.py, ``looks_common``), and laws, decrees and treaties as MISC
(geoevents/name_cues.py, ``is_law``). Invented sentences, blank pipeline. Each rule's test also
runs the step without the rule (``Rules.without``, as a pipeline's ``disabled_rules`` does) and
fails if the rule changes nothing."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geoevents.name_headings import is_common, shipped
from geoevents.name_rules import ALL_RULES, Rules
from geoevents.name_types import NameTypes, fix_types, make_matcher
from tests.name_step import fix_spans

LEX = NameTypes(
    types={"Zwolle": "LOC", "Verdrag van Lissabon": "MISC", "Wetstraat": "LOC"},
    countries=frozenset(),
)


def _fix(text, ents, **kw):
    return fix_spans(LEX, text, ents, **kw)[0]


# --- role nouns -----------------------------------------------------------------------------------


def _without(rule: str) -> Rules:
    return Rules.without([rule])


def _with_split(text: str, ents, split: int, rules: Rules = ALL_RULES):
    """The step on a doc whose parser put a sentence start at token ``split``."""
    nlp = spacy.blank("nl")
    doc = nlp(text)
    for t in doc:
        t.is_sent_start = t.i in (0, split)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    out, _ = fix_types(doc, LEX, make_matcher(nlp, LEX), rules=rules)
    return [(e.text, e.label_) for e in out]


def test_a_role_noun_counts_across_a_false_sentence_start() -> None:
    # the parser split "onder leiding van generaal | Mladovic": a lower-case noun ends no sentence
    text = "Troepen onder leiding van generaal Mladovic namen de stad in."
    assert _with_split(text, [(5, 6, "LOC")], 5) == [("Mladovic", "PER")]


def test_a_role_noun_still_needs_to_stand_right_before_the_name() -> None:
    text = "Troepen onder leiding van generaal Mladovic namen de stad in."
    assert _with_split(text, [(5, 6, "LOC")], 5, _without("role_split")) == [("Mladovic", "LOC")]
    # punctuation between the noun and the name: no cue
    assert _fix("Hij sprak met de generaal. Mladovic ligt in het oosten.", [(6, 7, "LOC")]) == [
        ("Mladovic", "LOC")
    ]


@pytest.mark.parametrize(
    "text, ents, want",
    [
        ("De Franse oud-president Molvani is veroordeeld.", [(3, 4, "LOC")], "Molvani"),
        ("Zijn rivaal, FARC-leider Duarte, weigerde.", [(4, 5, "LOC")], "Duarte"),
        ("De gezant Velkaro sprak met de pers.", [(2, 3, "LOC")], "Velkaro"),
        ("Zuid-Soedan plaatste vicepresident Machor onder huisarrest.", [(3, 4, "LOC")], "Machor"),
        ("De ambassadeur Rasolo werd uitgewezen.", [(2, 3, "LOC")], "Rasolo"),
    ],
)
def test_hyphenated_and_diplomatic_roles_make_a_person(text, ents, want) -> None:
    got = _fix(text, ents)
    assert (want, "PER") in got, got


def test_a_hyphenated_role_leaves_an_organisation_alone() -> None:
    # a role before an organisation stays as it was, as for plain role nouns
    assert _fix("Hij werd oud-directeur Informatica.", [(3, 4, "ORG")]) == [("Informatica", "ORG")]


# --- inflected compounds in headings ---------------------------------------------------------


def test_inflected_compounds_are_common_words() -> None:
    lex = shipped()
    for word in ("Werkpleinen", "Betalingsregelingen"):
        assert is_common(word, lex, {}), word
    assert not is_common("Werkpleinen", lex, {}, _without("inflected_compounds"))
    assert _fix("3.1 Werkpleinen", [(1, 2, "LOC")], rules=_without("inflected_compounds")) == [
        ("Werkpleinen", "LOC")
    ]


def test_place_names_stay_names() -> None:
    # only "-en" and "-s" are stripped, and the listed part has five letters or more: a place
    # ending in "-drie-s" or "-heide" is no common word
    lex = shipped()
    for word in ("Berendries", "Erperheide", "Mechelen"):
        assert not is_common(word, lex, {}), word


def test_a_numbered_heading_of_an_inflected_compound_is_dropped() -> None:
    assert _fix("3.1 Werkpleinen", [(1, 2, "LOC")]) == []
    assert _fix("3.1 Werkpleinen", [(1, 2, "LOC")], headings=False) == [("Werkpleinen", "LOC")]


# --- laws -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, ents, name",
    [
        ("Sinds het Woonzorgdecreet van 2009 beslist Vlaanderen.", [(2, 3, "PER")], "Woonzorgdecreet"),
        ("Het Decreet Lokaal Sociaal Beleid is de basis.", [(1, 5, "ORG")], "Decreet Lokaal Sociaal Beleid"),
        ("De Kaderrichtlijn Water verplicht de lidstaten.", [(1, 3, "PER")], "Kaderrichtlijn Water"),
        ("Het Mercosur-verdrag ligt stil.", [(1, 2, "LOC")], "Mercosur-verdrag"),
        ("In de Belgische Grondwet staat het.", [(2, 4, "ORG")], "Belgische Grondwet"),
    ],
)  # fmt: skip
def test_laws_and_treaties_are_misc(text, ents, name) -> None:
    assert _fix(text, ents) == [(name, "MISC")]
    assert _fix(text, ents, rules=_without("laws")) != [(name, "MISC")]


def test_law_words_inside_other_names_are_left_alone() -> None:
    # a table name keeps its type; a place ending in "-straat" is no law; "Wet" needs a name after
    assert _fix("De Wetstraat reageerde.", [(1, 2, "LOC")]) == [("Wetstraat", "LOC")]
    assert _fix("Volgens Wet is het zo.", [(1, 2, "PER")]) == [("Wet", "PER")]
    assert _fix("Piet Wetsma kwam.", [(0, 2, "PER")]) == [("Piet Wetsma", "PER")]


# --- common words opening a sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, ents",
    [
        ("Ruzie in het Oval Office over de steun", [(0, 1, "LOC")]),
        ("Burgers klagen vooral over hoge terugvorderingen.", [(0, 1, "LOC")]),
        ("Analyse: wat betekent het akkoord", [(0, 1, "PER")]),
        ("Twee adviezen kwamen er.\nBedrijven als Dow volgen.", [(6, 7, "LOC")]),
        ("Staatssecretaris Vijlbrief belooft snelheid.", [(0, 1, "PER")]),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(text, ents) -> None:
    assert _fix(text, ents) == []
    assert _fix(text, ents, rules=_without("opening_words")) != []


def test_an_opening_word_stays_a_name_when_it_is_more() -> None:
    # a table name, a compass point naming a region, a surname formed from a word
    # ("Schreuders"), a capitalised word inside the sentence, a longer span
    lex = NameTypes(types={"Bakker": "PER"}, countries=frozenset())
    assert fix_spans(lex, "Bakker zei het.", [(0, 1, "PER")])[0] == [("Bakker", "PER")]
    assert _fix("Het Westen reageerde.", [(1, 2, "LOC")]) == [("Westen", "LOC")]
    assert _fix("Schreuders zei het.", [(0, 1, "PER")]) == [("Schreuders", "PER")]
    assert _fix("Gisteren zei Ruzie het.", [(2, 3, "PER")]) == [("Ruzie", "PER")]
    assert _fix("Ruzie Partij won.", [(0, 2, "ORG")]) == [("Ruzie Partij", "ORG")]


def test_a_short_common_word_read_as_a_person_stays() -> None:
    # surnames are often short common words
    assert _fix("Kroon won de rit naar Bergen.", [(0, 1, "PER")]) == [("Kroon", "PER")]
    assert _fix("Burgers klagen vooral.", [(0, 1, "PER")]) == [("Burgers", "PER")]


# --- boundaries of news text (geoevents/name_bounds.py) ----------------------------------------


@pytest.mark.parametrize(
    "text, ents, want",
    [
        (
            "De minister van Defensie Hallberg dreigde gisteren.",
            [(3, 5, "ORG")],
            [("Defensie", "ORG"), ("Hallberg", "PER")],
        ),
        (
            "De minister van Buitenlandse Zaken Theo Verlaan reisde af.",
            [(3, 7, "ORG")],
            [("Buitenlandse Zaken", "ORG"), ("Theo Verlaan", "PER")],
        ),
        (
            "Minister van Justitie Van Tiggel erkende het.",
            [(2, 5, "ORG")],
            [("Justitie", "ORG"), ("Van Tiggel", "PER")],
        ),
        (
            "Volgens minister Zalmers van Financiën groeit de economie.",
            [(2, 5, "PER")],
            [("Zalmers", "PER"), ("Financiën", "ORG")],
        ),
        (
            "Minister Veldhuis van Buitenlandse Zaken zei het.",
            [(1, 5, "PER")],
            [("Veldhuis", "PER"), ("Buitenlandse Zaken", "ORG")],
        ),
    ],
)
def test_a_portfolio_and_its_minister_are_split(text, ents, want) -> None:
    assert sorted(_fix(text, ents)) == sorted(want)
    assert sorted(_fix(text, ents, rules=_without("ministers"))) != sorted(want)


def test_a_ministry_of_two_portfolios_and_other_persons_stay_whole() -> None:
    # "en" is no person's word; a person "van" a place is not split ("Filips II van Spanje")
    text = "De minister van Verkeer en Waterstaat Nelissen sprak."
    assert _fix(text, [(3, 6, "ORG")]) == [("Verkeer en Waterstaat", "ORG")]
    assert _fix("Koning Filips van Zwolle regeerde.", [(1, 4, "PER")]) == [
        ("Filips van Zwolle", "PER")
    ]


def test_clause_words_after_a_name_are_cut() -> None:
    text = "De Palestijnse president Abbas dinsdag sprak."
    pos = {3: "PROPN", 4: "NOUN"}
    assert fix_spans(LEX, text, [(3, 5, "PER")], pos=pos)[0] == [("Abbas", "PER")]
    text = "Een militie die tegen Hamas vecht, zweeg."
    pos = {4: "PROPN", 5: "VERB"}
    assert fix_spans(LEX, text, [(4, 6, "ORG")], pos=pos)[0] == [("Hamas", "ORG")]
    assert fix_spans(LEX, text, [(4, 6, "ORG")], pos=pos, rules=_without("trailing"))[0] == [
        ("Hamas vecht", "ORG")
    ]


def test_lower_case_nouns_and_adjectives_end_names() -> None:
    pos = {1: "ADJ", 2: "NOUN"}
    text = "De Nationale ombudsman oordeelde."
    assert fix_spans(LEX, text, [(1, 3, "ORG")], pos=pos)[0] == [("Nationale ombudsman", "ORG")]
    # a name whose capitalised word is itself a clause word: "Niet splitsen" (a party)
    pos = {0: "ADV", 1: "VERB"}
    assert fix_spans(LEX, "Niet splitsen won.", [(0, 2, "ORG")], pos=pos)[0] == [
        ("Niet splitsen", "ORG")
    ]


def test_a_lower_case_role_is_cut_off_a_name() -> None:
    text = "Dat zei kanselier Merzig gisteren."
    assert _fix(text, [(2, 4, "PER")]) == [("Merzig", "PER")]
    # particles stay: "de Boer", "van Dijk" open names in running text
    assert _fix("Dat zei van Dijkstra.", [(2, 4, "PER")]) == [("van Dijkstra", "PER")]
    assert _fix(text, [(2, 4, "PER")], rules=_without("lower_heads")) == [
        ("kanselier Merzig", "PER")
    ]


# --- two table names, seats of government, titles ---------------------------------------------

LEX2 = NameTypes(
    types={"Irak": "LOC", "Koeweit": "LOC", "Nederland": "LOC", "Trump": "PER", "Ariel": "PER",
           "Sharonov": "PER"},
    countries=frozenset({"Irak", "Koeweit", "Nederland"}),
)  # fmt: skip


def test_two_table_names_read_as_one_are_split() -> None:
    text = "Op 2 augustus 1990 viel Irak Koeweit binnen."
    assert fix_spans(LEX2, text, [(5, 7, "LOC")])[0] == [("Irak", "LOC"), ("Koeweit", "LOC")]
    text = "Dat zei president Trump Nederland toe."
    assert fix_spans(LEX2, text, [(3, 5, "PER")])[0] == [("Trump", "PER"), ("Nederland", "LOC")]
    assert fix_spans(LEX2, text, [(3, 5, "PER")], rules=_without("two_names"))[0] == [
        ("Trump Nederland", "PER")
    ]


def test_a_given_name_and_a_surname_stay_one_person() -> None:
    text = "Het bezoek van Ariel Sharonov duurde kort."
    assert fix_spans(LEX2, text, [(3, 5, "PER")])[0] == [("Ariel Sharonov", "PER")]


@pytest.mark.parametrize(
    "text, ents, want",
    [
        ("Trump ontving hem in het Witte Huis.", [(5, 7, "ORG")], ("Witte Huis", "LOC")),
        ("Poetin ontvangt Xi in het Kremlin.", [(5, 6, "ORG")], ("Kremlin", "LOC")),
        ("Ze reisden naar het Elysée.", [(4, 5, "ORG")], ("Elysée", "LOC")),
        ("Ruzie in het Oval Office liep uit de hand.", [(3, 5, "ORG")], ("Oval Office", "LOC")),
    ],
)
def test_a_seat_of_government_as_a_place_is_a_place(text, ents, want) -> None:
    assert _fix(text, ents) == [want]
    assert _fix(text, ents, rules=_without("building_places")) != [want]


def test_a_seat_of_government_that_acts_is_an_organisation() -> None:
    assert _fix("Het Witte Huis liet weten dat het wacht.", [(1, 3, "ORG")]) == [
        ("Witte Huis", "ORG")
    ]
    assert _fix("Signalen uit het Kremlin wijzen op overleg.", [(3, 4, "ORG")]) == [
        ("Kremlin", "ORG")
    ]


@pytest.mark.parametrize(
    "text, ents, want",
    [
        ("Likud-leider Sharonov bezocht de Tempelberg.", [(0, 2, "PER")], "Sharonov"),
        ("Informateur Wijnberg heeft gesproken met de fracties.", [(0, 2, "PER")], "Wijnberg"),
        ("Bondskanselier Scholte en premier Rutten kwamen.", [(0, 2, "PER")], "Scholte"),
        ("EU-gezant Sørensen sprak in Brussel.", [(0, 2, "PER")], "Sørensen"),
    ],
)
def test_news_titles_are_cut_off_a_person(text, ents, want) -> None:
    assert _fix(text, ents)[0] == (want, "PER")


# --- plans and programmes, abbreviations in brackets (geoevents/name_cues.py) ------------------


@pytest.mark.parametrize(
    "text, ents, name",
    [
        ("Voor het Deltaplan Inburgering is geld vrijgemaakt.", [(2, 4, "LOC")], "Deltaplan Inburgering"),
        ("Het Keurmerk Veilig Uitgaan is ingevoerd.", [(1, 4, "ORG")], "Keurmerk Veilig Uitgaan"),
        ("Uit de Jeugdmonitor blijkt het.", [(2, 3, "LOC")], "Jeugdmonitor"),
        ("Het Programma Sociale Agenda draagt bij.", [(1, 4, "ORG")], "Programma Sociale Agenda"),
        ("De Miljoenennota werd gepresenteerd.", [(1, 2, "LOC")], "Miljoenennota"),
    ],
)  # fmt: skip
def test_plans_and_programmes_are_misc(text, ents, name) -> None:
    assert _fix(text, ents) == [(name, "MISC")]
    assert _fix(text, ents, rules=_without("plans")) != [(name, "MISC")]


def test_a_table_programme_keeps_its_type() -> None:
    lex = NameTypes(types={"Wereldvoedselprogramma": "ORG"}, countries=frozenset())
    text = "Het Wereldvoedselprogramma deelt voedsel uit."
    assert fix_spans(lex, text, [(1, 2, "ORG")])[0] == [("Wereldvoedselprogramma", "ORG")]


def test_an_abbreviation_takes_the_type_of_its_long_form() -> None:
    text = "Het Verbond voor Persoonsgebonden Aangelegenheden (VPPA) investeert."
    ents = [(1, 5, "ORG"), (6, 7, "LOC")]
    assert _fix(text, ents) == [
        ("Verbond voor Persoonsgebonden Aangelegenheden", "ORG"),
        ("VPPA", "ORG"),
    ]
    # a law recognised by its words makes its abbreviation a law
    text = "De Kaderrichtlijn Bodem (KRB) van de Europese Unie verplicht het."
    assert _fix(text, [(1, 3, "PER"), (4, 5, "ORG")]) == [
        ("Kaderrichtlijn Bodem", "MISC"),
        ("KRB", "MISC"),
    ]
    assert _fix(text, [(1, 3, "PER"), (4, 5, "ORG")], rules=_without("abbreviations"))[1] == (
        "KRB",
        "ORG",
    )


def test_an_abbreviation_of_a_common_noun_or_a_written_out_law() -> None:
    text = "Het aandeel voortijdige schoolverlaters (VS) daalt."
    assert _fix(text, [(5, 6, "LOC")]) == []
    text = "De Wet collectieve preventie volksgezondheid (Wcpv) geldt."
    assert _fix(text, [(6, 7, "PER")]) == [("Wcpv", "MISC")]


def test_an_organisation_abbreviation_keeps_its_type_after_a_mistyped_long_form() -> None:
    # the long form read as a person: the abbreviation's own ORG is the better guess
    text = "Guinness Wereld Records (GWR) verzamelt records."
    assert _fix(text, [(0, 3, "PER"), (4, 5, "ORG")])[1] == ("GWR", "ORG")
    # the first letters differ: no long form
    text = "De Raad van Advies (ACVZ) adviseerde."
    assert _fix(text, [(1, 4, "ORG"), (5, 6, "LOC")])[1] == ("ACVZ", "LOC")


def test_the_first_half_of_an_elliptic_compound_is_misc() -> None:
    text = "Zij leven van een WW-, WWB- of Wajong-uitkering."
    assert _fix(text, [(6, 7, "PER")]) == [("WWB-", "MISC")]
    # a compass point is the first half of two places
    assert _fix("Het ligt in West- en Oost-Vlaanderen.", [(3, 4, "LOC")]) == [("West-", "LOC")]
    assert _fix(text, [(6, 7, "PER")], rules=_without("elliptic")) == [("WWB-", "PER")]


def test_a_document_part_before_a_colon_is_no_name() -> None:
    # "Bron" is also a place (left out of the common words): before a colon it is a label
    assert _fix("Bron: Agentschap Zorg en Gezondheid", [(0, 1, "PER")]) == []
    assert _fix("Het ligt bij Bron in Frankrijk.", [(3, 4, "LOC")]) == [("Bron", "LOC")]


@pytest.mark.parametrize(
    "text, ents, name",
    [
        ("Er zijn schakelklassen op de Julianaschool en elders.", [(5, 6, "PER")], "Julianaschool"),
        ("Het Comité van Toezicht vergaderde.", [(1, 4, "LOC")], "Comité van Toezicht"),
        ("Rijkswaterstaat Oost-Nederland voert het uit.", [(0, 2, "LOC")], "Rijkswaterstaat Oost-Nederland"),
        ("Het Samenwerkingsverband Noord-Nederland besliste.", [(1, 3, "PER")], "Samenwerkingsverband Noord-Nederland"),
        ("Ze ging naar het Erasmus College in Zoetermeer.", [(4, 6, "LOC")], "Erasmus College"),
    ],
)  # fmt: skip
def test_public_bodies_and_schools_are_organisations(text, ents, name) -> None:
    assert _fix(text, ents)[0] == (name, "ORG")
