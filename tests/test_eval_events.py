"""Scorer for event gold files (GUIDELINES.md format): matching, grouping, report and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.transforms.coder.evaluate import (
    _match,
    doc_key,
    evaluate,
    format_report,
    load_gold,
    main,
)

GOLD = [
    {"id": "t-nos-s01", "source": "nos", "date": "2023-05-01",
     "text": "Duitsland levert wapens aan Oekraïne.",
     "events": [{"actor1": "DEU", "actor2": "UKR", "code": "072", "roots": ["07"]}]},
    {"id": "t-nos-s02", "source": "nos", "date": "2023-05-01",
     "text": "Het weer was mooi in Berlijn.", "events": []},
    {"id": "t-nos-s03", "source": "nos", "date": "2023-05-01",
     "text": "Frankrijk bekritiseerde Iran.",
     "events": [{"actor1": "FRA", "actor2": "IRN", "code": "111", "roots": ["11"]},
                {"actor1": "FRA", "actor2": "IRN", "code": "163", "roots": ["16"]}]},
]  # fmt: skip


def test_matching_is_one_to_one() -> None:
    ok = lambda p, g: p[0] == g[0] and p[1] == g[1] and p[2] in g[2]  # noqa: E731
    gold = [("USA", "CHN", ("04", "05"))]
    # two predictions for one gold event: only one can be a true positive
    assert _match([("USA", "CHN", "04"), ("USA", "CHN", "05")], gold, ok) == 1
    # augmenting path: the first prediction must move to the second gold event
    gold2 = [("A", "B", ("04", "05")), ("A", "B", ("04",))]
    assert _match([("A", "B", "04"), ("A", "B", "05")], gold2, ok) == 2


def test_doc_key_groups_sentences_of_one_article() -> None:
    a = {"id": "seed-nos-s01", "source": "nos", "date": "2023-11-15"}
    b = {"id": "seed-nos-s12", "source": "nos", "date": "2023-11-15"}
    c = {"id": r"ud:WR-P-P-H-1\WR-P-P-H-1.p.3.s.2", "source": "ud", "date": "1995-01-01"}
    d = {"id": r"ud:WR-P-P-H-1\WR-P-P-H-1.p.5.s.1", "source": "ud", "date": "1995-01-01"}
    e = {"id": r"ud:WR-P-P-H-2\WR-P-P-H-2.p.5.s.1", "source": "ud", "date": "1995-01-01"}
    assert doc_key(a) == doc_key(b)
    assert doc_key(c) == doc_key(d) != doc_key(e)


def test_load_gold_rejects_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "date": "2023-01-01", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="missing key 'events'"):
        load_gold(str(path))


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD), encoding="utf-8"
    )
    return path


def test_evaluate_scores_and_reports_misses(nlp, gold_file: Path) -> None:
    report = evaluate(str(gold_file), nlp)
    assert report.n_sentences == 3
    assert report.root.n_gold == 3
    # the coder finds the arms delivery and the criticism; the sanctions event is not in the text
    assert report.root.tp == 2
    assert report.root.precision == 1.0
    assert report.root.recall == pytest.approx(2 / 3)
    assert report.quad.tp >= report.root.tp
    assert [m["id"] for m in report.misses] == ["t-nos-s03"]
    assert report.misses[0]["gold"][3] == "163"
    text = format_report(report)
    assert "root" in text and "quad" in text and "t-nos-s03" in text and "0.667" in text


def test_cli_entry_prints_scores(
    embedded_model, gold_file: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main([str(gold_file), "--spacy-model", str(embedded_model), "-q"]) == 0
    out = capsys.readouterr().out
    root = next(line.split() for line in out.splitlines() if line.startswith("root"))
    assert root[1:] == ["1.000", "0.667", "0.800", "2/2/3"]
    assert main([str(gold_file.parent / "missing.jsonl")]) == 2


def test_cli_summary_prints_scores_without_sentences(
    embedded_model, gold_file: Path, capsys: pytest.CaptureFixture
) -> None:
    """Blind sets are scored with --summary: their errors are never shown."""
    from geoevents.cli import main as geoevents

    args = ["eval", "events", str(gold_file)]
    assert geoevents([*args, "--spacy-model", str(embedded_model), "--summary"]) == 0
    out = capsys.readouterr().out
    assert "2/2/3" in out and "t-nos-s03" not in out and "misses" not in out
    # without --summary, and without --spacy-model: the default is the embedded model (this
    # call was test_cli.py's test_eval_events_prints_root_and_quad_scores, one model load less)
    assert geoevents(args) == 0
    out = capsys.readouterr().out
    assert "t-nos-s03" in out and "2/2/3" in out
    lower = out.lower()
    assert "root" in lower and "quad" in lower
    assert "precision" in lower or " p " in lower or "p=" in lower


def _line_with_context(tmp_path: Path, rid: str, text: str, event: tuple, before: str):
    """A one-line gold file (one event: actor1, actor2, root) and its context file."""
    gold = tmp_path / "gold.jsonl"
    a1, a2, root = event
    rec = {"id": rid, "source": "nos", "date": "2025-06-01", "text": text,
           "events": [{"actor1": a1, "actor2": a2, "code": root + "0", "roots": [root]}]}  # fmt: skip
    gold.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    context = tmp_path / "context.jsonl"
    context.write_text(json.dumps({"id": rid, "before": [before]}) + "\n", "utf-8")
    return gold, context


def test_context_sentences_are_coded_but_never_scored(nlp, tmp_path: Path) -> None:
    """``--context``: the article sentence before a gold line gives its pronoun an antecedent,
    and an event inside the context sentence itself is not counted."""
    before = "President Macron sprak in Parijs met de Duitse kanselier."
    gold, context = _line_with_context(
        tmp_path, "c-nos-s02", "Hij bekritiseerde Iran.", ("FRA", "IRN", "11"), before
    )
    alone = evaluate(str(gold), nlp)
    assert (alone.root.tp, alone.root.n_pred) == (0, 0)
    with_context = evaluate(str(gold), nlp, context_path=str(context))
    # the meeting in the context sentence (FRA-DEU) is coded but belongs to no gold line
    assert (with_context.root.tp, with_context.root.n_pred, with_context.root.n_gold) == (1, 1, 1)


def test_cli_feed_country_codes_lines_as_a_feeds_articles(
    embedded_model, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """--feed-country codes each line as the pipeline codes a feed with that home country: a
    sentence of bare home roles ("de minister", "de Kamer") has an event only with it."""
    from geoevents.cli import main as geoevents

    gold = tmp_path / "domestic.jsonl"
    row = {
        "id": "t-nos-s01",
        "source": "nos",
        "date": "2024-03-01",
        "text": "De minister bedankte de Kamer voor het debat.",
        "events": [{"actor1": "NLD", "actor2": "NLD", "code": "051", "roots": ["05"]}],
    }
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["eval", "events", str(gold), "--spacy-model", str(embedded_model), "--summary"]
    assert geoevents(args) == 0
    assert "0/0/1" in capsys.readouterr().out
    assert geoevents([*args, "--feed-country", "NLD"]) == 0
    out = capsys.readouterr().out
    assert "1/1/1" in out and "feed country: NLD" in out
    assert geoevents([*args, "--feed-country", "XYZ"]) == 2
    err = capsys.readouterr().err
    assert "--feed-country 'XYZ' is not a CAMEO country code" in err and "Traceback" not in err
