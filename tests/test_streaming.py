"""Streaming: polls replayed with TestStream and a bounded PeriodicImpulse run over the samples.

What a user cares about: an article read again by a later poll is one row, each window lands as
its own deterministically named file in the batch layout, the files read back with pyarrow and
DuckDB, and a restarted job (empty state) adds nothing that is already stored.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import apache_beam as beam
import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from geoevents.config import ConfigError, FeedRegistry, FeedSpec, Settings, load_registry
from geoevents.pipelines.batch import Job
from geoevents.pipelines.streaming import build_from_polls, run_streaming
from geoevents.schemas.warehouse import connect
from geoevents.transforms.sink import WriteTables
from geoevents.transforms.streaming import SkipSeenFn
from tests.rows import row

T0 = 1700085600  # 2023-11-15T22:00:00Z, a 15-minute boundary
WINDOW = 900
FETCHED = datetime(2023, 11, 15, 22, 20, tzinfo=UTC)
PART = re.compile(r"^part-w(\d+)-\d{5}\.parquet$")

ITEMS = {
    "a": (
        "Biden en Xi praten over Taiwan",
        "De Amerikaanse president Biden en de Chinese president Xi hebben elkaar woensdag "
        "ontmoet in Californië. Xi sprak met Biden urenlang over de handel, over Taiwan en over "
        "het klimaat.",
        "Wed, 15 Nov 2023 21:30:00 +0000",
    ),
    "b": (
        "Kabinet presenteert plannen voor de zorg",
        "Het kabinet heeft vandaag nieuwe plannen gepresenteerd voor de zorg. De minister zegt "
        "dat de wachtlijsten in de ziekenhuizen korter moeten worden.",
        "Wed, 15 Nov 2023 21:40:00 +0000",
    ),
    "c": (
        "Poetin op bezoek in China",
        "De Russische president Poetin is op bezoek in China. Poetin sprak in Peking met Xi over "
        "de oorlog in Oekraïne en over de handel tussen beide landen.",
        "Wed, 15 Nov 2023 22:10:00 +0000",
    ),
}


def rss(*keys: str) -> str:
    items = "".join(
        f"<item><title>{ITEMS[k][0]}</title><link>https://nos.nl/artikel/{k}</link>"
        f"<description>{ITEMS[k][1]}</description><pubDate>{ITEMS[k][2]}</pubDate>"
        f"<guid>https://nos.nl/artikel/{k}</guid></item>"
        for k in keys
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>NOS</title>'
        f"<link>https://nos.nl</link><description>NOS</description>{items}</channel></rss>"
    )


def fixed_clock() -> datetime:
    return FETCHED


def spec(name: str, path: Path) -> dict:
    return {
        "source": "nos",
        "name": name,
        "url": str(path),
        "fetch_pages": False,
        "page_archive": None,
    }


def replay(tmp_path: Path, output: Path, model: str, run_id: str, shift: int = 0) -> None:
    """Two polls 15 minutes apart: poll 2 reads article a again (from two feeds) and adds c.

    ``shift`` windows later models a restarted job: its polls fall in other windows.
    """
    feeds = tmp_path / "feeds"
    feeds.mkdir(exist_ok=True)
    (feeds / "algemeen-1.xml").write_text(rss("a", "b"), encoding="utf-8")
    (feeds / "algemeen-2.xml").write_text(rss("a", "c"), encoding="utf-8")
    (feeds / "buitenland.xml").write_text(rss("a"), encoding="utf-8")
    (feeds / "politiek.html").write_text("<html><body>Storing</body></html>", encoding="utf-8")
    poll1 = [
        spec("nosalgemeen", feeds / "algemeen-1.xml"),
        spec("nosbuitenland", feeds / "buitenland.xml"),
        spec("nospolitiek", feeds / "politiek.html"),
    ]
    poll2 = [
        spec("nosalgemeen", feeds / "algemeen-2.xml"),
        spec("nosbuitenland", feeds / "buitenland.xml"),
        spec("nospolitiek", feeds / "politiek.html"),
    ]
    registry = FeedRegistry(
        feeds=tuple(FeedSpec(**s) for s in poll1),
        settings=Settings(min_host_interval=0, retries=0),
        origin="test",
    )
    job = Job(
        registry=registry,
        output=str(output),
        model=model,
        run_id=run_id,
        started_at=FETCHED,
        clock=fixed_clock,
    )
    start = T0 + shift * WINDOW
    stream = (
        TestStream()
        .advance_watermark_to(start)
        .add_elements([TimestampedValue(s, start + 60) for s in poll1])
        .advance_watermark_to(start + WINDOW + 60)
        .add_elements([TimestampedValue(s, start + WINDOW + 60) for s in poll2])
        .advance_watermark_to_infinity()
    )
    with TestPipeline(options=PipelineOptions(streaming=True)) as p:
        build_from_polls(p | stream, job, WINDOW)


def file_hashes(output: Path) -> dict[str, str]:
    return {
        str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("*.parquet"))
    }


def read_table(output: Path, name: str) -> list[dict]:
    return ds.dataset(output / name, format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory, tiny_model: str) -> dict:
    tmp_path = tmp_path_factory.mktemp("stream")
    output = tmp_path / "out"
    replay(tmp_path, output, tiny_model, "s1")
    first = file_hashes(output)
    replay(tmp_path, output, tiny_model, "s2", shift=1)
    return {"output": output, "first": first, "second": file_hashes(output), "model": tiny_model}


def test_an_article_read_again_by_a_later_poll_is_one_row(replayed: dict) -> None:
    articles = read_table(replayed["output"], "articles")
    titles = sorted(r["title"] for r in articles)
    assert titles == sorted(t for t, _, _ in ITEMS.values())
    a = next(r for r in articles if r["title"] == ITEMS["a"][0])
    assert a["feeds"] == ["nosalgemeen", "nosbuitenland"]
    keys = [(r["article_id"], r["content_hash"]) for r in articles]
    assert len(set(keys)) == len(keys)


def test_each_window_lands_as_its_own_named_file(replayed: dict) -> None:
    output = replayed["output"]
    names = sorted(replayed["first"])
    assert all(PART.match(Path(n).name) for n in names), names
    assert {int(PART.match(Path(n).name).group(1)) for n in names} == {T0, T0 + WINDOW}
    partition = output / "articles" / "source=nos" / "date=2023-11-15"
    per_window = {
        int(PART.match(p.name).group(1)): sorted(r["title"] for r in pq.read_table(p).to_pylist())
        for p in partition.glob("*.parquet")
    }
    assert per_window == {
        T0: sorted([ITEMS["a"][0], ITEMS["b"][0]]),
        T0 + WINDOW: [ITEMS["c"][0]],
    }
    assert not any(p.is_file() for p in (output / "_staging").rglob("*"))


def test_window_manifests_record_what_each_window_wrote(replayed: dict) -> None:
    manifests = replayed["output"] / "_manifests"
    first = json.loads((manifests / f"s1-w{T0}.json").read_text())
    second = json.loads((manifests / f"s1-w{T0 + WINDOW}.json").read_text())
    assert first["mode"] == "streaming" and first["window"]["start_epoch"] == T0
    assert first["rows_added"]["articles"] == 2 and second["rows_added"]["articles"] == 1
    arrived = {
        (p["table"], p["rows_in_window"], p["rows_already_stored"])
        for p in second["partitions"]
        if p["table"] == "articles"
    }
    assert arrived == {("articles", 1, 0)}, "poll 2's copy of article a must not reach the sink"
    listed = {
        f"{p['table']}/source={p['source']}/date={p['date']}/{name}"
        for m in (first, second)
        for p in m["partitions"]
        for name in p["files"]
    }
    assert listed == set(replayed["first"])


def test_a_feed_failing_on_every_poll_is_one_dead_letter(replayed: dict) -> None:
    dead = read_table(replayed["output"], "dead_letters")
    assert [(d["stage"], d["reason"]) for d in dead] == [("parse_feed", "not_a_feed")]


def test_mentions_and_events_are_written_once_per_article(replayed: dict) -> None:
    """Each stored article has its names once, though article a arrived three times; the tiny
    model has no parser, so no events (the events sink is still written)."""
    articles = {a["article_id"]: a["title"] for a in read_table(replayed["output"], "articles")}
    mentions = read_table(replayed["output"], "mentions")
    found = {
        title: sorted(Counter(m["text"] for m in mentions if m["article_id"] == aid).items())
        for aid, title in articles.items()
    }
    assert found == {
        ITEMS["a"][0]: [("Biden", 3), ("Xi", 3)],
        ITEMS["b"][0]: [],
        ITEMS["c"][0]: [("China", 2), ("Poetin", 3), ("Xi", 1)],
    }
    assert read_table(replayed["output"], "events") == []


def test_duckdb_reads_the_windows_as_one_table(replayed: dict) -> None:
    glob = str(replayed["output"] / "articles" / "**" / "*.parquet")
    con = duckdb.connect()
    rows = con.execute(
        "select count(*), count(distinct article_id || content_hash), min(source), "
        "min(cast(date as varchar)) from read_parquet(?, hive_partitioning = true)",
        [glob],
    ).fetchone()
    assert rows == (3, 3, "nos", "2023-11-15")
    views = connect(replayed["output"])
    assert views.execute("select count(*) from articles_latest").fetchone() == (3,)
    assert views.execute("select count(*) from mentions").fetchone()[0] > 0


def test_a_restarted_job_adds_nothing_already_stored(replayed: dict) -> None:
    """Empty state, polls in later windows: every row is already in an earlier window's file."""
    assert replayed["second"] == replayed["first"]
    manifests = replayed["output"] / "_manifests"
    for start in (T0 + WINDOW, T0 + 2 * WINDOW):
        manifest = json.loads((manifests / f"s2-w{start}.json").read_text())
        assert manifest["rows_added"] == {
            "articles": 0,
            "mentions": 0,
            "events": 0,
            "dead_letters": 0,
        }
        assert sum(p["rows_already_stored"] for p in manifest["partitions"]) > 0


