"""Coder rules of 0.3.11, each on a sentence written for this file (never dev or blind).

Each case names the rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import pytest

from tests.coder_events import triples_at

codes = triples_at("2001-06-01")


OWNERS = [
    # a thing owned by a country's role stands for that role: a weak target, which only verbs
    # that take places (attack, shell, occupy) accept; before 0.3.11 the role was lost (MKD)
    # and the event dropped as MKD acting on itself
    ("Rebellen bestookten posities van het Macedonische leger.", {("MKDREB", "19", "MKDMIL")}),
    # a policy's owner is the target itself, with its role (not the bare country)
    (
        "Frankrijk bekritiseerde het beleid van de Turkse regering.",
        {("FRA", "11", "TURGOV")},
    ),
    ("Frankrijk steunt het voorstel van de Duitse regering.", {("FRA", "05", "DEUGOV")}),
    # to protest against an act is to protest against the one who acts: its "van" owner ...
    ("China protesteerde tegen de inval van Japan.", {("CHN", "14", "JPN")}),
    # ... also when the owner is a country's role
    ("China protesteerde tegen de inval van het Japanse leger.", {("CHN", "14", "JPNMIL")}),
    # ... or its "door" agent, which wins over the "van" phrase (there the occupied side)
    ("China protesteerde tegen de bezetting door Japan.", {("CHN", "14", "JPN")}),
    (
        "China protesteerde tegen de bezetting van China door Japan.",
        {("CHN", "14", "JPN"), ("JPN", "19", "CHN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS)
def test_the_owner_or_agent_of_what_is_acted_on_is_the_target(
    nlp, coder, text: str, expected: set
) -> None:
    assert codes(nlp, coder, text) == expected


HISTORICAL_STATES = [
    # historical states by their Dutch names take their CAMEO successor, as GDELT/PETRARCH do
    ("Het Ottomaanse Rijk verklaarde Rusland de oorlog.", {("TUR", "19", "RUS")}),
    ("De Porte weigerde de eisen van Rusland.", {("TUR", "12", "RUS")}),
    ("Piemont verklaarde Oostenrijk de oorlog.", {("ITA", "19", "AUT")}),
    ("Het Duitse Rijk viel België binnen.", {("DEU", "19", "BEL")}),
    (
        "De Verenigde Provinciën sloten vrede met Spanje.",
        {("NLD", "05", "ESP"), ("ESP", "05", "NLD")},
    ),
    # a country's adjective before a state noun names the state ("het Japanse Keizerrijk")
    ("Het Japanse Keizerrijk viel China aan.", {("JPN", "19", "CHN")}),
    ("De Franse Republiek verklaarde Pruisen de oorlog.", {("FRA", "19", "DEU")}),
    # the old spelling of the United States
    ("De Vereenigde Staten verklaarden Spanje den oorlog.", {("USA", "19", "ESP")}),
]


@pytest.mark.parametrize(("text", "expected"), HISTORICAL_STATES)
def test_historical_states_take_their_successor(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text, "1880-06-01") == expected


def test_country_names_match_without_their_accents(nlp, coder) -> None:
    """Headlines, URLs and OCR drop the diaeresis: "Israel", "Oekraine", "Israelische"."""
    assert codes(nlp, coder, "Rusland viel Oekraine aan.", "2024-06-01") == {("RUS", "19", "UKR")}
    assert ("ISRMIL", "08", "LBN") in codes(
        nlp, coder, "Het Israelische leger trok zich terug uit Libanon.", "2024-06-01"
    )
