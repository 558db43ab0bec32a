"""Coder 0.3.21: a role noun names the actor when the dictionaries know its name only as
someone without a role at the article's date; a person the dictionaries lack, introduced with a
role, is that role's actor when the article names them again. Invented sentences, each failing
without its change (the guards say what must stay as it was)."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples


def _roots(coder, nlp, text: str, day: dt.date, feed: str | None = None) -> set:
    return {(a, c[:2], b) for a, c, b in event_triples(nlp, coder, text, day, feed)}


def test_a_role_names_the_actor_when_its_name_holds_no_role_then(nlp, coder) -> None:
    # the dictionaries know a Kris Peeters (Belgian government 2004-2014) and a Leo Peeters
    # (1995-1999): in 2025 "minister Peeters" is a minister they do not know, as "minister Jansen"
    text = "De N-VA bekritiseert minister Peeters."
    assert ("BELPTY", "11", "BELGOV") in _roots(coder, nlp, text, dt.date(2025, 3, 1), "BEL")
    # while he held the role, the dictionary person is the actor
    assert ("BELPTY", "11", "BELGOV") in _roots(coder, nlp, text, dt.date(2010, 3, 1))


def test_a_role_with_a_roleless_name_takes_the_country_of_the_sentence(nlp, coder) -> None:
    text = "Rusland bekritiseert de Belgische minister Peeters."
    assert ("RUS", "11", "BELGOV") in _roots(coder, nlp, text, dt.date(2025, 3, 1))


DAY = dt.date(2025, 3, 1)
INTRO = "De Vlaamse minister Geert Lambertus sprak gisteren in Brussel over de begroting. "


def test_a_person_introduced_with_a_role_keeps_it_later_in_the_article(nlp, coder) -> None:
    later = "Lambertus bekritiseerde daarna Frankrijk scherp."
    assert ("BELGOV", "11", "FRA") in _roots(coder, nlp, INTRO + later, DAY)
    # the full name too, and a role whose country the parse hung on the name
    again = "Minister Jorien Vandekerckhove van Finland verdedigde de begroting. "
    text = again + "Jorien Vandekerckhove bekritiseerde Rusland."
    assert ("FINGOV", "11", "RUS") in _roots(coder, nlp, text, DAY)


def test_a_name_is_not_known_before_its_role_is_given(nlp, coder) -> None:
    text = "Lambertus bekritiseerde Frankrijk scherp. " + INTRO
    assert not any(a.startswith("BEL") for a, _, _ in _roots(coder, nlp, text, DAY))


def test_a_different_person_of_another_surname_gets_no_role(nlp, coder) -> None:
    later = "Vermeulen bekritiseerde daarna Frankrijk scherp."
    assert not any(a.startswith("BEL") for a, _, _ in _roots(coder, nlp, INTRO + later, DAY))


def test_an_organisation_introduced_with_its_kind_keeps_it(nlp, coder) -> None:
    text = (
        "De Franse vakbond Solidaires heeft gisteren een staking aangekondigd. "
        "Solidaires beschuldigt Macron van leugens."
    )
    assert ("FRALAB", "11", "FRAGOV") in _roots(coder, nlp, text, DAY)


def test_het_rijk_is_the_dutch_state_in_a_dutch_feed(nlp, coder) -> None:
    got = _roots(coder, nlp, "Gemeenten bekritiseren het Rijk.", DAY, "NLD")
    assert ("NLDGOV", "11", "NLDGOV") in got
    # an empire named with its country is that country, not the Dutch state
    got = _roots(coder, nlp, "Het Duitse Rijk verklaarde Frankrijk de oorlog.", DAY, "NLD")
    assert got and not any(a.startswith("NLD") for a, _, _ in got)


def test_zijn_heading_its_clause_with_a_prepositional_complement_is_a_verb(nlp, coder) -> None:
    got = _roots(coder, nlp, "De minister en de vakbonden zijn in gesprek.", DAY, "NLD")
    assert {("NLDGOV", "04", "NLDLAB"), ("NLDLAB", "04", "NLDGOV")} <= got
    # as an auxiliary it still carries no event of its own
    got = _roots(coder, nlp, "Rutte is in Brussel aangekomen.", DAY)
    assert not got


def test_het_opnemen_voor_is_a_verbal_defence(nlp, coder) -> None:
    assert ("FRA", "05", "UKR") in _roots(coder, nlp, "Frankrijk neemt het op voor Oekraïne.", DAY)


def test_withdrawn_support_is_no_support(nlp, coder) -> None:
    got = _roots(coder, nlp, "De ChristenUnie trekt haar steun aan het kabinet in.", DAY, "NLD")
    assert ("NLDPTY", "16", "NLDGOV") in got
    assert ("NLDPTY", "05", "NLDGOV") not in got  # the noun is the verb's cue, not an event
    # support promised stays support promised
    got = _roots(coder, nlp, "De PVV zegt haar steun aan het kabinet toe.", DAY, "NLD")
    assert ("NLDPTY", "03", "NLDGOV") in got


def test_court_phrases_of_domestic_news(nlp, coder) -> None:
    got = _roots(coder, nlp, "De vakbond spant een kort geding aan tegen de minister.", DAY, "NLD")
    assert ("NLDLAB", "11", "NLDGOV") in got
    got = _roots(coder, nlp, "De rechter stelde de gemeente in het ongelijk.", DAY, "NLD")
    assert ("NLDJUD", "11", "NLDGOV") in got
