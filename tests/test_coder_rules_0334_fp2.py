"""Precision rules from the dev sets' false events, second round (helper "fp2"): wrong rows or
codes, events not asserted, a wrong target; each on a sentence written for this file (never dev
or blind). Removing a rule makes its case fail.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import event_triples

DATE = dt.date(2025, 3, 1)

CASES = [
    # a charge brought by the police or prosecution is 173, no lawsuit (115): flag law=173
    (
        "De Egyptische politie heeft de journalist gisteren aangeklaagd wegens spionage.",
        None,
        {("EGYCOP", "173", "EGYMED")},
    ),
    # supporting rebels or militias is military support (072), no verbal endorsement (051)
    (
        "Het leger van Iran steunt volgens westerse inlichtingendiensten de rebellen in Jemen.",
        None,
        {("IRNMIL", "072", "YEMREB")},
    ),
    # "blokkeren" of money or a decision is a veto-like rejection (120); a blockade (191) needs a
    # port, road, strait or border
    (
        "Polen heeft opnieuw het gebruik van EU-geld voor Hongarije geblokkeerd.",
        None,
        {("POL", "120", "IGOEUREEC")},
    ),
    # closing the airspace to a country's planes is a sanction (163), its cued row no longer
    # loses to the border-closing row (172)
    (
        "Canada sluit haar luchtruim voor alle Russische vliegtuigen.",
        None,
        {("CAN", "163", "RUSMIL")},
    ),
    # a clash noun between unarmed parties (leaders; protesters and police) is no armed clash
    ("Macron en Meloni kwamen tijdens de top in Brussel met elkaar in botsing.", None, set()),
    (
        "Bij gevechten tussen Turkse demonstranten en de politie in Istanbul vielen gewonden.",
        None,
        set(),
    ),
    # students storming an embassy protest violently (145), no military assault (190)
    (
        "Pakistaanse studenten bestormden gisteren de Deense ambassade in Islamabad.",
        None,
        {("PAKEDU", "145", "DNKGOV")},
    ),
    # a sentence opened by "Mocht" is a condition and its consequence: nothing happened
    (
        "Mocht Rusland de Baltische staten aanvallen, dan zal de NAVO Rusland bombarderen.",
        None,
        set(),
    ),
    # a country named in an exception ("behalve voor X") is left out of the act
    ("De EU hief de sancties op, behalve voor Wit-Rusland.", None, set()),
    # a denied dat-clause whose auxiliary the parser made a main verb is still denied
    ("Irak ontkent dat het de samenwerking met de VN-inspecteurs heeft stopgezet", None, set()),
    # a protest lodged "bij" X "tegen" an act: X is the target, not the act's owner
    (
        "De Peruaanse regering heeft bij Madrid en Parijs formeel geprotesteerd tegen de"
        " arrestatie van oud-president Fujimori.",
        None,
        {("PERGOV", "114", "ESP"), ("PERGOV", "114", "FRA")},
    ),
]


@pytest.mark.parametrize(("text", "feed", "expected"), CASES)
def test_fp2_rules(nlp, coder, text: str, feed: str | None, expected: set) -> None:
    assert event_triples(nlp, coder, text, DATE, feed) == expected
