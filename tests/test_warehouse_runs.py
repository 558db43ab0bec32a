"""Runs over time: edited articles become versions, killed runs leave no trace, windows and
watermarks, backfill from archives, and the CLI's fail-fast configuration errors."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geoevents.cli import main
from geoevents.schemas.warehouse import connect

BODY = (
    "De Nederlandse regering heeft woensdag in Den Haag nieuwe plannen gepresenteerd voor de zorg. "
    "Het kabinet wil de premies volgend jaar niet verhogen, zei de minister na afloop."
)


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>NOS</title>'
        "<link>https://nos.nl</link><description>NOS</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def item(n: int, body: str = BODY, date: str = "Wed, 15 Nov 2023 10:00:00 +0100") -> str:
    return (
        f"<item><title>Bericht {n}</title><link>https://nos.nl/artikel/{n}</link>"
        f"<description><![CDATA[<p>{body}</p>]]></description><pubDate>{date}</pubDate>"
        f"<guid>https://nos.nl/artikel/{n}</guid></item>"
    )


def setup_feed(tmp_path: Path, text: str) -> str:
    (tmp_path / "feed.xml").write_text(text, encoding="utf-8")
    registry = tmp_path / "feeds.yaml"
    registry.write_text(
        "feeds:\n  - {source: nos, name: algemeen, url: feed.xml}\n", encoding="utf-8"
    )
    return str(registry)


def data_files(output: Path) -> dict[str, str]:
    return {
        str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("part-*.parquet"))
    }


def rows_without_run_fields(output: Path, table: str) -> list[tuple]:
    """A table's rows minus the fields that name the run (run id, fetch times)."""
    con = connect(output)
    rows = con.execute(f"select * exclude (run_id) from {table}").fetchall()
    columns = [
        c[0] for c in con.execute(f"select * exclude (run_id) from {table} limit 0").description
    ]
    volatile = {columns.index(c) for c in ("fetched_at",) if c in columns}
    return sorted(tuple(v for i, v in enumerate(r) if i not in volatile) for r in rows)


def run(feeds: str, output: Path, model: str, *extra: str) -> int:
    return main(["run", "--feeds", feeds, "--output", str(output), "--spacy-model", model, *extra])


def test_an_edited_article_is_a_new_version_and_latest_views_count_it_once(
    tmp_path: Path, tiny_model: str
) -> None:
    output = tmp_path / "out"
    # both versions mention Biden, so a view without the version join would count him twice
    feeds = setup_feed(tmp_path, rss(item(1, BODY + " Biden zweeg."), item(2)))
    assert run(feeds, output, tiny_model) == 0
    setup_feed(tmp_path, rss(item(1, BODY + " Aangepast: Biden reageerde ook."), item(2)))
    assert run(feeds, output, tiny_model) == 0
    con = connect(output)
    assert con.execute("select count(*) from articles").fetchone() == (3,)
    assert con.execute("select count(*) from articles_latest").fetchone() == (2,)
    latest_body = con.execute(
        "select body from articles_latest where title = 'Bericht 1'"
    ).fetchone()[0]
    assert latest_body.endswith("Biden reageerde ook.")
    versions = con.execute(
        "select count(distinct content_hash) from mentions where article_id in (select article_id from articles where title='Bericht 1')"
    ).fetchone()
    latest = con.execute(
        "select count(distinct content_hash) from mentions_latest where article_id in (select article_id from articles where title='Bericht 1')"
    ).fetchone()
    assert versions == (2,) and latest == (1,)
    assert con.execute(
        "select count(*) from mentions_latest m join articles_latest a using (article_id) "
        "where a.title = 'Bericht 1' and m.content_hash <> a.content_hash"
    ).fetchone() == (0,)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory, tiny_model: str) -> tuple[str, Path]:
    """A feed of three items and one clean run of it: the reference of the two tests below."""
    tmp_path = tmp_path_factory.mktemp("clean")
    feeds = setup_feed(tmp_path, rss(item(1), item(2), item(3)))
    clean = tmp_path / "clean"
    assert run(feeds, clean, tiny_model) == 0
    return feeds, clean


def test_a_killed_run_then_a_rerun_ends_with_exactly_the_data_of_one_clean_run(
    tmp_path: Path, tiny_model: str, clean_run: tuple[str, Path]
) -> None:
    feeds, clean = clean_run
    killed = tmp_path / "killed"
    command = [
        sys.executable,
        "-m",
        "geoevents.cli",
        "run",
        "--feeds",
        feeds,
        "--output",
        str(killed),
        "--spacy-model",
        tiny_model,
    ]
    for _attempt in range(3):  # the staging window is short; try again if the run outran us
        shutil.rmtree(killed, ignore_errors=True)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if (killed / "_staging").exists():
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        proc.wait(timeout=60)
        if proc.returncode == -signal.SIGKILL:
            break
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert not (killed / "_state" / "http_validators.json").exists()
    assert run(feeds, killed, tiny_model) == 0
    assert not (killed / "_staging").exists()  # the rerun cleared the stale staging and its own
    assert sorted(data_files(killed)) == sorted(data_files(clean))
    for table in ("articles", "mentions", "events", "dead_letters"):
        assert rows_without_run_fields(killed, table) == rows_without_run_fields(clean, table)


