"""Dictionary rows added on 2026-12-04, each on a name or sentence written for this file (never
dev or blind).

The rows fill actor gaps of 19th- and early 20th-century text: old spellings of demonyms and
country names (de Franschen, Beijeren, Mexiko), the Papal States, ministers and envoys of the
1850s-1860s with dated roles, historical role nouns and organisations. Each case fails without
its row.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coder_events import root_triples

# (name as written, article date, expected actor code)
ENTITIES = [
    # old plural demonyms and Hollanders
    ("Franschen", "1860-05-01", "FRA"),
    ("Engelschen", "1860-05-01", "GBR"),
    ("Duitschers", "1890-05-01", "DEU"),
    ("Hollanders", "2005-05-01", "NLD"),
    # old names and adjectives of states
    ("Beijeren", "1857-07-01", "DEU"),
    ("Mexiko", "1866-07-01", "MEX"),
    ("Chiliaansche", "1866-07-01", "CHL"),
    ("Kerkelijken Staat", "1859-07-01", "VAT"),
    ("Madagascar", "1880-07-01", "MDG"),
    # dated roles: in office, and the country as fallback outside it
    ("Thouvenel", "1861-03-01", "FRAGOV"),
    ("Walewski", "1857-03-01", "FRAGOV"),
    ("Drouyn de Lhuys", "1864-03-01", "FRAGOV"),
    ("Drouyn de Lhuys", "1870-03-01", "FRA"),
    ("lord Redcliffe", "1855-03-01", "GBRGOV"),
    ("Seward", "1864-03-01", "USAGOV"),
    ("Seward", "1855-03-01", "USALEG"),
    ("Rechberg", "1862-03-01", "AUTGOV"),
    ("Beust", "1868-03-01", "AUTGOV"),
    ("Beust", "1860-03-01", "DEUGOV"),
    ("Ricasoli", "1861-09-01", "ITAGOV"),
    ("Ricasoli", "1864-09-01", "ITA"),
    ("La Marmora", "1865-03-01", "ITAGOV"),
    ("Kardinaal Antonelli", "1860-03-01", "VATGOV"),
    ("maarschalk Narváez", "1867-03-01", "ESPGOV"),
    ("Generaal Narvaez", "1862-03-01", "ESP"),
    ("Leopoldo O'Donnell", "1860-03-01", "ESPGOV"),
    ("Prim", "1870-03-01", "ESPGOV"),
    ("admiraal Pareja", "1865-06-01", "ESPMIL"),
    ("Cuza", "1862-03-01", "ROMGOV"),
    ("Couza", "1866-07-01", "ROM"),
    ("Moshesh", "1860-03-01", "LSOGOV"),
    ("Frère-Orban", "1880-03-01", "BELGOV"),
    ("Alexander I van Joegoslavië", "1930-03-01", "SRBGOV"),
    ("Peter II van Joegoslavië", "1941-03-01", "SRBGOV"),
    # organisations
    ("VMRO", "1930-03-01", "MKDPTY"),
    ("Rode Leger", "1944-03-01", "RUSMIL"),
    ("NSDAP", "1935-03-01", "DEUPTY"),
]


@pytest.mark.parametrize(("name", "date", "expected"), ENTITIES)
def test_new_dictionary_names_resolve(nlp, coder, name: str, date: str, expected: str) -> None:
    found = coder.resolve_entity(nlp.make_doc(name)[:], dt.date.fromisoformat(date))
    assert found is not None and found["actor_code"] == expected


@pytest.mark.parametrize("name", ["Pareja", "Narvaez"])
def test_surname_shared_with_phoenix_namesakes_needs_a_title(nlp, coder, name: str) -> None:
    # the bare surname stays with the generated namesakes of 2003-05 (resolved by date alone)
    for date in (dt.date(1865, 6, 1), dt.date(2003, 9, 1)):
        found = coder.resolve_entity(nlp.make_doc(name)[:], date)
        assert found is None or found["country_code"] != "ESP"


codes = root_triples


# (text, date, events that must be among the coded ones)
CASES = [
    ("De Mexikaansche regering protesteerde bij den Franschen gezant.", "1865-03-01",
     {("MEXGOV", "14", "FRA")}),
    ("Drouyn de Lhuys ontmoette Rechberg in Weenen.", "1864-03-01",
     {("FRAGOV", "04", "AUTGOV"), ("AUTGOV", "04", "FRAGOV")}),
    ("Seward waarschuwde Frankrijk tegen een inval in Mexiko.", "1865-03-01",
     {("USAGOV", "13", "FRA")}),
    ("Admiraal Pareja dreigde de Chiliaansche regering met een blokkade.", "1865-03-01",
     {("ESPMIL", "13", "CHLGOV")}),
    ("Cuza weigerde de eisen van de Porte.", "1864-03-01", {("ROMGOV", "12", "TUR")}),
    ("Kardinaal Antonelli bekritiseerde de Sardinische regering.", "1860-05-01",
     {("VATGOV", "11", "ITAGOV")}),
    ("Moshesh vroeg de Britsche regering om bescherming.", "1858-05-01",
     {("LSOGOV", "02", "GBRGOV")}),
    ("Beust veroordeelde de Pruissische politiek.", "1867-03-01", {("AUTGOV", "11", "DEU")}),
    ("De Pauselijke regering wees het voorstel van Walewski af.", "1863-03-01",
     {("VATGOV", "12", "FRAGOV")}),
    ("De Duitse rijksdag veroordeelde Frankrijk.", "1930-03-01", {("DEULEG", "11", "FRA")}),
    ("De Italiaanse gedelegeerden protesteerden tegen de eisen van Servië.", "1919-03-01",
     {("ITAGOV", "14", "SRB")}),
    ("De Engelschen steunden de Hollanders.", "1860-05-01", {("GBR", "05", "NLD")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_sentences_with_new_rows(nlp, coder, text: str, date: str, expected: set) -> None:
    assert expected <= codes(nlp, coder, text, date)
