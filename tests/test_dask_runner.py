"""The batch job on a real Dask cluster (Beam's DaskRunner through pipelines/dask_runner.py).

A scheduler and two worker processes on 127.0.0.1 run ``geoevents run --runner DaskRunner``
over the sample feeds (a failed feed, a duplicate, a dead item, an English item, a fetched
page); every table must equal the DirectRunner's row for row, and the summary, counted without
runner metrics (the DaskRunner has none), must reconcile with the same numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.cli import main
from geoevents.schemas.warehouse import connect
from geoevents.transforms.deadletter import VOLATILE

distributed = pytest.importorskip("distributed")

TABLES = ("articles", "mentions", "events", "dead_letters")


def without_volatile(raw: str | None) -> object:
    """A dead letter's raw input without the run's fetch time and id (a feed item's raw holds
    its ``fetched_at``; the dead letter's id leaves them out for the same reason)."""
    try:
        value = json.loads(raw) if raw else raw
    except json.JSONDecodeError:
        return raw
    if isinstance(value, dict):
        return json.dumps({k: v for k, v in value.items() if k not in VOLATILE}, sort_keys=True)
    return raw


def rows_without_run_fields(output: Path, table: str) -> list[tuple]:
    """A table's rows minus the fields that name the run (as tests/test_warehouse_runs.py)."""
    con = connect(output)
    cursor = con.execute(f"select * exclude (run_id) from {table}")
    columns = [c[0] for c in cursor.description]
    volatile = {columns.index(c) for c in ("fetched_at",) if c in columns}
    raw = columns.index("raw") if "raw" in columns else None
    return sorted(
        tuple(without_volatile(v) if i == raw else v for i, v in enumerate(r) if i not in volatile)
        for r in cursor.fetchall()
    )


def summary(output: Path) -> dict:
    (manifest,) = (output / "_manifests").glob("*.json")
    return json.loads(manifest.read_text())["summary"]


def run_samples(output: Path, model: str, *beam_options: str) -> int:
    args = ["run", "--feeds", "samples", "--output", str(output), "--spacy-model", model]
    return main([*args, *beam_options])


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two worker processes (nannies), one thread each, on the loopback."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


def test_batch_job_on_a_dask_cluster_equals_the_direct_runner(
    cluster, tiny_model: str, samples_direct_run: dict, tmp_path: Path
) -> None:
    # the DirectRunner's run of the same samples and model, made once per session (conftest.py)
    direct, dask = samples_direct_run["output"], tmp_path / "dask"
    assert samples_direct_run["code"] == 0
    options = (
        "--runner",
        "DaskRunner",
        "--dask_client_address",
        cluster.scheduler_address,
        "--dask_npartitions",
        "2",
    )
    assert run_samples(dask, tiny_model, *options) == 0

    for table in TABLES:
        assert rows_without_run_fields(dask, table) == rows_without_run_fields(direct, table), table
    assert rows_without_run_fields(dask, "articles") and rows_without_run_fields(dask, "mentions")
    assert len(rows_without_run_fields(dask, "dead_letters")) == 2

    on_dask, on_direct = summary(dask), summary(direct)
    on_dask.pop("seconds"), on_direct.pop("seconds")
    assert on_dask == on_direct
    assert on_dask["reconciles"] is True
    assert on_dask["items_read"] == 5 and on_dask["items_duplicate"] == 1
    assert on_dask["dead_letters_by_reason"] == {
        "normalise.missing_link": 1,
        "parse_feed.not_a_feed": 1,
    }
    # the watermark came from the counts too, not from a runner metric
    watermark = json.loads((dask / "_state" / "watermark.json").read_text())
    assert (
        watermark["published_until"]
        == json.loads((direct / "_state" / "watermark.json").read_text())["published_until"]
    )
    assert not (dask / "_staging").exists()

    # both worker processes did part of the work
    with distributed.Client(cluster.scheduler_address) as client:
        executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert len(executed) == 2 and all(n > 0 for n in executed.values()), executed


def test_dask_runner_names_resolve_to_the_fixed_runner() -> None:
    from apache_beam.options.pipeline_options import PipelineOptions

    from geoevents.pipelines.batch import dask_runner
    from geoevents.pipelines.dask_runner import DaskRunner

    for name in ("DaskRunner", "dask", "apache_beam.runners.dask.dask_runner.DaskRunner"):
        assert isinstance(dask_runner(PipelineOptions(["--runner", name])), DaskRunner)
    assert dask_runner(PipelineOptions([])) is None


def test_streaming_on_the_dask_runner_is_a_configuration_error(
    tiny_model: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--streaming", "--stop-after", "1", "--runner", "DaskRunner"]
    assert run_samples(tmp_path / "out", tiny_model, *args) == 2
    assert "batch jobs only" in capsys.readouterr().err
