"""Coder rules of 0.3.9, each on a sentence written for this file (never dev or blind).

Each case names the rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import pytest

from tests.coder_events import triples_at

codes = triples_at("2025-03-01")


CASES_039 = [
    # "noch A noch B" (neither ... nor) negates the clause, on the subject, agent or object
    ("Noch Frankrijk noch Duitsland steunde de resolutie van Groot-Brittannië.", set()),
    ("Rusland steunde noch de Verenigde Staten noch China.", set()),
    ("De resolutie werd noch door Rusland noch door China gesteund.", set()),
    # a cue inside a word is no cue inside its negation: "het oneens zijn" is no agreement
    ("Japan en Zuid-Korea zijn het oneens over de visquota.", set()),
    (
        "Japan en Zuid-Korea zijn het eens over de visquota.",
        {("JPN", "01", "KOR"), ("KOR", "01", "JPN")},
    ),
    # a compass point before "Amerika" names a continent, not a region of the United States
    ("Diplomaten uit Zuid-Amerika veroordelen Israël.", set()),
    # a capital taken or attacked by a group of its own country is a place, as a town is
    ("Soedanese rebellen hebben Khartoem ingenomen.", {("SDNREB", "19", "SDN")}),
    ("De Soedanese regering bekritiseert Khartoem.", set()),
    # coordinated country adjectives on one role noun give one actor each, also in a passive's
    # "door" agent (the active subject already did through word order)
    (
        "Syrië werd gebombardeerd door Russische en Iraanse vliegtuigen.",
        {("RUSMIL", "19", "SYR"), ("IRNMIL", "19", "SYR")},
    ),
    # "tussen A en B" on an event noun: fronted on its verb, or with B parsed as the noun's conjunct
    (
        "Tussen Armenië en Azerbeidzjan zijn gisteren gesprekken begonnen.",
        {("ARM", "04", "AZE"), ("AZE", "04", "ARM")},
    ),
    (
        "De gesprekken tussen Israël en Hamas zijn gisteren begonnen.",
        {("ISR", "04", "PSEREBHMS"), ("PSEREBHMS", "04", "ISR")},
    ),
    # a demand noun with its addressee; paying back
    ("De eis van Turkije aan Zweden blijft op tafel liggen.", {("TUR", "10", "SWE")}),
    ("Griekenland betaalde het IMF vorig jaar terug.", {("GRC", "06", "IGOIMF")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES_039)
def test_rules_039(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text) == expected


def test_a_wanted_former_official_arrested_abroad(nlp, coder) -> None:
    """Montesinos (Peru's former intelligence chief, people.tsv) arrested in Venezuela: the
    state where the agentless arrest happened is the arresting actor."""
    text = "Vladimiro Montesinos is in Venezuela gearresteerd."
    assert codes(nlp, coder, text, "2001-06-25") == {("VEN", "17", "PERELI")}


def test_the_van_phrase_of_a_fronted_adverbial_is_no_target(nlp, coder) -> None:
    """ "Met steun van de VS heroverde Oekraïne ...": the helper named in a fronted
    prepositional phrase is not what was retaken (0.3.8 coded UKR 192 USA)."""
    text = "Met steun van de VS heroverde Oekraïne Cherson."
    assert not any(pair[2] == "USA" for pair in codes(nlp, coder, text))
