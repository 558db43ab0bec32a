"""Score the event coder on a gold file in the format of the event annotation guidelines.

Gold lines are single sentences. Consecutive lines from the same document (same source, date and
document id prefix) are parsed one by one and joined into one Doc in file order, so the coder sees
the article context it would see in production (anaphora such as "ze" or "de twee leiders"); each
predicted event is mapped back to its gold line by character offset. With ``context`` (a file
from ``eval/build_context.py``: the corpus sentences before each gold line), those sentences are
put before their gold line in the Doc, unscored, as the product codes whole articles.

Matching (per sentence): a prediction matches a gold event when actor1, actor2 (actor key: country
code, else known-group code) are equal and its root is in the gold ``roots``; duplicate predicted
triples count once and every gold event can be matched by at most one prediction (maximum bipartite
matching), so precision cannot be inflated by predicting several roots for one gold event. The
QuadClass level does the same with root -> QuadClass.

    python -m geoevents.transforms.coder.evaluate GOLD.jsonl [--spacy-model PATH] [-v]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from .coder import EventCoder
from .common import CODER_VERSION


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    gold_path: str
    model: str
    coder_version: str
    n_sentences: int = 0
    root: PRF = field(default_factory=PRF)
    quad: PRF = field(default_factory=PRF)
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    nlp_seconds: float = 0.0
    coder_seconds: float = 0.0
    feed_country: str | None = None


def doc_key(rec: dict) -> tuple:
    """Lines of one article share source, date and the id without its sentence suffix."""
    rid = str(rec.get("id", ""))
    m = re.match(r"^(.*?)[-.]s\.?\d+(?:\.\d+)?$", rid)
    base = m.group(1) if m else rid
    base = re.sub(r"\.p\.\d+$", "", base)
    base = re.sub(r"-s$", "", base)
    return (rec.get("source"), rec.get("date"), base)


def actor_key(row: dict, n: str) -> str | None:
    return row.get(f"{n}_country_code") or row.get(f"{n}_known_group_code")


def _match(preds: list[tuple], golds: list[tuple], ok) -> int:
    """Size of a maximum bipartite matching between predictions and gold events."""
    match_of_gold: dict[int, int] = {}

    def augment(pi: int, seen: set[int]) -> bool:
        for gi, g in enumerate(golds):
            if gi in seen or not ok(preds[pi], g):
                continue
            seen.add(gi)
            if gi not in match_of_gold or augment(match_of_gold[gi], seen):
                match_of_gold[gi] = pi
                return True
        return False

    return sum(1 for pi in range(len(preds)) if augment(pi, set()))


def _lines(path: str):
    """(line number, line) of each non-blank line of a JSON-lines file."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                yield lineno, line


def load_gold(path: str) -> list[dict]:
    recs = []
    for lineno, line in _lines(path):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: not JSON: {exc}") from None
        for k in ("id", "date", "text", "events"):
            if k not in rec:
                raise ValueError(f"{path}:{lineno}: missing key {k!r}")
        recs.append(rec)
    return recs


def load_context(path: str) -> dict[str, list[str]]:
    """Gold id -> the article's sentences before that gold line (``eval/build_context.py``)."""
    out = {}
    for lineno, line in _lines(path):
        try:
            rec = json.loads(line)
            out[rec["id"]] = [str(t) for t in rec["before"]]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{lineno}: not a context line: {exc}") from None
    return out


def code_records(
    recs: list[dict],
    nlp,
    coder: EventCoder,
    report: EvalReport | None = None,
    context: dict[str, list[str]] | None = None,
    feed_country: str | None = None,
) -> list[list[dict]]:
    """Coder rows per gold record, coding each document group (with its context sentences, if
    given) as one Doc; rows whose action lies in a context sentence are dropped.
    ``feed_country``: passed to ``code_doc``, as the pipeline does for a feed with a country;
    a gold line's own ``feed_country`` (its outlet's country) comes first. A group is read as the
    pipeline reads an article (``model.parse_articles``), one paragraph per line."""
    from geoevents.model import parse_articles

    context = context or {}
    out: list[list[dict]] = [[] for _ in recs]
    groups: list[list[int]] = []
    for i, rec in enumerate(recs):
        if groups and doc_key(recs[groups[-1][-1]]) == doc_key(rec):
            groups[-1].append(i)
        else:
            groups.append([i])
    # per group: (text, gold record index or None for a context sentence), in article order
    plans: list[list[tuple[str, int | None]]] = []
    for g in groups:
        texts = {recs[i]["text"] for i in g}
        plan: list[tuple[str, int | None]] = []
        for i in g:
            for t in context.get(recs[i]["id"], ()):
                if t not in texts:
                    texts.add(t)
                    plan.append((t, None))
            plan.append((recs[i]["text"], i))
        plans.append(plan)
    t0 = time.perf_counter()
    # one paragraph per line: a line without a full stop (a heading, a list item) is a sentence
    # of its own, not the start of the next one (the coder joins such spans within a paragraph)
    lines = [[t.rstrip() + "\n\n" for t, _ in plan] for plan in plans]
    docs = list(parse_articles(nlp, ["".join(ls) for ls in lines]))
    t1 = time.perf_counter()
    coder_time = 0.0
    for g, plan, ls, doc in zip(groups, plans, lines, docs, strict=True):
        starts = list(accumulate((len(x) for x in ls[:-1]), initial=0))  # each line's offset
        date = dt.date.fromisoformat(recs[g[0]]["date"])
        fc = recs[g[0]].get("feed_country", feed_country)  # a line may name its outlet's
        c0 = time.perf_counter()
        rows = coder.code_doc(doc, date, feed_country=fc)
        coder_time += time.perf_counter() - c0
        for r in rows:
            k = max(j for j, s in enumerate(starts) if s <= r["action_start_char"])
            if plan[k][1] is not None:
                out[plan[k][1]].append(r)
    if report is not None:
        report.nlp_seconds = t1 - t0
        report.coder_seconds = coder_time
    return out


