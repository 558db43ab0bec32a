"""Build the feed-item context of the probes written as RSS items (title line, then teaser line).

In production a feed item is one article, its title and then its teaser ("Rusland vuurt drones
af op Oekraïne" + "In de nacht stuurde Moskou ..."), so a teaser's "de premier", "hij" or "het
land" can point back to the title. The probe files hold the two as separate lines, and
``geoevents eval events`` codes each line on its own. This writes, for every teaser, its title as
the context sentence before it, so ``geoevents eval events PROBE --context CONTEXT`` codes the
teaser as the pipeline reads the item (the title itself is not scored twice: the scorer drops
rows whose action lies in a context sentence).

    python eval/build_probe_context.py tests/probes/independent_l.jsonl --items 70

``--items N``: the file's first 2N lines are N title/teaser pairs (the probes' READMEs say how
many); it writes ``tests/probes/context/<name>.jsonl``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "probes" / "context"


def pairs(lines: list[dict], items: int) -> list[dict]:
    """One context row per teaser: the title line before it."""
    if len(lines) < 2 * items:
        raise SystemExit(f"the file has {len(lines)} lines, fewer than {2 * items}")
    return [
        {"id": lines[k + 1]["id"], "before": [lines[k]["text"]]} for k in range(0, 2 * items, 2)
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probe")
    ap.add_argument("--items", type=int, required=True, help="title/teaser pairs at the start")
    args = ap.parse_args(argv)
    path = Path(args.probe)
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    rows = pairs(lines, args.items)
    with (OUT / path.name).open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT / path.name}: {len(rows)} teasers with their titles")


if __name__ == "__main__":
    main()
