"""User errors on the real command line: one line that says what to fix, exit 2, no traceback.

Mistyped options are rejected with a suggestion (Beam would only log and drop them), genuine
Beam options still pass, and Ctrl-C ends a run with one line and status 130 (issue 17, items
7, 8 and 11).
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geoevents import checks
from geoevents.cli import _parser
from geoevents.config import ConfigError
from geoevents.schemas.tables import ARTICLES

CLI = [sys.executable, "-m", "geoevents.cli"]


def cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=cwd, check=False
    )


def one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    """The single stderr line of a failed command, after checking status and the absence of a
    traceback or Beam's import noise."""
    lines = result.stderr.splitlines()
    assert result.returncode == code, result.stderr
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "apitools" not in result.stderr
    return lines[0]


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create: below a read-only folder, or in sysfs for root."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        return locked / "out"
    if not Path("/sys/kernel").is_dir():
        pytest.skip("running as root without sysfs: no folder is unwritable")
    return Path("/sys/geoevents-test-out")


@pytest.fixture(scope="module")
def output_with_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder holding one (empty) articles partition file, as a run writes it."""
    output = tmp_path_factory.mktemp("tables")
    partition = output / "articles" / "source=nos" / "date=2023-11-15"
    partition.mkdir(parents=True)
    pq.write_table(ARTICLES.schema.empty_table(), partition / "part-00000.parquet")
    return output


def test_each_user_error_is_one_line_and_exit_2(tmp_path: Path, output_with_tables: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n", encoding="utf-8")
    bad_json = tmp_path / "bad-json.jsonl"
    bad_json.write_text('{"id": "1", "date": "2023-11-15", "text": "x", "events": []}\n{oops\n')
    bad_roots = tmp_path / "bad-roots.jsonl"
    bad_roots.write_text(
        json.dumps(
            {
                "id": "1",
                "date": "2023-11-15",
                "text": "x",
                "events": [{"actor1": "USA", "actor2": "CHN", "roots": ["4"]}],
            }
        )
        + "\n"
    )
    good_gold = tmp_path / "good.jsonl"
    good_gold.write_text('{"id": "1", "date": "2023-11-15", "text": "x", "events": []}\n')
    bad_context = tmp_path / "bad-context.jsonl"
    bad_context.write_text('{"id": "1", "before": ["Een zin."]}\n{"id": "2"}\n')
    out = str(tmp_path / "out")
    run = ["run", "--feeds", "samples", "--spacy-model", "nl_geoevents"]
    tables = str(output_with_tables)
    cases = {
        "mistyped option": (
            [*run, "--output", out, "--sinse", "2024-01-01"],
            "unknown option --sinse (did you mean --since?)",
        ),
        "mistyped query option": (
            ["query", "--output", tables, "--formt", "csv", "select 1"],
            "unknown option --formt (did you mean --format?)",
        ),
        "stray word": ([*run, "--output", out, "extra"], "unexpected argument 'extra'"),
        "output is a file": ([*run, "--output", str(a_file)], "is a file"),
        "output not writable": (
            [*run, "--output", str(unwritable_folder(tmp_path))],
            "is not writable",
        ),
        "unknown runner": ([*run, "--output", out, "--runner", "Bogus"], "not a Beam runner"),
        "bad SQL": (["query", "--output", tables, "selec 1"], "Parser Error"),
        "unknown table": (
            ["query", "--output", tables, "select * from event"],
            "views: articles, mentions",
        ),
        "no tables": (
            ["query", "--output", str(tmp_path), "select count(*) from articles"],
            "no geoevents tables",
        ),
        "missing input": (
            ["annotate", "--in", str(tmp_path / "missing.jsonl"), "--out", "-"],
            "No such file or directory",
        ),
        "gold not JSON": (["eval", "events", str(bad_json)], f"{bad_json}:2: not JSON"),
        "gold bad roots": (["eval", "events", str(bad_roots)], "'roots' must list CAMEO roots"),
        "bad context": (
            ["eval", "events", str(good_gold), "--context", str(bad_context)],
            f"{bad_context}:2: not a context line",
        ),
        "missing command": ([], "required: command"),
    }
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(cases, pool.map(lambda case: cli(*case[0]), cases.values())))
    failures = []
    for name, (_args, expected) in cases.items():
        try:
            line = one_line_error(results[name])
            assert expected in line, line
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")
    assert not failures, "\n".join(failures)
    assert not Path(out).exists(), "a rejected run must not create its output"


def test_genuine_beam_options_and_runners_pass_typos_do_not() -> None:
    """The README's Dataflow, Flink and multi-process options, and the portable runner's."""
    args = [
        "--runner=DataflowRunner",
        "--project",
        "P",
        "--region",
        "europe-west4",
        "--temp_location",
        "gs://bucket/tmp",
        "--setup_file",
        "./setup.py",
        "--flink_master",
        "localhost:8081",
        "--environment_type",
        "LOOPBACK",
        "--job_endpoint",
        "localhost:8099",
        "--direct_num_workers",
        "2",
        "--direct_running_mode",
        "multi_processing",
        "--experiments",
        "use_runner_v2",
        "--save_main_session",
    ]
    assert checks.beam_args(list(args), ["--since"]) == args
    with pytest.raises(ConfigError, match=r"unknown option --temp-location \(did you mean"):
        checks.beam_args(["--temp-location", "gs://b/t"], ["--since"])
    with pytest.raises(ConfigError, match="invalid int value: 'two'"):
        checks.beam_args(["--direct_num_workers", "two"], [])
    for runner in ("DataflowRunner", "direct", "flink", "PortableRunner", "PrismRunner"):
        checks.check_runner(runner)
    with pytest.raises(ConfigError, match=r"\(did you mean DataflowRunner\?\)"):
        checks.check_runner("DataflowRuner")
    with pytest.raises(ConfigError, match="has no NoSuchRunner"):
        checks.check_runner("apache_beam.runners.NoSuchRunner")


def test_verbose_works_before_and_after_the_command() -> None:
    for argv in (["-v", "run", "--output", "o"], ["run", "--output", "o", "-v"]):
        args, rest = _parser().parse_known_args(argv)
        assert args.verbose is True and rest == [], argv
    args, rest = _parser().parse_known_args(["run", "--output", "o"])
    assert args.verbose is False and rest == []


def test_ctrl_c_prints_one_line_and_exits_130(tmp_path: Path, tiny_model: str) -> None:
    output = tmp_path / "out"
    lock = output / "_state" / "run.lock"
    args = ["run", "--streaming", "--poll-interval", "1", "--window-seconds", "1"]
    proc = subprocess.Popen(
        [*CLI, *args, "--stop-after", "60", "--feeds", "samples", "--output", str(output)]
        + ["--spacy-model", tiny_model],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (lock.is_file() and lock.stat().st_size) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    time.sleep(1.0)  # inside the pipeline: polls running, bundles in flight
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert stderr == "geoevents: interrupted\n"
    assert not (output / "_staging").exists()
    assert lock.read_text() == "", "the lock names no holder once the run is gone"


def test_options_after_a_double_dash_go_to_the_runner_unchecked(
    tmp_path: Path, tiny_model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An escape hatch for runner options Beam's parser does not list (Dataflow keeps them)."""
    from geoevents.cli import main
    from geoevents.pipelines.lock import run_lock

    output = tmp_path / "out"
    args = ["run", "--feeds", "samples", "--output", str(output), "--spacy-model", tiny_model]
    with run_lock(str(output), "holder"):  # every check passes, then the run meets the lock
        assert main([*args, "--", "--service_only_flag", "on"]) == 1
        assert "in use by run holder" in capsys.readouterr().err
        assert main([*args, "--service_only_flag", "on"]) == 2
        assert "unknown option --service_only_flag" in capsys.readouterr().err


