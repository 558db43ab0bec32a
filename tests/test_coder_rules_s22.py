"""Coder rules of 0.3.41 (twenty-second session), each on a sentence written for this file
(never dev or blind). Removing the rule makes its case fail."""

from __future__ import annotations

from geoevents.transforms.coder.dictionaries import adjective_forms
from tests.coder_events import triples_at

codes = triples_at("1860-05-01")


def test_adjectives_in_ees_and_long_vowels_have_their_spelling_before_1947() -> None:
    """Newspaper archives write "Chineesche" and "Indiaasche" as they write "Fransche"."""
    assert {"Chinees", "Chinese", "Chineesch", "Chineesche"} <= set(adjective_forms("Chinees"))
    assert {"Indiaas", "Indiase", "Indiaasch", "Indiaasche"} <= set(adjective_forms("Indiaas"))
    # no old form for a base that does not end in -s
    assert adjective_forms("Surinaams")[:2] == ["Surinaams", "Surinaamse"]


def test_an_old_spelling_adjective_names_the_government(nlp, coder) -> None:
    found = codes(nlp, coder, "De Chineesche regering heeft het Japansche verdrag verworpen.")
    assert ("CHNGOV", "12", "JPN") in found
