"""Portability: the same batch job on a portable job service and with several worker processes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from geoevents.cli import main


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


def test_batch_job_runs_on_the_portable_runner(
    job_service: str, tiny_model: str, tmp_path: Path
) -> None:
    direct = tmp_path / "direct"
    portable = tmp_path / "portable"
    assert (
        main(["run", "--feeds", "samples", "--output", str(direct), "--spacy-model", tiny_model])
        == 0
    )
    code = main(
        [
            "run",
            "--feeds",
            "samples",
            "--output",
            str(portable),
            "--spacy-model",
            tiny_model,
            "--runner",
            "PortableRunner",
            "--job_endpoint",
            job_service,
            "--environment_type",
            "LOOPBACK",
        ]
    )
    assert code == 0
    assert article_ids(portable) == article_ids(direct) and len(article_ids(direct)) == 3


def test_batch_job_runs_with_two_worker_processes(tiny_model: str, tmp_path: Path) -> None:
    single = tmp_path / "single"
    multi = tmp_path / "multi"
    assert (
        main(["run", "--feeds", "samples", "--output", str(single), "--spacy-model", tiny_model])
        == 0
    )
    code = main(
        [
            "run",
            "--feeds",
            "samples",
            "--output",
            str(multi),
            "--spacy-model",
            tiny_model,
            "--direct_num_workers",
            "2",
            "--direct_running_mode",
            "multi_processing",
        ]
    )
    assert code == 0
    assert article_ids(multi) == article_ids(single)
