"""Coder rules of 0.3.56 and later (twenty-fourth session), each on a sentence written for this
file (never dev or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)

CASES_0356 = [
    # a relative clause on a thing: the name after "die" is the subject, the thing its object
    (
        "Lula sprak over de sancties die Trump tegen Brazilië heeft ingesteld.",
        {("USAGOV", "163", "BRA")},
    ),
    (
        "Chili sluit zich aan bij de zaak die Mexico tegen Peru heeft aangespannen.",
        {("MEX", "115", "PER")},
    ),
]


CASES_0357 = [
    # a receiving verb gets its object: "voor diens bezoek" is no visit received
    (
        "De Chinese president Xi heeft in Tianjin de Indiase premier Modi ontvangen,"
        " voor diens eerste bezoek in jaren.",
        {("CHNGOV", "043", "INDGOV"), ("INDGOV", "042", "CHNGOV")},
    ),
    ("Kenia ontving een staatsbezoek van Ghana.", {("GHA", "042", "KEN"), ("KEN", "043", "GHA")}),
    # a long fronted phrase: the name closing it is not the verb's subject
    (
        "Na het overleg met de Duitse minister Dobrindt kondigde minister Van Weel strengere"
        " controles aan.",
        {("DEUGOV", "040", "NLDGOV"), ("NLDGOV", "040", "DEUGOV")},
    ),
]


CASES_0358 = [
    # what someone warns against has not happened: no visit
    ("Rusland waarschuwt burgers voor reizen naar Georgië", {("RUS", "160", "GEO")}),
    # a title the parser cut before its verb is still one title
    (
        "Costa en Lula sluiten handelsakkoord in Brasilia",
        {("IGOEUREEC", "057", "BRAGOV"), ("BRAGOV", "057", "IGOEUREEC")},
    ),
]


CASES_0359 = [
    # "boven X grondgebied" is where it happened, not whom it hit (the word-order reading
    # took "Pools" for the drones' target); since 0.3.94 "F-35's" is a noun, so the jets' states
    # shoot down the drones
    (
        "Poolse en Nederlandse F-35's schoten Russische drones boven Pools grondgebied neer.",
        {("POLMIL", "190", "RUSMIL"), ("NLDMIL", "190", "RUSMIL")},
    ),
    # what two sides agree to do is their intent (030), not yet the act
    (
        "De Keniaanse president Ruto en de Ethiopische premier Abiy kwamen zaterdag in Nairobi"
        " overeen om nauwer samen te werken.",
        {("KENGOV", "030", "ETHGOV"), ("ETHGOV", "030", "KENGOV")},
    ),
]


def test_peers_from_a_list_of_countries_are_each_countrys(nlp, coder) -> None:
    """ "zijn collega's uit A, B en C": each country's counterpart (coder 0.3.60); diplomats
    "uit" a country may be anyone's, so only peer nouns take the list."""
    found = event_triples(
        nlp,
        coder,
        "Lavrov sprak in Wenen met zijn collega's uit Polen, Hongarije en Tsjechië.",
        DAY,
    )
    assert {("RUSGOV", "040", x) for x in ("POLGOV", "HUNGOV", "CZEGOV")} <= found


def test_a_coordinated_subject_cut_before_its_last_name_is_whole(nlp, coder) -> None:
    """ "Minister Lammy en NAVO-chef | Rutte ontvingen ...": the parser made the last name the
    subject alone; both conjuncts host (coder 0.3.61)."""
    found = event_triples(
        nlp,
        coder,
        "Minister Lammy en NAVO-chef Rutte ontvingen de Oekraïense president dinsdag in Londen.",
        DAY,
    )
    assert {("GBRGOV", "043", "UKRGOV"), ("IGOWSTNAT", "043", "UKRGOV")} <= found


CASES_0362 = [
    # a plural verb after the plural noun that opens a title, both tagged as nouns
    ("Soedanese milities doden tientallen dorpelingen in Kordofan", {("SDNREB", "190", "SDNCVL")}),
    ("Houthi-rebellen beschieten Israëlische schepen in Rode Zee", {("YEMREB", "194", "ISRGOV")}),
    # a name the parser cut off after its noun is the noun's apposition, not a loose oblique
    (
        "Guinee, Mali en Niger stappen definitief uit West-Afrikaanse unie Ecowas",
        {("GIN", "160", "IGOWAS"), ("MLI", "160", "IGOWAS"), ("NER", "160", "IGOWAS")},
    ),
]


CASES_0363 = [
    # "de bonden" are the unions, care workers a health group (agents.tsv, 2026-12-06)
    ("De bonden kondigen een staking aan tegen het kabinet.", {("NLDLAB", "133", "NLDGOV")}),
    (
        "De zorgmedewerkers protesteren tegen de bezuinigingen van het kabinet.",
        {("NLDHLH", "140", "NLDGOV")},
    ),
]


def test_a_eurocommissaris_is_the_european_commission(nlp, coder) -> None:
    """ "Eurocommissaris Brunner": an EU commissioner acts for the EU, whoever holds the post
    (organisations.tsv, coder 0.3.64)."""
    found = event_triples(
        nlp,
        coder,
        "Eurocommissaris Brunner prees minister Van Bossuyt tijdens een bezoek.",
        DAY,
        "BEL",
    )
    assert ("IGOEUREEC", "051", "BELGOV") in found


def test_a_verb_hung_on_the_name_before_it_heads_its_clause(nlp, coder) -> None:
    """ "OM vervolgt ...": the finite verb parsed as part of a fixed name is the root, the name
    its subject (coder 0.3.65)."""
    found = event_triples(nlp, coder, "OM vervolgt Brabantse wethouder voor omkoping", DAY, "NLD")
    assert found == {("NLDJUD", "173", "NLDGOV")}


def test_a_call_whose_particle_the_parser_read_as_a_preposition(nlp, coder) -> None:
    """ "roept Nederland op etnisch profileren te verbieden": "op" hung as the case of the bare
    infinitive is the particle of "oproepen", and the ban asked for has not happened (coder
    0.3.66)."""
    found = event_triples(
        nlp, coder, "Het VN-comité roept Nederland op etnisch profileren te verbieden.", DAY, "NLD"
    )
    assert found == {("IGOUNO", "020", "NLD")}


CASES_0367 = [
    # a title's coordinated plural subject before a plural verb tagged as a noun
    (
        "Studenten en docenten betogen in Den Haag tegen bezuinigingen van het kabinet",
        {("NLDEDU", "141", "NLDGOV")},
    ),
    (
        "Artsen en verpleegkundigen betogen in Den Haag tegen bezuinigingen van minister Agema",
        {("NLDHLH", "141", "NLDGOV")},
    ),
]


# every case with its feed's home country: the domestic cases are a Dutch feed's articles
FOREIGN = (CASES_0356, CASES_0357, CASES_0358, CASES_0359, CASES_0362)
CASES = [(text, expected, None) for cases in FOREIGN for text, expected in cases] + [
    (text, expected, "NLD") for text, expected in (*CASES_0363, *CASES_0367)
]


@pytest.mark.parametrize(("text", "expected", "feed"), CASES)
def test_coder_s24_rules(nlp, coder, text: str, expected: set, feed: str | None) -> None:
    assert event_triples(nlp, coder, text, DAY, feed) == expected
