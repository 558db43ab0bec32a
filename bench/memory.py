"""Where the memory of a batch run goes: RSS over time for ``geoevents run`` and for NLP alone.

Issue #7 asks for peak memory that stays flat as the input grows. ``scaling.py`` gives the peak
per input size; this script shows *when* memory rises, by sampling the process tree's RSS
during one ``geoevents run`` (1 worker) and summarising it per time window (lowest and highest
sample: the low one is what the run holds, the high one adds spaCy's per-batch arrays). For
comparison it runs the NLP stage's own code (``load_annotator`` + ``nlp.pipe`` +
``annotate_doc``) over the same articles in a plain loop, without Beam, and reports RSS every
1,000 articles: if that stays flat while the run grows, the growth is what the runner holds
between stages.

Usage::

    python bench/memory.py [--n 10000] [--window 30] [--model nl_geoevents] [--skip-loop]

Results are printed as Markdown and appended to ``bench/data/results.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.throughput import (  # noqa: E402
    DEFAULT_MODEL,
    ONE_WORKER,
    REPO_ROOT,
    append_result,
    batch_size_of,
    check_summary,
    conditions,
    ensure_feeds,
    machine,
    model_description,
    run_pipeline,
)
from geoevents.config import Settings  # noqa: E402

LOOP_EVERY = 1000


def windows(trace: list[tuple[float, float]], seconds: float) -> list[dict[str, float]]:
    """Lowest and highest RSS sample per window of ``seconds``."""
    out: dict[int, dict[str, float]] = {}
    for t, mb in trace:
        w = out.setdefault(int(t // seconds), {"start_s": int(t // seconds) * seconds})
        w["low_mb"] = min(w.get("low_mb", mb), mb)
        w["high_mb"] = max(w.get("high_mb", mb), mb)
    return [out[k] for k in sorted(out)]


def loop_worker(feeds_yaml: str, model: str, batch_size: int) -> None:
    """Child process: the NLP stage's functions in a loop; prints one JSON line per checkpoint."""
    import psutil

    from bench.throughput import pipeline_articles
    from geoevents.transforms.nlp import annotate_doc, load_annotator, nlp_text

    proc = psutil.Process()
    articles = pipeline_articles(Path(feeds_yaml))
    annotator = load_annotator(model)
    print(json.dumps({"articles": 0, "rss_mb": proc.memory_info().rss / 2**20}), flush=True)
    docs = annotator.nlp.pipe((nlp_text(a) for a in articles), batch_size=batch_size)
    for done, (article, doc) in enumerate(zip(articles, docs), start=1):
        annotate_doc(annotator, article, doc)
        if done % LOOP_EVERY == 0 or done == len(articles):
            rss = proc.memory_info().rss / 2**20
            print(json.dumps({"articles": done, "rss_mb": rss}), flush=True)


def run_loop(feeds_yaml: Path, model: str, batch_size: int) -> list[dict[str, float]]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--loop-worker",
        str(feeds_yaml),
        "--model",
        model,
        "--batch-size",
        str(batch_size),
    ]
    done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def format_markdown(r: dict[str, Any]) -> str:
    lines = [
        f"Measured {r['date']}, model {r.get('model_name', r['model'])}, {r['n']} articles, "
        f"load average before {r['load_avg']} / after {r['load_avg_after']}.",
        "",
        f"`geoevents run`, 1 worker: {r['wall_s']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB.",
        "",
        "| window from s | lowest RSS MB | highest RSS MB |",
        "|---:|---:|---:|",
    ]
    lines += [
        f"| {w['start_s']:.0f} | {w['low_mb']:.0f} | {w['high_mb']:.0f} |" for w in r["windows"]
    ]
    if r.get("loop"):
        lines += ["", "NLP stage code in a plain loop (no Beam):", ""]
        lines += ["| articles | RSS MB |", "|---:|---:|"]
        lines += [f"| {p['articles']:,} | {p['rss_mb']:.0f} |" for p in r["loop"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000, help="articles (default 10000)")
    parser.add_argument("--window", type=float, default=30.0, help="seconds per summary row")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model name or path")
    parser.add_argument("--skip-loop", action="store_true", help="only the pipeline run")
    parser.add_argument("--loop-worker", help=argparse.SUPPRESS)
    parser.add_argument(
        "--batch-size", type=int, default=Settings.nlp_batch_size, help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.loop_worker:
        loop_worker(args.loop_worker, args.model, args.batch_size)
        return 0

    feeds = ensure_feeds(args.n)
    batch_size = batch_size_of(feeds)
    before = conditions()
    trace: list[tuple[float, float]] = []
    measured, summary = run_pipeline(feeds, args.model, ONE_WORKER, trace=trace)
    loop = [] if args.skip_loop else run_loop(feeds, args.model, batch_size)
    after = conditions()
    record = {
        "bench": "memory",
        **before,
        "load_avg_after": after["load_avg"],
        "machine": machine(),
        **model_description(args.model),
        "n": args.n,
        "batch_size": batch_size,
        "wall_s": measured.wall_s,
        "peak_rss_mb": measured.peak_rss_mb,
        "windows": windows(trace, args.window),
        "loop": loop,
        "problems": check_summary(summary, args.n),
    }
    append_result(record)
    print(format_markdown(record))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
