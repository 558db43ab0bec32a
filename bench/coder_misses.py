"""Why gold events are missed: actor not resolved, no predicate, or both found but not linked.

For each gold event the coder misses, the sentence is checked for (a) a dictionary mention that
resolves to each gold actor key at the sentence date (people, countries, organisations, and
agent phrases the coder built), and (b) any predicate-dictionary verb or event noun. Use it on
dev sets only: reading a blind set's misses is tuning on it.

    python bench/coder_misses.py eval/events_dev_ud.jsonl [--show 20]
    python bench/coder_misses.py tests/probes/independent_b.jsonl --shapes  # counts only

``--shapes`` compares each missed gold event with the coder's own events of its sentence, read as
the pipeline reads it (``evaluate.code_records``): the same pair with another root, the pair
reversed, the right root with one actor different, other events only, or no event at all, and
counts the missed roots and, for the one-actor misses, which key the gold has where the coder has
another (a labelling convention the coder does not follow shows there: Hamas HMS against PSE).
It prints counts only, so it may be run on held-out sets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoevents.transforms.coder import EventCoder  # noqa: E402
from geoevents.transforms.coder.common import longest_suffix  # noqa: E402
from geoevents.transforms.coder.evaluate import actor_key  # noqa: E402
from geoevents.transforms.coder.mention_match import match_mentions  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--shapes", action="store_true", help="miss shapes against the coder's events")
    args = ap.parse_args()
    from geoevents.model import load_pipeline

    nlp = load_pipeline()
    coder = EventCoder(tokenizer=nlp.tokenizer)
    if args.shapes:
        shapes(args.gold, nlp, coder)
        return
    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    why: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for r in rows:
        if not r["events"]:
            continue
        date = dt.date.fromisoformat(r["date"])
        doc = nlp(r["text"])
        pred = {
            (actor_key(e, "actor1"), actor_key(e, "actor2"), e["event_root_code"])
            for e in coder.code_doc(doc, date)
        }
        keys = set()
        for m in match_mentions([t.text for t in doc], coder.index):
            code = coder._entry_code(m.entry, date)
            if code:
                parts = coder._make_actor(code, m.entry, 0, 0)
                keys.add(parts.key)
        has_pred = any(
            (t.pos_ in ("VERB", "AUX") and (t.lemma_.lower(), None) in coder.verbs)
            or t.lemma_.lower() in coder.verb_lemmas
            or longest_suffix(t.lemma_.lower(), coder.nouns)
            for t in doc
        )
        for g in r["events"]:
            if any((g["actor1"], g["actor2"], root) in pred for root in g["roots"]):
                why["found"] += 1
                continue
            miss = [k for k in (g["actor1"], g["actor2"]) if k not in keys]
            if len(miss) == 2:
                reason = "both actors unresolved"
            elif miss:
                reason = "one actor unresolved"
            elif not has_pred:
                reason = "actors found, no predicate"
            else:
                reason = "actors and a predicate found, not linked"
            why[reason] += 1
            shown.setdefault(reason, []).append(
                f"{g['actor1']}->{g['actor2']} {g['code']} missing={miss} | {r['text'][:110]}"
            )
    total = sum(why.values())
    for k, v in why.most_common():
        print(f"{v:4d}  {v / total:5.1%}  {k}")
    for k, lines in shown.items():
        for line in lines[: args.show]:
            print(f"[{k}] {line}")


def shapes(gold: Path, nlp, coder) -> None:
    """Counts of how the coder's events of a sentence differ from each gold event it missed."""
    from geoevents.transforms.coder.evaluate import code_records, load_gold

    recs = load_gold(str(gold))
    shape: Counter[str] = Counter()
    roots: Counter[str] = Counter()
    keys: Counter[tuple] = Counter()  # (side, gold key, the coder's key) of one-actor misses
    for rec, rows in zip(recs, code_records(recs, nlp, coder), strict=True):
        preds = {
            (actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows
        }
        for g in rec["events"]:
            a1, a2, ok = g["actor1"], g["actor2"], set(g["roots"])
            if any((a1, a2, x) in preds for x in ok):
                shape["found"] += 1
                continue
            roots[g["roots"][0]] += 1
            if any(p[:2] == (a1, a2) for p in preds):
                shape["same pair, another root"] += 1
            elif any(p[:2] == (a2, a1) and p[2] in ok for p in preds):
                shape["the pair reversed"] += 1
            elif any(p[2] in ok and (p[0] == a1 or p[1] == a2) for p in preds):
                shape["the root, one actor different"] += 1
                for p in preds:
                    if p[2] in ok and p[0] == a1 and p[1] != a2:
                        keys["actor2", a2, p[1]] += 1
                    elif p[2] in ok and p[1] == a2 and p[0] != a1:
                        keys["actor1", a1, p[0]] += 1
            else:
                shape["other events only" if preds else "no event in the sentence"] += 1
    total = sum(shape.values())
    for k, v in shape.most_common():
        print(f"{v:4d}  {v / total:5.1%}  {k}")
    print("missed gold roots:", " ".join(f"{r}:{n}" for r, n in roots.most_common()))
    print(
        "one actor different (side gold>coder):",
        " ".join(f"{side}:{g}>{c}:{n}" for (side, g, c), n in keys.most_common(12)),
    )


if __name__ == "__main__":
    main()
