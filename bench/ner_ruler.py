"""Where the entity_ruler goes: NER scores of one trained pipeline with the ruler absent, after
the statistical NER (fills gaps) or before it (its spans win), with and without the coder's
dictionary names. Scored on the NER dev gold (the first 400 LassySmall dev sentences).

    python bench/ner_ruler.py training/work/<run>/model/model-best

Type consistency after the NER (``--type-fix``), dev sets only (the first 400 LassySmall dev
sentences and ``training/ner_eval/news_nl.txt``; never the held-out or blind files): a predicted
span whose text is exactly a name with one unambiguous type in the project's dictionaries gets
that type (never other boundaries). Variants: ``a`` relabel only to ORG, ``b`` relabel to any
type, ``c`` as ``b`` and also extend a span to a dictionary name that strictly contains it when
the extra tokens are capitalised. Prints P/R/F1 per label, a paired bootstrap of the F1
difference against the shipped pipeline, the ambiguity-rule ablation and the relabels made.

    python bench/ner_ruler.py --type-fix all [--model nl_geoevents] [--json OUT]

``--type-fix c --gold FILE...`` scores label files other than the dev sets (the one-off final
scoring of a chosen variant on the held-out or blind gold; choose on dev only).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from gazetteers import ruler_patterns  # noqa: E402
from name_types import (  # noqa: E402
    DEV_SENTENCES,
    RULES,
    TypeLexicon,
    _train_gold_types,
    dev_ids,
    type_lexicon,
)
from ner_gold import score  # noqa: E402
from package_model import dictionary_patterns  # noqa: E402

from geoevents.model import PARAGRAPH_BREAKS  # noqa: E402
from geoevents.name_types import fix_types, make_matcher  # noqa: E402

VARIANTS = ("none", "after", "after_dict", "before_dict")


def build(src: Path, variant: str) -> spacy.Language:
    nlp = spacy.load(src)
    if "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")
    if variant != "none":
        before = variant.startswith("before")
        ruler = nlp.add_pipe(
            "entity_ruler",
            **({"before": "ner"} if before else {"after": "ner"}),
            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": before},
        )
        ruler.add_patterns(ruler_patterns() + (dictionary_patterns() if "dict" in variant else []))
    nlp.add_pipe(PARAGRAPH_BREAKS, last=True)
    return nlp


def ruler_placement(src: Path) -> None:
    lines = (ROOT / "training/ner_gold/labels/lassy_dev_00.jsonl").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        dev = Path(tmp) / "dev.jsonl"
        dev.write_text("".join(lines.splitlines(keepends=True)[:400]), encoding="utf-8")
        for variant in VARIANTS:
            out = score([dev], build(src, variant), quiet=True)
            cols = ("PER", "LOC", "ORG", "MISC", "PER+LOC+ORG")
            print(f"{variant:12s}", "  ".join(f"{k} {out[k][2]:.3f}" for k in cols))


# --- type consistency (--type-fix) ------------------------------------------------------------

LABELS = ("PER", "LOC", "ORG", "MISC")
CORE = LABELS[:3]
TYPE_FIX = ("a", "b", "c")


def dev_sets(nlp, gold_files: list[Path] | None = None) -> dict[str, list[tuple[set, object]]]:
    """(gold char spans, predicted doc) per sentence of each dev set, or of ``gold_files`` (label
    files, for the lead's one scoring of the chosen variant; this bench never reads them)."""
    from ner_data import parse_marked
    from ner_gold import char_spans, read_labels

    if gold_files:
        out = {}
        for f in gold_files:
            rows = list(read_labels([f]).values())
            docs = nlp.pipe([r["text"] for r in rows], batch_size=64)
            out[f.stem] = [
                (set(char_spans(r["text"], r["ents"])[0]), d) for r, d in zip(rows, docs)
            ]
        return out

    lines = (ROOT / "training/ner_gold/labels/lassy_dev_00.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in lines.splitlines()[:DEV_SENTENCES]]
    lassy = [(set(char_spans(r["text"], r["ents"])[0]), r["text"]) for r in rows]
    news = []
    for x in (ROOT / "training/ner_eval/news_nl.txt").read_text(encoding="utf-8").splitlines():
        if not x.strip() or x.startswith("#"):
            continue
        text, spans = parse_marked(x)
        ref = nlp.make_doc(text)  # as bench/model_accuracy.py: gold expanded to whole tokens
        gold = set()
        for a, b, label in spans:
            sp = ref.char_span(a, b, label=label, alignment_mode="expand")
            if sp is not None:
                gold.add((sp.start_char, sp.end_char, label))
        news.append((gold, text))
    out = {}
    for name, items in (("lassy_dev400", lassy), ("news_nl", news)):
        docs = nlp.pipe([t for _, t in items], batch_size=64)
        out[name] = [(g, d) for (g, _), d in zip(items, docs)]
    return out


def counts(gold: set, pred: set) -> dict[str, tuple[int, int, int]]:
    pred = {s for s in pred if s[2] in LABELS}
    return {
        k: (
            sum(1 for s in gold & pred if s[2] == k),
            sum(1 for s in pred - gold if s[2] == k),
            sum(1 for s in gold - pred if s[2] == k),
        )
        for k in LABELS
    }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def total(per_sent: list[dict], labels=CORE) -> tuple[int, int, int]:
    return tuple(sum(c[k][i] for c in per_sent for k in labels) for i in range(3))


def bootstrap(base: list[dict], cand: list[dict], draws: int = 1000, seed: int = 0):
    """Paired bootstrap over sentences: F1(cand) - F1(base), PER+LOC+ORG micro."""
    rng = random.Random(seed)
    n = len(base)
    b = [total([c]) for c in base]
    c = [total([x]) for x in cand]
    diffs = []
    for _ in range(draws):
        idx = [rng.randrange(n) for _ in range(n)]
        fb = prf(*(sum(b[i][k] for i in idx) for k in range(3)))[2]
        fc = prf(*(sum(c[i][k] for i in idx) for k in range(3)))[2]
        diffs.append(fc - fb)
    diffs.sort()
    point = prf(*total(cand))[2] - prf(*total(base))[2]
    return point, diffs[int(0.025 * draws)], diffs[int(0.975 * draws) - 1]


def run_variant(sets, lex, variant, matcher, timed: bool = True):
    """Per-sentence counts per dev set, and the changes made (with the gold of the sentence)."""
    per, changes = {}, []
    clock = time.process_time()
    for name, items in sets.items():
        per[name] = []
        for gold, doc in items:
            if variant == "shipped":
                ents = list(doc.ents)
            else:
                ents, ch = fix_types(
                    doc,
                    lex,
                    matcher if variant == "c" else None,
                    only="ORG" if variant == "a" else None,
                    club_rule="club" in lex.rules,
                )
                for c in ch:
                    c.sentence = doc.text
                changes += [(name, c, gold) for c in ch]
            per[name].append(counts(gold, {(e.start_char, e.end_char, e.label_) for e in ents}))
    if timed and variant != "shipped":
        words = sum(len(d) for items in sets.values() for _, d in items)
        cost = time.process_time() - clock
        print(f"  {variant}: {words / max(cost, 1e-9):,.0f} tokens per CPU-second for the step")
    return per, changes


def pooled(per: dict[str, list[dict]], name: str) -> list[dict]:
    """The per-sentence counts of one dev set, or of all of them for ``pooled``."""
    return [c for s in per.values() for c in s] if name == "pooled" else per[name]


def table_rows(per: dict[str, list[dict]]) -> dict[str, dict[str, tuple[float, float, float]]]:
    out = {}
    for name, sents in list(per.items()) + [("pooled", [c for s in per.values() for c in s])]:
        out[name] = {k: prf(*total(sents, (k,))) for k in LABELS}
        out[name]["PER+LOC+ORG"] = prf(*total(sents))
    return out


def confusions(sets, lex: TypeLexicon) -> None:
    """The ceiling of a name-based type fix: the shipped pipeline's spans with the right
    boundaries and the wrong type, by what the dictionaries know of their text."""
    for name, items in sets.items():
        tally: Counter = Counter()
        for gold, doc in items:
            by_span = {(a, b): label for a, b, label in gold}
            for e in doc.ents:
                right = by_span.get((e.start_char, e.end_char))
                if right is None or right == e.label_:
                    continue
                known = lex.types.get(e.text)
                status = (
                    f"excluded ({lex.excluded[e.text]})"
                    if e.text in lex.excluded
                    else "not in dictionaries"
                    if known is None
                    else "dictionary type = gold"
                    if known == right
                    else "dictionary type != gold"
                )
                tally[status] += 1
                tally[f"{e.label_}->{right}"] += 1
        n = sum(v for k, v in tally.items() if "->" not in k)
        print(
            f"{name}: {n} spans with the right boundaries and the wrong type "
            f"(predicted->gold): {dict(tally)}"
        )


def lexicon_check(ids: set[str]) -> dict[str, object]:
    """How the ambiguity decisions hold up on the training gold (never dev or test): for every
    gold span whose text is a dictionary name, does the gold type equal the dictionary type?
    The ``gold`` rule is left off here (it is computed from these labels)."""
    gold = _train_gold_types(ids)
    lex = type_lexicon(ids, tuple(r for r in RULES if r != "gold"))
    kept, wrong = Counter(), Counter()
    for text, seen in gold.items():
        t = lex.types.get(text)
        if t is not None:
            for label, n in seen.items():
                kept["same" if label == t else "other"] += n
                if label != t:
                    wrong[f"{text} {t}->{label}"] += n
    cities = Counter()
    for text, seen in gold.items():
        if lex.types.get(text) == "LOC" and text not in lex.countries:
            cities.update(seen)
    left_out: dict[str, Counter] = defaultdict(Counter)
    for text, seen in gold.items():
        if text in lex.excluded:
            left_out[lex.excluded[text]].update(seen)
    print(
        f"training gold spans that are unambiguous dictionary names: {dict(kept)} "
        f"(gold type = dictionary type {kept['same'] / max(1, sum(kept.values())):.3f}); "
        f"most frequent other types: {wrong.most_common(8)}"
    )
    print(
        f"  non-country places (club rule): gold types {dict(cities)}; gold spans of names "
        f"left out as ambiguous, by rule and gold type: { {k: dict(v) for k, v in left_out.items()} }"
    )
    return {
        "kept": dict(kept),
        "other": wrong.most_common(30),
        "cities": dict(cities),
        "left_out": {k: dict(v) for k, v in left_out.items()},
    }


def type_fix_experiment(
    model: str | None,
    which: str,
    ablate: bool,
    n_relabels: int,
    out_json,
    gold_files: list[Path] | None = None,
):
    from geoevents.model import load_pipeline

    # "shipped" is the NER and its ruler without the step measured here
    nlp = load_pipeline(model, name_types_enabled=False)
    sets = dev_sets(nlp, gold_files)
    ids = dev_ids()
    lex = type_lexicon(ids)
    print(
        f"type lexicon: {len(lex.types)} unambiguous names "
        f"{dict(Counter(lex.types.values()))}; left out as ambiguous {len(lex.excluded)} "
        f"{dict(lex.reasons)}"
    )
    check = lexicon_check(ids)
    confusions(sets, lex)
    matcher = make_matcher(nlp, lex)
    variants = TYPE_FIX if which == "all" else (which,)
    results, per_all, changes_all = {}, {}, {}
    for v in ("shipped",) + variants:
        per, ch = run_variant(sets, lex, v, matcher)
        per_all[v], changes_all[v] = per, ch
        results[v] = table_rows(per)
    cols = ("PER", "LOC", "ORG", "MISC")
    for name in list(sets) + ["pooled"]:
        n = len(pooled(per_all["shipped"], name))
        print(f"\n{name} ({n} sentences)")
        print(
            f"{'variant':8s} {'PER+LOC+ORG P / R / F1':26s} " + " ".join(f"{c:>17s}" for c in cols)
        )
        for v, res in results.items():
            p, r, f = res[name]["PER+LOC+ORG"]
            print(
                f"{v:8s} {p:.3f} / {r:.3f} / {f:.3f}        "
                + " ".join(
                    f"{res[name][c][0]:.3f}/{res[name][c][1]:.3f}/{res[name][c][2]:.3f}"
                    for c in cols
                )
            )
    best = max(variants, key=lambda v: results[v]["pooled"]["PER+LOC+ORG"][2])
    print(
        f"\nbest variant on pooled dev F1: {best}; paired bootstrap vs shipped (1000 draws, seed 0)"
    )
    boot = {}
    for v in variants:
        for name in list(sets) + ["pooled"]:
            d, lo, hi = bootstrap(pooled(per_all["shipped"], name), pooled(per_all[v], name))
            boot[f"{v}/{name}"] = (d, lo, hi)
            print(f"  {v} {name:13s} {d:+.4f}  95% CI {lo:+.4f} to {hi:+.4f}")

    def verdict(name, c, gold):
        new_ok = c.new in gold
        old_ok = any(o in gold for o in (c.old, *c.absorbed))
        return (
            "fixed"
            if new_ok and not old_ok
            else "broke"
            if old_ok and not new_ok
            else ("right" if new_ok else "both wrong")
        )

    for v in variants:
        tally = Counter(verdict(*x) for x in changes_all[v])
        print(f"  changes {v}: {len(changes_all[v])} {dict(tally)}")
    print(
        f"\n{n_relabels} most frequent changes of {best} on dev (span, from -> to, verdict by gold)"
    )
    grouped: dict[tuple, Counter] = defaultdict(Counter)
    for name, c, gold in changes_all[best]:
        key = (c.text, c.kind, c.old[2], c.new[2])
        grouped[key][verdict(name, c, gold)] += 1
    listing = sorted(grouped.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    for (text, kind, a, b), tally in listing[:n_relabels]:
        print(f"  {sum(tally.values()):3d}  {text!r:32s} {kind:7s} {a}->{b}  {dict(tally)}")
    abl = {}
    if ablate:
        print(f"\nablation of the ambiguity rules for {best} (pooled dev F1, changes fixed/broke)")
        for off in (None,) + RULES:
            rules = tuple(r for r in RULES if r != off)
            lx = type_lexicon(ids, rules)
            m = make_matcher(nlp, lx) if best == "c" else None
            per, ch = run_variant(sets, lx, best, m, timed=False)
            f = table_rows(per)["pooled"]["PER+LOC+ORG"][2]
            tally = Counter(verdict(*x) for x in ch)
            abl[off or "all rules"] = (f, dict(tally))
            print(f"  {'without ' + off if off else 'all rules':18s} F1 {f:.4f}  {dict(tally)}")
    if out_json:
        Path(out_json).write_text(
            json.dumps(
                {
                    "results": results,
                    "bootstrap": boot,
                    "best": best,
                    "ablation": abl,
                    "training_gold_check": check,
                    "lexicon": {
                        "names": len(lex.types),
                        "excluded": dict(lex.reasons),
                        "excluded_names": dict(sorted(lex.excluded.items())),
                    },
                    "changes": [
                        {
                            "set": n,
                            "text": c.text,
                            "kind": c.kind,
                            "old": c.old,
                            "new": c.new,
                            "absorbed": c.absorbed,
                            "verdict": verdict(n, c, g),
                            "sentence": c.sentence,
                        }
                        for n, c, g in changes_all[best]
                    ],
                },
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", nargs="?", type=Path, help="trained pipeline for the ruler placement")
    ap.add_argument("--type-fix", choices=TYPE_FIX + ("all",), help="type-consistency experiment")
    ap.add_argument("--model", default=None, help="pipeline for --type-fix (default: embedded)")
    ap.add_argument("--no-ablate", action="store_true", help="skip the ambiguity-rule ablation")
    ap.add_argument("--relabels", type=int, default=20, help="changes to list")
    ap.add_argument("--json", default=None, help="write the results here")
    ap.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        help="score these ner_gold label files instead of the dev sets (one-off final scoring)",
    )
    args = ap.parse_args()
    if args.type_fix:
        type_fix_experiment(
            args.model, args.type_fix, not args.no_ablate, args.relabels, args.json, args.gold
        )
    elif args.src:
        ruler_placement(args.src)
    else:
        ap.error("give a pipeline folder (ruler placement) or --type-fix VARIANT")


if __name__ == "__main__":
    main()
