"""A backfill goes on past records whose source would be an unsafe folder name (issue 20.6).

One record with a source like ``../x`` or a URL host like ``_evil.example.org`` used to stop the
whole backfill with an unhandled ``PartitionError`` (exit 1, no dead letter)."""

from __future__ import annotations

import json
from pathlib import Path

from geoevents.cli import main
from geoevents.schemas.warehouse import connect

BODY = (
    "De Nederlandse regering heeft woensdag in Den Haag nieuwe plannen gepresenteerd voor de zorg."
)


def test_records_with_an_unsafe_source_are_dead_letters_and_the_backfill_goes_on(
    tmp_path: Path, tiny_model: str
) -> None:
    records = [
        {
            "url": "https://nos.nl/artikel/1",
            "title": "Goed",
            "published": "2016-05-01",
            "text": BODY,
        },
        {  # surrounding whitespace is trimmed (archives are bulk data): this one is "nos"
            "url": "https://nos.nl/artikel/2",
            "source": " nos\n",
            "title": "Regel",
            "published": "2016-05-02",
            "text": BODY,
        },
        {"url": "https://_evil.example.org/a", "title": "Slechte host", "text": BODY},
        {"url": "https://nos.nl/artikel/3", "source": "../x", "title": "Pad", "text": BODY},
    ]
    archive = tmp_path / "dump.jsonl"
    archive.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    output = tmp_path / "out"
    args = ["run", "--archive", str(archive), "--output", str(output), "--spacy-model", tiny_model]
    assert main([*args, "--json"]) == 0
    con = connect(output)
    titles = con.execute("select source, title from articles order by title").fetchall()
    assert titles == [("nos", "Goed"), ("nos", "Regel")]
    dead = con.execute("select source, reason from dead_letters order by url").fetchall()
    assert dead == [("unknown", "bad_source"), ("nos", "bad_source")]
    manifest = json.loads(next((output / "_manifests").glob("*.json")).read_text())
    assert manifest["summary"]["reconciles"] is True
