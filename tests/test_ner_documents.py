"""``training/ner_gold.py score --docs``: labelled sentences rebuilt into the documents the
pipeline reads, with gold spans at document offsets (the scorer's view of whole articles)."""

from __future__ import annotations

import pytest

from tests.scripts import script_module


@pytest.fixture(scope="module")
def ner_gold():
    return script_module("training", "ner_gold")


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


def test_scores_per_source_document(ner_gold, tmp_path, capsys) -> None:
    """``score --by-doc`` counts PER+LOC+ORG per UD document, so a test file that mixes news
    with another genre shows where its errors are; MISC stays out of the per-document figure."""
    import json

    import spacy

    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Rutte"},
            {"label": "ORG", "pattern": "Basistakenpakket"},
            {"label": "MISC", "pattern": "Nederlandse"},
        ]
    )
    rows = [
        _row("t:WR-P-P-H-1/WR-P-P-H-1.p.1.s.1", "Rutte sprak.", [["Rutte", "PER"]]),
        _row("t:WR-P-P-H-1/WR-P-P-H-1.p.1.s.2", "Zo Nederlandse.", []),
        _row("t:WR-P-P-L-3/WR-P-P-L-3.p.1.s.1", "Het Basistakenpakket.", []),
        _row("t:WR-P-P-L-3/WR-P-P-L-3.p.2.s.1", "De GGD helpt.", [["GGD", "ORG"]]),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ner_gold.score([gold], nlp, by_doc=True)
    out = capsys.readouterr().out.splitlines()
    per_doc = {line.split()[0]: line.split()[1:] for line in out if line.startswith("  WR-")}
    assert ner_gold.document_of(rows[0]["id"]) == "WR-P-P-H-1"
    assert per_doc["WR-P-P-H-1"] == ["2", "1", "1.000", "/", "1.000", "/", "1.000"]
    assert per_doc["WR-P-P-L-3"] == ["2", "1", "0.000", "/", "0.000", "/", "0.000"]
