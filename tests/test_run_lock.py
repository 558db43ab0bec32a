"""The run lock with real processes: two started together never both run, a killed holder frees
it, streaming runs hold it too, run ids are unique, and a run leaves no ``_staging/`` behind
(issue 17, items 10 and 11). ``bench/lock_stress.py`` runs the same contest 100 times."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from geoevents.cli import main
from geoevents.pipelines.lock import RunLockedError, make_run_id, run_lock

REPO = Path(__file__).resolve().parents[1]
STRESS = REPO / "bench" / "lock_stress.py"


def test_two_processes_started_together_never_both_hold_the_lock() -> None:
    result = subprocess.run(
        [sys.executable, str(STRESS), "--tries", "4", "--hold", "0.2", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    counts = json.loads(result.stdout)
    assert counts["overlap"] == 0 and counts["same_run_id"] == 0
    assert counts["one_held"] + counts["both_in_turn"] == 4


def test_two_cli_runs_started_together_one_runs_the_other_is_refused(
    tmp_path: Path, tiny_model: str
) -> None:
    output = tmp_path / "out"
    command = [sys.executable, "-m", "geoevents.cli", "run", "--feeds", "samples"]
    command += ["--output", str(output), "--spacy-model", tiny_model]
    procs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=180), *p.communicate()) for p in procs]
    codes = sorted(code for code, _, _ in results)
    refused = [err for code, _, err in results if code == 1]
    if codes == [0, 0]:  # one finished before the other reached the lock: both ran in turn
        manifests = list((output / "_manifests").glob("*.json"))
        assert len(manifests) == 2, "two runs in turn keep two manifests (distinct run ids)"
    else:
        assert codes == [0, 1], results
        # the holder is named by its run id, or "another run (starting up)" when the refused
        # run reached the lock before the winner wrote its id into it
        assert len(refused[0].splitlines()) == 1
        assert "is in use by run" in refused[0] or "is in use by another run" in refused[0]
    winner_err = next(err for code, _, err in results if code == 0)
    assert "apitools" not in winner_err and "Traceback" not in winner_err
    assert not (output / "_staging").exists(), "a finished run leaves no staging folder"


def test_a_killed_holder_frees_the_lock(tmp_path: Path) -> None:
    output = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, str(STRESS), "--worker", str(output), str(time.time()), "60"],
        stdout=subprocess.PIPE,
    )
    lock = output / "_state" / "run.lock"
    deadline = time.monotonic() + 30
    while not (lock.is_file() and lock.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.02)
    with pytest.raises(RunLockedError, match=r"in use by run \S+ \(pid \d+"):
        with run_lock(str(output), "second"):
            pass
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    with run_lock(str(output), "third"):
        assert json.loads(lock.read_text())["run_id"] == "third"


def test_a_streaming_run_takes_the_lock_too(
    tmp_path: Path, tiny_model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    args = ["run", "--streaming", "--poll-interval", "1", "--window-seconds", "1"]
    args += ["--stop-after", "1", "--feeds", "samples", "--output", str(output)]
    with run_lock(str(output), "batch-in-progress"):
        assert main([*args, "--spacy-model", tiny_model]) == 1
    assert "in use by run batch-in-progress" in capsys.readouterr().err
    assert not list(output.rglob("*.parquet"))


def test_run_ids_of_one_instant_differ_and_sort_by_time() -> None:
    now = datetime(2024, 1, 1, 12, 0, 0, 123456, tzinfo=UTC)
    ids = {make_run_id(now) for _ in range(50)}
    assert len(ids) == 50
    later = make_run_id(datetime(2024, 1, 1, 12, 0, 0, 123457, tzinfo=UTC))
    assert all(i < later for i in ids)
    assert all(i.startswith("20240101T120000.123456Z-") for i in ids)
