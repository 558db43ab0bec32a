"""The Parquet sink: every partition file lands, reads back, and reruns change nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import apache_beam as beam
import pyarrow.dataset as ds
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import GlobalWindow

from geoevents.schemas.tables import TABLES
from geoevents.schemas.warehouse import connect
from geoevents.transforms.sink import (
    GroupByPartition,
    PartitionError,
    ToArrowBatchesFn,
    WriteTables,
    ipc_to_table,
    partition_dir,
)
from tests.rows import row


def write(output: Path, tables: dict[str, list[dict]], run_id: str = "r1") -> None:
    with TestPipeline() as p:
        pcolls = {
            name: p | f"Create{name}" >> beam.Create(rows, reshuffle=False)
            for name, rows in tables.items()
        }
        _ = pcolls | WriteTables(str(output), run_id, {"test": True})


def files(output: Path) -> dict[str, str]:
    return {
        str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("*.parquet"))
    }


def sample_tables() -> dict[str, list[dict]]:
    return {
        "articles": [
            row("articles", article_id="a1", content_hash="h1", title="Biden en Xi"),
            row("articles", article_id="a2", content_hash="h2", title="Later"),
            row("articles", source="nrc", date="2023-03-24", article_id="b1", content_hash="h3"),
        ],
        "events": [
            row(
                "events",
                global_event_id=7,
                event_code="040",
                event_root_code="04",
                article_id="a1",
                content_hash="h1",
            ),
        ],
        "mentions": [],
        "dead_letters": [
            row(
                "dead_letters",
                source="nos",
                date="2023-11-16",
                dead_letter_id="d1",
                stage="normalise",
                reason="missing_link",
            ),
        ],
    }


def test_every_partition_file_is_written_in_its_hive_folder(tmp_path: Path) -> None:
    write(tmp_path, sample_tables())
    assert sorted(files(tmp_path)) == [
        "articles/source=nos/date=2023-11-15/part-00000.parquet",
        "articles/source=nrc/date=2023-03-24/part-00000.parquet",
        "dead_letters/source=nos/date=2023-11-16/part-00000.parquet",
        "events/source=nos/date=2023-11-15/part-00000.parquet",
    ]
    assert not (tmp_path / "_staging" / "r1").exists()
    manifest = json.loads((tmp_path / "_manifests" / "r1.json").read_text())
    assert manifest["rows_added"] == {"articles": 3, "mentions": 0, "events": 1, "dead_letters": 1}
    assert manifest["schema_versions"]["events"] == TABLES["events"].version


def test_tables_read_back_with_pyarrow_and_duckdb(tmp_path: Path) -> None:
    write(tmp_path, sample_tables())
    articles = ds.dataset(tmp_path / "articles", format="parquet", partitioning="hive").to_table()
    assert sorted(articles["article_id"].to_pylist()) == ["a1", "a2", "b1"]
    assert set(articles["source"].to_pylist()) == {"nos", "nrc"}
    con = connect(tmp_path)
    assert con.execute("select event_code, typeof(event_code) from events").fetchall() == [
        ("040", "VARCHAR")
    ]
    assert con.execute("select count(*) from mentions").fetchone() == (0,)
    assert con.execute('select "EventCode", "GLOBALEVENTID" from events_gdelt').fetchall() == [
        ("040", 7)
    ]
    assert con.execute(
        "select count(*) from articles where source = 'nrc' and date = '2023-03-24'"
    ).fetchone() == (1,)


def test_rerun_with_the_same_rows_changes_no_byte(tmp_path: Path) -> None:
    write(tmp_path, sample_tables(), run_id="r1")
    before = files(tmp_path)
    write(tmp_path, sample_tables(), run_id="r2")
    assert files(tmp_path) == before
    manifest = json.loads((tmp_path / "_manifests" / "r2.json").read_text())
    assert manifest["rows_added"]["articles"] == 0


def test_a_later_run_adds_rows_without_dropping_earlier_ones(tmp_path: Path) -> None:
    write(tmp_path, sample_tables(), run_id="r1")
    later = {
        "articles": [
            row("articles", article_id="a3", content_hash="h9"),
            row("articles", article_id="a1", content_hash="h1", title="changed but same key"),
        ]
    }
    write(tmp_path, later, run_id="r2")
    con = connect(tmp_path)
    rows = con.execute(
        "select article_id, title from articles where source='nos' order by 1"
    ).fetchall()
    assert rows == [("a1", "Biden en Xi"), ("a2", "Later"), ("a3", None)]


def test_rows_that_do_not_match_the_schema_fail_the_run(tmp_path: Path) -> None:
    bad = row("articles", article_id="a1")
    bad["word_count"] = "many"
    with pytest.raises(Exception, match="word_count|int"):
        write(tmp_path, {"articles": [bad]})


@pytest.mark.parametrize(
    ("source", "date"),
    [("../../etc", "2023-01-01"), ("nos", "2023-01-01/../../x"), ("", "2023-01-01")],
)
def test_partition_values_cannot_escape_the_table_folder(source: str, date: str) -> None:
    with pytest.raises(PartitionError):
        partition_dir("/out", "articles", source, date)


def test_rows_reach_the_writer_as_bounded_columnar_batches_per_partition() -> None:
    mentions = [row("mentions", article_id=f"a{i}", start_char=i) for i in range(5)]
    mentions.append(row("mentions", source="nrc", article_id="b1"))

    def summary(element: tuple) -> tuple:
        key, batches = element
        batches = list(batches)
        table = ipc_to_table(batches, TABLES["mentions"])
        return (
            key,
            sorted(len(ipc_to_table([b], TABLES["mentions"])) for b in batches),
            sorted(table["article_id"].to_pylist()),
        )

    with TestPipeline() as p:
        rows = p | beam.Create(mentions, reshuffle=False)
        grouped = {"mentions": rows} | GroupByPartition(max_rows=2) | beam.Map(summary)
        nos = ("mentions", "nos", mentions[0]["date"])
        nrc = ("mentions", "nrc", mentions[5]["date"])
        assert_that(
            grouped,
            equal_to(
                [
                    (nos, [1, 2, 2], ["a0", "a1", "a2", "a3", "a4"]),
                    (nrc, [1], ["b1"]),
                ]
            ),
        )


def test_a_row_missing_a_required_value_fails_before_anything_is_written(tmp_path: Path) -> None:
    bad = row("articles", article_id="a1")
    bad["content_hash"] = None
    with pytest.raises(Exception, match="articles.content_hash is required"):
        write(tmp_path, {"articles": [bad]})
    assert not list(tmp_path.rglob("*.parquet"))


def test_many_small_partitions_are_flushed_once_the_buffer_limit_is_reached() -> None:
    # A backfill touches hundreds of date partitions, each far below max_rows: the batcher must
    # not hold them all until the bundle ends.
    batcher = ToArrowBatchesFn("mentions", max_rows=100, max_buffered=5)
    batcher.start_bundle()
    window = GlobalWindow()
    days = [f"2023-11-{d:02d}" for d in range(1, 13)]
    rows = [row("mentions", date=day, article_id=f"a{day}") for day in days]
    flushed = [out for r in rows for out in batcher.process(r, window)]
    assert len(flushed) == 10, "two flushes of five one-row partitions while 12 rows came in"
    rest = [wv.value for wv in batcher.finish_bundle()]
    assert len(rest) == 2
    batches = flushed + rest
    tables = [ipc_to_table([b], TABLES["mentions"]) for _, b in batches]
    assert sorted(k[2] for k, _ in batches) == days
    assert sorted(i for t in tables for i in t["article_id"].to_pylist()) == sorted(
        r["article_id"] for r in rows
    )


def test_batches_held_by_the_runner_are_compressed_and_round_trip() -> None:
    # The GroupByKey holds every batch of a stage in memory on a batch runner: article text
    # must travel compressed, and come back unchanged.
    body = " ".join(f"Het kabinet sprak op dag {i} over de begroting." for i in range(400))
    rows = [row("articles", article_id=f"a{i}", body=body, title=f"Titel {i}") for i in range(20)]
    batcher = ToArrowBatchesFn("articles")
    batcher.start_bundle()
    assert not [out for r in rows for out in batcher.process(r, GlobalWindow())]
    [(key, batch)] = [wv.value for wv in batcher.finish_bundle()]
    assert key == ("articles", "nos", "2023-11-15")
    assert len(batch) * 5 < len(body.encode()) * len(rows)
    table = ipc_to_table([batch], TABLES["articles"])
    assert table.column("body").to_pylist() == [body] * len(rows)
    assert table.column("article_id").to_pylist() == [r["article_id"] for r in rows]


def test_merging_keeps_rows_that_differ_only_in_a_key_column() -> None:
    """The tables' keys decide what a rerun deduplicates: one span labelled twice is two
    mentions, and an edited article (new content hash) is a second version (mutation survivors:
    a key column dropped from the contract lost these rows)."""
    from geoevents.transforms.sink import PRIMARY_KEYS, merge, rows_to_table

    per = row("mentions", article_id="a", content_hash="h", start_char=0, end_char=5, label="PER")
    loc = {**per, "label": "LOC"}
    mentions = TABLES["mentions"]
    merged = merge(
        rows_to_table([per], mentions),
        rows_to_table([per, loc], mentions),
        PRIMARY_KEYS["mentions"],
    )
    assert sorted(merged.column("label").to_pylist()) == ["LOC", "PER"]
    v1 = row("articles", article_id="a", content_hash="h1")
    v2 = {**v1, "content_hash": "h2"}
    articles = TABLES["articles"]
    merged = merge(
        rows_to_table([v1], articles), rows_to_table([v2], articles), PRIMARY_KEYS["articles"]
    )
    assert merged.column("content_hash").to_pylist() == ["h1", "h2"]


def test_the_manifest_keeps_what_the_run_says_about_itself(tmp_path: Path) -> None:
    """The manifest is the run's record: which feeds, model and window made these files
    (mutation survivor: ``run_info or {}`` -> ``run_info and {}`` wrote manifests without it)."""
    info = {"model": "nl_geoevents", "feeds": ["nos", "nrc"], "window": {"since": None}}
    with TestPipeline() as p:
        rows = p | beam.Create(sample_tables()["articles"], reshuffle=False)
        _ = {"articles": rows} | WriteTables(str(tmp_path), "r1", info)
    manifest = json.loads((tmp_path / "_manifests" / "r1.json").read_text())
    assert {k: manifest[k] for k in info} == info
    assert manifest["run_id"] == "r1" and manifest["rows_added"]["articles"] == 3


def test_a_run_creates_nothing_outside_its_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Folders are made for the output's own paths, never for a bare file name in the working
    folder (mutation survivors: ``rsplit("/", 1)[0]`` -> ``[1]`` in ``write_parquet`` and
    ``write_manifest`` left a folder ``part-00000.parquet`` or ``r1.json`` where the CLI ran)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    write(tmp_path / "out", sample_tables())
    assert list(cwd.iterdir()) == []
    assert (tmp_path / "out" / "_manifests" / "r1.json").is_file()
