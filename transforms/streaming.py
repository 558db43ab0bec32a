"""Streaming building blocks: poll the feeds, skip what earlier polls saw, write per window.

``FeedPolls`` turns a ``PeriodicImpulse`` into one feed spec per feed per poll; every element of a
poll carries the poll's time as its event time, so a poll is one instant and its items fall in one
fixed window. The batch job's ``FetchFeeds`` runs on them.

``SkipSeenFn`` is the cross-poll de-duplication: keyed state (per key, in the global window) holds
the poll time at which a key was first seen; copies from that same poll pass (the same story in two
NOS feeds is merged later, in its window, by ``DeduplicateItems``), copies from later polls are
dropped and counted. An event-time timer clears the state a TTL after the key was last seen, so
the state stays bounded by what the feeds held during the TTL.

``WriteWindowedTables`` writes each (table, source, date, window) once, as
``<output>/<table>/source=<s>/date=<d>/part-w<window_start_epoch>-NNNNN.parquet`` (the batch
layout, so one DuckDB/pyarrow glob reads both). A file is written under ``_staging/`` with a unique
name and renamed into place, so readers see all of it or nothing. Before writing, the rows whose
primary key already is in another file of the partition are dropped, and the window's own file,
if an earlier attempt or pane wrote it, is merged (its rows win): a retried bundle, a late pane or
a restarted job never duplicates a row. Each window's commit then writes
``_manifests/<run_id>-w<window_start_epoch>.json``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.coders import VarIntCoder
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.periodicsequence import PeriodicImpulse, RebaseMode
from apache_beam.transforms.userstate import (
    ReadModifyWriteStateSpec,
    TimeDomain,
    TimerSpec,
    on_timer,
)
from apache_beam.transforms.window import FixedWindows, IntervalWindow
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Duration, Timestamp

from geoevents.config import FeedSpec
from geoevents.paths import delete_paths
from geoevents.schemas.tables import TABLES, schema_versions, version_key
from geoevents.transforms.deadletter import count
from geoevents.transforms.sink import (
    PRIMARY_KEYS,
    ROWS_PER_FILE,
    WriteTables,
    commit_files,
    ensure_dir,
    ipc_to_table,
    list_parts,
    merge,
    partition_dir,
    read_parts,
    rows_added_by_table,
    write_manifest,
    write_parquet,
)

DEFAULT_WINDOW_SECONDS = 900
DEFAULT_SEEN_TTL_SECONDS = 7 * 24 * 3600


def window_start_epoch(window: IntervalWindow) -> int:
    """Whole seconds since the epoch of a window's start (windows here are whole seconds)."""
    return int(window.start.micros // 1_000_000)


def window_part_name(start_epoch: int, index: int = 0) -> str:
    """The data file of one window in one partition; depends only on the window."""
    return f"part-w{start_epoch}-{index:05d}.parquet"


def window_manifest_path(output: str, run_id: str, start_epoch: int) -> str:
    return FileSystems.join(output, "_manifests", f"{run_id}-w{start_epoch}.json")


class FeedPolls(beam.PTransform):
    """PBegin -> one feed-spec dict per feed per poll, timestamped with the poll's time.

    ``start`` None starts at execution time (Beam rebases the impulse when the job starts, so
    a Dataflow job submitted minutes later does not fire a burst of catch-up polls); a fixed
    ``start`` in the past replays the polls due since then at once (bounded tests, backfills).
    ``stop_after`` seconds bounds the run: polls fire at ``start + k * interval`` below
    ``start + stop_after``; None polls until the job is drained or cancelled.
    """

    def __init__(
        self,
        feeds: tuple[FeedSpec, ...],
        poll_interval: float,
        stop_after: float | None = None,
        start: datetime | None = None,
    ) -> None:
        super().__init__()
        if not feeds:
            raise ValueError("FeedPolls needs at least one feed")
        if poll_interval <= 0:
            raise ValueError(f"poll interval must be > 0 seconds, got {poll_interval!r}")
        if stop_after is not None and stop_after <= 0:
            raise ValueError(f"stop_after must be > 0 seconds, got {stop_after!r}")
        self._feeds = [asdict(f) for f in feeds]
        self._interval = float(poll_interval)
        self._stop_after = stop_after
        self._start = start

    def _impulse(self) -> PeriodicImpulse:
        if self._start is not None:
            begin = Timestamp.of(self._start.timestamp())
            end = begin + Duration(self._stop_after) if self._stop_after else MAX_TIMESTAMP
            return PeriodicImpulse(begin, end, self._interval)
        if self._stop_after:
            return PeriodicImpulse(
                Timestamp(0),
                Timestamp(0) + Duration(self._stop_after),
                self._interval,
                rebase=RebaseMode.REBASE_ALL,
            )
        return PeriodicImpulse(
            Timestamp(0), MAX_TIMESTAMP, self._interval, rebase=RebaseMode.REBASE_START
        )

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        feeds = self._feeds
        return (
            pbegin
            | "Impulse" >> self._impulse()
            | "FeedSpecs" >> beam.FlatMap(lambda _, specs: [dict(s) for s in specs], feeds)
        )


_FIRST_SEEN = ReadModifyWriteStateSpec("first_seen_micros", VarIntCoder())
_EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)
_FIRST_SEEN_PARAM = beam.DoFn.StateParam(_FIRST_SEEN)
_EXPIRE_PARAM = beam.DoFn.TimerParam(_EXPIRE)


