"""The batch job: feeds -> articles -> language -> NLP -> events -> partitioned Parquet.

``build(pipeline, job)`` wires the graph (a table of contents of named stages); ``run(job)``
runs it on whatever runner the Beam options name and returns the run summary.

The summary never reads runner metrics (Beam's DaskRunner has none, and a runner may report
only attempted values): the stages emit their counts as data (``deadletter.counted``), the
job counts the rows of its four tables itself, and one step sums both into
``_staging/<run_id>.counts.json``, which the driver reads once the job is done.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from geoevents import langid
from geoevents.config import FeedRegistry
from geoevents.paths import delete_paths
from geoevents.pipelines import beam_patches
from geoevents.pipelines.lock import run_lock
from geoevents.transforms.archive import ReadArchive
from geoevents.transforms.articles import NormaliseArticlesAndFetchPages
from geoevents.transforms.deadletter import (
    COUNTS,
    DEAD_LETTER,
    MAXIMA,
    NAMESPACE,
    NEWEST_PUBLISHED,
    NOTE_COUNTERS,
)
from geoevents.transforms.feeds import ITEMS, VALIDATORS, ReadFeeds
from geoevents.transforms.language import DetectLanguage, is_dutch
from geoevents.transforms.nlp import EVENTS, MENTIONS, AnnotateDutch
from geoevents.transforms.sink import WriteTables, ensure_dir, manifest_path


@dataclass(frozen=True)
class Job:
    """Everything one run needs; built and validated by the CLI before the graph exists."""

    registry: FeedRegistry
    output: str
    model: str
    run_id: str
    started_at: datetime
    since: datetime | None = None
    until: datetime | None = None
    clock: Callable[[], datetime] | None = None
    # Conditional GET: None turns it off (explicit windows and backfills must read everything).
    validators: dict[str, tuple[str | None, str | None]] | None = field(default_factory=dict)
    archive: tuple[str, ...] = ()

    @property
    def run_info(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at.isoformat(),
            "window": {
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
            },
            "feeds": [] if self.archive else [f.name for f in self.registry.feeds],
            "feed_registry": None if self.archive else self.registry.origin,
            "archive_files": list(self.archive),
            "model": self.model,
        }


def build(pipeline: beam.Pipeline, job: Job) -> beam.PCollection:
    """Wire the stages; returns the PCollection holding the run manifest."""
    settings = job.registry.settings
    # The run's fetch budget starts now; every worker gets the same wall-clock end, past which
    # fetches become dead letters (run_deadline) and the run commits what it has.
    deadline = time.time() + settings.run_timeout
    if job.archive:
        feeds = pipeline | "ReadArchive" >> ReadArchive(
            list(job.archive), job.run_id, job.started_at
        )
    else:
        feeds = pipeline | "ReadFeeds" >> ReadFeeds(
            job.registry.feeds, settings, job.run_id, job.clock, job.validators, deadline
        )
        if job.validators is not None:
            _ = (
                feeds[VALIDATORS]
                | "KeepValidators" >> beam.combiners.ToDict()
                | "StageValidators" >> beam.Map(save_validators, job.output, job.run_id)
            )
    normalise = NormaliseArticlesAndFetchPages(
        settings,
        job.registry.page_hosts,
        job.run_id,
        job.since,
        job.until,
        job.clock,
        fetches_pages=not job.archive and any(f.fetch_pages for f in job.registry.feeds),
        deadline=deadline,
    )
    # The step keeps its label from before the class's rename (stable for monitoring).
    articles, article_dead = feeds[ITEMS] | "NormaliseArticles" >> normalise
    nlp_counts: list[beam.PCollection] = []
    tables = analyse(articles, [feeds[DEAD_LETTER], article_dead], job, nlp_counts)
    _ = (
        (feeds[COUNTS], *normalise.counts, *nlp_counts, count_rows(tables))
        | "AllCounts" >> beam.Flatten()
        | "SumCounts" >> beam.CombineGlobally(TallyFn()).without_defaults()
        | "StageCounts" >> beam.Map(save_counts, job.output, job.run_id)
    )
    return tables | "WriteTables" >> WriteTables(job.output, job.run_id, job.run_info)


def _table_row_counts(row: dict[str, Any], table: str) -> list[tuple[str, int]]:
    if table == "articles":
        return [("articles_dutch" if is_dutch(row) else "articles_not_dutch", 1)]
    if table == "dead_letters":
        return [("dead_letters", 1), (f"dead_letters.{row['stage']}.{row['reason']}", 1)]
    return [(table, 1)]


def count_rows(tables: dict[str, beam.PCollection]) -> beam.PCollection:
    """``(name, 1)`` per row the job hands to the writer: articles by language, mentions,
    events, and dead letters in all and per ``<stage>.<reason>``."""
    counted = [
        rows | f"Count{name.title().replace('_', '')}" >> beam.FlatMap(_table_row_counts, name)
        for name, rows in sorted(tables.items())
    ]
    return counted | "AllRowCounts" >> beam.Flatten()


class TallyFn(beam.CombineFn):
    """``(name, value)`` pairs -> {name: total}; the largest value for names in ``MAXIMA``."""

    def create_accumulator(self) -> dict[str, int]:
        return {}

    def add_input(self, totals: dict[str, int], pair: tuple[str, int]) -> dict[str, int]:
        name, value = pair
        if name in MAXIMA:
            totals[name] = max(totals.get(name, value), value)
        else:
            totals[name] = totals.get(name, 0) + value
        return totals

    def merge_accumulators(self, accumulators: Any) -> dict[str, int]:
        merged: dict[str, int] = {}
        for totals in accumulators:
            for pair in totals.items():
                self.add_input(merged, pair)
        return merged

    def extract_output(self, totals: dict[str, int]) -> dict[str, int]:
        return dict(sorted(totals.items()))


def counts_path(output: str, run_id: str) -> str:
    return FileSystems.join(output, "_staging", f"{run_id}.counts.json")


def save_counts(totals: dict[str, int], output: str, run_id: str) -> None:
    path = counts_path(output, run_id)
    ensure_dir(path.rsplit("/", 1)[0])
    with FileSystems.create(path) as handle:
        handle.write(json.dumps(totals, indent=2, sort_keys=True).encode("utf-8"))


def load_counts(output: str, run_id: str) -> dict[str, int]:
    """The run's counts, as the job staged them (removed once read; none if nothing ran)."""
    path = counts_path(output, run_id)
    if not FileSystems.exists(path):
        return {}
    with FileSystems.open(path) as handle:
        totals = json.loads(handle.read().decode("utf-8"))
    delete_paths([path])
    return totals


