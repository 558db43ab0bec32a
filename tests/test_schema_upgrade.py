"""Outputs written before a column rename (issue 21: dead_letters 2.0.0 renamed ``occurred_at``
to ``fetched_at``, what it always held) still read, under the new name, in the sink, DuckDB and
``geoevents upgrade``; a file lacking a required column for any other reason is refused by
name, never read with nulls in a required column."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.test_pipeline import TestPipeline

from geoevents.cli import main
from geoevents.schemas.tables import DEAD_LETTERS, SchemaVersionError
from geoevents.schemas.warehouse import connect
from geoevents.transforms.sink import (
    WriteTables,
    partition_dir,
    read_part,
    rows_to_table,
    upgrade_output,
    write_parquet,
)
from tests.rows import row

OLD_TIME = datetime(2023, 11, 16, 7, 30, tzinfo=UTC)
NEW_TIME = datetime(2023, 11, 17, 9, 0, tzinfo=UTC)


def dead(dead_letter_id: str, when: datetime, date: str) -> dict:
    return row(
        "dead_letters",
        date=date,
        dead_letter_id=dead_letter_id,
        stage="normalise",
        reason="missing_link",
        fetched_at=when,
    )


def write_old_file(output: Path, dead_letter_id: str = "old1", date: str = "2023-11-16") -> Path:
    """A dead_letters file as 1.0.0 wrote it: the same columns, the time called occurred_at."""
    table = rows_to_table([dead(dead_letter_id, OLD_TIME, date)], DEAD_LETTERS)
    table = table.rename_columns(
        ["occurred_at" if n == "fetched_at" else n for n in table.column_names]
    )
    path = Path(partition_dir(str(output), "dead_letters", "nos", date)) / "part-00000.parquet"
    write_parquet(table, str(path))
    return path


def write(output: Path, rows: list[dict], run_id: str) -> None:
    with TestPipeline() as p:
        _ = {"dead_letters": p | beam.Create(rows, reshuffle=False)} | WriteTables(
            str(output), run_id
        )


def test_the_contract_names_the_fetch_time_and_bumps_the_major_version() -> None:
    assert DEAD_LETTERS.version == "2.0.0"
    assert "fetched_at" in DEAD_LETTERS.columns and "occurred_at" not in DEAD_LETTERS.columns
    bq = json.loads(
        (Path(__file__).resolve().parents[1] / "schemas/bigquery/dead_letters.json").read_text()
    )
    assert {"name": "fetched_at", "type": "TIMESTAMP", "mode": "REQUIRED"} in bq
    assert all(f["name"] != "occurred_at" for f in bq)


def test_duckdb_reads_an_old_file_alone_and_next_to_new_ones(tmp_path: Path) -> None:
    write_old_file(tmp_path)
    con = connect(tmp_path)
    columns = [c[0] for c in con.execute("select * from dead_letters limit 0").description]
    assert columns == [*DEAD_LETTERS.columns, "source", "date"]
    assert con.execute("select dead_letter_id, fetched_at from dead_letters").fetchall() == [
        ("old1", OLD_TIME)
    ]
    # a new run adds a partition in the current schema: both kinds of file in one view
    write(tmp_path, [dead("new1", NEW_TIME, "2023-11-17")], "r2")
    con = connect(tmp_path)
    columns = [c[0] for c in con.execute("select * from dead_letters limit 0").description]
    assert "occurred_at" not in columns and columns.count("fetched_at") == 1
    rows = con.execute("select dead_letter_id, fetched_at from dead_letters order by 1").fetchall()
    assert rows == [("new1", NEW_TIME), ("old1", OLD_TIME)]


def test_a_run_merging_into_an_old_partition_keeps_its_times_and_rewrites_it(
    tmp_path: Path,
) -> None:
    path = write_old_file(tmp_path)
    # nothing new for that partition (the same dead letter again): still rewritten, once
    write(tmp_path, [dead("old1", NEW_TIME, "2023-11-16")], "r2")
    assert pq.read_schema(path).names == DEAD_LETTERS.columns
    assert pq.read_table(path).column("fetched_at").to_pylist() == [OLD_TIME]  # existing wins
    write(tmp_path, [dead("old2", NEW_TIME, "2023-11-16")], "r3")
    table = pq.read_table(path)
    assert table.column("dead_letter_id").to_pylist() == ["old1", "old2"]
    assert table.column("fetched_at").to_pylist() == [OLD_TIME, NEW_TIME]
    # once current, a rerun with nothing new leaves the file as it is again
    before = path.stat().st_mtime_ns, path.read_bytes()
    write(tmp_path, [dead("old2", NEW_TIME, "2023-11-16")], "r4")
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_geoevents_upgrade_rewrites_old_files_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_old_file(tmp_path)
    write(tmp_path, [dead("new1", NEW_TIME, "2023-11-17")], "r2")
    new = next((tmp_path / "dead_letters" / "source=nos" / "date=2023-11-17").glob("*.parquet"))
    new_bytes = new.read_bytes()
    assert main(["upgrade", "--output", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 file(s) rewritten") and str(old) in out
    assert pq.read_schema(old).names == DEAD_LETTERS.columns
    assert pq.read_table(old).column("fetched_at").to_pylist() == [OLD_TIME]
    assert new.read_bytes() == new_bytes  # current files are left alone
    assert not (tmp_path / "_staging").exists() or not any((tmp_path / "_staging").iterdir())
    # the upgrade names what it rewrote in a manifest of its own, for incremental loaders
    (manifest,) = [
        json.loads(p.read_text())
        for p in (tmp_path / "_manifests").glob("*.json")
        if json.loads(p.read_text()).get("command") == "upgrade"
    ]
    assert manifest["files_rewritten"] == [str(old.relative_to(tmp_path))]
    assert manifest["schema_versions"]["dead_letters"] == DEAD_LETTERS.version
    assert upgrade_output(str(tmp_path), "again") == []
    assert not (tmp_path / "_manifests" / "again.json").exists()  # nothing rewritten: no manifest


def test_upgrade_output_called_alone_leaves_no_staging_behind(tmp_path: Path) -> None:
    """The library call, without the CLI's run lock (which also clears staging)."""
    write_old_file(tmp_path)
    assert len(upgrade_output(str(tmp_path), "u1")) == 1
    assert not (tmp_path / "_staging" / "u1").exists()


def test_a_file_missing_a_required_column_is_refused_by_name(tmp_path: Path) -> None:
    table = rows_to_table([dead("x", OLD_TIME, "2023-11-16")], DEAD_LETTERS).drop_columns(["stage"])
    path = tmp_path / "part-00000.parquet"
    write_parquet(table, str(path))
    with pytest.raises(SchemaVersionError, match=r"part-00000\.parquet.*\['stage'\].*2\.0\.0"):
        read_part(str(path), DEAD_LETTERS)
    # a nullable column missing (a file older than an additive change) reads as null
    write_parquet(
        rows_to_table([dead("x", OLD_TIME, "d")], DEAD_LETTERS).drop_columns(["url"]), str(path)
    )
    rows, outdated = read_part(str(path), DEAD_LETTERS)
    assert rows.column("url").to_pylist() == [None] and not outdated
