"""End-to-end throughput: ``geoevents run`` versus bare spaCy ``nlp.pipe`` on the same texts.

Both run as separate processes in the same invocation, with the same model and batch size, on
the articles ``bench/make_feeds.py`` generates (issue #7, goal: pipeline/bare >= 0.90 with one
worker). Reported:

* end-to-end ratio: bare process wall time / ``geoevents run`` process wall time (both include
  Python imports and model loading; the pipeline also Beam start-up and the Parquet write);
* steady-state ratio: bare ``nlp.pipe`` seconds per article / the pipeline's marginal seconds per
  article, ``(T(N) - T(small)) / (N - small)``, which cancels the fixed start-up cost;
* words/s and articles/s of both (words as ``transforms.text.word_count`` counts them).

Usage::

    python bench/throughput.py [--n 2000] [--small 200] [--model nl_geoevents] [--repeat 1]

Results are printed as Markdown and appended to ``bench/data/results.jsonl``. The helpers here
(process-tree measurement, machine description, article texts) are shared with the other
bench scripts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from geoevents.config import Settings  # noqa: E402

DATA_DIR = REPO_ROOT / "bench" / "data"
RESULTS = DATA_DIR / "results.jsonl"
DEFAULT_MODEL = "nl_geoevents"
GOAL_RATIO = 0.90
ONE_WORKER = ["--direct_num_workers", "1"]
TWO_WORKERS = ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"]


@dataclass
class Measured:
    """One child process: wall time, CPU time and peak memory of its whole process tree."""

    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    peak_processes: int
    returncode: int
    stdout: str
    stderr: str
    process_cpu_s: list[float]


def _tree_rss(root: Any, cpu: dict[int, float]) -> tuple[int, int]:
    """Summed RSS and process count of the tree; records each process's CPU seconds in ``cpu``."""
    import psutil

    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
            times = proc.cpu_times()
            cpu[proc.pid] = times.user + times.system
        except psutil.Error:
            continue
    return total, len(procs)


def run_measured(
    cmd: list[str], poll_s: float = 0.05, trace: list[tuple[float, float]] | None = None
) -> Measured:
    """Run ``cmd`` to completion; peak RSS is the largest sum over the process and descendants.

    Summed RSS counts pages shared between processes (e.g. after fork) more than once, so it is
    an upper bound on the tree's real footprint. ``trace`` receives every sample as
    (seconds since start, MB).
    """
    import psutil

    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONHASHSEED": "0"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=out, stderr=err, text=True)
        root = psutil.Process(proc.pid)
        peak, peak_procs = 0, 0
        cpu_by_pid: dict[int, float] = {}
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_procs
            while not stop.is_set():
                rss, count = _tree_rss(root, cpu_by_pid)
                peak, peak_procs = max(peak, rss), max(peak_procs, count)
                if trace is not None and rss:  # an exiting process reports 0
                    trace.append((time.perf_counter() - started, rss / 2**20))
                stop.wait(poll_s)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        returncode = proc.wait()
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    per_process = sorted((round(v, 1) for v in cpu_by_pid.values()), reverse=True)
    return Measured(wall, cpu, peak / 2**20, peak_procs, returncode, stdout, stderr, per_process)


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


def training_running() -> list[str]:
    """Model-training processes on the machine (they compete for the 2 cores)."""
    found = subprocess.run(["pgrep", "-fa", "spacy train"], capture_output=True, text=True)
    return [line for line in found.stdout.splitlines() if "pgrep" not in line]


def machine() -> dict[str, Any]:
    import psutil

    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for name in ("apache-beam", "spacy", "pyarrow"):
        try:
            from importlib.metadata import version

            versions[name] = version(name)
        except Exception:
            versions[name] = "?"
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        **versions,
    }


def model_description(model: str) -> dict[str, Any]:
    """Name, version and files' time of the model, so results name the model they measured."""
    from geoevents.model import resolve_model

    target = resolve_model(model)
    meta_path = Path(target) / "meta.json" if Path(target).is_dir() else None
    if meta_path is None or not meta_path.is_file():
        return {"model": model}
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    stamp = datetime.fromtimestamp(meta_path.stat().st_mtime, UTC)
    return {
        "model": model,
        "model_name": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        "model_pipeline": meta.get("pipeline"),
        "model_built": stamp.strftime("%Y-%m-%d %H:%M UTC"),
    }


def ensure_feeds(n: int, per_feed: int = 100) -> Path:
    """Generate (deterministically) the N-article feed set under ``bench/data`` if missing."""
    from bench.make_feeds import write_feeds

    outdir = DATA_DIR / f"n{n}"
    path = outdir / "feeds.yaml"
    if not path.is_file() or len(list(outdir.glob("*.xml"))) == 0:
        write_feeds(n, outdir, per_feed)
    return path