def run_values(totals: dict[str, int]) -> dict[str, int]:
    """Counts as ``summarise`` takes them.

    ``AnnotateDutch`` counts the documents it parsed and the ones that failed; a run with no
    failure has no ``nlp_failed`` count, which is then 0; the summary checks both against the
    Dutch articles written.
    """
    values = dict(totals)
    values.setdefault("nlp_failed", 0)
    values.setdefault("nlp_documents", 0)
    return values


def analyse(
    articles: beam.PCollection,
    dead_letters: list[beam.PCollection],
    job: Job,
    counts: list[beam.PCollection] | None = None,
) -> dict[str, beam.PCollection]:
    """Articles -> language -> NLP and coder on the Dutch ones: the four output tables.

    Shared by the batch and streaming graphs, which differ only in how items come in and how
    tables are written. ``counts`` (batch) receives the NLP stage's own document counts.
    """
    articles = articles | "DetectLanguage" >> DetectLanguage()
    annotated = (
        articles
        | "OnlyDutch" >> beam.Filter(is_dutch)
        | "AnnotateDutch"
        >> AnnotateDutch(
            job.model,
            job.run_id,
            job.registry.settings.nlp_batch_size,
            job.registry.home_countries,
        )
    )
    if counts is not None:
        # documents parsed and failed, as the stage counted them (its mention and event counts
        # are the written rows' job: count_rows)
        counts.append(
            annotated[COUNTS] | "NlpCounts" >> beam.Filter(lambda kv: kv[0].startswith("nlp_"))
        )
    return {
        "articles": articles,
        "mentions": annotated[MENTIONS],
        "events": annotated[EVENTS],
        "dead_letters": (*dead_letters, annotated[DEAD_LETTER])
        | "AllDeadLetters" >> beam.Flatten(),
    }


