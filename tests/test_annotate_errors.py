"""``geoevents annotate`` on a file with bad records: each is reported with its line number, the
others are annotated, and the exit status says that some failed (issue 17, item 9)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_bad_records_are_reported_by_line_and_the_rest_are_annotated(
    tmp_path: Path, tiny_model: str
) -> None:
    records = [
        json.dumps({"id": "a", "date": "2023-11-15", "text": "Biden ontmoette Xi in China."}),
        json.dumps({"id": "b", "date": "15-11-2023", "text": "Xi bezocht Moskou."}),
        "{not json",
        json.dumps({"id": "d", "title": 5, "text": "Poetin sprak in Moskou."}),
        '{"id": "e", "text": "caf\xe9"}',  # Latin-1 bytes below: not UTF-8
        "",
        json.dumps({"id": "g", "text": "Poetin sprak in Moskou met Xi."}),
        json.dumps({"id": "h", "body": "no text field"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes("\n".join(records).encode("latin-1") + b"\n")
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "geoevents.cli", "annotate", "--in", str(source), "--out", str(out)]
        + ["--spacy-model", tiny_model],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "line 2: 'date' '15-11-2023' is not an ISO date or time (e.g. 2023-11-15)",
        "line 3: not JSON (Expecting property name enclosed in double quotes)",
        "line 4: 'title' must be a string, got 5",
        "line 5: not UTF-8 text",
        "line 8: needs an object with a string 'text'",
        "geoevents annotate: 5 of 7 records failed (lines above); the other 2 were written",
    ]
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in written] == ["a", "g"]
    assert {"Poetin", "Xi"} <= {e["text"] for e in written[1]["entities"]}


def test_feed_country_codes_bare_home_roles_and_is_checked(
    tmp_path: Path, embedded_model, capsys
) -> None:
    """``--feed-country`` (or a record's own ``feed_country``) is the outlet's home country, as a
    feed's config names it for ``geoevents run``: "de minister" and "de Kamer" are then its."""
    from geoevents.cli import main

    text = "De minister bedankte de Kamer voor het debat."
    records = [
        {"id": "a", "date": "2024-09-01", "text": text},
        {"id": "b", "date": "2024-09-01", "text": text, "feed_country": "BEL"},
        {"id": "c", "text": "x", "feed_country": "XYZ"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["annotate", "--in", str(source), "--out", str(out), "--stages", "events"]
    args += ["--spacy-model", str(embedded_model)]
    assert main([*args, "--feed-country", "NLD"]) == 1  # line 3 fails, the others are written
    written = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    pairs = {
        k: {(e["actor1_code"], e["actor2_code"]) for e in r["events"]} for k, r in written.items()
    }
    assert pairs == {"a": {("NLDGOV", "NLDLEG")}, "b": {("BELGOV", "BELLEG")}}
    assert "line 3: 'feed_country' 'XYZ' is not a CAMEO country code" in capsys.readouterr().err
    assert main([*args]) == 1  # without a feed country the roles have no country
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [len(r["events"]) for r in written] == [0, 1]
    assert main([*args, "--feed-country", "XX"]) == 2
    assert "--feed-country 'XX' is not a CAMEO country code" in capsys.readouterr().err