def pipeline_articles(feeds_yaml: Path) -> list[dict[str, Any]]:
    """The article rows the pipeline builds from the feed files, with the production functions."""
    from geoevents.config import load_registry
    from geoevents.transforms.articles import finish_article, normalise_item
    from geoevents.transforms.feeds import parse_feed

    registry = load_registry(str(feeds_yaml))
    fetched_at = datetime.now(UTC).isoformat()
    rows = []
    for feed in registry.feeds:
        items, problem = parse_feed(Path(feed.url).read_bytes())
        if problem:
            raise SystemExit(f"{feed.url}: {problem}")
        for index, entry in enumerate(items):
            item = {
                "source": feed.source,
                "feed": feed.name,
                "feed_url": feed.url,
                "fetch_pages": False,
                "page_archive": None,
                "index": index,
                "fetched_at": fetched_at,
                "entry": entry,
            }
            normalised = normalise_item(item, registry.settings.max_body_chars)
            rows.append(finish_article(normalised, "bench"))
    return rows


def article_texts(feeds_yaml: Path) -> list[str]:
    """Exactly the texts the NLP stage reads (``transforms.nlp.nlp_text``)."""
    from geoevents.transforms.nlp import nlp_text

    return [nlp_text(a) for a in pipeline_articles(feeds_yaml)]


def count_words(texts: list[str]) -> int:
    from geoevents.transforms.text import word_count

    return sum(word_count(t) for t in texts)


def batch_size_of(feeds_yaml: Path) -> int:
    from geoevents.config import load_registry

    return load_registry(str(feeds_yaml)).settings.nlp_batch_size