def test_query_csv_appends_to_a_redirected_file(tmp_path: Path, output_with_tables: Path) -> None:
    """``query --format csv >> file`` keeps what the file held (issue 20.8); values are DuckDB's
    text, NULL is empty, quoting is CSV's."""
    target = tmp_path / "log.csv"
    target.write_text("kept\n", encoding="utf-8")
    sql = (
        "select 1 as n, 'a,\"b' as s, NULL as x, [1, 2] as l, "
        "TIMESTAMPTZ '2024-03-12 10:00:00+00' as t union all select 2, 'c', 'd', [], NULL "
        "order by n"
    )
    command = [*CLI, "query", "--output", str(output_with_tables), "--format", "csv", sql]
    for _ in range(2):
        subprocess.run(
            " ".join(shlex.quote(part) for part in command) + f" >> {shlex.quote(str(target))}",
            shell=True,
            check=True,
            env={**os.environ, "TZ": "UTC"},
        )
    block = 'n,s,x,l,t\n1,"a,""b",,"[1, 2]",2024-03-12 10:00:00+00\n2,c,d,[],\n'
    assert target.read_text(encoding="utf-8") == "kept\n" + block + block


def test_a_ctrl_c_that_lands_in_a_finaliser_still_stops_the_command() -> None:
    """Python prints and drops an exception raised in ``__del__`` or a weakref callback; a Ctrl-C
    that lands there (CI saw it in a WeakSet callback) must still end the run, not be lost."""
    from geoevents.cli import _on_interrupt, _restore_interrupt

    class RaisesCtrlCWhenFreed:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)
            for _ in range(1000):  # the handler runs here, inside the finaliser
                pass

    interrupted = threading.Event()
    previous = _on_interrupt(interrupted)
    try:
        with pytest.raises(KeyboardInterrupt):
            RaisesCtrlCWhenFreed()
            for _ in range(100):
                time.sleep(0.01)
        assert interrupted.is_set()
    finally:
        _restore_interrupt(previous, interrupted)
    assert signal.getsignal(signal.SIGINT) is previous
