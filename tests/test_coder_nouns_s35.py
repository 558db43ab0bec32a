"""Event-noun rules of session 35, each on a sentence written for this file (never dev or
blind). Removing the rule makes its cases fail.
"""

from __future__ import annotations

import pytest

from tests.coder_events import triples_at

codes = triples_at("2025-06-10")


CASES_S35 = [
    # a phase noun ("na afloop van", "aan het eind van", "in de loop van") sets the clause's
    # time by the event in its "van" phrase: that meeting took place, between the clause's
    # subject and the noun's partner (the phrase hung on the phase noun or on the verb)
    (
        "Na afloop van een gesprek met Erdogan in Ankara zei Macron dat de betrekkingen goed zijn.",
        {("FRAGOV", "04", "TURGOV"), ("TURGOV", "04", "FRAGOV")},
    ),
    (
        "Aan het eind van het gesprek met Erdogan zei Macron dat de betrekkingen goed zijn.",
        {("FRAGOV", "04", "TURGOV"), ("TURGOV", "04", "FRAGOV")},
    ),
    (
        "In de loop van het gesprek met Erdogan zei Macron dat de betrekkingen goed zijn.",
        {("FRAGOV", "04", "TURGOV"), ("TURGOV", "04", "FRAGOV")},
    ),
    # claiming an attack names who carried it out: the claimer attacked the target
    (
        "Hezbollah heeft de verantwoordelijkheid opgeëist voor de raketaanval op Haifa.",
        {("LBNREBHEZ", "01", "ISR"), ("LBNREBHEZ", "19", "ISR")},
    ),
    (
        "Hezbollah eiste de verantwoordelijkheid op voor de aanval op een Israëlische legerpost.",
        {("LBNREBHEZ", "01", "ISR"), ("LBNREBHEZ", "19", "ISR")},
    ),
    # "inzet" of forces against someone is the use of force (190); forces sent into a place
    # are no attack on it, and an effort ("de inzet van Nederland tegen ...") no force
    (
        "De inzet van Russische straaljagers tegen Oekraïense stellingen bij Charkiv wekt woede.",
        {("RUSMIL", "19", "UKR")},
    ),
    (
        "De inzet van Turkse troepen tegen Syrië is een schending van het volkenrecht.",
        {("TURMIL", "19", "SYR")},
    ),
    ("De inzet van Amerikaanse militairen in Irak kost veel geld.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES_S35)
def test_rules_s35(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected
