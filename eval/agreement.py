"""Agreement of two annotations of the same sentences (inter-annotator check), counts only.

    python eval/agreement.py eval/events_blind_2.jsonl eval/agreement/events_blind_2_second.jsonl
    python eval/agreement.py --geo eval/geo_blind.jsonl eval/agreement/geo_blind_second.jsonl

Events: the first file is the reference; an event of the second counts as agreed when a
reference event of its sentence has the same actor keys and its CAMEO root is among that
event's accepted roots (the rule `geoevents eval events` scores the coder by). Geography
(``--geo``, the same events in the same order, each with a ``geo`` label): the country of every
event the first annotation locates, and the town of every event it gives a town (agreed when the
two sets of acceptable towns, ``city`` and ``city_also``, share one), as `bench/geo_eval.py`
scores the geocoder. Prints counts only, never sentences, so it may be run on a blind set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from geoevents.transforms.coder.evaluate import _match  # noqa: E402


def agreement(first: Path, second: Path) -> dict[str, float]:
    """Counts and P/R/F1 of ``second`` against ``first`` (same ids, same order)."""
    a = [json.loads(x) for x in first.read_text(encoding="utf-8").splitlines() if x.strip()]
    b = [json.loads(x) for x in second.read_text(encoding="utf-8").splitlines() if x.strip()]
    if [r["id"] for r in a] != [r["id"] for r in b]:
        raise SystemExit(f"{second}: not the sentences of {first} in the same order")
    tp = n_first = n_second = 0
    for ra, rb in zip(a, b, strict=True):
        golds = [(e["actor1"], e["actor2"], tuple(e["roots"])) for e in ra["events"]]
        preds = list(dict.fromkeys((e["actor1"], e["actor2"], e["code"][:2]) for e in rb["events"]))
        tp += _match(preds, golds, lambda p, g: p[0] == g[0] and p[1] == g[1] and p[2] in g[2])
        n_first += len(golds)
        n_second += len(preds)
    p = tp / n_second if n_second else 0.0
    r = tp / n_first if n_first else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"first": n_first, "second": n_second, "agreed": tp, "p": p, "r": r, "f1": f}


def geo_agreement(first: Path, second: Path) -> dict[str, float]:
    """Country and town agreement of two ``geo`` labellings of the same events."""
    a = [json.loads(x) for x in first.read_text(encoding="utf-8").splitlines() if x.strip()]
    b = [json.loads(x) for x in second.read_text(encoding="utf-8").splitlines() if x.strip()]
    if [r["id"] for r in a] != [r["id"] for r in b]:
        raise SystemExit(f"{second}: not the sentences of {first} in the same order")
    m = {"events": 0, "located": 0, "country": 0, "towns": 0, "town": 0}
    for ra, rb in zip(a, b, strict=True):
        for ea, eb in zip(ra["events"], rb["events"], strict=True):
            ga, gb = ea["geo"], eb["geo"]
            m["events"] += 1
            if ga["country"] != "unknown":
                m["located"] += 1
                m["country"] += gb["country"] == ga["country"]
            if ga.get("city"):
                m["towns"] += 1
                towns_b = {gb.get("city"), *gb.get("city_also", [])} - {None}
                m["town"] += bool({ga["city"], *ga.get("city_also", [])} & towns_b)
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--geo", action="store_true", help="compare geo labels of the same events")
    args = ap.parse_args()
    if args.geo:
        g = geo_agreement(args.first, args.second)
        print(
            f"{g['events']} events: country {g['country']}/{g['located']} "
            f"({g['country'] / g['located']:.3f}), town {g['town']}/{g['towns']} "
            f"({g['town'] / g['towns']:.3f})"
        )
        return
    m = agreement(args.first, args.second)
    print(
        f"first {m['first']} events, second {m['second']}, agreed {m['agreed']}: "
        f"P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}"
    )


if __name__ == "__main__":
    main()
