"""Stage costs: time each stage function of the batch job directly, in one process, on one data set.

The pipeline's stages are plain functions wrapped in DoFns, so calling the same functions in a
loop gives each stage's share of the work without Beam: fetch + feed parse
(``Fetcher.fetch`` + ``parse_feed``), normalise (``normalise_item`` + ``finish_article``), language
(``LanguageDetector.detect``), NLP (the spaCy pipeline, per component), coder
(``EventCoder.resolve_entity`` for every entity + ``EventCoder.code_doc``), event/mention rows
(the rest of ``transforms.nlp.annotate_doc``) and write (``ToArrowBatchesFn`` +
``WritePartitionFn`` + ``CommitFn``).
Issue #7 goal: the coder adds <= 10% to NLP time.

Usage::

    python bench/stages.py [--n 2000] [--model nl_geoevents]

Results are printed as Markdown and appended to ``bench/data/results.jsonl``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.throughput import (  # noqa: E402
    DATA_DIR,
    DEFAULT_MODEL,
    append_result,
    conditions,
    ensure_feeds,
    machine,
    model_description,
)

GOAL_CODER_SHARE = 0.10
PROFILE_DOCS = 300


class Clock:
    """Accumulates wall seconds (``seconds``) and this process's CPU seconds (``cpu``) per stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    @staticmethod
    def start() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def add(self, name: str, started: tuple[float, float]) -> None:
        self.seconds[name] += time.perf_counter() - started[0]
        self.cpu[name] += time.process_time() - started[1]


