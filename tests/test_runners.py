"""Portability: the same batch job on a portable job service and with several worker processes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner

from geoevents.cli import main
from geoevents.pipelines.batch import local_runner


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def job_service():
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "apache_beam.runners.portability.local_job_service_main",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the Beam job service did not start")
    yield f"localhost:{port}"
    proc.terminate()
    proc.wait(timeout=20)


def article_ids(output: Path) -> list[str]:
    table = ds.dataset(output / "articles", format="parquet", partitioning="hive").to_table()
    return sorted(table["article_id"].to_pylist())


@pytest.fixture(scope="module")
def direct_ids(samples_direct_run: dict) -> list[str]:
    """The articles of the samples on the default DirectRunner, to compare other runners with
    (the run is made once per session in conftest.py; test_dask_runner.py compares with it too)."""
    assert samples_direct_run["code"] == 0
    ids = article_ids(samples_direct_run["output"])
    assert len(ids) == 3
    return ids


def run_samples(output: Path, model: str, *beam_options: str) -> int:
    return main(
        [
            "run",
            "--feeds",
            "samples",
            "--output",
            str(output),
            "--spacy-model",
            model,
            *beam_options,
        ]
    )


def test_batch_job_runs_on_the_portable_runner(
    job_service: str, tiny_model: str, direct_ids: list[str], tmp_path: Path
) -> None:
    options = ("--runner", "PortableRunner", "--job_endpoint", job_service)
    assert run_samples(tmp_path, tiny_model, *options, "--environment_type", "LOOPBACK") == 0
    assert article_ids(tmp_path) == direct_ids


def test_batch_job_runs_with_two_worker_processes(
    tiny_model: str, direct_ids: list[str], tmp_path: Path
) -> None:
    options = ("--direct_num_workers", "2", "--direct_running_mode", "multi_processing")
    assert run_samples(tmp_path, tiny_model, *options) == 0
    assert article_ids(tmp_path) == direct_ids


def test_default_run_stays_in_process_and_never_reaches_for_prism(
    samples_direct_run: dict, direct_ids: list[str]
) -> None:
    # Beam's DirectRunner would first try to download the Prism binary from GitHub. The default
    # run (no --runner) is the session's samples run; its INFO log was kept (conftest.py).
    assert samples_direct_run["code"] == 0 and len(direct_ids) == 3
    assert samples_direct_run["log"], "the run's INFO log was not captured"
    assert not [m for m in samples_direct_run["log"] if "prism" in m.lower()]


@pytest.mark.parametrize("args", [[], ["--runner", "DirectRunner"], ["--runner", "direct"]])
def test_direct_runner_means_the_in_process_batch_engine(args: list[str]) -> None:
    assert isinstance(local_runner(PipelineOptions(args)), FnApiRunner)


@pytest.mark.parametrize("name", ["PrismRunner", "PortableRunner", "DataflowRunner"])
def test_other_runners_are_left_to_beam(name: str) -> None:
    assert local_runner(PipelineOptions(["--runner", name])) is None


@pytest.mark.parametrize(
    ("name", "direct"),
    [
        (None, True),
        ("DirectRunner", True),
        ("SwitchingDirectRunner", True),
        ("BundleBasedDirectRunner", True),
        ("PrismRunner", False),
        ("DaskRunner", False),
    ],
)
def test_batch_and_streaming_share_one_list_of_local_runners(name, direct: bool) -> None:
    """The streaming job's DirectRunner checks and the batch job's engine choice read one list
    (they had drifted: the batch job did not know BundleBasedDirectRunner)."""
    from geoevents.pipelines import streaming
    from geoevents.pipelines.batch import is_direct

    options = PipelineOptions(["--runner", name] if name else [])
    assert is_direct(options) is direct
    assert streaming.is_direct is is_direct
    # a local runner named explicitly other than the DirectRunner is left to Beam
    assert (local_runner(options) is not None) is (direct and name != "BundleBasedDirectRunner")
