"""Could a learned linker find the events the rules miss? A cross-validated measurement.

For every sentence of the given (dev) gold files, coded one by one, each ordered pair of actors
the coder itself resolves in the sentence (``actors_of`` on every noun, name, pronoun and
adjective) is joined through the dependency tree; each predicate-dictionary verb or event noun on
the path between them gives a candidate (actor1, actor2, root). A candidate is positive when a
gold event of the sentence has those actors and that root. A logistic regression over the path,
the dependency labels, the predicate lemma and root, case markers, order and distance is trained
with 5-fold cross-validation grouped by document; candidates it accepts are added to the rules'
own events and the union is scored as ``geoevents eval events`` scores (per sentence, each gold
event matched once). It also prints the ceiling: gold events the rules miss that some candidate
matches exactly. Dev sets only: a blind set must never train or select anything.

    python bench/linker_cv.py ../shared/eval/events_dev.jsonl eval/events_dev_ud.jsonl ...

Needs scikit-learn (``pip install -e ".[bench]"``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoevents.transforms.coder import EventCoder  # noqa: E402
from geoevents.transforms.coder.context import _DocContext  # noqa: E402
from geoevents.transforms.coder.evaluate import actor_key, doc_key  # noqa: E402

ACTOR_POS = ("PROPN", "NOUN", "PRON", "ADJ", "X")


def verb_roots(coder: EventCoder, v) -> list[str]:
    lemma = (v.lemma_ or v.text).lower().replace("_", "")
    prt = next((c.text.lower() for c in v.children if c.dep_ == "compound:prt"), None)
    preds = coder.verbs.get((lemma, prt)) or coder.verbs.get((lemma, None)) or []
    roots = Counter(p.code[:2] for p in preds if not p.cues) or Counter(p.code[:2] for p in preds)
    return [r for r, _ in roots.most_common(2)]


def tree_path(a, b):
    """The tokens from ``a`` up to the lowest common ancestor and down to ``b``."""
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    at = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in at:
            return up[: k + 1], down[: at[t.i] + 1][::-1], t
    return None


def sentence_candidates(ctx, sent, disc) -> list[tuple[str, str, str, dict]]:
    coder, doc = ctx.c, sent.doc
    actors, seen = [], set()
    for t in sent:
        if t.pos_ not in ACTOR_POS:
            continue
        for a in ctx.actors_of(t, disc):
            key = a.country or a.group
            if key and (key, t.i) not in seen:
                seen.add((key, t.i))
                actors.append((key, t.i, bool(a.anaphoric)))
    out = []
    for k1, t1, an1 in actors:
        for k2, t2, an2 in actors:
            found = t1 != t2 and tree_path(doc[t1], doc[t2])
            if not found:
                continue
            up, down, lca = found
            inner = up[1:] + down[:-1]
            preds = []
            for x in inner:
                if x.pos_ in ("VERB", "AUX"):
                    preds += [(r, "V", x) for r in verb_roots(coder, x)]
                elif x.pos_ in ("NOUN", "PROPN"):
                    p = ctx.noun_predicate_of(x.lemma_, x.text, x.i)
                    preds += [(p.code[:2], "N", x)] if p is not None else []
            shape = "^".join(x.dep_ for x in up[:-1]) + "|" + lca.pos_ + "|"
            shape += "v".join(x.dep_ for x in down[1:])
            for root, kind, x in preds[:3]:
                lemma = x.lemma_.lower()
                out.append(
                    (
                        k1,
                        k2,
                        root,
                        {
                            "path": shape,
                            "path_lemma": shape + "#" + lemma,
                            "lemma": lemma,
                            "lemma_root": lemma + "#" + root,
                            "root": root,
                            "kind": kind,
                            "len": len(up) + len(down),
                            "d12": doc[t1].dep_ + "/" + doc[t2].dep_,
                            "d1": doc[t1].dep_,
                            "d2": doc[t2].dep_,
                            "order": t1 < t2,
                            "dist": min(abs(t1 - t2) // 4, 6),
                            "lca_is_pred": x.i == lca.i,
                            "case1": next(
                                (c.lower_ for c in doc[t1].children if c.dep_ == "case"), ""
                            ),
                            "case2": next(
                                (c.lower_ for c in doc[t2].children if c.dep_ == "case"), ""
                            ),
                            "same": k1 == k2,
                            "an1": an1,
                            "an2": an2,
                            "nact": min(len(actors), 6),
                            "neg": any(c.lower_ in ("niet", "geen", "nooit") for c in x.children),
                            "nverbs": sum(1 for y in inner if y.pos_ == "VERB"),
                        },
                    )
                )
    return out


def collect(paths: list[Path]) -> list[dict]:
    from geoevents.model import load_pipeline

    nlp = load_pipeline()
    coder = EventCoder(tokenizer=nlp.tokenizer)
    found: list = []
    original = _DocContext.code_sentence

    def code_sentence(self, sent, s_idx, disc):
        rows = original(self, sent, s_idx, disc)
        found.extend(sentence_candidates(self, sent, disc))
        return rows

    _DocContext.code_sentence = code_sentence  # a measurement harness: read-only on the coder
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            found.clear()
            rows = coder.code_doc(nlp(rec["text"]), dt.date.fromisoformat(rec["date"]))
            rules = {
                (actor_key(e, "actor1"), actor_key(e, "actor2"), e["event_root_code"]) for e in rows
            }
            gold = [(g["actor1"], g["actor2"], tuple(g["roots"])) for g in rec["events"]]
            out.append(
                {
                    "set": path.name,
                    "doc": repr(doc_key(rec)),
                    "rules": rules,
                    "cands": list(found),
                    "gold": gold,
                }
            )
    _DocContext.code_sentence = original
    return out


def matched(pred: set, gold: list) -> int:
    used: set[int] = set()
    for k in sorted(pred, key=str):
        for gi, g in enumerate(gold):
            if gi not in used and k[0] == g[0] and k[1] == g[1] and k[2] in g[2]:
                used.add(gi)
                break
    return len(used)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    data = collect(args.gold)
    feats, labels, groups, where = [], [], [], []
    ceiling = Counter()
    for si, s in enumerate(data):
        keys = {(k1, k2, r) for k1, k2, r, _ in s["cands"]}
        for g in s["gold"]:
            if not any((g[0], g[1], r) in s["rules"] for r in g[2]):
                ceiling[s["set"]] += any((g[0], g[1], r) in keys for r in g[2])
        done = set()
        for k1, k2, r, f in s["cands"]:
            if (k1, k2, r) in done:
                continue
            done.add((k1, k2, r))
            pair = {(a, b) for a, b, _ in s["rules"]}
            feats.append({**f, "rules_pair": (k1, k2) in pair, "rules_rev": (k2, k1) in pair})
            labels.append(int(any(k1 == a and k2 == b and r in rs for a, b, rs in s["gold"])))
            groups.append(s["doc"])
            where.append((si, (k1, k2, r)))
    y = np.array(labels)
    x = DictVectorizer().fit_transform(feats)
    prob = np.zeros(len(y))
    for train, test in GroupKFold(args.folds).split(x, y, groups):
        model = LogisticRegression(C=0.3, max_iter=2000).fit(x[train], y[train])
        prob[test] = model.predict_proba(x[test])[:, 1]
    print(f"sentences {len(data)}, candidates {len(y)}, positive {int(y.sum())}")
    print("gold events the rules miss that a candidate matches:", dict(ceiling))
    for th in (None, 0.7, 0.5, 0.3, 0.2):
        add = defaultdict(set)
        for (si, key), p in zip(where, prob):
            if th is not None and p >= th:
                add[si].add(key)
        per = defaultdict(lambda: [0, 0, 0])
        for si, s in enumerate(data):
            pred = s["rules"] | add[si]
            c = per[s["set"]]
            c[0] += matched(pred, s["gold"])
            c[1] += len(pred)
            c[2] += len(s["gold"])
        tot = [sum(c[k] for c in per.values()) for k in range(3)]
        name = "rules alone" if th is None else f"rules + linker p>={th}"
        sets = ", ".join(f"{k}: {c[0]}/{c[1]}/{c[2]}" for k, c in sorted(per.items()))
        print(f"{name:22s} all {tot[0]}/{tot[1]}/{tot[2]}  ({sets})")


if __name__ == "__main__":
    main()