def test_a_batch_run_over_streamed_partitions_keeps_every_row_once(
    replayed: dict, tmp_path: Path
) -> None:
    """Batch and streaming share the layout: the batch merge folds the window files in."""
    output = tmp_path / "out"
    shutil.copytree(replayed["output"], output)
    extra = row("articles", article_id="z", content_hash="z1", title="Nieuw", date="2023-11-15")
    with TestPipeline() as p:
        _ = {"articles": p | beam.Create([extra])} | WriteTables(str(output), "batch", {})
    partition = output / "articles" / "source=nos" / "date=2023-11-15"
    assert sorted(f.name for f in partition.iterdir()) == ["part-00000.parquet"]
    titles = sorted(r["title"] for r in read_table(output, "articles"))
    assert titles == sorted([t for t, _, _ in ITEMS.values()] + ["Nieuw"])


def test_seen_state_expires_a_ttl_after_the_last_sighting() -> None:
    """Copies from the first poll pass, later ones do not, until the key was unseen for a TTL."""
    ttl = 100
    stream = (
        TestStream()
        .advance_watermark_to(0)
        .add_elements([TimestampedValue(("k", "poll1"), 10), TimestampedValue(("k", "copy"), 10)])
        .add_elements([TimestampedValue(("k", "poll2"), 100)])
        .advance_watermark_to(150)
        .add_elements([TimestampedValue(("k", "still-in-feed"), 150)])
        .advance_watermark_to(300)
        .add_elements([TimestampedValue(("k", "after-ttl"), 300)])
        .add_elements([TimestampedValue(("k", "again"), 320)])
        .advance_watermark_to_infinity()
    )
    with TestPipeline(options=PipelineOptions(streaming=True)) as p:
        out = p | stream | beam.ParDo(SkipSeenFn(ttl, "items_duplicate"))
        assert_that(out, equal_to(["poll1", "copy", "after-ttl"]))


