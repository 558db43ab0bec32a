"""How many gold lines does article context change? Counts only, safe for blind sets.

``geoevents eval events GOLD --context FILE`` codes each gold line inside the article sentences
before it. When its precision differs from coding alone, this says whether many lines changed
a little or a few lines a lot, without printing any text or event:

    python bench/context_diff.py eval/events_blind.jsonl eval/context/events_blind.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoevents.model import load_pipeline  # noqa: E402
from geoevents.transforms.coder import EventCoder  # noqa: E402
from geoevents.transforms.coder.evaluate import code_records, load_context  # noqa: E402


def _triples(rows: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((r["actor1_code"], r["event_code"], r["actor2_code"]) for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("context", type=Path)
    args = ap.parse_args()
    recs = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    nlp, coder = load_pipeline(), EventCoder()
    alone = code_records(recs, nlp, coder)
    inside = code_records(recs, nlp, coder, None, load_context(str(args.context)))
    changed = [
        (len(a), len(b)) for a, b in zip(alone, inside, strict=True) if _triples(a) != _triples(b)
    ]
    print(
        f"{len(recs)} lines; rows alone {sum(map(len, alone))}, in context {sum(map(len, inside))}; "
        f"lines that change {len(changed)}; rows per changed line (alone -> in context): "
        + (", ".join(f"{a}->{b}" for a, b in sorted(changed, key=lambda x: x[1] - x[0])) or "none")
    )


if __name__ == "__main__":
    main()
