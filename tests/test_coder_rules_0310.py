"""Coder rules of 0.3.10, each on a sentence written for this file (never dev or blind).

Each case names the rule; removing the rule makes its case fail.
"""

from __future__ import annotations

import pytest

from tests.coder_events import triples_at

codes = triples_at("2025-03-01")


# a monarch's or pope's title before a regnal name without its number names the one holder of
# that name in office at the date ("koning Leopold": Leopold I in 1850, Leopold III in 1938)
REGNAL = [
    ("Koning Leopold bezocht Parijs.", "1850-06-01", {("BELGOV", "04", "FRA")}),
    ("Koning Leopold bezocht Parijs.", "1938-06-01", {("BELGOV", "04", "FRA")}),
    ("Tsaar Nicolaas bezocht Berlijn.", "1912-06-01", {("RUSGOV", "04", "DEU")}),
    # nobody of that name reigns then: no guess
    ("Koning Leopold bezocht Parijs.", "1920-06-01", set()),
]


@pytest.mark.parametrize(("text", "date", "expected"), REGNAL)
def test_regnal_names_resolve_by_date(nlp, coder, text: str, date: str, expected: set) -> None:
    # the host's side (FRA 043 BELGOV) is left out: only the monarch as actor1 is checked
    assert {c for c in codes(nlp, coder, text, date) if c[0].endswith("GOV")} == expected


CONTEXT = [
    # "het land", "het Aziatische land": the country just named, also in the next sentence
    (
        "Rusland heeft een nieuwe raket getest. Het land dreigde Oekraïne met een aanval.",
        {("RUS", "13", "UKR")},
    ),
    (
        "China heeft een nieuwe raket getest. Het Aziatische land dreigde Japan met een aanval.",
        {("CHN", "13", "JPN")},
    ),
    # ... but not after two countries, and "het andere land" is another one
    ("China en Rusland oefenen samen. Het land dreigde Japan met een aanval.", set()),
    ("Rusland viel Georgië binnen. Het andere land bekritiseerde Japan.", {("RUS", "19", "GEO")}),
    # a bare non-state role takes the one country of the article's previous sentences
    (
        "Premier Rutte sprak gisteren in Den Haag. De oppositie bekritiseerde de NAVO.",
        {("NLDOPP", "11", "IGOWSTNAT")},
    ),
    # "hij" is a person, never a country
    (
        "Frankrijk sloot een verdrag met Spanje. Hij bezocht daarna België.",
        {("FRA", "05", "ESP"), ("ESP", "05", "FRA")},
    ),
    (
        "Premier Rutte sprak gisteren in Den Haag. Hij bekritiseerde Rusland.",
        {("NLDGOV", "11", "RUS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_the_previous_sentence_resolves(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text, "2020-06-01") == expected


def test_a_title_and_the_name_beside_it_are_one_person(nlp, coder) -> None:
    """ "door paus Paul V": "paus" (the pope at the date) and "Paul V" (fallback VAT) are read as
    two actors of one country; one noun phrase never acts on itself."""
    assert (
        codes(nlp, coder, "De beeldhouwer werd door paus Paul V ontboden.", "2008-01-01") == set()
    )


def test_a_title_without_full_stop_is_a_unit_of_its_own(nlp) -> None:
    """The coder re-joins sentence pieces that do not end in punctuation, but never across a
    line break: a feed title has no full stop, and the body's first sentence is another unit."""
    from geoevents.transforms.coder import sentence_starts
    from geoevents.transforms.coder.doc_arrays import _units

    doc = nlp("Russische aanval op Kyiv\n\nDe Franse president bezocht gisteren Duitsland.")
    units = [u.text.strip() for u in _units(sentence_starts(doc), doc, [t.text for t in doc])]
    assert units == ["Russische aanval op Kyiv", "De Franse president bezocht gisteren Duitsland."]


BACKERS = [
    # "met steun van X", "op verzoek van X" on a verb: X acts on the verb's subject, also when
    # UD reads the phrase as a multiword preposition ("Op verzoek van" as the case of "Kyiv")
    ("Met steun van de VS heroverde Oekraïne Cherson.", {("USA", "07", "UKR")}),
    ("Op verzoek van Kyiv stuurde Polen tanks naar het front.", {("UKR", "02", "POL")}),
    ("Met behulp van Rusland bouwde Iran een kerncentrale.", {("RUS", "07", "IRN")}),
    # not when the clause is negated, or the backing is denied
    ("Op verzoek van Kyiv stuurde Polen geen tanks.", set()),
    ("Zonder steun van de VS kan Oekraïne niet winnen.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BACKERS)
def test_a_backer_acts_on_the_subject(nlp, coder, text: str, expected: set) -> None:
    assert codes(nlp, coder, text, "2023-06-01") == expected


def test_a_name_of_its_own_is_no_genitive(nlp, coder) -> None:
    """ "Koning Filips II" in 1570 is Philip II of Spain, not the genitive of "Koning Filip"
    (Philippe of Belgium); "Baraks aanbod" is still Barak's offer."""
    assert ("ESPGOV", "04", "FRA") in codes(
        nlp, coder, "Koning Filips II bezocht Parijs.", "1570-01-01"
    )
    found = codes(nlp, coder, "Premier Baraks bezoek aan Egypte.", "2000-06-01")
    assert ("ISRGOV", "04", "EGY") in found