def test_polling_the_sample_feeds_three_times_yields_each_article_once(
    tmp_path: Path, tiny_model: str
) -> None:
    output = tmp_path / "out"
    registry = load_registry("samples")
    started = datetime.now(UTC)
    job = Job(
        registry=registry, output=str(output), model=tiny_model, run_id="poll", started_at=started
    )
    manifest = run_streaming(
        job, PipelineOptions([]), poll_interval=1, window_seconds=1, stop_after=3
    )
    summary = manifest["summary"]
    assert summary["feeds_read"] == 3 * len(registry.feeds)
    assert summary["archive_files_read"] == 0
    per_poll = summary["items_read"] // 3
    assert summary["items_read"] == 3 * per_poll
    articles = read_table(output, "articles")
    assert len(articles) == summary["articles"] == len({r["article_id"] for r in articles}) == 3
    assert summary["pages_fetched"] == 1
    assert summary["reconciles"] is True
    windows = {int(PART.match(p.name).group(1)) for p in (output / "articles").rglob("*.parquet")}
    assert len(windows) == 1
    dead = read_table(output, "dead_letters")
    assert sorted((d["stage"], d["reason"]) for d in dead) == [
        ("normalise", "missing_link"),
        ("parse_feed", "not_a_feed"),
    ]
    assert manifest["windows"] and all(n.startswith("poll-w") for n in manifest["windows"])
    assert json.loads((output / "_manifests" / "poll.json").read_text())["mode"] == "streaming"


@pytest.mark.parametrize(
    ("args", "stop_after", "message"),
    [
        ([], None, "--stop-after"),
        (["--direct_num_workers", "2", "--direct_running_mode", "multi_threading"], 3, "workers"),
    ],
)
def test_direct_runner_refuses_streaming_runs_it_cannot_complete(
    tmp_path: Path, args: list[str], stop_after: float | None, message: str
) -> None:
    job = Job(
        registry=load_registry("samples"),
        output=str(tmp_path),
        model="unused",
        run_id="x",
        started_at=datetime.now(UTC),
    )
    with pytest.raises(ConfigError, match=message):
        run_streaming(job, PipelineOptions(args), 60, 900, stop_after)
    assert not any(tmp_path.iterdir())
