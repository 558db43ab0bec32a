"""Coder rules of 0.3.48 and later (twenty-third session), each on a sentence written for this
file (never dev or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)


def test_a_purpose_clause_is_not_an_event_but_a_protest_march_is(nlp, coder) -> None:
    """ "om ... te": what the actor meant to do did not happen by being said (coder 0.3.48);
    a march "om te protesteren" is the protest, and "gebruik maken van X om" the act."""
    found = event_triples(
        nlp,
        coder,
        "Washington legde sancties op aan Rusland om het Kremlin onder druk te zetten.",
        DAY,
    )
    assert found == {("USA", "163", "RUS")}
    march = event_triples(
        nlp,
        coder,
        "Duizenden boeren trokken naar Den Haag om te protesteren tegen het kabinet.",
        DAY,
        "NLD",
    )
    assert march == {("NLDAGR", "140", "NLDGOV")}
    used = event_triples(
        nlp, coder, "Rusland maakte gebruik van de chaos om Georgië aan te vallen.", DAY
    )
    assert used == {("RUS", "190", "GEO")}


CASES_0348 = [
    # travelling to a country is a visit, and the host receives it (043)
    ("Orbán reisde naar China.", {("HUNGOV", "042", "CHN"), ("CHN", "043", "HUNGOV")}),
    # "klaar staan om te helpen" is an intent (033), not the help
    ("Bessent zei dat Washington klaar staat om Argentinië te helpen.", {("USA", "033", "ARG")}),
    # support in dollars is economic aid (071)
    ("De VS steunen Argentinië met 20 miljard dollar.", {("USA", "071", "ARG")}),
    # a headline's victims before "bij <attack>" are the attack's target
    ("Tien Oekraïners gedood bij Russisch bombardement", {("RUS", "195", "UKR")}),
    # a verbless headline's adjective with its row's case is that row's event
    ("Iran woedend op Israël", {("IRN", "110", "ISR")}),
    # a headline's lead role noun is the visitor, an article may precede the host
    (
        "Turkse minister op bezoek in het Kremlin",
        {("TURGOV", "042", "RUS"), ("RUS", "043", "TURGOV")},
    ),
    # a plan owned by conjoined countries is each one's
    (
        "Israël verwierp het plan van Egypte en Qatar.",
        {("ISR", "120", "EGY"), ("ISR", "120", "QAT")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0348)
def test_rules_0348(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, DAY) == expected


CASES_0349 = [
    # an infinitive under "de tijd geven" or "een beroep doen op X om" has not happened
    (
        "Trump heeft Poetin vijftig dagen de tijd gegeven om een akkoord met Oekraïne te sluiten.",
        set(),
    ),
    # a phrase inside a time frame ("na het geweld tegen X") is no target of the verb
    (
        "Burgemeester Halsema heeft na het geweld tegen Israëlische voetbalsupporters een "
        "demonstratieverbod voor de hele stad afgekondigd.",
        set(),
    ),
    # "zijn" misparsed as "his" before a weekday leaves a perfect, not a headline's passive
    (
        "Chinese en Russische onderhandelaars zijn zondag in Genève bijeengekomen om te praten "
        "over het plan.",
        {("CHNGOV", "040", "RUSGOV"), ("RUSGOV", "040", "CHNGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0349)
def test_rules_0349(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, DAY, "NLD") == expected


def test_an_appeal_is_coded_but_not_what_it_asks_for(nlp, coder) -> None:
    found = event_triples(
        nlp,
        coder,
        "De Tweede Kamer deed een beroep op het kabinet om de steun aan Oekraïne op peil te houden.",
        DAY,
        "NLD",
    )
    assert found == {("NLDLEG", "020", "NLDGOV")}


CASES_0350 = [
    # a context-only name the article's places vouch for counts in the sentence's actor test
    ("De RSF hebben El Fasher ingenomen.", {("SDNREB", "192", "SDN")}),
    # a thing owned by coordinated country adjectives is each one's
    (
        "Lavrov noemde de Franse en Britse plannen voor een vredesmacht onaanvaardbaar.",
        {("RUSGOV", "111", "FRA"), ("RUSGOV", "111", "GBR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0350)
def test_rules_0350(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, dt.date(2025, 3, 1)) == expected


def test_an_inflected_adjective_meets_its_base_cue(nlp, coder) -> None:
    """A cue names an adjective's base ("onaanvaardbaar"); the sentence inflects it with a
    long vowel written single ("onaanvaardbare"), a v for f or a z for s (coder 0.3.51)."""
    from geoevents.transforms.coder.actors import adjective_base

    assert adjective_base("onaanvaardbare") == "onaanvaardbaar"
    assert adjective_base("agressieve") == "agressief"
    assert adjective_base("zinloze") == "zinloos"
    assert adjective_base("grote") is None  # no listed ending
    found = event_triples(
        nlp, coder, "Lavrov noemde de Britse plannen onaanvaardbare stappen.", DAY
    )
    assert found == {("RUSGOV", "111", "GBR")}


def test_lowering_tariffs_on_a_country_s_goods(nlp, coder) -> None:
    found = event_triples(nlp, coder, "VS verlagen heffingen op Chinese producten", DAY)
    assert found == {("USA", "085", "CHN")}


def test_a_hyphenated_noun_tagged_as_a_verb_is_an_event_noun(nlp, coder) -> None:
    """ "het staakt-het-vuren tussen A en B": the tagger reads the noun as a verb (0.3.52)."""
    found = event_triples(
        nlp, coder, "Het staakt-het-vuren tussen Israël en Hamas is zondagochtend ingegaan.", DAY
    )
    assert found == {("ISR", "0871", "PSEREBHMS"), ("PSEREBHMS", "0871", "ISR")}


CASES_0353 = [
    # buying a country's oil is economic cooperation (061)
    ("Slowakije neemt nog altijd Russische olie af.", {("SVK", "061", "RUS")}),
    # postponing tariffs eases them (085)
    ("De VS stellen de heffingen op Mexicaanse producten uit.", {("USA", "085", "MEX")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0353)
def test_rules_0353(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, DAY) == expected


def test_a_role_noun_tagged_as_an_adjective_after_an_opening_adjective(nlp, coder) -> None:
    """ "Chinese marine houdt grootschalige oefening rond Taiwan": the role noun after the
    title's opening country adjective, tagged ADJ, is the subject, and the "subject" the parser
    found after the verb its object (coder 0.3.54)."""
    found = event_triples(
        nlp, coder, "Chinese marine houdt grootschalige oefening rond Taiwan", DAY
    )
    assert found == {("CHNMIL", "150", "TWN")}


def test_an_inverted_subject_hung_on_the_dat_clause_is_the_main_verb_s(nlp, coder) -> None:
    """ "Tijdens een bezoek aan Polen zei minister Brekelmans dat ...": the parser hangs the
    subject after the finite verb on the dat-clause's verb; before the marker it is the main
    verb's, and the visit that frames the sentence is his (coder 0.3.55)."""
    found = event_triples(
        nlp,
        coder,
        "Tijdens een bezoek aan Polen zei minister Brekelmans dat de NAVO sterker moet worden.",
        DAY,
    )
    assert found == {("NLDGOV", "042", "POL"), ("POL", "043", "NLDGOV")}
