"""The CLI's QA commands: annotate JSONL (``eval events``: tests/test_eval_events.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.cli import main

SEED_LINE = "De Amerikaanse president Biden en de Chinese president Xi hebben elkaar voor het eerst in een jaar tijd ontmoet."


def test_annotate_writes_language_entities_and_events_per_line(
    tmp_path: Path, embedded_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "date": "2023-11-15", "text": SEED_LINE})
        + "\n"
        + json.dumps({"id": "b", "text": "The weather in London was fine today."})
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["annotate", "--in", str(source), "--out", str(out)]) == 1
    assert "line 3: not JSON" in capsys.readouterr().err
    first, second = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert first["id"] == "a" and first["language"] == "nl"
    assert {"Biden", "Xi"} <= {e["text"] for e in first["entities"]}
    pairs = {
        (e["actor1_country_code"], e["actor2_country_code"], e["event_root_code"])
        for e in first["events"]
    }
    assert ("USA", "CHN", "04") in pairs and ("CHN", "USA", "04") in pairs
    for event in first["events"]:
        assert isinstance(event["event_code"], str) and event["sentence_index"] >= 0
        for key in (
            "actor1_code",
            "actor1_known_group_code",
            "actor2_code",
            "quad_class",
            "goldstein_scale",
        ):
            assert key in event
    assert second["language"] == "en"


def test_annotate_language_only_needs_no_model(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": "Dit is een gewone Nederlandse zin over het weer."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "annotate",
                "--in",
                str(source),
                "--out",
                str(out),
                "--stages",
                "language",
                "--spacy-model",
                "nope",
            ]
        )
        == 0
    )
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record == {"id": 1, "language": "nl", "language_score": record["language_score"]}


def test_annotate_rejects_unknown_stages(tmp_path: Path) -> None:
    assert main(["annotate", "--in", "-", "--out", "-", "--stages", "language,sentiment"]) == 2


def test_a_run_where_every_feed_fails_exits_non_zero(
    tmp_path: Path, tiny_model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.faultserver import closed_port

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "settings: {allow_private_hosts: ['127.0.0.1'], retries: 0, connect_timeout: 1}\n"
        f"feeds:\n  - {{source: nos, name: down, url: 'http://127.0.0.1:{closed_port()}/feed'}}\n",
        encoding="utf-8",
    )
    output = tmp_path / "out"
    assert (
        main(["run", "--feeds", str(feeds), "--output", str(output), "--spacy-model", tiny_model])
        == 1
    )
    assert "every feed failed" in capsys.readouterr().err
    dead = list((output / "dead_letters").rglob("part-*.parquet"))
    assert len(dead) == 1


def test_streaming_on_the_direct_runner_needs_a_bound(
    tmp_path: Path, tiny_model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "run",
        "--streaming",
        "--feeds",
        "samples",
        "--output",
        str(tmp_path / "o"),
        "--spacy-model",
        tiny_model,
    ]
    assert main(args) == 2
    assert "--stop-after" in capsys.readouterr().err


def test_a_feed_country_the_coder_does_not_know_is_refused_before_the_run(
    tmp_path: Path, tiny_model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "feeds.yaml"
    registry.write_text(
        "feeds:\n  - {source: nos, name: a, url: https://x.nl/f, country: XYZ}\n", encoding="utf-8"
    )
    output = tmp_path / "o"
    args = ["run", "--feeds", str(registry), "--output", str(output), "--spacy-model", tiny_model]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "country 'XYZ' is not a CAMEO country code" in err and "Traceback" not in err
    assert not output.exists()


def test_bounded_streaming_run_from_the_cli_writes_window_files(
    tmp_path: Path, tiny_model: str
) -> None:
    output = tmp_path / "o"
    args = [
        "run",
        "--streaming",
        "--poll-interval",
        "1",
        "--window-seconds",
        "1",
        "--stop-after",
        "2",
        "--feeds",
        "samples",
        "--output",
        str(output),
        "--spacy-model",
        tiny_model,
    ]
    assert main(args) == 0
    files = sorted(p.name for p in (output / "articles").rglob("*.parquet"))
    assert files and all(name.startswith("part-w") for name in files)
