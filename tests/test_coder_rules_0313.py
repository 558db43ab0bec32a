"""Coder rules of 0.3.13, each on a sentence written for this file (never dev or blind).

Each case names its rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import pytest

from tests.coder_events import triples_at

codes = triples_at("2000-10-15")


# (text, expected): sentences dated 2000-10-15 (newspaper style around 2000)
CASES_2000 = [
    # the first of two bare objects hung on the second by the parser is the indirect object
    ("De CVP verwijt de regering besluiteloosheid.", {("BELPTY", "11", "BELGOV")}),
    # an auxiliary is no predicate of its own: no meeting from "heeft ... contacten met"
    (
        "De Europese Unie heeft de bilaterale contacten met Oostenrijk op het hoogste niveau bevroren.",
        {("IGOEUREEC", "16", "AUT")},
    ),
    # "houden ... gegijzeld": the houden row codes the hostage-taking, the participle no second one
    (
        "De rebellen van het RUF houden honderden VN-blauwhelmen gegijzeld.",
        {("SLEREB", "18", "IGOUNOPKO")},
    ),
    # a collision between vehicles is no clash between their countries
    (
        "De botsing tussen een Amerikaans spionagevliegtuig en een Chinese straaljager leidde tot spanningen.",
        set(),
    ),
    # ... while a clash between authorities stays one ("autoriteiten" is no vehicle)
    (
        "Er was een botsing tussen de Russische en de Oekraïense autoriteiten.",
        {("RUSGOV", "19", "UKRGOV"), ("UKRGOV", "19", "RUSGOV")},
    ),
    # a summit between two leaders is a meeting; "geen doorbraak" does not undo it
    (
        "De top tussen Clinton en Poetin is gisteren zonder akkoord afgelopen.",
        {("USAGOV", "04", "RUSGOV"), ("RUSGOV", "04", "USAGOV")},
    ),
    (
        "De ontmoeting tussen Chirac en Poetin heeft geen doorbraak opgeleverd.",
        {("FRAGOV", "04", "RUSGOV"), ("RUSGOV", "04", "FRAGOV")},
    ),
    # two names joined by the parser across an article are two phrases; a visit that frames the
    # clause in time took place as well
    (
        "Chirac heeft tijdens een bezoek aan Egypte de Libanese Hezbollah een terroristische organisatie genoemd.",
        {("FRAGOV", "11", "LBNREBHEZ"), ("FRAGOV", "04", "EGY"), ("EGY", "04", "FRAGOV")},
    ),
    # a peace plan put before two leaders is an appeal to settle (as "stellen voor")
    (
        "Clinton heeft Barak en Arafat een laatste vredesplan voorgelegd.",
        {("USAGOV", "02", "ISRGOV"), ("USAGOV", "02", "PSEGOV")},
    ),
]

# (text, expected): sentences dated 2025-06-01 (headlines and leads of 2024-2026)
CASES_2025 = [
    # new frames of existing codes: raised tariffs, retaliation with tariffs, broken contacts
    ("Trump verdubbelt de heffingen op Chinees staal.", {("USAGOV", "16", "CHN")}),
    ("China reageert met tegenheffingen op Amerikaanse producten.", {("CHN", "16", "USA")}),
    ("Israël verbrak alle contacten met de Palestijnse Autoriteit.", {("ISR", "16", "PSEGOV")}),
    (
        "Israël en Hamas stemden in met een wapenstilstand.",
        {("ISR", "08", "PSEREBHMS"), ("PSEREBHMS", "08", "ISR")},
    ),
    # a headline's separable particle before the "\n\n" that ends the title is the verb's
    (
        "Trump sluit militair ingrijpen in Groenland niet uit\n\nDe president zei dat.",
        {("USAGOV", "13", "GRL")},
    ),
    (
        "Iran schort samenwerking met Internationaal Atoomenergieagentschap op\n\n",
        {("IRN", "16", "IGOUNOIAE")},
    ),
    # a count of victims is no verb "doden"
    ("India beschuldigt Pakistan na aanslag in Kasjmir met 26 doden", {("IND", "11", "PAK")}),
    # a country's own opposition or unions act against that country's bare "regering"
    ("Georgische oppositie demonstreert opnieuw tegen de regering.", {("GEOOPP", "14", "GEOGOV")}),
    (
        "Belgische vakbonden voeren actie tegen de pensioenplannen van de regering.",
        {("BELLAB", "14", "BELGOV")},
    ),
    # an attack on nuclear sites is no nuclear attack
    ("Israël voert aanvallen uit op Iraanse nucleaire installaties", {("ISR", "19", "IRN")}),
    # sanctions that are lifted are not imposed
    ("De Amerikaanse sancties tegen Syrië zijn ingetrokken.", set()),
    # a request, plan or resolution blocked is a rejection, not a blockade
    (
        "Frankrijk en België blokkeerden in de Navo een Amerikaans verzoek om steun aan Turkije.",
        {("FRA", "12", "USA"), ("BEL", "12", "USA")},
    ),
    # fighting on a country's side is military cooperation with it
    (
        "Noord-Koreaanse soldaten vechten aan Russische zijde in Koersk",
        {("PRKMIL", "06", "RUS"), ("RUS", "06", "PRKMIL")},
    ),
    # exchanging prisoners is a release both ways
    (
        "Israël ruilt gevangenen met Hamas.",
        {("ISR", "08", "PSEREBHMS"), ("PSEREBHMS", "08", "ISR")},
    ),
    # a separable particle the parser took for a second preposition ("uit op")
    (
        "Israël voert luchtaanval uit op Hamas-leiders in Doha",
        {("ISR", "19", "PSEREBHMS"), ("ISR", "19", "QAT")},
    ),
    # a truce between two parties, also in a verbless headline; one that is asked for or
    # violated is not declared
    (
        "Bestand tussen Israël en Hezbollah in Libanon van kracht",
        {("ISR", "08", "LBNREBHEZ"), ("LBNREBHEZ", "08", "ISR")},
    ),
    ("De VN roepen op tot een akkoord tussen Israël en Hamas.", set()),
    ("De EU eist een akkoord tussen Servië en Kosovo.", set()),
    ("Hamas schendt het bestand met Israël.", {("PSEREBHMS", "19", "ISR")}),
    # a denied meeting is no meeting
    ("Het Kremlin ontkent dat Poetin Zelensky binnenkort zal ontmoeten.", set()),
    # "X wil dat Y ...": a demand on Y, not Y's act
    ("De VS willen dat Israël de blokkade van Gaza opheft.", {("USA", "10", "ISR")}),
]

# (text, root that must not be coded): agreed, planned or requested acts are not acts
NOT_ASSERTED = [
    (
        "Servië en Kroatië zijn overeengekomen de onderhandelingen over de grens in maart te hervatten.",
        "04",
    ),
    ("Clinton heeft de Turkse regering aangespoord de mensenrechten beter te respecteren.", "05"),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [(t, "2000-10-15", e) for t, e in CASES_2000] + [(t, "2025-06-01", e) for t, e in CASES_2025],
)
def test_news_constructions_of_coder_0313(nlp, coder, text: str, date: str, expected: set) -> None:
    assert codes(nlp, coder, text, date) == expected


@pytest.mark.parametrize(("text", "root"), NOT_ASSERTED)
def test_planned_or_requested_act_is_not_coded_as_done(nlp, coder, text: str, root: str) -> None:
    got = codes(nlp, coder, text)
    assert not any(r == root for _, r, _ in got), got


def test_agreed_talks_are_an_intent(nlp, coder) -> None:
    got = codes(nlp, coder, NOT_ASSERTED[0][0])
    assert ("SRB", "03", "HRV") in got and ("HRV", "03", "SRB") in got
