"""The streaming job: poll the feeds, keep what is new, write one set of files per window.

    polls (PeriodicImpulse, event time = poll time)
      -> FetchFeeds (the batch job's feed fetching, on each poll's feed specs)
      -> NormaliseArticlesAndFetchPages(new_only=NewInWindow), step label NormaliseArticles
         (cross-poll skip in keyed state, fixed windows, DeduplicateItems, FetchPageFn,
         finish_article)
      -> DetectLanguage -> OnlyDutch -> AnnotateDutch (the batch stage)
      -> WriteWindowedTables (one Parquet file per table/source/date/window + a window manifest)

Windows are fixed (default 900 s, GDELT's 15-minute cadence) in event time, and event time is the
poll's scheduled time: every item of a poll falls in one window, the impulse's watermark follows
the wall clock, so nothing is late and each window fires once, when the next poll moves the
watermark past its end. The date partition is still the publication date, as in batch.

What holds where:

* Python DirectRunner. Streaming is a bounded replay: the FnApiRunner it picks (offline, where
  the Prism binary cannot be fetched) runs ``PeriodicImpulse`` in real time but fires windows
  and writes files only when the impulse stops, so ``run_streaming`` refuses an unbounded run there (``stop_after`` is required). With
  ``--direct_num_workers`` above 1 it fires only the first poll (its parallel bundle manager
  drops the impulse's deferred remainder), so ``run_streaming`` refuses that too.
  ``TestStream`` needs the bundle-based runner, which supports keyed state and event-time timers
  but not ``PeriodicImpulse``. Processing-time timers push the DirectRunner onto that runner,
  which is why the seen-state expires on an event-time timer (here event time is poll time, so
  the TTL is wall-clock time after the last sighting) and why ``AnnotateDutch`` batches
  without ``max_batch_duration_secs``. Beam's ``DeduplicatePerKey`` is not used: it declares a
  processing-time timer even when given an event-time duration (so the same fallback), expires
  a key from its first sighting rather than its last, and keeps one copy only, whereas the same
  story read from two feeds in one poll must reach ``DeduplicateItems`` to list both feeds.
  ``WriteToParquet`` is not used either (issue #5 records that it corrupts files in streaming on
  the DirectRunner, and it has no per-partition destinations); the sink writes with pyarrow.
* Dataflow and Flink. Keyed state and timers are per key and window and are checkpointed, so the
  skip holds across worker restarts and autoscaling (not across a new job: see below). Each
  window fires one pane per (table, source, date), so one worker writes each file. The writer
  stages the file under a unique name and renames it into place, so readers never see a partial
  file and a retried bundle rewrites the same name. A retry, a late pane or a restarted job
  (empty state) re-reads the partition: rows whose primary key another file already holds are
  dropped and the window's own file is merged, existing rows first, so nothing is written twice.
  On object stores a rename is a copy (objects appear whole) after deleting the window's old
  file: a reader may briefly miss a rewritten window's rows, never see a torn file.

The first poll of a new job (empty state) re-reads everything the feeds hold: those articles
go through NLP again and the sink then drops them as already stored, so a restart costs CPU, not
duplicates. Not safe: running the batch job and a streaming job on the same partitions at the
same time (the batch merge rewrites a partition and deletes files a window may just have added).
The output's run lock (``pipelines/lock.py``), held by the streaming driver while it waits for
the job, refuses such a batch run; a driver that exits without waiting releases it, so keep the
driver running or stop the stream before a backfill.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import datetime
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from geoevents.config import ConfigError
from geoevents.paths import escape_glob, list_files
from geoevents.pipelines import beam_patches
from geoevents.pipelines.batch import Job, analyse, counters, is_direct, summarise
from geoevents.pipelines.lock import run_lock
from geoevents.transforms.articles import NormaliseArticlesAndFetchPages
from geoevents.transforms.deadletter import DEAD_LETTER
from geoevents.transforms.feeds import ITEMS, FetchFeeds
from geoevents.transforms.sink import ensure_dir, manifest_path
from geoevents.transforms.streaming import (
    DEFAULT_SEEN_TTL_SECONDS,
    DEFAULT_WINDOW_SECONDS,
    FeedPolls,
    NewInWindow,
    SkipRepeatedDeadLetters,
    WriteWindowedTables,
)

_LOG = logging.getLogger(__name__)


def _check(poll_interval: float, window_seconds: int, stop_after: float | None) -> None:
    if poll_interval <= 0:
        raise ConfigError(f"--poll-interval must be > 0 seconds, got {poll_interval!r}")
    if int(window_seconds) != window_seconds or window_seconds < 1:
        raise ConfigError(f"--window-seconds must be a whole number >= 1, got {window_seconds!r}")
    if stop_after is not None and stop_after <= 0:
        raise ConfigError(f"--stop-after must be > 0 seconds, got {stop_after!r}")


def stream_info(job: Job, poll_interval: float, window_seconds: int) -> dict[str, Any]:
    return {
        **job.run_info,
        "poll_interval": poll_interval,
        "window_seconds": int(window_seconds),
    }


def build_from_polls(
    polls: beam.PCollection,
    job: Job,
    window_seconds: int = DEFAULT_WINDOW_SECONDS,
    seen_ttl: float = DEFAULT_SEEN_TTL_SECONDS,
    run_info: dict[str, Any] | None = None,
) -> beam.PCollection:
    """Everything after the poll source: feed-spec dicts timestamped with their poll time ->
    window manifests. Tests feed it from a ``TestStream``."""
    settings = job.registry.settings
    feeds = polls | "FetchFeeds" >> FetchFeeds(settings, job.run_id, job.clock, job.validators)
    # Label kept from before the class's rename: ``--update`` of a running job matches by label.
    articles, article_dead = feeds[ITEMS] | "NormaliseArticles" >> NormaliseArticlesAndFetchPages(
        settings,
        job.registry.page_hosts,
        job.run_id,
        job.since,
        job.until,
        job.clock,
        new_only=NewInWindow(int(window_seconds), seen_ttl),
        dead_filter=SkipRepeatedDeadLetters(int(window_seconds), seen_ttl),
    )
    feed_dead = feeds[DEAD_LETTER] | "FeedDeadLetters" >> SkipRepeatedDeadLetters(
        int(window_seconds), seen_ttl
    )
    tables = analyse(articles, [feed_dead, article_dead], job)
    return tables | "WriteTables" >> WriteWindowedTables(
        job.output, job.run_id, run_info or job.run_info
    )


def build_streaming(
    pipeline: beam.Pipeline,
    job: Job,
    poll_interval: float,
    window_seconds: int = DEFAULT_WINDOW_SECONDS,
    stop_after: float | None = None,
    *,
    start: datetime | None = None,
    seen_ttl: float = DEFAULT_SEEN_TTL_SECONDS,
) -> beam.PCollection:
    """Wire the streaming graph; returns the PCollection of window manifests.

    ``start`` None polls from when the job starts; a past ``start`` replays the polls due since
    then at once (tests, bounded catch-up).
    """
    _check(poll_interval, window_seconds, stop_after)
    if job.archive:
        raise ConfigError("--streaming polls the feeds; backfill --archive files with a batch run")
    polls = pipeline | "PollFeeds" >> FeedPolls(
        job.registry.feeds, poll_interval, stop_after, start
    )
    return build_from_polls(
        polls, job, window_seconds, seen_ttl, stream_info(job, poll_interval, window_seconds)
    )


def window_manifests(output: str, run_id: str) -> list[str]:
    """Names of the window manifests a run has committed, in window order."""
    found = list_files(FileSystems.join(output, "_manifests"), f"{escape_glob(run_id)}-w*.json")
    names = [path.rsplit("/", 1)[1] for path in found]
    return sorted(names, key=lambda n: int(n.rsplit("-w", 1)[1].removesuffix(".json")))


def run_streaming(
    job: Job,
    options: PipelineOptions,
    poll_interval: float,
    window_seconds: int = DEFAULT_WINDOW_SECONDS,
    stop_after: float | None = None,
) -> dict[str, Any]:
    """Run the streaming job until it stops (``stop_after`` seconds, or drained/cancelled), then
    write and return the run manifest ``_manifests/<run_id>.json`` with the summary.

    Sets Beam's ``streaming`` option and holds the output's run lock while the driver waits (a
    batch run on the same output is refused meanwhile). On the DirectRunner ``stop_after`` is
    required (it writes nothing until the polling stops) and so is one worker (with more, only
    the first poll fires).
    """
    _check(poll_interval, window_seconds, stop_after)
    if stop_after is None and is_direct(options):
        raise ConfigError(
            "--streaming on the DirectRunner needs --stop-after SECONDS: it only writes when the "
            "polling stops. Use a streaming runner (Dataflow, Flink) for an unbounded job."
        )
    workers = options.view_as(DirectOptions).direct_num_workers
    if is_direct(options) and workers != 1:
        raise ConfigError(
            f"--streaming on the DirectRunner needs --direct_num_workers 1 (got {workers}): with "
            "more workers its runner drops PeriodicImpulse's deferred polls after the first."
        )
    options.view_as(StandardOptions).streaming = True
    with run_lock(job.output, job.run_id):
        return _run_streaming(job, options, poll_interval, window_seconds, stop_after)


def _run_streaming(
    job: Job,
    options: PipelineOptions,
    poll_interval: float,
    window_seconds: int,
    stop_after: float | None,
) -> dict[str, Any]:
    beam_patches.apply()
    started = time.monotonic()
    pipeline = beam.Pipeline(options=options)
    build_streaming(pipeline, job, poll_interval, window_seconds, stop_after)
    result = pipeline.run()
    result.wait_until_finish()
    values = counters(result)
    summary = summarise(values, time.monotonic() - started)
    summary["dead_letters_repeated"] = values.get("dead_letters_repeated", 0)
    summary["windows_committed"] = values.get("stream_windows_committed", 0)
    manifest = {
        **stream_info(job, poll_interval, window_seconds),
        "run_id": job.run_id,
        "mode": "streaming",
        "stop_after": stop_after,
        "windows": window_manifests(job.output, job.run_id),
        "summary": summary,
        "finished": True,
    }
    path = manifest_path(job.output, job.run_id)
    ensure_dir(path.rsplit("/", 1)[0])
    with FileSystems.create(path) as handle:
        handle.write(json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
    _LOG.info("streaming run %s: %d windows committed", job.run_id, len(manifest["windows"]))
    return manifest