class TimedCoder:
    """Wraps the real EventCoder so ``annotate_doc`` runs unchanged while coder time is split off."""

    def __init__(self, coder: Any, clock: Clock) -> None:
        self.coder = coder
        self._clock = clock

    def _timed(self, name: str, method: Any, *args: Any, **kwargs: Any) -> Any:
        started = self._clock.start()
        try:
            return method(*args, **kwargs)
        finally:
            self._clock.add(name, started)

    def resolve_entity(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("coder: resolve_entity", self.coder.resolve_entity, *args, **kwargs)

    def code_doc(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("coder: code_doc", self.coder.code_doc, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.coder, name)


def profile_coder(profile: cProfile.Profile, coder: Any, doc: Any, day: Any) -> None:
    """Code one doc again under cProfile, outside the timed region (profiling inflates times)."""
    profile.enable()
    for ent in doc.ents:
        coder.resolve_entity(ent, day)
    coder.code_doc(doc, day)
    profile.disable()


def batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def nlp_batch(nlp: Any, texts: list[str], batch_size: int, clock: Clock) -> list[Any]:
    """What ``geoevents.model.parse_articles`` does for one batch (paragraphs parsed apart,
    joined into one Doc per article, the document steps run on it), with the time of each
    component and of the join recorded."""
    from geoevents.model import document_steps, join_paragraphs, paragraphs

    whole = document_steps(nlp)
    chunks = [paragraphs(t) for t in texts]
    started = clock.start()
    docs = [nlp.make_doc(c) for cs in chunks for c in cs]
    clock.add("nlp: tokenizer", started)
    for name, proc in nlp.pipeline:
        if name in whole:
            continue
        started = clock.start()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        clock.add(f"nlp: {name}", started)
    started = clock.start()
    parts, articles = iter(docs), []
    for cs in chunks:
        articles.append(join_paragraphs([next(parts) for _ in cs]))
    clock.add("nlp: join paragraphs", started)
    for name in whole:
        started = clock.start()
        articles = [nlp.get_pipe(name)(doc) for doc in articles]
        clock.add(f"nlp: {name}", started)
    return articles


def read_items(feeds_yaml: Path, clock: Clock) -> tuple[Any, list[dict[str, Any]]]:
    from geoevents.config import load_registry
    from geoevents.transforms.feeds import fetch_settings, item_row, parse_feed
    from geoevents.transforms.http import Fetcher

    registry = load_registry(str(feeds_yaml))
    settings = registry.settings
    started = clock.start()
    fetcher = Fetcher(fetch_settings(settings, settings.max_feed_bytes))
    items = []
    for feed in registry.feeds:
        result = fetcher.fetch(feed.url)
        parsed, problem = parse_feed(result.body)
        if problem:
            raise SystemExit(f"{feed.url}: {problem}")
        fetched_at = result.fetched_at.isoformat()
        items += [item_row(feed, index, fetched_at, entry) for index, entry in enumerate(parsed)]
    clock.add("fetch + parse feeds", started)
    return registry, items


def write_tables(tables: dict[str, list[dict[str, Any]]], run_id: str, clock: Clock) -> int:
    """Run the sink's DoFns on the rows: columnar batches per partition, write, commit."""
    from apache_beam.transforms.window import GlobalWindow

    from geoevents.transforms.sink import CommitFn, ToArrowBatchesFn, WritePartitionFn

    out = Path(tempfile.mkdtemp(prefix="stages-", dir=DATA_DIR))
    try:
        started = clock.start()
        grouped: dict[tuple[str, str, str], list[bytes]] = defaultdict(list)
        window = GlobalWindow()
        for name, rows in tables.items():
            batcher = ToArrowBatchesFn(name)
            batcher.start_bundle()
            outputs = [o for row in rows for o in batcher.process(row, window)]
            outputs += [wv.value for wv in batcher.finish_bundle()]
            for key, batch in outputs:
                grouped[key].append(batch)
        writer = WritePartitionFn(str(out), run_id)
        records = [r for key in sorted(grouped) for r in writer.process((key, grouped[key]))]
        list(CommitFn(str(out), run_id, {}).process(records))
        clock.add("write Parquet", started)
        return sum(1 for _ in out.rglob("*.parquet"))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def run_stages(n: int, model: str, profile: cProfile.Profile | None = None) -> dict[str, Any]:
    from geoevents.langid import LanguageDetector
    from geoevents.transforms.articles import finish_article, normalise_item
    from geoevents.transforms.nlp import annotate_doc, load_annotator, nlp_text

    clock = Clock()
    once = Clock()
    feeds_yaml = ensure_feeds(n)
    registry, items = read_items(feeds_yaml, clock)
    homes = registry.home_countries  # as the pipeline: the shipped NOS/NRC feeds name NLD
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")

    started = clock.start()
    articles = [
        finish_article(normalise_item(i, registry.settings.max_body_chars), run_id) for i in items
    ]
    clock.add("normalise articles", started)

    started = clock.start()
    detector = LanguageDetector()
    detector.detect("Dit is een zin.")
    once.add("language detector load", started)
    started = clock.start()
    for index, article in enumerate(articles):
        result = detector.detect(f"{article['title']}\n\n{article['body']}")
        articles[index] = {
            **article,
            "language": result.language,
            "language_score": float(result.score),
        }
    clock.add("language", started)
    dutch = [a for a in articles if a["language"] == "nl"]

    started = clock.start()
    annotator = load_annotator(model)
    once.add("model + coder load", started)
    raw_coder = annotator.coder
    annotator.coder = TimedCoder(raw_coder, clock)
    profiled = 0
    batch_size = registry.settings.nlp_batch_size
    mentions: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    tokens = 0
    for batch in batches(dutch, batch_size):
        docs = nlp_batch(annotator.nlp, [nlp_text(a) for a in batch], batch_size, clock)
        for article, doc in zip(batch, docs):
            tokens += len(doc)
            started = clock.start()
            doc_mentions, doc_events = annotate_doc(
                annotator, article, doc, homes.get(article["feed"])
            )
            clock.add("annotate_doc (total)", started)
            if profile and profiled < PROFILE_DOCS:
                profile_coder(profile, raw_coder, doc, article["published_at"].date())
                profiled += 1
            mentions += doc_mentions
            events += doc_events
    coder_s = clock.seconds["coder: resolve_entity"] + clock.seconds["coder: code_doc"]
    coder_cpu = clock.cpu["coder: resolve_entity"] + clock.cpu["coder: code_doc"]
    clock.seconds["mention + event rows"] = clock.seconds.pop("annotate_doc (total)") - coder_s
    clock.cpu["mention + event rows"] = clock.cpu.pop("annotate_doc (total)") - coder_cpu

    files = write_tables(
        {"articles": articles, "mentions": mentions, "events": events}, run_id, clock
    )
    nlp_s = sum(v for k, v in clock.seconds.items() if k.startswith("nlp: "))
    nlp_cpu = sum(v for k, v in clock.cpu.items() if k.startswith("nlp: "))
    return {
        "n": n,
        "dutch": len(dutch),
        "tokens": tokens,
        "mentions": len(mentions),
        "events": len(events),
        "parquet_files": files,
        "batch_size": batch_size,
        "stages_s": dict(clock.seconds),
        "once_s": dict(once.seconds),
        "nlp_s": nlp_s,
        "coder_s": coder_s,
        "coder_over_nlp": coder_s / nlp_s,
        "stages_cpu_s": {k: clock.cpu[k] for k in clock.seconds},
        "coder_over_nlp_cpu": coder_cpu / nlp_cpu,
        "components": [name for name, _ in annotator.nlp.pipeline],
    }


GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("fetch/parse", ("fetch + parse feeds", "normalise articles")),
    ("language", ("language",)),
    ("NLP (spaCy)", ("nlp: ",)),
    ("coder", ("coder: ",)),
    ("mention/event rows", ("mention + event rows",)),
    ("write", ("write Parquet",)),
)


def _grouped(stages: dict[str, float]) -> Iterable[tuple[str, float]]:
    for label, prefixes in GROUPS:
        yield label, sum(v for k, v in stages.items() if any(k.startswith(p) for p in prefixes))


def format_markdown(r: dict[str, Any]) -> str:
    stages = r["stages_s"]
    total = sum(stages.values())
    verdict = "met" if r["coder_over_nlp"] <= GOAL_CODER_SHARE else "MISSED"
    lines = [
        f"Measured {r['date']}, model {r.get('model_name', r['model'])} "
        f"(built {r.get('model_built', '?')}, components {', '.join(r['components'])}), "
        f"{r['n']} articles ({r['dutch']} Dutch, {r['tokens']:,} tokens), batch size "
        f"{r['batch_size']}; {r['mentions']} mentions, {r['events']} events, "
        f"{r['parquet_files']} Parquet files; coder {r['coder_version']} (coder.py of "
        f"{r['coder_source_time']}). Load average before {r['load_avg']}, model "
        f"training running: {r['training_running']}.",
        "",
        "| stage | wall s | share | ms/article | CPU s | CPU share |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    cpu = r["stages_cpu_s"]
    cpu_total = sum(cpu.values())
    cpu_groups = dict(_grouped(cpu))
    for label, seconds in _grouped(stages):
        lines.append(
            f"| **{label}** | {seconds:.2f} | {100 * seconds / total:.1f}% | "
            f"{1000 * seconds / r['n']:.2f} | {cpu_groups[label]:.2f} | "
            f"{100 * cpu_groups[label] / cpu_total:.1f}% |"
        )
    lines.append("| *detail:* | | | | | |")
    for name, seconds in stages.items():
        lines.append(
            f"| {name} | {seconds:.2f} | {100 * seconds / total:.1f}% | "
            f"{1000 * seconds / r['n']:.2f} | {cpu[name]:.2f} | {100 * cpu[name] / cpu_total:.1f}% |"
        )
    lines += [
        f"| total (one process, no Beam) | {total:.2f} | 100% | {1000 * total / r['n']:.2f} | "
        f"{cpu_total:.2f} | 100% |",
        "",
        "One-off costs: " + ", ".join(f"{k} {v:.1f} s" for k, v in r["once_s"].items()) + ".",
        "",
        f"- coder / NLP time: **{100 * r['coder_over_nlp']:.1f}%** wall, "
        f"**{100 * r['coder_over_nlp_cpu']:.1f}%** CPU "
        f"(goal <= {100 * GOAL_CODER_SHARE:.0f}%: {verdict})",
    ]
    return "\n".join(lines)


def coder_description() -> dict[str, Any]:
    """The coder's version and source time: it changes often, results must say which one ran."""
    import geoevents.transforms.coder as coder_package
    from geoevents.transforms.coder import CODER_VERSION

    source = Path(coder_package.__file__).with_name("coder.py")
    stamp = datetime.fromtimestamp(source.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return {"coder_version": CODER_VERSION, "coder_source_time": stamp}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument(
        "--profile-coder", action="store_true", help="also print the coder's top functions"
    )
    args = parser.parse_args(argv)
    before = conditions()
    profile = cProfile.Profile() if args.profile_coder else None
    result = run_stages(args.n, args.model, profile)
    record = {
        "bench": "stages",
        **before,
        "machine": machine(),
        **model_description(args.model),
        **coder_description(),
        **result,
    }
    append_result(record)
    print(format_markdown(record))
    if profile:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(25)
        print(f"\nCoder profile (cProfile, first {PROFILE_DOCS} docs coded again, untimed):\n")
        print("```\n" + out.getvalue().strip() + "\n```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