def validators_path(output: str, run_id: str | None = None) -> str:
    name = f"http_validators.{run_id}.pending.json" if run_id else "http_validators.json"
    return FileSystems.join(output, "_state", name)


def load_validators(output: str) -> dict[str, tuple[str | None, str | None]]:
    path = validators_path(output)
    if not FileSystems.exists(path):
        return {}
    with FileSystems.open(path) as handle:
        return {k: tuple(v) for k, v in json.loads(handle.read().decode("utf-8")).items()}


def save_validators(validators: dict[str, Any], output: str, run_id: str) -> None:
    """Stage this run's ETag/Last-Modified values; they take effect only if the run commits.

    A run killed before its commit must not make the next run skip feeds as "not modified".
    """
    path = validators_path(output, run_id)
    ensure_dir(path.rsplit("/", 1)[0])
    with FileSystems.create(path) as handle:
        handle.write(json.dumps(validators, indent=2, sort_keys=True).encode("utf-8"))


def promote_validators(output: str, run_id: str) -> None:
    pending = validators_path(output, run_id)
    if not FileSystems.exists(pending):
        return
    with FileSystems.open(pending) as handle:
        new = json.loads(handle.read().decode("utf-8"))
    merged = {**load_validators(output), **new}
    with FileSystems.create(validators_path(output)) as handle:
        handle.write(json.dumps(merged, indent=2, sort_keys=True).encode("utf-8"))
    delete_paths([pending])


SUMMARY_COUNTERS = (
    "feeds_read",  # feeds fetched or attempted (failed ones included); 0 in a backfill
    "feeds_failed",
    "feeds_not_modified",
    "archive_files_read",  # files a backfill (--archive) read; 0 in a feed run
    "items_read",
    "items_duplicate",
    "items_dead",
    "items_outside_window",
    "articles",
    "articles_dutch",
    "articles_not_dutch",
    "pages_fetched",
    "pages_failed",
    "nlp_documents",
    "nlp_failed",
    "mentions",
    "events",
    "dead_letters",
    *NOTE_COUNTERS,
)


def watermark_path(output: str) -> str:
    return FileSystems.join(output, "_state", "watermark.json")


def load_watermark(output: str) -> datetime | None:
    """Publication time of the newest article of the last successful run, if any."""
    path = watermark_path(output)
    if not FileSystems.exists(path):
        return None
    with FileSystems.open(path) as handle:
        value = json.loads(handle.read().decode("utf-8")).get("published_until")
    return datetime.fromisoformat(value) if value else None


def save_watermark(output: str, published_until: datetime, run_id: str) -> None:
    path = watermark_path(output)
    ensure_dir(path.rsplit("/", 1)[0])
    with FileSystems.create(path) as handle:
        body = {"published_until": published_until.isoformat(), "run_id": run_id}
        handle.write(json.dumps(body, indent=2).encode("utf-8"))


def counters(result: beam.runners.runner.PipelineResult) -> dict[str, int]:
    """All ``geoevents`` counters of a finished run (committed values where the runner has them).

    For the streaming driver; the batch summary is counted as data (``count_rows``, ``COUNTS``).
    """
    values: dict[str, int] = {}
    query = result.metrics().query(beam.metrics.MetricsFilter().with_namespace(NAMESPACE))
    for counter in query["counters"]:
        value = counter.committed if counter.committed is not None else counter.attempted
        values[counter.key.metric.name] = values.get(counter.key.metric.name, 0) + int(value or 0)
    return values


def summarise(values: dict[str, int], seconds: float) -> dict[str, Any]:
    """The run summary, with the reconciliation the tests and the manifest rely on."""
    summary: dict[str, Any] = {name: values.get(name, 0) for name in SUMMARY_COUNTERS}
    summary["articles"] = summary["articles_dutch"] + summary["articles_not_dutch"]
    summary["dead_letters_by_reason"] = {
        k.removeprefix("dead_letters."): v
        for k, v in sorted(values.items())
        if k.startswith("dead_letters.")
    }
    accounted = (
        summary["articles"]
        + summary["items_duplicate"]
        + summary["items_dead"]
        + summary["items_outside_window"]
    )
    summary["reconciles"] = (
        accounted == summary["items_read"]
        and summary["nlp_documents"] + summary["nlp_failed"] == summary["articles_dutch"]
    )
    summary["seconds"] = round(seconds, 2)
    return summary


