"""Scaling of ``geoevents run``: 1 versus 2 workers, and cost versus input size.

Issue #7 goals: 2 workers (``--direct_num_workers 2 --direct_running_mode multi_processing``)
>= 1.7x faster than 1 worker; at 500, 2,000 and 10,000 articles the time grows linearly and the
peak RSS of the whole process tree stays flat (<= 1.5 GB at 10,000 articles).

Every run is a separate ``geoevents run`` process on the generated feeds
(``bench/make_feeds.py``); peak RSS is sampled every 50 ms over the process and all its
descendants (Beam's worker processes) and summed.

Usage::

    python bench/scaling.py [--model nl_geoevents] [--workers-n 2000] [--sizes 500 2000 10000]
    python bench/scaling.py --skip-sizes      # only 1 vs 2 workers
    python bench/scaling.py --skip-workers    # only the sizes

Results are printed as Markdown and appended to ``bench/data/results.jsonl``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.throughput import (  # noqa: E402
    DEFAULT_MODEL,
    ONE_WORKER,
    TWO_WORKERS,
    append_result,
    check_summary,
    conditions,
    ensure_feeds,
    machine,
    model_description,
    run_pipeline,
)

GOAL_SPEEDUP = 1.7
GOAL_PEAK_MB = 1536


def measure(n: int, model: str, beam_args: list[str], label: str) -> dict[str, Any]:
    feeds = ensure_feeds(n)
    before = conditions()
    measured, summary = run_pipeline(feeds, model, beam_args)
    row = {
        "label": label,
        "n": n,
        "beam_args": beam_args,
        "wall_s": measured.wall_s,
        "cpu_s": measured.cpu_s,
        "peak_rss_mb": measured.peak_rss_mb,
        "peak_processes": measured.peak_processes,
        "process_cpu_s": measured.process_cpu_s,
        "summary_s": summary.get("seconds"),
        "load_avg": before["load_avg"],
        "training_running": before["training_running"],
        "problems": check_summary(summary, n),
    }
    print(
        f"  {label:>10} n={n:>6}: {measured.wall_s:7.1f} s wall, {measured.cpu_s:7.1f} s CPU, "
        f"peak {measured.peak_rss_mb:6.0f} MB over {measured.peak_processes} processes, "
        f"load {before['load_avg'][0]}, CPU s per process (last sample) {measured.process_cpu_s}",
        file=sys.stderr,
    )
    return row


def linear_fit(points: list[tuple[int, float]]) -> tuple[float, float, float]:
    """Least squares t = a + b*n; returns (a, b, largest relative residual)."""
    ns = [p[0] for p in points]
    ts = [p[1] for p in points]
    mean_n, mean_t = sum(ns) / len(ns), sum(ts) / len(ts)
    var = sum((n - mean_n) ** 2 for n in ns)
    slope = sum((n - mean_n) * (t - mean_t) for n, t in points) / var if var else 0.0
    intercept = mean_t - slope * mean_n
    worst = max(abs(t - (intercept + slope * n)) / t for n, t in points)
    return intercept, slope, worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--workers-n", type=int, default=2000, help="articles for 1 vs 2 workers")
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--skip-workers", action="store_true")
    parser.add_argument("--skip-sizes", action="store_true")
    args = parser.parse_args(argv)

    record: dict[str, Any] = {
        "bench": "scaling",
        **conditions(),
        "machine": machine(),
        **model_description(args.model),
        "runs": [],
    }
    lines = []
    one_worker: dict[int, dict[str, Any]] = {}
    if not args.skip_workers:
        one = measure(args.workers_n, args.model, ONE_WORKER, "1 worker")
        two = measure(args.workers_n, args.model, TWO_WORKERS, "2 workers")
        one_worker[args.workers_n] = one
        record["runs"] += [one, two]
        speedup = one["wall_s"] / two["wall_s"]
        record["speedup"] = speedup
        verdict = "met" if speedup >= GOAL_SPEEDUP else "MISSED"
        lines += [
            f"Workers ({args.workers_n} articles):",
            "",
            "| workers | wall s | CPU s | CPU/wall | peak RSS tree MB | processes | load avg (1 min) |",
            "|---|---:|---:|---:|---:|---:|---:|",
            *(
                f"| {r['label']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | "
                f"{r['cpu_s'] / r['wall_s']:.2f} | {r['peak_rss_mb']:.0f} | "
                f"{r['peak_processes']} | {r['load_avg'][0]} |"
                for r in (one, two)
            ),
            "",
            f"- speed-up 2 vs 1 workers: **{speedup:.2f}x** (goal >= {GOAL_SPEEDUP}x: {verdict})",
            f"- CPU seconds per process of the 2-worker run (last 50 ms sample): "
            f"{two['process_cpu_s']}",
            "",
        ]
    if not args.skip_sizes:
        rows = []
        for n in args.sizes:
            rows.append(one_worker.get(n) or measure(n, args.model, ONE_WORKER, "1 worker"))
        record["runs"] += [r for r in rows if r not in record["runs"]]
        intercept, slope, worst = linear_fit([(r["n"], r["wall_s"]) for r in rows])
        record["fit"] = {"intercept_s": intercept, "slope_s_per_article": slope, "worst": worst}
        biggest = max(rows, key=lambda r: r["n"])
        verdict = "met" if biggest["peak_rss_mb"] <= GOAL_PEAK_MB else "MISSED"
        lines += [
            "Input size (1 worker):",
            "",
            "| articles | wall s | ms/article | CPU s | peak RSS tree MB | load avg (1 min) |",
            "|---:|---:|---:|---:|---:|---:|",
            *(
                f"| {r['n']:,} | {r['wall_s']:.1f} | {1000 * r['wall_s'] / r['n']:.1f} | "
                f"{r['cpu_s']:.1f} | {r['peak_rss_mb']:.0f} | {r['load_avg'][0]} |"
                for r in rows
            ),
            "",
            f"- linear fit: wall = {intercept:.1f} s + {1000 * slope:.1f} ms x articles; largest "
            f"deviation from the fit {100 * worst:.1f}%",
            f"- peak RSS at {biggest['n']:,} articles: {biggest['peak_rss_mb']:.0f} MB "
            f"(goal <= {GOAL_PEAK_MB} MB: {verdict}); smallest run "
            f"{min(r['peak_rss_mb'] for r in rows):.0f} MB",
        ]
    problems = [f"{r['label']} n={r['n']}: {p}" for r in record["runs"] for p in r["problems"]]
    if problems:
        lines.append(f"- problems: {'; '.join(problems)}")
    append_result(record)
    print(
        f"Measured {record['date']}, model {record.get('model_name', args.model)} "
        f"(built {record.get('model_built', '?')}), model training running at start: "
        f"{record['training_running']}.\n"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
