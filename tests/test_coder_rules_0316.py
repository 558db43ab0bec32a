"""Coder rules of 0.3.16, each on a sentence written for this file (never dev, blind or probe).

Found on invented modern-news sentences (``tests/probes/``): event nouns in the plural the
lemmatizer left ("luchtaanvallen"), a title's object read as a bare oblique, the perfect or
passive "zijn" labelled a copula, a participle hung on the perfect's object, a title's finite
"uit" (uiten) read as a preposition, a violent act that frames another in time, and new
dictionary rows (places, agents, people, predicates).
"""

from __future__ import annotations

import pytest

from geoevents.transforms.coder.predicates import _number_variants
from geoevents.transforms.coder.repairs_clauses import bare_oblique_is_object
from tests.coder_events import triples_at

codes = triples_at("2025-06-01")

CASES = [
    # plural event nouns the lemmatizer leaves as they are, and a singular of a plural row
    ("Bij Russische luchtaanvallen op Charkiv vielen drie doden.", {("RUS", "19", "UKR")}),
    ("De luchtaanvallen van Israël op Libanon gaan door.", {("ISR", "19", "LBN")}),
    ("De vredesbespreking met Rusland werd afgebroken door Oekraïne.", {("UKR", "16", "RUS")}),
    # a title's object without an article, read as an oblique
    ("Iran bestookt Israëlische legerbasis met raketten", {("IRN", "19", "ISR")}),
    ("Turkije bombardeert Koerdische stellingen in Noord-Irak", {("TUR", "19", "IRQ")}),
    # "zijn" with a participle is an auxiliary, not a copula
    ("Het Turkse leger is Noord-Irak binnengevallen.", {("TURMIL", "19", "IRQ")}),
    (
        "Een Oekraïense drone is neergeschoten door het Russische leger.",
        {("RUSMIL", "19", "UKRMIL")},
    ),
    (
        "Rusland en Oekraïne zijn het eens geworden over een staakt-het-vuren.",
        {("RUS", "08", "UKR"), ("UKR", "08", "RUS")},
    ),
    # the perfect's participle parsed as a modifier of its object
    (
        "Een rechtbank in Minsk heeft de Poolse journalist veroordeeld tot vier jaar cel.",
        {("BLRJUD", "11", "POLMED")},
    ),
    # a title's "uit" is the verb uiten when a voiced noun follows
    ("Scholz uit felle kritiek op Israël", {("DEUELI", "11", "ISR")}),
    ("Macron uit zorgen over de Chinese dreiging", {("FRAGOV", "11", "CHN")}),
    ("Rutte komt uit Nederland", set()),
    # a violent act that sets the time of another is not the subject's
    (
        "Macron belt Zelensky na aanvallen op Odesa",
        {("FRAGOV", "04", "UKRGOV"), ("UKRGOV", "04", "FRAGOV")},
    ),
    # a trip's purpose; the owner of what is hit before the place it stands in
    (
        "Premier Schoof reist naar Parijs voor overleg met Macron",
        {("NLDGOV", "04", "FRA"), ("NLDGOV", "04", "FRAGOV"), ("FRAGOV", "04", "NLDGOV")},
    ),
    (
        "Israël heeft vannacht stellingen van Hezbollah in Zuid-Libanon bestookt.",
        {("ISR", "19", "LBNREBHEZ")},
    ),
    # titles: a noun read as the copula "staat", a name cut off from its verb, a plural verb
    # after two names with an article, subject and object swapped
    (
        "Frankrijk en België erkennen Palestijnse staat",
        {("FRA", "05", "PSEGOV"), ("BEL", "05", "PSEGOV")},
    ),
    ("Biden verhoogt heffingen op Chinese auto's", {("USAELI", "16", "CHN")}),
    ("Japan en de VS sluiten handelsakkoord", {("JPN", "05", "USA"), ("USA", "05", "JPN")}),
    ("Rebellen veroveren Bukavu", {("CODREB", "19", "COD")}),
    # an event noun with a "door" agent: the "van" phrase undergoes it
    (
        "De uitzetting van drie Russische diplomaten door Estland kwam onverwacht.",
        {("EST", "16", "RUSGOV")},
    ),
    # a passive's agent that is an attack: its owner acts
    (
        "Een Libanese minister is gedood door een Israëlische luchtaanval.",
        {("ISR", "19", "LBNGOV")},
    ),
    # South Sudan is not Sudan
    ("Zuid-Soedan sluit de grens met Soedan.", {("SSD", "17", "SDN")}),
    # a conjoined infinitive under an appeal is only asked for; a plan that is denied is none
    (
        "Canada en Mexico riepen Israël op de aanvallen te stoppen en meer hulp toe te laten.",
        {("CAN", "02", "ISR"), ("MEX", "02", "ISR")},
    ),
    ("Erdogan heeft geen plannen om naar Moskou te reizen voor overleg met Poetin.", set()),
    # a perfect whose participle was read as a noun at the end of a long clause
    (
        "Franse commando's hebben de leider, die al jaren werd gezocht, bij een operatie in Mali gevangengenomen.",
        {("FRAMIL", "17", "MLI")},
    ),
    # a mediator named in a "na/onder bemiddeling van (door)" phrase mediates for the subject
    (
        "Onder bemiddeling van de EU sloten Servië en Kosovo een akkoord.",
        {
            ("SRB", "05", "XKX"),
            ("XKX", "05", "SRB"),
            ("IGOEUREEC", "04", "SRB"),
            ("IGOEUREEC", "04", "XKX"),
        },
    ),
    # predicates: tariffs, felicitations received, territory held
    ("Canada stelt tegenheffingen in op Amerikaanse producten", {("CAN", "16", "USA")}),
    ("Oekraïne kreeg felicitaties van de Europese Commissie.", {("IGOEUREEC", "05", "UKR")}),
    ("Noord-Korea heeft honderd Zuid-Koreaanse dorpen onder controle.", {("PRK", "19", "KOR")}),
    # places, agents and people: Odesa, missiles in the plural, a Dutch transliteration
    ("Russische raketten treffen Odesa", {("RUSMIL", "19", "UKR")}),
    (
        "Pezesjkian ontmoet Poetin in Moskou",
        {("IRNGOV", "04", "RUSGOV"), ("RUSGOV", "04", "IRNGOV")},
    ),
    # a Hamas leader stays Hamas after his death (the news of it comes the next day)
    ("Israël heeft de leider van Hamas, Yahya Sinwar, gedood.", {("ISR", "18", "PSEREBHMS")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_of_coder_0316(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected


def test_number_variants_give_the_singulars_of_a_plural() -> None:
    assert "luchtaanval" in _number_variants("luchtaanvallen")
    assert "gesprek" in _number_variants("gesprekken")
    assert "diplomaat" in _number_variants("diplomaten")
    assert _number_variants("sancties") == ["sanctie"]
    assert _number_variants("aanval") == []


def test_a_bare_oblique_with_a_determiner_or_a_time_stays_oblique(nlp) -> None:
    # both are phrases the parser reads as a bare oblique after the verb; without the
    # determiner and time-word checks the repair would make them objects
    for text in ("Mijn gedachten sprongen alle kanten op.", "Poetin sprak woensdag."):
        doc = nlp(text)
        before = [t.dep_ for t in doc]
        assert "obl" in before
        assert bare_oblique_is_object(doc) == 0
        assert [t.dep_ for t in doc] == before


def test_a_bare_oblique_after_the_verb_becomes_its_object(nlp) -> None:
    doc = nlp("Kremlin wijst vredesplan van de EU af")
    assert doc[2].dep_ != "obj"  # the parser's reading, which the repair is for
    assert bare_oblique_is_object(doc) == 1
    assert doc[2].dep_ == "obj" and doc[2].head.i == 1