class SkipSeenFn(beam.DoFn):
    """(key, value) -> value, only for the poll that first saw the key (within the TTL).

    State is per key in the global window: apply it before windowing, or each window would have
    its own state. The expiry timer is event time, which here is poll time: the DirectRunner
    fires it, and on Dataflow and Flink the impulse's watermark follows the wall clock.
    """

    def __init__(self, ttl_seconds: float, counter: str) -> None:
        if ttl_seconds <= 0:
            raise ValueError(f"the seen-state TTL must be > 0 seconds, got {ttl_seconds!r}")
        self._ttl = Duration(ttl_seconds)
        self._counter = counter

    def process(
        self,
        element: tuple[str, Any],
        timestamp: Timestamp = beam.DoFn.TimestampParam,
        first_seen: Any = _FIRST_SEEN_PARAM,
        expire: Any = _EXPIRE_PARAM,
    ) -> Iterator[Any]:
        _, value = element
        seen = first_seen.read()
        expiry = min(timestamp + self._ttl, MAX_TIMESTAMP)
        expire.set(expiry)
        if seen is None:
            first_seen.write(timestamp.micros)
            yield value
        elif seen == timestamp.micros:
            yield value
        else:
            count(self._counter)

    @on_timer(_EXPIRE)
    def expire_state(self, first_seen: Any = _FIRST_SEEN_PARAM) -> None:
        first_seen.clear()


class SkipRepeatedDeadLetters(beam.PTransform):
    """Global-window dead letters -> the first of each ``dead_letter_id``, in fixed windows.

    A feed that is down stays down for many polls; each poll makes the same dead letter (its id
    is a hash of what failed), which is one row of the table, not one per poll.
    """

    def __init__(self, window_seconds: int, seen_ttl_seconds: float) -> None:
        super().__init__()
        self._window_seconds = window_seconds
        self._ttl = seen_ttl_seconds

    def expand(self, dead: beam.PCollection) -> beam.PCollection:
        return (
            dead
            | "KeyById"
            >> beam.Map(lambda d: (d["dead_letter_id"], d)).with_output_types(tuple[str, Any])
            | "SkipSeen" >> beam.ParDo(SkipSeenFn(self._ttl, "dead_letters_repeated"))
            | "Window" >> beam.WindowInto(FixedWindows(self._window_seconds))
        )


class NewInWindow(beam.PTransform):
    """Article rows -> only versions not seen in earlier polls, in fixed windows.

    Used as ``NormaliseArticlesAndFetchPages(new_only=...)``: the skip sits between normalising and page
    fetching, so an article page is fetched once, not on every poll.
    """

    def __init__(self, window_seconds: int, seen_ttl_seconds: float) -> None:
        super().__init__()
        self._window_seconds = window_seconds
        self._ttl = seen_ttl_seconds

    def expand(self, articles: beam.PCollection) -> beam.PCollection:
        return (
            articles
            | "KeyByVersion"
            >> beam.Map(
                lambda a: (version_key(a["article_id"], a["title"], a["body"]), a)
            ).with_output_types(tuple[str, Any])
            | "SkipSeenItems" >> beam.ParDo(SkipSeenFn(self._ttl, "items_duplicate"))
            | "Window" >> beam.WindowInto(FixedWindows(self._window_seconds))
        )


def _key_columns(table: pa.Table, keys: tuple[str, ...]) -> list[tuple]:
    return list(zip(*(table[k].to_pylist() for k in keys))) if table.num_rows else []


def existing_keys(paths: Iterable[str], keys: tuple[str, ...]) -> set[tuple]:
    """Primary keys held by the given Parquet files (reads only the key columns)."""
    found: set[tuple] = set()
    for path in paths:
        with FileSystems.open(path) as handle:
            found.update(_key_columns(pq.read_table(handle, columns=list(keys)), keys))
    return found


