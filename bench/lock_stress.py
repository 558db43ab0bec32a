"""Two processes started together on one output: never both inside the run lock.

    python bench/lock_stress.py            # 100 tries, about a minute
    python bench/lock_stress.py --tries 5 --json

Each try starts two worker processes on a fresh output folder; both spin until the same instant,
make a run id and try ``pipelines.lock.run_lock``, hold it for ``--hold`` seconds and report
when they held it. A try fails when the two holds overlap in time or the two run ids are equal
(issue 17: the old exists-then-create lock let both in 14 times in 100, and its run ids had
one-second resolution). Both holding one after the other is allowed (a worker that started late)
and counted. Exit status 1 when any try failed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

START_MARGIN = 0.5  # seconds for both workers to start before the common instant


def worker(output: str, go_at: float, hold: float) -> dict[str, Any]:
    """One contender: the lock at ``go_at``, held for ``hold`` seconds."""
    from geoevents.pipelines.lock import RunLockedError, make_run_id, run_lock

    while time.time() < go_at:
        pass
    run_id = make_run_id(datetime.now(UTC))
    try:
        with run_lock(output, run_id):
            start = time.time()
            time.sleep(hold)
            end = time.time()
    except RunLockedError as exc:
        return {"run_id": run_id, "held": None, "refused": str(exc)}
    return {"run_id": run_id, "held": [start, end]}


def one_try(hold: float) -> dict[str, Any]:
    """Two workers on one fresh output; what each saw."""
    with tempfile.TemporaryDirectory(prefix="lock-stress-") as output:
        go_at = time.time() + START_MARGIN
        command = [sys.executable, __file__, "--worker", output, str(go_at), str(hold)]
        procs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate()[0] for p in procs]
        if any(p.returncode for p in procs):
            raise RuntimeError(f"a worker failed: {outs}")
        first, second = (json.loads(out) for out in outs)
    holds = [w["held"] for w in (first, second) if w["held"]]
    overlap = len(holds) == 2 and max(h[0] for h in holds) < min(h[1] for h in holds)
    return {
        "held": len(holds),
        "overlap": overlap,
        "same_run_id": first["run_id"] == second["run_id"],
    }


def stress(tries: int, hold: float) -> dict[str, int]:
    counts = {"tries": tries, "overlap": 0, "same_run_id": 0, "one_held": 0, "both_in_turn": 0}
    for _ in range(tries):
        result = one_try(hold)
        counts["overlap"] += result["overlap"]
        counts["same_run_id"] += result["same_run_id"]
        counts["one_held"] += result["held"] == 1
        counts["both_in_turn"] += result["held"] == 2 and not result["overlap"]
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tries", type=int, default=100)
    parser.add_argument("--hold", type=float, default=0.2, help="seconds each holder keeps it")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument(
        "--worker", nargs=3, metavar=("OUTPUT", "GO_AT", "HOLD"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.worker:
        output, go_at, hold = args.worker
        print(json.dumps(worker(output, float(go_at), float(hold))))
        return 0
    counts = stress(args.tries, args.hold)
    if args.json:
        print(json.dumps(counts))
    else:
        print(
            f"{counts['tries']} tries: {counts['overlap']} with both holding the lock at once, "
            f"{counts['same_run_id']} with equal run ids, {counts['one_held']} refused the "
            f"second, {counts['both_in_turn']} held it one after the other"
        )
    return 1 if counts["overlap"] or counts["same_run_id"] else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