def run(job: Job, options: PipelineOptions) -> dict[str, Any]:
    """Run the job to completion under the output's lock and add the summary to the manifest."""
    with run_lock(job.output, job.run_id):
        return _run(job, options)


# Beam's names for its local runners (``--runner`` is matched case-insensitively); one list for
# the batch and streaming jobs.
DIRECT_RUNNERS = {"directrunner", "direct", "switchingdirectrunner", "bundlebaseddirectrunner"}


def runner_name(options: PipelineOptions) -> str | None:
    """The ``--runner`` given, lower case (a runner object by its class name), or None."""
    runner = options.view_as(StandardOptions).runner
    if runner is None:
        return None
    return (runner if isinstance(runner, str) else type(runner).__name__).lower()


def is_direct(options: PipelineOptions) -> bool:
    """True when the job runs on one of Beam's local runners (also when none is named)."""
    name = runner_name(options)
    return name is None or name in DIRECT_RUNNERS


def local_runner(options: PipelineOptions) -> Any:
    """Beam's in-process FnApiRunner when no runner or the DirectRunner is named, else None.

    Since Beam 2.6x the DirectRunner first tries to download the Prism binary from GitHub and
    run there: offline that costs a failed download (or a hang behind a firewall that drops
    packets), online it silently swaps the engine that tests and benchmarks measured. The batch
    job therefore picks the DirectRunner's batch engine itself; ``--runner PrismRunner`` still
    selects Prism.
    """
    if not is_direct(options) or runner_name(options) == "bundlebaseddirectrunner":
        return None  # another engine, or the bundle-based runner asked for by name
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    info = fn_runner.ExtendedProvisionInfo(
        beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)
    )
    return fn_runner.FnApiRunner(provision_info=info)


_DASK_RUNNERS = {"daskrunner", "dask", "apache_beam.runners.dask.dask_runner.daskrunner"}


def dask_runner(options: PipelineOptions) -> Any:
    """``geoevents.pipelines.dask_runner.DaskRunner`` when the options name Beam's DaskRunner.

    Beam 2.77's DaskRunner mixes a ParDo's tagged outputs, drops ``finish_bundle`` outputs and
    computes only one branch of the graph; the subclass fixes that (its module docstring).
    """
    runner = options.view_as(StandardOptions).runner
    if runner is None or str(runner).lower() not in _DASK_RUNNERS:
        return None
    from geoevents.pipelines.dask_runner import DaskRunner

    return DaskRunner()


def _run(job: Job, options: PipelineOptions) -> dict[str, Any]:
    beam_patches.apply()
    started = time.monotonic()
    local = local_runner(options)
    runner = local or dask_runner(options)
    if local is not None and options.view_as(DirectOptions).direct_running_mode == "in_memory":
        langid.preload()
    pipeline = beam.Pipeline(runner=runner, options=options)
    build(pipeline, job)
    result = pipeline.run()
    try:
        result.wait_until_finish()
    finally:
        close_client = getattr(result, "close_client", None)
        if close_client is not None:  # the Dask client pipelines/dask_runner.py opened
            close_client()
    values = run_values(load_counts(job.output, job.run_id))
    summary = summarise(values, time.monotonic() - started)
    path = manifest_path(job.output, job.run_id)
    manifest: dict[str, Any] = {}
    if FileSystems.exists(path):
        with FileSystems.open(path) as handle:
            manifest = json.loads(handle.read().decode("utf-8"))
    manifest["summary"] = summary
    manifest["finished"] = True
    newest = (
        datetime.fromtimestamp(values[NEWEST_PUBLISHED], tz=UTC)
        if NEWEST_PUBLISHED in values
        else None
    )
    if summary["reconciles"]:
        promote_validators(job.output, job.run_id)
    if summary["reconciles"] and newest:
        previous = load_watermark(job.output)
        if previous is None or newest > previous:
            save_watermark(job.output, newest, job.run_id)
        manifest["watermark"] = max(newest, previous or newest).isoformat()
    with FileSystems.create(path) as handle:
        handle.write(json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
    return manifest
