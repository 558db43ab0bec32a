"""``training/ner_gold.py score --docs``: labelled sentences rebuilt into the documents the
pipeline reads, with gold spans at document offsets (the scorer's view of whole articles)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ner_gold():
    sys.path.insert(0, str(ROOT / "training"))
    try:
        import ner_gold
    finally:
        sys.path.pop(0)
    return ner_gold


def _row(sid: str, text: str, ents: list[list[str]]) -> dict:
    return {"id": sid, "text": text, "ents": ents}


def test_sentences_join_into_paragraphs_and_documents(ner_gold) -> None:
    rows = [
        _row("x:doc-1.p.1.s.1", "Rutte sprak in Brussel.", [["Rutte", "PER"], ["Brussel", "LOC"]]),
        _row("x:doc-1.p.1.s.2", "Hij bleef er twee dagen.", []),
        _row("x:doc-1.p.2.s.1", "Parken", []),
        _row("x:doc-1.p.2.s.2", "Park Ursulinen", [["Park Ursulinen", "LOC"]]),
        _row("x:doc-2.p.1.s.1", "De NAVO zweeg.", [["NAVO", "ORG"]]),
    ]
    docs = ner_gold.as_documents(rows)
    assert [t for t, _ in docs] == [
        "Rutte sprak in Brussel. Hij bleef er twee dagen.\n\nParken\nPark Ursulinen",
        "De NAVO zweeg.",
    ]
    for text, gold in docs:
        # every gold span still covers its name in the rebuilt text
        assert {text[a:b] for a, b, _ in gold} <= {"Rutte", "Brussel", "Park Ursulinen", "NAVO"}
    assert len(docs[0][1]) == 3 and len(docs[1][1]) == 1


def test_ids_without_paragraphs_stand_alone(ner_gold) -> None:
    rows = [
        _row("europeana_train:1", "Te Londen.", []),
        _row("europeana_train:2", "Te Parijs.", []),
    ]
    assert [t for t, _ in ner_gold.as_documents(rows)] == ["Te Londen.", "Te Parijs."]
