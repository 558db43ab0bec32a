"""Coder rules of 0.3.68 and later (twenty-fifth session), each on a sentence written for this
file (never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.model import parse_article
from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)


def test_a_country_that_receives_is_not_the_home_of_a_bare_role(nlp, coder) -> None:
    """ "Hof verbiedt Staat om wapens aan Egypte te leveren": Egypt is where the arms go, so
    the court and the state are the feed's, never Egyptian ones (coder 0.3.68)."""
    found = event_triples(
        nlp, coder, "Hof verbiedt Staat om wapens aan Egypte te leveren", DAY, "NLD"
    )
    assert not any(a1.startswith("EGY") or a2.startswith("EGY") for a1, _, a2 in found)


CASES_ROLES = [
    # a title's role noun the parser left alone before an unknown name: the role acts
    (
        "Korpschef Dijkman roept demonstranten op de snelweg te verlaten",
        {("NLDCOP", "020", "NLDOPP")},
    ),
    # also when it read the surname's "Van" as a preposition
    (
        "Burgemeester Van Veen verbiedt demonstratie van Extinction Rebellion",
        {("NLDGOV", "1721", "NGMENV")},
    ),
]

CASES_FORMATION = [
    # the offices of cabinet formation lead the talks (agents.tsv)
    (
        "Informateur Hamer begint gesprekken met fractievoorzitters",
        {("NLDGOV", "046", "NLDLEG"), ("NLDLEG", "046", "NLDGOV")},
    ),
    (
        "Formateur Kuipers ontvangt de fractievoorzitters",
        {("NLDGOV", "043", "NLDLEG"), ("NLDLEG", "042", "NLDGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*CASES_ROLES, *CASES_FORMATION])
def test_coder_s25_rules_in_a_dutch_feed(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, DAY, "NLD") == expected


def test_offering_ones_resignation_is_no_offer(nlp, coder) -> None:
    """ "biedt het ontslag van zijn kabinet aan": a predicates.tsv row flagged ``none`` (coder
    0.3.69) ends the verb's readings, so the plain "aanbieden" row (030) does not code it; an
    offer of talks still does."""
    text = "Premier Jansen biedt het ontslag van zijn kabinet aan bij de koning."
    assert event_triples(nlp, coder, text, DAY, "NLD") == set()
    found = event_triples(
        nlp, coder, "Premier Jansen biedt de oppositie gesprekken aan.", DAY, "NLD"
    )
    assert found == {("NLDGOV", "036", "NLDOPP")}


CASES_PARSE = [
    # the object before "ervan" that the parser hung on the infinitive belongs to the accusation
    (
        "Oppositieleider Jansen beschuldigt het kabinet ervan de armste gemeenten te laten betalen.",
        {("BELOPP", "112", "BELGOV")},
    ),
    # "verwijt" read as a noun or a preposition before a dat-clause is the finite verb
    ("Bouchez verwijt Magnette dat hij de begroting blokkeert.", {("BELPTY", "112", "BELOPP")}),
    (
        "Partijvoorzitter Jansen verwijt premier De Wever dat hij de vakbonden negeert.",
        {("BELPTY", "112", "BELGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_PARSE)
def test_coder_s25_parse_repairs_in_a_belgian_feed(nlp, coder, text: str, expected: set) -> None:
    assert event_triples(nlp, coder, text, DAY, "BEL") == expected


def test_an_act_named_again_stands_for_who_did_it(nlp, coder) -> None:
    """ "Turkije bombardeert ... / Bagdad veroordeelt de aanval": a definite act with no owner
    in its phrase is the article's latest act of its kind, so its author is the target (coder
    0.3.72, anaphoric: lower confidence); a decision or measure points to any act."""
    text = "Turkije bombardeert Koerdische dorpen in Irak\n\nBagdad veroordeelt de aanval.\n\n"
    rows = coder.code_doc(parse_article(nlp, text), DAY)
    found = {(r["actor1_code"], r["event_code"], r["actor2_code"]): r for r in rows}
    assert set(found) == {("TUR", "195", "IRQ"), ("IRQ", "111", "TUR")}
    assert found["IRQ", "111", "TUR"]["confidence"] < found["TUR", "195", "IRQ"]["confidence"]
    text = "China voert heffingen op Australische wijn in\n\nCanberra noemt de maatregel oneerlijk."
    assert ("AUS", "111", "CHN") in event_triples(nlp, coder, text, DAY)


def test_the_verbs_own_idiom_is_no_act_named_again(nlp, coder) -> None:
    """ "verklaarde Duitsland de oorlog": the war is the verb's idiom, not the attack of the
    sentence before."""
    text = "Rusland valt Oekraïne opnieuw aan\n\nJapan verklaarde Duitsland gisteren de oorlog."
    assert event_triples(nlp, coder, text, DAY) == {("RUS", "190", "UKR"), ("JPN", "190", "DEU")}


def test_a_name_after_a_time_adverbial_is_the_verbs_object(nlp, coder) -> None:
    """ "die vorige week Poetin in Moskou bezocht": the parser hung the name on "week" as its
    apposition; it is the visit's object (coder 0.3.73)."""
    text = "Fico, die vorige week Poetin in Moskou bezocht, wil de sancties blokkeren."
    assert event_triples(nlp, coder, text, DAY) == {
        ("SVKGOV", "042", "RUSGOV"),
        ("RUSGOV", "043", "SVKGOV"),
    }
