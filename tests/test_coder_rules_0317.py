"""Coder rules of 0.3.17, each on a sentence written for this file (never dev, blind or probe).

A document speaks for its author ("een resolutie die Irak oproept"), an attack noun's owner is
what is condemned, "tussen A en B" on a verb without a subject names both sides, "samen met X"
adds co-agents, a conjoined passive undergoes through the first conjunct's subject, a passive
relative clause's antecedent undergoes it, thanks for an act code the act, backers named by an
adjective, a refusal to talk is 125, Arabic and Romance name particles keep a name whole; three
parser repairs (passive subjects under "hebben", a fronted subordinate clause's subject, a
conjunct's shared subject); and precision rules (coordinated actors, one organisation named
twice, ended talks, a force reacted to, a demanded conjunct, rebels of no named country, one
row per event and sentence).
"""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.transforms.coder.repairs_phrases import (
    passive_subject_under_perfect,
    shared_subject_of_a_conjunct,
    subordinate_subject_to_its_clause,
)
from tests.coder_events import triples_at

codes = triples_at("2025-06-01")

CASES = [
    # a document subject: its "van" owner, or whoever adopted it, speaks
    (
        "De Veiligheidsraad heeft een resolutie aangenomen die Syrië veroordeelt.",
        {("IGOUNO", "11", "SYR")},
    ),
    ("Het rapport van de VN beschuldigt Soedan van oorlogsmisdaden.", {("IGOUNO", "11", "SDN")}),
    # an attack condemned: its owner, not its victim
    (
        "De Navo veroordeelt de Russische invasie van Georgië.",
        {("IGOWSTNAT", "11", "RUS"), ("RUS", "19", "GEO")},
    ),
    # "tussen A en B" on a verb without a subject: both sides, by the row without a mediator
    (
        "Er is opnieuw gevochten tussen Ethiopische troepen en Eritrea.",
        {("ETHMIL", "19", "ERI"), ("ERI", "19", "ETHMIL")},
    ),
    (
        "Er wordt weer onderhandeld tussen Armenië en Azerbeidzjan.",
        {("ARM", "04", "AZE"), ("AZE", "04", "ARM")},
    ),
    # "samen met X": X acts with the subject and is no target
    (
        "Spanje steunt samen met Portugal de Marokkaanse regering.",
        {("ESP", "05", "MARGOV"), ("PRT", "05", "MARGOV")},
    ),
    ("Nederland werkt samen met België.", {("NLD", "05", "BEL"), ("BEL", "05", "NLD")}),
    # a conjoined passive without its own subject: the first conjunct's subject undergoes it
    (
        "De Turkse president landde in Boedapest en werd ontvangen door Orbán.",
        {("TURGOV", "04", "HUNGOV"), ("HUNGOV", "04", "TURGOV")},
    ),
    # thanks for an act: the one thanked did it for the one who thanks
    (
        "Zelensky bedankt Noorwegen voor de wapenleveringen.",
        {("UKRGOV", "05", "NOR"), ("NOR", "07", "UKRGOV")},
    ),
    # a "passive subject" under a perfect with "hebben" is an object; "junta" tagged an adverb
    (
        "De junta in Mali heeft de Franse ambassadeur uitgezet.",
        {("MLIGOV", "16", "FRAGOV")},
    ),
    # a passive relative clause: its antecedent undergoes the act, the "door" agent does it
    ("Georgië, dat door Rusland werd aangevallen, vraagt hulp.", {("RUS", "19", "GEO")}),
    # a backer named by its adjective; "als" after the subject is "as", no condition
    (
        "Onder Amerikaanse bemiddeling sloten Servië en Kosovo een akkoord.",
        {("SRB", "05", "XKX"), ("XKX", "05", "SRB"), ("USA", "04", "SRB"), ("USA", "04", "XKX")},
    ),
    (
        "Het bezoek van Macron aan Vietnam wordt in Hanoi als historisch beschouwd.",
        {("FRAGOV", "04", "VNM"), ("VNM", "04", "FRAGOV")},
    ),
    # precision: talks ended are no meeting (since 0.3.92 they are halted negotiations, 164); a
    # force the clause reacts to is not the subject's; a conjunct under a demand is demanded too;
    # two conjuncts act together; rebels are no role of the countries named before them; one
    # organisation named twice
    (
        "Maduro heeft een einde gemaakt aan de gesprekken met de Verenigde Staten.",
        {("VENGOV", "16", "USA")},
    ),
    (
        "De Nederlandse regering heeft de Russische ambassadeur gisteren ontboden na de "
        "arrestatie van twee Nederlandse journalisten in Moskou.",
        {("NLDGOV", "11", "RUSGOV")},
    ),
    ("De VS eisen dat Iran de sancties naleeft en Israël erkent.", {("USA", "10", "IRN")}),
    ("Tijdens de oorlog steunden Frankrijk en Groot-Brittannië de rebellen met wapens.", set()),
    (
        "De secretaris-generaal van de VN zei tegen de Veiligheidsraad dat de situatie ernstig is.",
        set(),
    ),
    # a refusal to meet or negotiate is 125, one way; a meeting that did not happen is nothing
    ("Netanyahu weigert met Abbas te praten.", {("ISRGOV", "12", "PSEGOV")}),
    ("Netanyahu praat niet met Abbas.", set()),
    # a verb conjoined right after "en" shares the first verb's subject: the noun after it is
    # its object; places and spellings of history (the Ruhr, "Tsjecho-Slowakije")
    ("Het Russische leger trok de grens over en viel Georgië binnen.", {("RUSMIL", "19", "GEO")}),
    ("Frankrijk bezette het Ruhrgebied.", {("FRA", "19", "DEU")}),
    ("De Sovjet-Unie viel Tsjecho-Slowakije binnen.", {("RUS", "19", "CZE")}),
    # under "hebben" with no subject at all, the first "passive subject" is the subject; a
    # people as addressee
    (
        "Minister Prévot heeft namens de Belgische regering excuses aangeboden aan het Congolese volk.",
        {("BELGOV", "05", "CODCVL")},
    ),
    # Chechen fighters are Russia's rebels (CAMEO keys rebels to their state)
    ("Tsjetsjeense rebellen vielen een Russisch konvooi aan.", {("RUSREB", "19", "RUS")}),
    # dictionary rows: a truce announced between two sides, a delivery of arms, an attack on a
    # country's facilities not ruled out
    (
        "Trump kondigde een bestand aan tussen Thailand en Cambodja.",
        {
            ("USAGOV", "04", "THA"),
            ("USAGOV", "04", "KHM"),
            ("THA", "08", "KHM"),
            ("KHM", "08", "THA"),
        },
    ),
    (
        "Polen bedankt Canada voor de levering van tanks.",
        {("POL", "05", "CAN"), ("CAN", "07", "POL")},
    ),
    ("China sluit een aanval op Taiwanese havens niet uit.", {("CHN", "13", "TWN")}),
    # "bin" inside a name: Mohammed bin Salman is not the king of Morocco
    (
        "Mohammed bin Salman ontvangt Erdogan.",
        {("SAUGOV", "04", "TURGOV"), ("TURGOV", "04", "SAUGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_of_coder_0317(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected


def test_a_document_nobody_adopted_has_no_author(nlp, coder) -> None:
    # rejecting a report is no report of one's own: only the rejection is coded
    assert codes(nlp, coder, "Israël wijst het rapport af dat Iran beschuldigt.") == set()


def test_a_passive_subject_under_hebben_becomes_the_object(nlp) -> None:
    doc = nlp("De junta in Niger heeft de Franse ambassadeur uitgezet.")
    assert doc[7].dep_ == "nsubj:pass"  # the parser's reading, which the repair is for
    assert passive_subject_under_perfect(doc) == 1
    assert doc[7].dep_ == "obj"


def test_a_real_passive_keeps_its_subject(nlp) -> None:
    doc = nlp("De Franse ambassadeur is door de junta uitgezet.")
    before = [t.dep_ for t in doc]
    assert passive_subject_under_perfect(doc) == 0
    assert [t.dep_ for t in doc] == before


def test_a_fronted_clause_keeps_its_subject(nlp) -> None:
    doc = nlp(
        "Nadat Rusland vorig jaar Georgië was binnengevallen, legde de EU het land nieuwe sancties op."
    )
    assert doc[1].head.i == 8 and doc[10].dep_ == "nsubj" and doc[12].dep_ == "nsubj"
    assert subordinate_subject_to_its_clause(doc) == 2
    assert doc[1].head.i == 6  # Rusland is the subject of "binnengevallen"
    assert (doc[10].dep_, doc[12].dep_) == ("nsubj", "obj")


def test_a_main_clause_subject_before_the_verb_stays(nlp) -> None:
    doc = nlp("Rusland legde de EU het land nieuwe sancties op.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert subordinate_subject_to_its_clause(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_conjunct_after_en_shares_the_subject(nlp) -> None:
    doc = nlp("Het Russische leger trok de grens over en viel Georgië binnen.")
    assert doc[9].dep_ == "nsubj"  # the parser's reading, which the repair is for
    assert shared_subject_of_a_conjunct(doc, lambda w: w.endswith("vallen")) == 1
    assert doc[9].dep_ == "obj"


def test_a_conjunct_without_an_object_keeps_its_subject(nlp) -> None:
    # for a verb the dictionary codes without an object ("en ontstonden de eerste files") the
    # noun after it is its subject: the repair asks ``takes_object`` and leaves it
    doc = nlp("Het Russische leger trok de grens over en viel Georgië binnen.")
    assert shared_subject_of_a_conjunct(doc, lambda w: False) == 0
    assert doc[9].dep_ == "nsubj"


def test_without_a_subject_the_first_passive_subject_under_hebben_is_the_subject(nlp) -> None:
    doc = nlp(
        "Minister Michel heeft namens de Belgische regering excuses aangeboden aan het Congolese volk."
    )
    subjects = [t.i for t in doc if t.dep_ == "nsubj:pass"]
    assert len(subjects) == 2 and not any(t.dep_ == "nsubj" for t in doc)
    assert passive_subject_under_perfect(doc) == 2
    assert doc[subjects[0]].dep_ == "nsubj" and doc[subjects[1]].dep_ == "obj"


def test_a_verb_and_its_event_noun_give_one_row(nlp, coder) -> None:
    # "hervatten" and "onderhandelingen" both code the refusal: one event, as PETRARCH codes it
    doc = nlp("Sharon heeft geweigerd de onderhandelingen met de Palestijnen te hervatten.")
    rows = coder.code_doc(doc, dt.date(2001, 6, 1))
    keys = [(r["actor1_code"], r["event_code"], r["actor2_code"]) for r in rows]
    assert ("ISRGOV", "125", "PSE") in keys
    assert len(keys) == len(set(keys))
