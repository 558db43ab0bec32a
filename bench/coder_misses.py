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

``--ceiling`` counts, for each missed gold event, whether both its actor keys occur in the
sentence (a dictionary mention or an actor of the coder's own events) and whether any
predicate-dictionary verb or event noun of the sentence has the gold root among its codes: what
any linker over today's actors and predicates could at most add. Counts only.

``--genres`` prints found/predicted/gold per text genre of the gold lines (newspaper, Wikipedia
and other UD documents by their sentence ids, Europeana, invented), also counts only: the blind
sets are mostly Wikipedia history, the product reads news.
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
    ap.add_argument("--genres", action="store_true", help="found/predicted/gold per text genre")
    ap.add_argument("--ceiling", action="store_true", help="what a linker could at most add")
    args = ap.parse_args()
    from geoevents.model import load_pipeline

    nlp = load_pipeline()
    coder = EventCoder(tokenizer=nlp.tokenizer)
    if args.shapes:
        shapes(args.gold, nlp, coder)
        return
    if args.genres:
        genres(args.gold, nlp, coder)
        return
    if args.ceiling:
        ceiling(args.gold, nlp, coder)
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
        keys = mention_keys(coder, doc, date)
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


def mention_keys(coder, doc, date: dt.date) -> set:
    """The actor keys of the dictionary mentions of ``doc`` at ``date``."""
    keys = set()
    for m in match_mentions([t.text for t in doc], coder.index):
        code = coder._entry_code(m.entry, date)
        if code:
            keys.add(coder._make_actor(code, m.entry, 0, 0).key)
    return keys


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


def ceiling(gold: Path, nlp, coder) -> None:
    """Missed gold events by whether their actors and a predicate of their root are in the
    sentence at all (``--ceiling``)."""
    from geoevents.transforms.coder.evaluate import code_records, load_gold

    recs = load_gold(str(gold))
    counts: Counter[str] = Counter()
    for rec, rows in zip(recs, code_records(recs, nlp, coder), strict=True):
        if not rec["events"]:
            continue
        date = dt.date.fromisoformat(rec["date"])
        doc = nlp(rec["text"])
        keys = mention_keys(coder, doc, date)
        keys |= {actor_key(r, n) for r in rows for n in ("actor1", "actor2")}
        roots = set()
        for t in doc:
            lemma = t.lemma_.lower()
            roots.update(p.code[:2] for p in coder.entries_by_lemma.get(lemma, ()))
            hit = longest_suffix(lemma, coder.nouns)
            if hit:
                roots.update(p.code[:2] for p in coder.nouns[hit[1]])
        preds = {
            (actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows
        }
        for g in rec["events"]:
            if any((g["actor1"], g["actor2"], x) in preds for x in g["roots"]):
                counts["found"] += 1
                continue
            both = g["actor1"] in keys and g["actor2"] in keys
            root = bool(set(g["roots"]) & roots)
            counts[
                ("both actors" if both else "an actor missing")
                + (", a predicate of the root" if root else ", no predicate of the root")
            ] += 1
    for k, v in counts.most_common():
        print(f"{v:4d}  {k}")


def genre(rec: dict) -> str:
    """The text genre of a gold line, from its source and id: UD document ids name newspaper
    (WR-P-P-H), Wikipedia (wiki-, WR-P-E-I) and other documents."""
    rid, source = str(rec.get("id", "")), rec.get("source", "")
    if "europeana" in rid or source == "europeana":
        return "europeana (1850-1950 newspapers)"
    if source == "invented":
        return "invented"
    if "WR-P-P-H" in rid:
        return "UD newspaper"
    if "wiki-" in rid or "WR-P-E-I" in rid:
        return "UD Wikipedia"
    return "UD other" if source == "ud" or ":" in rid else "other"


def genres(gold: Path, nlp, coder) -> None:
    """found/predicted/gold per genre, scored as ``geoevents eval events`` scores a line."""
    from geoevents.transforms.coder.evaluate import code_records, load_gold

    recs = load_gold(str(gold))
    counts: dict[str, list[int]] = {}
    for rec, rows in zip(recs, code_records(recs, nlp, coder), strict=True):
        c = counts.setdefault(genre(rec), [0, 0, 0, 0])
        preds = {
            (actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows
        }
        c[0] += sum(
            any((g["actor1"], g["actor2"], x) in preds for x in g["roots"]) for g in rec["events"]
        )
        c[1] += len(preds)
        c[2] += len(rec["events"])
        c[3] += 1
    for name, (found, pred, n_gold, lines) in sorted(counts.items()):
        print(f"{name:<34} {lines:5d} lines  {found}/{pred}/{n_gold}")


if __name__ == "__main__":
    main()
