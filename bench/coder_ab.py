"""Coder cost, old against new, in one process: the only comparison this VM's speed allows.

The development machine's speed drifts by up to 40% between runs, so two runs of
``bench/stages.py`` cannot show a change of a few percent. This script extracts the coder of an
older commit (``git archive REV transforms``) as a package of its own, loads it next to the
working tree's coder, parses the benchmark articles once, and codes fresh copies of the same Docs
with each coder in turn (old/new, then new/old, ...), CPU time per pass. It also checks whether
the two coders give the same events.

    python bench/coder_ab.py REV [--n 300] [--passes 5]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stages import Clock, read_items  # noqa: E402
from bench.throughput import ensure_feeds  # noqa: E402


def _old_coder(rev: str, into: Path):
    """The EventCoder class of ``rev``, imported from a copy named ``coder_at_rev``."""
    tar = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "transforms"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(tar)) as tf:
        tf.extractall(into, filter="data")
    # the whole layer, renamed: the coder imports its siblings ("..gazetteer") relatively
    (into / "transforms").rename(into / "transforms_at_rev")
    (into / "geoevents").symlink_to(ROOT / "geoevents")  # the package data it reads beside it
    sys.path.insert(0, str(into))
    return importlib.import_module("transforms_at_rev.coder.coder").EventCoder


def _key(rows: list[dict]) -> list[tuple]:
    return sorted(
        (r["actor1_code"], r["event_code"], r["actor2_code"], r["action_start_char"]) for r in rows
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rev", help="the older commit (e.g. HEAD~1)")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--show", action="store_true", help="print the events of articles that differ")
    args = ap.parse_args()

    from spacy.tokens import DocBin

    from geoevents.model import load_pipeline
    from geoevents.transforms.articles import finish_article, normalise_item
    from geoevents.transforms.coder import EventCoder
    from geoevents.transforms.nlp import nlp_text

    registry, items = read_items(ensure_feeds(args.n), Clock())
    arts = [finish_article(normalise_item(i, registry.settings.max_body_chars), "r") for i in items]
    days = [a["published_at"].date() for a in arts]
    nlp = load_pipeline()
    parsed = DocBin(docs=nlp.pipe([nlp_text(a) for a in arts], batch_size=64)).to_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        coders = {"old": _old_coder(args.rev, Path(tmp))(tokenizer=nlp.tokenizer)}
        coders["new"] = EventCoder(tokenizer=nlp.tokenizer)
        times: dict[str, list[float]] = {"old": [], "new": []}
        rows: dict[str, list] = {}
        for p in range(args.passes):
            for name in ("old", "new") if p % 2 == 0 else ("new", "old"):
                docs = list(DocBin().from_bytes(parsed).get_docs(nlp.vocab))  # the coder repairs
                t0 = time.process_time()
                out = [coders[name].code_doc(d, day) for d, day in zip(docs, days, strict=True)]
                times[name].append(time.process_time() - t0)
                rows[name] = out
    differ = sum(_key(a) != _key(b) for a, b in zip(rows["old"], rows["new"], strict=True))
    if args.show:
        for art, a, b in zip(arts, rows["old"], rows["new"], strict=True):
            if _key(a) != _key(b):
                text = nlp_text(art)
                print(f"--- {text[:160]!r}")
                for name, r in (("old", a), ("new", b)):
                    for x in sorted(_key(r)):
                        print(
                            f"  {name} {x[0]}>{x[2]} {x[1]} | {text[max(0, x[3] - 60) : x[3] + 60]!r}"
                        )
    print(f"{args.n} articles, {args.passes} passes each, CPU seconds per pass")
    for name in ("old", "new"):
        t = times[name]
        print(
            f"{name}: min {min(t):.3f}  median {statistics.median(t):.3f}  ({' '.join(f'{x:.3f}' for x in t)})"
        )
    ratio = statistics.median(times["new"]) / statistics.median(times["old"])
    fastest = min(times["new"]) / min(times["old"])
    print(
        f"new / old: medians {ratio:.3f}, fastest passes {fastest:.3f}; "
        f"articles whose events differ: {differ}"
    )


if __name__ == "__main__":
    main()