def run_pipeline(
    feeds_yaml: Path,
    model: str,
    beam_args: list[str],
    trace: list[tuple[float, float]] | None = None,
) -> tuple[Measured, dict]:
    """``geoevents run`` as a subprocess into a scratch folder; returns measurement and manifest."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    out = Path(tempfile.mkdtemp(prefix="run-", dir=DATA_DIR))
    try:
        cmd = [
            sys.executable,
            "-m",
            "geoevents.cli",
            "run",
            "--output",
            str(out),
            "--feeds",
            str(feeds_yaml),
            "--spacy-model",
            model,
            "--json",
            *beam_args,
        ]
        measured = run_measured(cmd, trace=trace)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if measured.returncode != 0:
        raise SystemExit(
            f"geoevents run failed ({measured.returncode}):\n{measured.stderr[-4000:]}"
        )
    manifest = json.loads(measured.stdout)
    return measured, manifest["summary"]


def run_bare(
    texts: list[str], model: str, batch_size: int, tuned: bool = False
) -> tuple[Measured, dict]:
    """Bare ``nlp.pipe`` in its own process (imports + model load + pipe), same model/batch.

    ``tuned`` gives the bare process the allocator settings the pipeline's NLP workers use
    (``geoevents.malloc``), so the ratio can be read without them.
    """
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".json", dir=DATA_DIR, delete=False) as handle:
        json.dump(texts, handle, ensure_ascii=False)
        path = handle.name
    try:
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--bare-worker",
            path,
            "--model",
            model,
            "--batch-size",
            str(batch_size),
            *(["--tuned-allocator"] if tuned else []),
        ]
        measured = run_measured(cmd)
    finally:
        os.unlink(path)
    if measured.returncode != 0:
        raise SystemExit(f"bare spaCy run failed:\n{measured.stderr[-4000:]}")
    return measured, json.loads(measured.stdout.strip().splitlines()[-1])


def bare_worker(path: str, model: str, batch_size: int, tuned: bool = False) -> None:
    """Child-process body of the baseline: print import/load/pipe seconds as JSON."""
    t0 = time.perf_counter()
    from geoevents.model import load_pipeline

    if tuned:
        from geoevents.malloc import keep_freed_memory

        keep_freed_memory()

    t1 = time.perf_counter()
    nlp = load_pipeline(model)
    t2 = time.perf_counter()
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    t3 = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    t4 = time.perf_counter()
    print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "pipe_s": t4 - t3, "tokens": tokens}))


def append_result(record: dict[str, Any]) -> None:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, sort_keys=True, default=str) + "\n")


def conditions() -> dict[str, Any]:
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_avg": [round(x, 2) for x in load_average()],
        "training_running": bool(training_running()),
    }


def check_summary(summary: dict, n: int) -> list[str]:
    """Problems that would make the timing meaningless (not every article went through NLP)."""
    problems = []
    if summary.get("items_read") != n:
        problems.append(f"items_read {summary.get('items_read')} != {n}")
    if summary.get("nlp_documents") != summary.get("articles_dutch"):
        problems.append(
            f"nlp_documents {summary.get('nlp_documents')} != Dutch {summary.get('articles_dutch')}"
        )
    if summary.get("articles_dutch") != n:
        problems.append(f"only {summary.get('articles_dutch')} of {n} articles detected as Dutch")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--small", type=int, default=200, help="small run for start-up cost")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model name or path")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved repetitions (median)")
    parser.add_argument("--bare-worker", help=argparse.SUPPRESS)
    parser.add_argument(
        "--tuned-allocator",
        action="store_true",
        help="also time bare spaCy with the NLP workers' allocator settings (geoevents.malloc) "
        "in each repetition",
    )
    parser.add_argument(
        "--batch-size", type=int, default=Settings.nlp_batch_size, help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.bare_worker:
        bare_worker(args.bare_worker, args.model, args.batch_size, args.tuned_allocator)
        return 0

    feeds = ensure_feeds(args.n)
    small_feeds = ensure_feeds(args.small)
    texts = article_texts(feeds)
    words = count_words(texts)
    batch_size = batch_size_of(feeds)
    before = conditions()
    print(f"# throughput: {args.n} articles, {words} words, model {args.model}", file=sys.stderr)
    print(f"# conditions before: {before}", file=sys.stderr)

    bare_walls, bare_pipes, bare_cpu, pipe_walls, small_walls, cpu, rss = [], [], [], [], [], [], []
    tuned_walls: list[float] = []
    bare_info: dict = {}
    summary: dict = {}
    for rep in range(args.repeat):
        measured, bare_info = run_bare(texts, args.model, batch_size)
        bare_walls.append(measured.wall_s)
        bare_cpu.append(measured.cpu_s)
        bare_pipes.append(bare_info["pipe_s"])
        print(
            f"  [{rep}] bare: {measured.wall_s:.1f}s wall, pipe {bare_info['pipe_s']:.1f}s",
            file=sys.stderr,
        )
        measured, summary = run_pipeline(feeds, args.model, ONE_WORKER)
        pipe_walls.append(measured.wall_s)
        cpu.append(measured.cpu_s)
        rss.append(measured.peak_rss_mb)
        print(f"  [{rep}] geoevents run: {measured.wall_s:.1f}s wall", file=sys.stderr)
        if args.tuned_allocator:
            measured, _ = run_bare(texts, args.model, batch_size, tuned=True)
            tuned_walls.append(measured.wall_s)
            print(
                f"  [{rep}] bare, pipeline's allocator: {measured.wall_s:.1f}s wall",
                file=sys.stderr,
            )
        small, _ = run_pipeline(small_feeds, args.model, ONE_WORKER)
        small_walls.append(small.wall_s)
        print(f"  [{rep}] geoevents run ({args.small}): {small.wall_s:.1f}s wall", file=sys.stderr)
    after = conditions()
    problems = check_summary(summary, args.n)

    bare_wall = statistics.median(bare_walls)
    bare_pipe = statistics.median(bare_pipes)
    pipe_wall = statistics.median(pipe_walls)
    small_wall = statistics.median(small_walls)
    marginal = (pipe_wall - small_wall) / (args.n - args.small)
    record = {
        "bench": "throughput",
        **before,
        "load_avg_after": after["load_avg"],
        "training_running_after": after["training_running"],
        "machine": machine(),
        **model_description(args.model),
        "n": args.n,
        "small": args.small,
        "words": words,
        "batch_size": batch_size,
        "repeat": args.repeat,
        "bare_wall_s": bare_wall,
        "bare_import_s": bare_info["import_s"],
        "bare_load_s": bare_info["load_s"],
        "bare_pipe_s": bare_pipe,
        "bare_cpu_s": statistics.median(bare_cpu),
        "ratio_cpu": statistics.median(bare_cpu) / statistics.median(cpu),
        "pipeline_wall_s": pipe_wall,
        "pipeline_summary_s": summary.get("seconds"),
        "pipeline_cpu_s": statistics.median(cpu),
        "pipeline_peak_rss_mb": max(rss),
        "pipeline_small_wall_s": small_wall,
        "pipeline_startup_s": small_wall - marginal * args.small,
        "ratio_end_to_end": bare_wall / pipe_wall,
        # this VM's speed drifts by 10-15% over minutes: each repetition's own ratio, and the
        # fastest run of each side (the least disturbed), show how much of a result is noise
        "ratio_per_repetition": [b / p for b, p in zip(bare_walls, pipe_walls)],
        "ratio_best_of": min(bare_walls) / min(pipe_walls),
        # the same baseline with the NLP workers' allocator settings (geoevents.malloc)
        "bare_tuned_wall_s": statistics.median(tuned_walls) if tuned_walls else None,
        "ratio_vs_tuned_bare": statistics.median(tuned_walls) / pipe_wall if tuned_walls else None,
        "ratio_vs_tuned_bare_per_repetition": [t / p for t, p in zip(tuned_walls, pipe_walls)],
        "ratio_steady_state": (bare_pipe / args.n) / marginal,
        "pipeline_articles_per_s": args.n / pipe_wall,
        "pipeline_words_per_s": words / pipe_wall,
        "pipeline_steady_articles_per_s": 1 / marginal,
        "pipeline_steady_words_per_s": words / args.n / marginal,
        "bare_articles_per_s": args.n / bare_pipe,
        "bare_words_per_s": words / bare_pipe,
        "all_walls": {
            "bare": bare_walls,
            "bare_tuned": tuned_walls,
            "pipeline": pipe_walls,
            "small": small_walls,
        },
        "problems": problems,
        "events": summary.get("events"),
        "mentions": summary.get("mentions"),
    }
    append_result(record)
    print(format_markdown(record))
    return 0


def format_markdown(r: dict[str, Any]) -> str:
    goal = "met" if r["ratio_end_to_end"] >= GOAL_RATIO else "MISSED"
    steady_goal = "met" if r["ratio_steady_state"] >= GOAL_RATIO else "MISSED"
    tuned = (
        [
            f"- against bare spaCy with the pipeline's allocator settings (`geoevents.malloc`; "
            f"bare {r['bare_tuned_wall_s']:.1f} s): {r['ratio_vs_tuned_bare']:.2f} "
            f"(per repetition "
            f"{', '.join(f'{x:.3f}' for x in r['ratio_vs_tuned_bare_per_repetition'])})"
        ]
        if r["bare_tuned_wall_s"] is not None
        else []
    )
    lines = [
        f"Measured {r['date']}, model {r.get('model_name', r['model'])} "
        f"(built {r.get('model_built', '?')}), {r['n']} articles / {r['words']:,} words, "
        f"batch size {r['batch_size']}, load average before {r['load_avg']} / after "
        f"{r['load_avg_after']}, model training running: {r['training_running']}.",
        "",
        "| | wall s | articles/s | words/s |",
        "|---|---:|---:|---:|",
        f"| bare spaCy `nlp.pipe` (pipe only) | {r['bare_pipe_s']:.1f} | "
        f"{r['bare_articles_per_s']:.1f} | {r['bare_words_per_s']:,.0f} |",
        f"| bare spaCy process (imports {r['bare_import_s']:.1f} s + load "
        f"{r['bare_load_s']:.1f} s + pipe) | {r['bare_wall_s']:.1f} | "
        f"{r['n'] / r['bare_wall_s']:.1f} | {r['words'] / r['bare_wall_s']:,.0f} |",
        f"| `geoevents run`, 1 worker, whole process | {r['pipeline_wall_s']:.1f} | "
        f"{r['pipeline_articles_per_s']:.1f} | {r['pipeline_words_per_s']:,.0f} |",
        f"| `geoevents run`, marginal (minus fixed start-up {r['pipeline_startup_s']:.1f} s) | "
        f"{r['pipeline_wall_s'] - r['pipeline_startup_s']:.1f} | "
        f"{r['pipeline_steady_articles_per_s']:.1f} | {r['pipeline_steady_words_per_s']:,.0f} |",
        "",
        f"- ratio pipeline/bare, end to end (bare process wall / pipeline process wall): "
        f"**{r['ratio_end_to_end']:.2f}** (goal >= {GOAL_RATIO}: {goal})",
        f"- per repetition: {', '.join(f'{x:.3f}' for x in r['ratio_per_repetition'])}; "
        f"fastest bare run / fastest pipeline run: {r['ratio_best_of']:.3f}",
        *tuned,
        f"- ratio pipeline/bare, steady state (bare pipe s/article / pipeline marginal "
        f"s/article): **{r['ratio_steady_state']:.2f}** (goal >= {GOAL_RATIO}: {steady_goal})",
        f"- ratio pipeline/bare in CPU seconds (bare process CPU {r['bare_cpu_s']:.1f} s / "
        f"pipeline process-tree CPU {r['pipeline_cpu_s']:.1f} s; less sensitive to other load): "
        f"**{r['ratio_cpu']:.2f}**",
        f"- pipeline peak RSS (process tree) {r['pipeline_peak_rss_mb']:.0f} MB, CPU "
        f"{r['pipeline_cpu_s']:.1f} s; {r['mentions']} mentions, {r['events']} events",
    ]
    if r["problems"]:
        lines.append(f"- problems: {'; '.join(r['problems'])}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