def test_rerunning_a_window_repairs_a_damaged_partition(
    tmp_path: Path, tiny_model: str, clean_run: tuple[str, Path]
) -> None:
    feeds, clean = clean_run
    partial = tmp_path / "partial"
    assert run(feeds, partial, tiny_model) == 0
    part = next((partial / "articles").rglob("part-00000.parquet"))
    table = pq.read_table(part)
    pq.write_table(table.slice(0, 1), part, compression="zstd")
    # An explicit window re-reads the feeds even when they are unchanged (no conditional GET).
    assert run(feeds, partial, tiny_model, "--since", "2023-01-01") == 0
    assert pq.read_table(part).num_rows == 3
    assert sorted(pq.read_table(part)["article_id"].to_pylist()) == sorted(
        pq.read_table(next((clean / "articles").rglob("part-00000.parquet")))[
            "article_id"
        ].to_pylist()
    )


def test_since_until_window_and_watermark(tmp_path: Path, tiny_model: str) -> None:
    feeds = setup_feed(
        tmp_path,
        rss(
            item(1, date="Mon, 13 Nov 2023 10:00:00 +0000"),
            item(2, date="Wed, 15 Nov 2023 10:00:00 +0000"),
        ),
    )
    output = tmp_path / "out"
    assert run(feeds, output, tiny_model, "--since", "2023-11-14", "--until", "2023-11-16") == 0
    assert connect(output).execute("select title from articles").fetchall() == [("Bericht 2",)]
    watermark = json.loads((output / "_state" / "watermark.json").read_text())
    assert watermark["published_until"] == "2023-11-15T10:00:00+00:00"
    assert run(feeds, output, tiny_model, "--lookback-hours", "0") == 0
    manifest = sorted((output / "_manifests").glob("*.json"))[-1]
    summary = json.loads(manifest.read_text())["summary"]
    assert summary["items_outside_window"] == 1 and summary["reconciles"]


def test_backfill_from_jsonl_and_parquet_archives(
    tmp_path: Path, tiny_model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    records = [
        {
            "url": "https://nos.nl/artikel/100",
            "title": "Oud bericht",
            "published": "2016-05-01T08:00:00+02:00",
            "text": BODY,
        },
        {
            "url": "https://www.nrc.nl/nieuws/2016/05/02/x",
            "title": "NRC oud",
            "published": 1462176000,
            "html": f"<html><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>",
        },
        {"title": "zonder url", "text": BODY},
    ]
    (archive / "nos.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records[::2]) + "\nnot json\n", encoding="utf-8"
    )
    pq.write_table(pa.Table.from_pylist([records[1]]), archive / "nrc.parquet")
    output = tmp_path / "out"
    code = main(
        ["run", "--archive", str(archive), "--output", str(output), "--spacy-model", tiny_model]
    )
    assert code == 0
    con = connect(output)
    rows = con.execute(
        "select source, cast(date as varchar), title from articles order by 1"
    ).fetchall()
    assert rows == [("nos", "2016-05-01", "Oud bericht"), ("nrc", "2016-05-02", "NRC oud")]
    reasons = con.execute("select stage, reason from dead_letters order by 2").fetchall()
    assert reasons == [("read_archive", "bad_record"), ("read_archive", "missing_link")]
    # archive files are counted as such, not as feeds (issue 21), in the summary and manifest
    printed = capsys.readouterr().out
    assert "  archive      2 files read" in printed and "  feeds " not in printed
    [manifest] = (output / "_manifests").glob("*.json")
    summary = json.loads(manifest.read_text())["summary"]
    assert summary["archive_files_read"] == 2 and summary["feeds_read"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--feeds", "/nope.yaml"], "no such file"),
        (["--feeds", "samples", "--spacy-model", "nl_no_such_model"], "nl_no_such_model"),
        (
            ["--feeds", "samples", "--since", "2023-02-01", "--until", "2023-01-01"],
            "--since must be before --until",
        ),
        (["--archive", "/nope/*.jsonl"], "no .jsonl or .parquet files"),
    ],
)
def test_bad_configuration_fails_fast_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["run", "--output", str(tmp_path / "out"), *args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
