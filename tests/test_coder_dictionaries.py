"""Event coder dictionaries: loading, CAMEO tables, dated roles, malformed files (no model needed)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import spacy

from geoevents.transforms.coder import EventCoder
from geoevents.transforms.coder.dictionaries import (
    DATA_DIR,
    DictionaryError,
    adjective_forms,
    load,
    split_code,
)
from geoevents.transforms.coder.morph import past_forms, separable_forms, verb_forms


@pytest.fixture(scope="module")
def dicts():
    return load()


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def test_dictionaries_are_broad(dicts) -> None:
    sizes = dicts.sizes()
    assert sizes["countries"] >= 190
    assert sizes["event_codes"] == 311
    assert sizes["people"] >= 100
    assert sizes["predicates_verb"] >= 150
    assert sizes["organisations"] >= 40


def test_cameo_table_roots_and_quads_are_consistent(dicts) -> None:
    quad_by_root: dict[str, int] = {}
    for code, ec in dicts.event_codes.items():
        assert ec.root == code[:2]
        assert quad_by_root.setdefault(ec.root, ec.quad_class) == ec.quad_class
    assert quad_by_root["09"] == 2  # GDELT puts INVESTIGATE in material cooperation
    assert [quad_by_root[r] for r in ("01", "05", "06", "10", "14", "15", "20")] == [
        1,
        1,
        2,
        3,
        3,
        4,
        4,
    ]


def test_every_predicate_code_joins_with_gdelt(dicts) -> None:
    for p in dicts.predicates:
        if "none" in p.flags:
            assert p.code == "-", p.source  # a reading that is no event codes nothing
            continue
        assert p.code in dicts.event_codes, p.source
        assert p.reverse is None or p.reverse in dicts.event_codes, p.source


@pytest.mark.parametrize(
    ("pid", "date", "code"),
    [
        ("rutte", dt.date(2015, 6, 1), "NLDGOV"),
        ("rutte", dt.date(2025, 3, 1), "IGOWSTNAT"),
        ("biden", dt.date(2023, 11, 15), "USAGOV"),
        ("biden", dt.date(2014, 1, 1), "USAGOV"),
        ("biden", dt.date(2025, 6, 1), "USAELI"),
        ("trump", dt.date(2025, 6, 1), "USAGOV"),
        ("borrell", dt.date(2023, 3, 24), "IGOEUREEC"),
        ("borrell", dt.date(2025, 3, 1), "ESPELI"),
        ("guterres", dt.date(2020, 1, 1), "IGOUNO"),
        ("guterres", dt.date(2010, 1, 1), "IGOUNOHCR"),
    ],
)
def test_person_role_follows_the_article_date(dicts, pid: str, date: dt.date, code: str) -> None:
    assert dicts.people[pid].code_at(date) == code


def test_split_code_fills_gdelt_columns(dicts) -> None:
    eu = split_code("IGOEUREEC", dicts.actor_codes)
    assert (eu.country, eu.group, eu.types) == (None, "EEC", ("IGO",))
    us = split_code("USAGOV", dicts.actor_codes)
    assert (us.country, us.group, us.types) == ("USA", None, ("GOV",))
    likud = split_code("ISRPTYLKD", dicts.actor_codes)
    assert (likud.country, likud.group, likud.types) == ("ISR", "LKD", ("PTY",))


def test_adjective_and_verb_forms() -> None:
    assert adjective_forms("Chinees") == ["Chinees", "Chinese", "Chineesch", "Chineesche"]
    assert adjective_forms("Russisch") == ["Russisch", "Russische"]
    assert {"reisde", "gereisd", "reist"} <= verb_forms("reizen")
    assert {"sloot", "sloten", "gesloten"} <= verb_forms("sluiten")
    assert {"aangevallen", "aanviel"} <= verb_forms("aanvallen")
    assert {"overeengekomen"} <= separable_forms("komen", "overeen")
    assert "praten" not in past_forms("praten") and "praatte" in past_forms("praten")


def test_verb_forms_table_matches_the_predicates(dicts) -> None:
    """The generated table names its source and licence and is rebuilt when verbs are added."""
    head = (DATA_DIR / "verb_forms.tsv").read_text(encoding="utf-8")[:600]
    assert "spacy-lookups-data" in head and "MIT" in head
    verbs = {p.lemma for p in dicts.predicates if p.kind == "V"} | {
        p.particle + p.lemma for p in dicts.predicates if p.kind == "V" and p.particle
    }
    assert set(dicts.verb_forms) <= verbs  # no rows for verbs the dictionary dropped
    # build_verb_forms.py skips auxiliaries and verbs the lookups lack: a few percent at most
    assert len(dicts.verb_forms) >= 0.9 * len(verbs)
    assert "waarschuwde" in dicts.verb_forms["waarschuwen"]
    assert not any(f.endswith("ende") for forms in dicts.verb_forms.values() for f in forms)


def test_resolve_entity_without_a_parser(coder: EventCoder) -> None:
    nlp = spacy.blank("nl")
    doc = nlp("Volgens Mark Rutte en de NAVO")
    rutte = coder.resolve_entity(doc[1:3], dt.date(2025, 1, 10))
    assert rutte == {
        "actor_code": "IGOWSTNAT",
        "country_code": None,
        "known_group_code": "NAT",
        "type_code": "IGO",
    }
    assert coder.resolve_entity(doc[1:3], dt.date(2016, 1, 10))["actor_code"] == "NLDGOV"
    assert coder.resolve_entity(doc[5:6], dt.date(2025, 1, 10))["known_group_code"] == "NAT"
    assert coder.resolve_entity(doc[0:1], dt.date(2025, 1, 10)) is None


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


@pytest.mark.parametrize(
    ("filename", "line", "message"),
    [
        ("predicates.tsv", "V\tzwaaien\t-\t-\tobj\t999\t-\t-", "999"),
        ("predicates.tsv", "V\tzwaaien\t-\t-\tobj", "columns"),
        ("predicates.tsv", "V\tzwaaien\t-\t-\tobj\t010\t-\tloud", "flag"),
        ("predicates.tsv", "V\tzwaaien\t-\tvlag\tobj\t-\t-\t-", "none flag"),
        ("predicates.tsv", "V\tzwaaien\t-\t-\tobj\t-\t-\tnone", "with a cue"),
        ("people.tsv", "nobody\tNiemand\tNLDGOV\t2020-13-01\t-", "bad date"),
        ("people.tsv", "nobody\tNiemand\tXXXGOV\t-\t-", "XXX"),
        ("countries.tsv", "ZZZ\tNergensland\t-\t-\t-", "ZZZ"),
        ("organisations.tsv", "IGOUNO\t-\tQQQ\tIGO\tQuux\t-", "QQQ"),
    ],
)
def test_malformed_dictionary_names_file_and_line(
    tmp_path: Path, filename: str, line: str, message: str
) -> None:
    data = _copy_data(tmp_path)
    lineno = _append(data / filename, line)
    with pytest.raises(DictionaryError) as err:
        EventCoder(str(data))
    text = str(err.value)
    assert f"{filename}:{lineno}" in text
    assert message in text


def test_missing_dictionary_file_is_reported(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "agents.tsv").unlink()
    with pytest.raises(DictionaryError, match="agents.tsv"):
        EventCoder(str(data))


def test_dictionary_can_be_extended(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    _append(data / "people.tsv", "jansen\tPiet Jansen\tNLDGOV\t2020-01-01\t-")
    coder = EventCoder(str(data))
    doc = spacy.blank("nl")("Piet Jansen")
    assert coder.resolve_entity(doc[0:2], dt.date(2024, 1, 1))["actor_code"] == "NLDGOV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rusland viel Oekraïne aan.", {("RUS", "UKR", "190")}),
        ("Rusland viel Oekraïne niet aan.", set()),
        ("Japan wil met Zuid-Korea samenwerken.", {("JPN", "KOR", "030")}),
        ("De NAVO veroordeelde Rusland.", {("NAT", "RUS", "111")}),
        ("Als China Taiwan aanvalt, grijpen de VS in.", set()),
        # forms only the generated verb_forms.tsv knows (morph.py's rules miss them)
        ("Rusland waarschuwde Oekraïne.", {("RUS", "UKR", "130")}),
        ("China kreeg steun van Rusland.", {("RUS", "CHN", "051")}),
    ],
)
def test_word_order_fallback_codes_without_a_parser(
    coder: EventCoder, text: str, expected: set
) -> None:
    """With no parse at all (blank pipeline) the clause-window reading still codes simple clauses."""
    from geoevents.transforms.coder.evaluate import actor_key

    coder.strict = True
    rows = coder.code_doc(spacy.blank("nl")(text), dt.date(2023, 3, 1))
    got = {(actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_code"]) for r in rows}
    assert got == expected


def test_hyphenated_prefix_names_an_actor_but_not_a_suffix(coder: EventCoder) -> None:
    doc = spacy.blank("nl")("EU-leiders Indo-China Hezbollah-leider")
    date = dt.date(2023, 1, 1)
    assert coder.resolve_entity(doc[0:1], date)["known_group_code"] == "EEC"
    assert coder.resolve_entity(doc[1:2], date) is None
    assert coder.resolve_entity(doc[2:3], date)["known_group_code"] == "HEZ"


def test_generated_people_are_people_not_countries() -> None:
    """``people_phoenix.tsv`` holds people: a Phoenix country record ("SOUTH_SUDAN", "Ukraine ...
    Kyiv, Kharkiv, Odesa" as [UKR >911221]) names no person, and its towns are no actor."""
    rows = [
        line.split("\t")
        for line in (DATA_DIR / "people_phoenix.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "id\t"))
    ]
    assert len(rows) > 20_000
    assert not [r[0] for r in rows if len(r[2]) == 3], "a country record among the people"
