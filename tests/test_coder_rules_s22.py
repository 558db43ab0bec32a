"""Coder rules of 0.3.41 (twenty-second session), each on a sentence written for this file
(never dev or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.transforms.coder.dictionaries import adjective_forms
from tests.coder_events import event_triples, triples_at

codes = triples_at("1860-05-01")


def test_adjectives_in_ees_and_long_vowels_have_their_spelling_before_1947() -> None:
    """Newspaper archives write "Chineesche" and "Indiaasche" as they write "Fransche"."""
    assert {"Chinees", "Chinese", "Chineesch", "Chineesche"} <= set(adjective_forms("Chinees"))
    assert {"Indiaas", "Indiase", "Indiaasch", "Indiaasche"} <= set(adjective_forms("Indiaas"))
    # no old form for a base that does not end in -s
    assert adjective_forms("Surinaams")[:2] == ["Surinaams", "Surinaamse"]


def test_an_old_spelling_adjective_names_the_government(nlp, coder) -> None:
    found = codes(nlp, coder, "De Chineesche regering heeft het Japansche verdrag verworpen.")
    assert ("CHNGOV", "12", "JPN") in found


codes_now = triples_at("2025-06-01")

CASES_0342 = [
    # a verbless headline "X naar Y": a leader on the way to a foreign capital visits it (042,
    # and 043 for the host), also after a "met" phrase of companions
    ("Meloni naar Washington", {("ITAGOV", "04", "USA"), ("USA", "04", "ITAGOV")}),
    ("Meloni met Europese leiders naar Kyiv", {("ITAGOV", "04", "UKR"), ("UKR", "04", "ITAGOV")}),
    # "bij de grens met X": a neighbour, not a party to the exercise
    ("Rusland houdt een oefening bij de grens met Polen.", set()),
    # "bereid ... te ontmoeten" beside its verb under a verb of saying: an intent (03)
    (
        "Erdogan zei dat hij bereid is Poetin 'in elk formaat' te ontmoeten, maar dat het "
        "Kremlin weigert.",
        {("TURGOV", "03", "RUSGOV"), ("RUS", "12", "RUSGOV")},
    ),
    # leaving an IGO named by its acronym (160), also with the name parsed as the verb's
    # apposition in a headline
    ("Burkina Faso verlaat de Ecowas.", {("BFA", "16", "IGOWAS")}),
    (
        "Guinee, Mali en Niger verlaten Ecowas",
        {("GIN", "16", "IGOWAS"), ("MLI", "16", "IGOWAS"), ("NER", "16", "IGOWAS")},
    ),
    # a role noun tagged as a verb before a headline's plural verb is its subject
    ("M23-rebellen veroveren Bukavu", {("CODREB", "19", "COD")}),
    # "Speaker: geen <cooperation> met X" rejects X (120)
    ("Rutte: geen gesprekken met Poetin", {("IGOWSTNAT", "12", "RUSGOV")}),
    # a role noun with its article between "hebben" and the participle, read as an oblique
    # without a preposition, is the object: the appeal is to the cabinet, not to Iran
    (
        "SP en D66 hebben het kabinet opgeroepen de Iraanse ambassadeur opnieuw te ontbieden.",
        {("NLDPTY", "02", "NLDGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0342)
def test_rules_0342(nlp, coder, text: str, expected: set) -> None:
    assert codes_now(nlp, coder, text) == expected


def test_seizing_a_ship_is_confiscation_and_police_removal_is_detention(nlp, coder) -> None:
    """ "in beslag nemen" is 1711, not the capture of a town (192); "wegvoeren" by the police
    is a detention (173), by soldiers an abduction (181)."""
    day = dt.date(2025, 6, 1)
    found = event_triples(nlp, coder, "Estland neemt een Russische tanker in beslag.", day)
    assert found == {("EST", "1711", "RUS")}
    police = event_triples(
        nlp, coder, "De politie voerde tientallen demonstranten weg.", day, "NLD"
    )
    assert {c for _, c, _ in police} == {"173"}
    troops = event_triples(nlp, coder, "Russische soldaten voerden Oekraïense kinderen weg.", day)
    assert {c for _, c, _ in troops} == {"181"}


def test_a_speaker_refusing_a_party_of_the_same_country(nlp, coder) -> None:
    found = event_triples(
        nlp, coder, "Timmermans: geen samenwerking met PVV", dt.date(2025, 6, 1), "NLD"
    )
    assert ("NLDOPP", "120", "NLDPTY") in found


CASES_0343 = [
    # "op verzoek van X" with the preposition misparsed: X asked the subject (020)
    ("Canada heeft op verzoek van Washington de grens gesloten.", {("USA", "02", "CAN")}),
    # handing over cartel leaders is judicial cooperation (063)
    (
        "Ecuador heeft twee kartelleiders aan de Verenigde Staten overgedragen.",
        {("ECU", "06", "USA")},
    ),
    # a context-only acronym counts when the sentence names its country or a place in it
    ("De RSF vielen het Sudanese leger aan bij Khartoem.", {("SDNREB", "19", "SDNMIL")}),
    # "de Emiraten" is the United Arab Emirates
    ("Het Sudanese leger heeft een voorstel van de Emiraten afgewezen.", {("SDNMIL", "12", "ARE")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0343)
def test_rules_0343(nlp, coder, text: str, expected: set) -> None:
    assert codes_now(nlp, coder, text) == expected


CASES_0344 = [
    # "als (ere)gast van X": the subject visits X (042), X hosts (043)
    (
        "Macron sprak als gast van de Duitse regering in Berlijn.",
        {("FRAGOV", "04", "DEUGOV"), ("DEUGOV", "04", "FRAGOV")},
    ),
    ("Hij trad op als gast van het festival.", set()),
    # UD's multiword preposition misparsed with its noun as the verb's object: a passive has
    # no second object, and the one arrested did not arrest the requester; the state of the
    # town it happened in did (a town too since 0.3.92: "in Istanbul" is Turkey's)
    (
        "De Russische oppositieleider is in Istanbul gearresteerd op verzoek van de Russische "
        "regering.",
        {("TUR", "17", "RUSOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0344)
def test_rules_0344(nlp, coder, text: str, expected: set) -> None:
    assert codes_now(nlp, coder, text) == expected


CASES_0345 = [
    # a compound plural the lemmatizer cut wrongly ("vredesgesprekken" -> "vredesgesprekk"):
    # its word form still finds the event noun
    (
        "Eerste directe vredesgesprekken tussen Armenië en Azerbeidzjan in Washington",
        {("ARM", "04", "AZE"), ("AZE", "04", "ARM")},
    ),
    # a bare noun hung on a verb as "nmod" is its object: the tariffs are what is levied
    ("De VS heffen importheffingen op Canadees staal.", {("USA", "16", "CAN")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0345)
def test_rules_0345(nlp, coder, text: str, expected: set) -> None:
    assert codes_now(nlp, coder, text) == expected


def test_a_title_s_last_name_split_off_before_the_line_break_is_the_object(nlp, coder) -> None:
    """The parser ends the sentence before a title's last name ("... verlaten Ecowas\\n\\n"):
    a verbless fragment of up to three words, started mid-line and ending at the break, is the
    object of the verb before it (coder 0.3.46)."""
    found = event_triples(nlp, coder, "Mali en Guinee verlaten Ecowas", dt.date(2025, 6, 1))
    assert found == {("MLI", "160", "IGOWAS"), ("GIN", "160", "IGOWAS")}


def test_a_role_noun_tagged_as_a_verb_before_a_headline_passive_undergoes_it(nlp, coder) -> None:
    """ "Demonstranten opgepakt door Georgische politie": the role noun the tagger read as a
    verb, before a participle with a "door" agent, is its passive subject (coder 0.3.47)."""
    found = event_triples(
        nlp, coder, "Demonstranten opgepakt door Georgische politie", dt.date(2025, 6, 1)
    )
    assert found == {("GEOCOP", "173", "GEOOPP")}
