"""People at Phoenix scale: generated dictionary, case/accent-insensitive names, genitives,
surname aliases resolved by the article date, and domestic events between two named actors.

Sentences here are written for this file (unit tests), not taken from the dev or blind sets.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import spacy

from geoevents.transforms.coder import EventCoder
from geoevents.transforms.coder import actors as A
from geoevents.transforms.coder.dictionaries import DATA_DIR, GENERATED_FILES, DictionaryError, load
from geoevents.transforms.coder.evaluate import actor_key
from geoevents.transforms.coder.mention_match import match_mentions

D = dt.date


def _resolve(coder: EventCoder, words: list[str], date: D) -> str | None:
    doc = spacy.blank("nl").make_doc(" ".join(words))
    found = coder.resolve_entity(doc[:], date)
    return found["actor_code"] if found else None


def test_generated_people_are_loaded_at_scale() -> None:
    d = load()
    generated = [p for p in d.people.values() if not p.hand]
    assert len(generated) > 15_000
    assert all(p.roles or p.fallback for p in generated)


@pytest.mark.parametrize(
    ("words", "date", "code"),
    [
        (["Eduard", "Shevardnadze"], D(1998, 1, 1), "GEOGOV"),  # president 1992-2003
        (["Eduard", "Shevardnadze"], D(1990, 1, 1), "GEOELI"),  # dated elite role before
        (["Eduard", "Shevardnadze"], D(2030, 1, 1), "GEOELI"),  # undated fallback
        (["EDUARD", "SHEVARDNADZE"], D(1998, 1, 1), "GEOGOV"),  # case-insensitive
        (["Edoeard", "Sjevardnadze"], D(1998, 1, 1), "GEOGOV"),  # Dutch transliteration
        (["Sjevardnadzes"], D(1998, 1, 1), "GEOGOV"),  # genitive of a surname alias
        (["Shevardnadze's"], D(1998, 1, 1), "GEOGOV"),
    ],
)
def test_generated_people_resolve_by_date(coder, words, date, code) -> None:
    assert _resolve(coder, words, date) == code


@pytest.mark.parametrize(
    ("words", "date", "code"),
    [
        (["Pasjinjan"], D(2024, 1, 1), "ARMGOV"),  # prime minister since 2018
        (["Albin", "Kurti"], D(2024, 1, 1), "XKXGOV"),  # Kosovo (XKX, as the gazetteer)
        (["Tokajev"], D(2024, 1, 1), "KAZGOV"),  # president since 2019
        (["Tokajev"], D(2010, 1, 1), "KAZLEG"),  # chairman of the Senate then
        (["Tokajev"], D(2001, 1, 1), "KAZGOV"),  # prime minister then (the Phoenix role, kept)
    ],
)
def test_hand_rows_for_leaders_after_2015(coder, words, date, code) -> None:
    """Leaders whose office began after the Phoenix dictionaries end (2015); the hand row of
    Tokayev carries his Phoenix roles too, since the hand file replaces the generated person."""
    assert _resolve(coder, words, date) == code


def test_a_surname_alias_needs_a_dated_role() -> None:
    """A bare surname names a person only while they hold a dated office; never by fallback."""
    people = load().people
    person = next(p for p in people.values() if "Eduard Shevardnadze" in p.names)
    assert "Sjevardnadze" in person.names and not person.hand
    entry = match_mentions(["Sjevardnadze"], EventCoder().index)[0].entry
    assert entry.code.startswith("?")
    from geoevents.transforms.coder.actors import person_code_at

    assert person_code_at(people, entry.code, D(1998, 1, 1)) == "GEOGOV"
    assert person_code_at(people, entry.code, D(2030, 1, 1)) is None


def test_lower_case_words_never_match_a_person(coder) -> None:
    assert match_mentions(["barak"], coder.index) == []


def test_shared_surname_resolves_to_whoever_is_in_office(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / GENERATED_FILES["people"]).write_text(
        "id\tnames\tactor_code\tstart\tend\n"
        "phx:a\tAnna Zwartkop|Zwartkop\tNLDGOV\t1990-01-01\t1995-01-01\n"
        "phx:b\tBert Zwartkop|Zwartkop\tBELGOV\t1994-01-01\t1999-01-01\n",
        encoding="utf-8",
    )
    c = EventCoder(str(data))
    assert _resolve(c, ["Zwartkop"], D(1992, 1, 1)) == "NLDGOV"
    assert _resolve(c, ["Zwartkop"], D(1996, 1, 1)) == "BELGOV"
    assert _resolve(c, ["Zwartkop"], D(1994, 6, 1)) is None  # both in office: ambiguous
    assert _resolve(c, ["Zwartkop"], D(2010, 1, 1)) is None
    assert _resolve(c, ["Bert", "Zwartkop"], D(1996, 1, 1)) == "BELGOV"


def test_generated_file_may_not_reuse_a_hand_id(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / GENERATED_FILES["people"]).write_text(
        "id\tnames\tactor_code\tstart\tend\nbiden\tJ. R. Biden\tUSAGOV\t2021-01-20\t-\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="also in people.tsv"):
        load(data)


def test_accent_folding_matches_either_spelling(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / GENERATED_FILES["people"]).write_text(
        "id\tnames\tactor_code\tstart\tend\nphx:x\tVojo Petrović\tSRBGOV\t2000-01-01\t2001-01-01\n",
        encoding="utf-8",
    )
    c = EventCoder(str(data))
    assert _resolve(c, ["Vojo", "Petrovic"], D(2000, 6, 1)) == "SRBGOV"
    assert _resolve(c, ["Vojo", "Petrović"], D(2000, 6, 1)) == "SRBGOV"


def test_plain_names_split_like_the_tokenizer() -> None:
    """The index splits plain names on spaces instead of tokenizing; that must agree."""
    tok = spacy.blank("nl").tokenizer
    d = load()
    names = [n for p in d.people.values() for n in p.names]
    names += [
        n for c in d.countries for k in ("names", "adjectives", "demonyms", "seats") for n in c[k]
    ]
    names += [n for o in d.organisations for n in o["names"] + o["context"]]
    names += [n for _, ns in d.places for n in ns]
    plain = [n for n in names if A.PLAIN_NAME.fullmatch(n)]
    sample = plain[:: max(1, len(plain) // 4000)] + [n for n in plain if "-" in n or "'" in n]
    bad = [n for n in sample if [t.text for t in tok(n)] != n.split()]
    assert not bad, bad[:10]


def _triples(nlp, coder, text: str, date: D) -> set[tuple]:
    return {
        (actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"])
        for r in coder.code_doc(nlp(text), date)
    }


def test_domestic_event_between_two_named_officials(nlp, coder) -> None:
    text = "De Israëlische minister Ben-Ami bekritiseerde premier Barak."
    got = _triples(nlp, coder, text, D(2000, 7, 15))
    assert ("ISR", "ISR", "11") in got


def test_no_event_of_an_actor_with_itself(nlp, coder) -> None:
    got = _triples(nlp, coder, "Premier Barak bekritiseerde Barak.", D(2000, 7, 15))
    assert got == set()


def test_regional_adjective_and_party_agent_compose(nlp, coder) -> None:
    got = _triples(nlp, coder, "Verhofstadt bekritiseerde de Waalse socialisten.", D(2000, 7, 15))
    assert got == {("BEL", "BEL", "11")}


def test_between_phrase_on_an_event_noun_is_reciprocal(nlp, coder) -> None:
    got = _triples(
        nlp, coder, "De besprekingen tussen Japan en Zuid-Korea zijn vastgelopen.", D(2019, 1, 1)
    )
    assert {("JPN", "KOR"), ("KOR", "JPN")} <= {(a, b) for a, b, _ in got}


def test_fighting_noun_between_two_countries(nlp, coder) -> None:
    got = _triples(
        nlp, coder, "Er zijn gevechten uitgebroken tussen Ethiopië en Eritrea.", D(1999, 1, 1)
    )
    assert got == {("ETH", "ERI", "19"), ("ERI", "ETH", "19")}


def test_a_hand_written_surname_beats_generated_namesakes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / GENERATED_FILES["people"]).write_text(
        "id\tnames\tactor_code\tstart\tend\n"
        "phx:z\tZoran Milošević|Milošević\tHRVGOV\t2011-01-01\t-\n",
        encoding="utf-8",
    )
    c = EventCoder(str(data))
    # the hand file's Slobodan Milošević: president until October 2000, then his fallback
    assert _resolve(c, ["Milošević"], D(1999, 1, 1)) == "SRBGOV"
    assert _resolve(c, ["Milošević"], D(2012, 1, 1)) not in (None, "HRVGOV")


def test_a_surname_after_a_role_noun_is_the_person_holding_that_role_then(nlp, coder) -> None:
    """ "premier Kok" is Wim Kok in 2001; so is a capitalised bare "Kok" (since 0.3.12: names
    match capitalised tokens only, so "de kok" stays a cook)."""
    titled = coder.code_doc(
        nlp("Gisteren sprak premier Kok met Verhofstadt."), dt.date(2001, 3, 10)
    )
    assert {(r["actor1_code"], r["actor2_code"]) for r in titled} == {
        ("NLDGOV", "BELGOV"),
        ("BELGOV", "NLDGOV"),
    }
    bare = coder.code_doc(nlp("Gisteren sprak Kok met Verhofstadt."), dt.date(2001, 3, 10))
    assert {(r["actor1_code"], r["actor2_code"]) for r in bare} == {
        ("NLDGOV", "BELGOV"),
        ("BELGOV", "NLDGOV"),
    }
    cook = coder.code_doc(nlp("Gisteren sprak de kok met Verhofstadt."), dt.date(2001, 3, 10))
    assert cook == []


def test_a_full_name_with_lower_case_particles_matches(nlp, coder) -> None:
    """Names such as "Ursula von der Leyen" or "Jaap de Hoop Scheffer" never matched: the
    lower-case particles inside them had no match key."""
    rows = coder.code_doc(nlp("Ursula von der Leyen bekritiseerde China."), dt.date(2023, 5, 1))
    assert {(r["actor1_code"], r["actor2_code"]) for r in rows} == {("IGOEUREEC", "CHN")}


def test_historical_leaders_are_dated(nlp, coder) -> None:
    """people_historical.tsv: Napoleon leads France in 1812, Bismarck is Prussia's (DEU)."""
    rows = coder.code_doc(nlp("Napoleon viel Rusland aan."), dt.date(1812, 7, 1))
    assert {(r["actor1_code"], r["actor2_code"]) for r in rows} == {("FRAGOV", "RUS")}
    rows = coder.code_doc(nlp("Bismarck waarschuwde Frankrijk."), dt.date(1870, 7, 1))
    assert {(r["actor1_code"], r["actor2_code"]) for r in rows} == {("DEUGOV", "FRA")}
