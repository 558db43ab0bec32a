"""Coder rules of 0.3.34 (event nouns with cued rows), each on a sentence written for this
file (never dev or blind).

Each case names the rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import pytest

from tests.coder_events import triples_at

codes = triples_at("2025-03-01")


CASES_0334 = [
    # a cued noun row applies only with one of its cues: without it the noun's plain row
    # (support, 05), or none when the noun has no plain row ("levering" of gas is no arms
    # delivery, 07)
    ("De steun van Denemarken aan Moldavië is groot.", {("DNK", "05", "MDA")}),
    ("De Noorse levering van graan aan Egypte is groot.", set()),
    ("Noorwegen hervat de levering van gas aan Polen.", set()),
    # "steun"/"hulp" with an amount, weapons or a humanitarian word is aid (07): the cue in
    # the noun's phrase or among its verb's dependents
    (
        "De steun van Denemarken aan Moldavië bedraagt dit jaar twee miljard euro.",
        {("DNK", "07", "MDA")},
    ),
    ("De militaire steun van Noorwegen aan Litouwen groeit.", {("NOR", "07", "LTU")}),
    ("De humanitaire hulp van Ierland aan Jemen wordt verdubbeld.", {("IRL", "07", "YEM")}),
    # the cues of the formerly always-firing cued rows name their readings: a military
    # operation, tariffs introduced
    ("De Israëlische grondoperatie in Gaza gaat door.", {("ISR", "19", "PSE")}),
    ("De Turkse operatie tegen de PKK in Irak duurt voort.", {("TUR", "19", "TURREB")}),
    ("De reddingsoperatie van Griekenland in Turkije is afgerond.", set()),
    (
        "De Amerikaanse invoering van tarieven op Chinees staal schaadt de handel.",
        {("USA", "16", "CHN")},
    ),
    # a raid on an embassy is coercion (17), not an invasion (19)
    (
        "De Boliviaanse inval in de Peruaanse ambassade wekte woede.",
        {("BOL", "17", "PERGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_0334)
def test_rules_0334(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected


def test_a_framing_phrase_holds_no_cue_of_the_noun(nlp, coder) -> None:
    """ "na de inval in X" frames the clause in time: the embassy the clause's verb closes is
    no cue of the invasion (a raid on an embassy, 17)."""
    found = codes(nlp, coder, "Na de Russische inval in Georgië sloot Estland zijn ambassade.")
    assert ("RUS", "19", "GEO") in found
    assert ("RUS", "17", "GEO") not in found