def evaluate(
    gold_path: str,
    nlp,
    coder: EventCoder | None = None,
    context_path: str | None = None,
    feed_country: str | None = None,
) -> EvalReport:
    """Score ``coder`` (default: package dictionaries) with pipeline ``nlp`` on a gold JSONL file;
    ``context_path``: the sentences before each gold line (``load_context``); ``feed_country``:
    every line is coded as an article of a feed with that home country."""
    coder = coder or EventCoder(tokenizer=getattr(nlp, "tokenizer", None))
    recs = load_gold(gold_path)
    context = load_context(context_path) if context_path else None
    meta = getattr(nlp, "meta", {}) or {}
    model = f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    report = EvalReport(gold_path, model, CODER_VERSION, n_sentences=len(recs))
    report.feed_country = feed_country
    quad_of = {code: ec.quad_class for code, ec in coder.d.event_codes.items()}
    per_rec = code_records(recs, nlp, coder, report, context, feed_country)
    for rec, rows in zip(recs, per_rec, strict=True):
        golds = [
            (e["actor1"], e["actor2"], tuple(e["roots"]), e.get("code")) for e in rec["events"]
        ]
        seen = set()
        preds = []
        for r in rows:
            t = (actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"])
            if t not in seen:
                seen.add(t)
                preds.append((*t, r))
        root_ok = lambda p, g: p[0] == g[0] and p[1] == g[1] and p[2] in g[2]  # noqa: E731
        quad_ok = lambda p, g: (  # noqa: E731
            p[0] == g[0] and p[1] == g[1] and quad_of[p[2]] in {quad_of[r] for r in g[2]}
        )
        report.root.tp += _match(preds, golds, root_ok)
        report.quad.tp += _match(preds, golds, quad_ok)
        for prf in (report.root, report.quad):
            prf.n_pred += len(preds)
            prf.n_gold += len(golds)
        for g in golds:
            if not any(root_ok(p, g) for p in preds):
                report.misses.append({"id": rec["id"], "text": rec["text"], "gold": g[:4]})
        for p in preds:
            if not any(root_ok(p, g) for g in golds):
                r = p[3]
                report.spurious.append(
                    {
                        "id": rec["id"],
                        "text": rec["text"],
                        "pred": (p[0], p[1], r["event_code"]),
                        "predicate": r["predicate_lemma"],
                        "actors": (r["actor1_code"], r["actor2_code"]),
                    }
                )
    return report


def format_report(report: EvalReport, verbose: bool = True) -> str:
    lines = [
        f"gold: {report.gold_path}  sentences: {report.n_sentences}  model: {report.model}  "
        f"coder: {report.coder_version}"
        + (f"  feed country: {report.feed_country}" if report.feed_country else ""),
        f"{'level':<6} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold",
    ]
    for name, prf in (("root", report.root), ("quad", report.quad)):
        lines.append(
            f"{name:<6} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f}   {prf.tp}/{prf.n_pred}/{prf.n_gold}"
        )
    if report.nlp_seconds:
        share = 100 * report.coder_seconds / report.nlp_seconds
        lines.append(
            f"time: spaCy {report.nlp_seconds:.2f}s, coder {report.coder_seconds:.3f}s ({share:.1f}% of NLP time)"
        )
    if verbose:
        lines.append(f"\nmisses ({len(report.misses)}):")
        for m in report.misses:
            a1, a2, roots, code = m["gold"]
            lines.append(f"  {m['id']}: {a1}->{a2} {code} {list(roots)} | {m['text'][:110]}")
        lines.append(f"\nspurious ({len(report.spurious)}):")
        for s in report.spurious:
            lines.append(
                f"  {s['id']}: {s['pred'][0]}->{s['pred'][1]} {s['pred'][2]} ({s['predicate']}; "
                f"{s['actors'][0]}->{s['actors'][1]}) | {s['text'][:100]}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="gold JSONL file (GUIDELINES.md format)")
    ap.add_argument(
        "--spacy-model", default=None, help="pipeline name or path (default: embedded nl_geoevents)"
    )
    ap.add_argument("-q", "--quiet", action="store_true", help="only the scores")
    args = ap.parse_args(argv)
    if not Path(args.gold).is_file():
        print(f"no such gold file: {args.gold}", file=sys.stderr)
        return 2
    from geoevents.model import load_pipeline

    nlp = load_pipeline(args.spacy_model)
    print(format_report(evaluate(args.gold, nlp), verbose=not args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
