"""Precision rules from the classification of the dev sets' false events (helper "fp"), each
on a sentence written for this file (never dev or blind). Removing a rule makes its case fail.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DATE = dt.date(2025, 3, 1)

CASES = [
    # a movement with no country and no known group ("activisten van Extinction Rebellion") is
    # no codable actor: the role noun is, with the feed's home (np_actors._np_actor)
    (
        "De politie heeft zondag in Utrecht honderd activisten van Extinction Rebellion opgepakt.",
        "NLD",
        {("NLDCOP", "173", "NLDOPP")},
    ),
    # a two-word name whose last word the parser hung on the verb is one phrase, no second
    # object (repairs_titles.name_torn_from_its_phrase)
    (
        "De politie heeft maandag op de A10 in Amsterdam ruim 300 demonstranten van Extinction"
        " Rebellion aangehouden.",
        "NLD",
        {("NLDCOP", "173", "NLDOPP")},
    ),
    # a row chosen by its cue in the acting subject (protesters storming) has no uncued
    # fallback reading (a military assault on the place, 190); since 0.3.45 the bare
    # "parlement" the parser hung on the verb as "nmod" is its object: a violent protest (145)
    ("Armeense demonstranten bestormen parlement in Jerevan", None, {("ARMOPP", "145", "ARMLEG")}),
    # a role noun with a regional adjective takes no home from a place, the sentence or the feed
    (
        "Poetin waarschuwt NAVO: buitenlandse troepen in Oekraïne zijn legitiem doelwit",
        None,
        {("RUSGOV", "130", "IGOWSTNAT")},
    ),
    ("Netanyahu kreeg vrijdag steun van de Europese leiders in Berlijn.", None, set()),
    # an "om te" infinitive under a plot noun, object of its governor, did not take place
    (
        "De Egyptische oppositieleider zou een complot hebben gesmeed om Sisi te vermoorden.",
        None,
        set(),
    ),
    # signing a security pact is signing a formal agreement (057), not military cooperation
    (
        "Japan en Australië tekenen een veiligheidsakkoord.",
        None,
        {("JPN", "057", "AUS"), ("AUS", "057", "JPN")},
    ),
]


@pytest.mark.parametrize(("text", "feed", "expected"), CASES)
def test_fp_rules(nlp, coder, text: str, feed: str | None, expected: set) -> None:
    assert event_triples(nlp, coder, text, DATE, feed) == expected