def _drop_keys(table: pa.Table, keys: tuple[str, ...], drop: set[tuple]) -> pa.Table:
    if not drop or not table.num_rows:
        return table
    mask = pa.array([k not in drop for k in _key_columns(table, keys)], pa.bool_())
    return table.filter(mask)


class WriteWindowPartitionFn(beam.DoFn):
    """One (table, source, date) of one window -> its committed file(s) and a record of them."""

    def __init__(self, output: str, run_id: str) -> None:
        self._output = output
        self._run_id = run_id

    def process(
        self,
        element: tuple[tuple[str, str, str], Iterable[bytes]],
        window: IntervalWindow = beam.DoFn.WindowParam,
    ) -> Iterator[dict[str, Any]]:
        (table_name, source, date), batches = element
        table = TABLES[table_name]
        keys = PRIMARY_KEYS[table_name]
        start = window_start_epoch(window)
        final_dir = partition_dir(self._output, table_name, source, date)
        own_prefix = FileSystems.join(final_dir, f"part-w{start}-")
        parts = list_parts(final_dir)
        own = [p for p in parts if p.startswith(own_prefix)]
        others = [p for p in parts if not p.startswith(own_prefix)]
        new = ipc_to_table(batches, table)
        fresh = _drop_keys(new, keys, existing_keys(others, keys))
        before, _ = read_parts(own, table)
        merged = merge(before, fresh, keys) if fresh.num_rows else before
        record = {
            "table": table_name,
            "source": source,
            "date": date,
            "window_start": start,
            "rows": merged.num_rows,
            "rows_added": merged.num_rows - before.num_rows,
            "rows_in_window": new.num_rows,
            "rows_already_stored": new.num_rows - fresh.num_rows,
            "files": [p.rsplit("/", 1)[1] for p in own],
        }
        count(f"stream_rows_added.{table_name}", record["rows_added"])
        if record["rows_added"] == 0:
            yield record
            return
        stage_dir = FileSystems.join(self._output, "_staging", self._run_id, f"w{start}")
        ensure_dir(stage_dir)
        ensure_dir(final_dir)
        names = []
        for index, offset in enumerate(range(0, merged.num_rows, ROWS_PER_FILE)):
            name = window_part_name(start, index)
            staged = FileSystems.join(
                stage_dir, f"{uuid.uuid4().hex}-{table_name}-{source}-{date}-{name}"
            )
            write_parquet(merged.slice(offset, ROWS_PER_FILE), staged)
            commit_files([staged], [FileSystems.join(final_dir, name)])
            names.append(name)
        stale = [p for p in own if p.rsplit("/", 1)[1] not in names]
        if stale:
            delete_paths(stale)
        record["files"] = names
        yield record


class CommitWindowFn(beam.DoFn):
    """All partition records of one window -> the window manifest; clears the window's staging."""

    def __init__(self, output: str, run_id: str, run_info: dict[str, Any]) -> None:
        self._output = output
        self._run_id = run_id
        self._run_info = run_info

    def process(
        self,
        records: list[dict[str, Any]],
        window: IntervalWindow = beam.DoFn.WindowParam,
    ) -> Iterator[dict[str, Any]]:
        start = window_start_epoch(window)
        records = sorted(records, key=lambda r: (r["table"], r["source"], r["date"]))
        delete_paths([FileSystems.join(self._output, "_staging", self._run_id, f"w{start}")])
        for name in TABLES:
            ensure_dir(FileSystems.join(self._output, name))
        manifest = {
            **self._run_info,
            "run_id": self._run_id,
            "mode": "streaming",
            "window": {
                "start": window.start.to_utc_datetime().replace(tzinfo=UTC).isoformat(),
                "end": window.end.to_utc_datetime().replace(tzinfo=UTC).isoformat(),
                "start_epoch": start,
            },
            "committed_at": datetime.now(UTC).isoformat(),
            "schema_versions": schema_versions(),
            "partitions": [{k: v for k, v in r.items() if k != "window_start"} for r in records],
            "rows_added": rows_added_by_table(records),
        }
        write_manifest(window_manifest_path(self._output, self._run_id, start), manifest)
        count("stream_windows_committed")
        yield manifest


class WriteWindowedTables(WriteTables):
    """{table: windowed rows} -> one file per (table, source, date, window); yields manifests."""

    write_fn = WriteWindowPartitionFn
    commit_fn = CommitWindowFn

    def collect(self) -> beam.PTransform:
        return beam.combiners.ToList().without_defaults()
