"""Check a parser repair against gold trees: parse UD sentences (gold tokens) with the shipped
model, apply the repair, and count the tokens it fixed and broke (head and label, no punctuation).

    python bench/repair_las.py ../shared/corpora/ud/nl_lassysmall-ud-test.conllu \
        --repair geoevents.transforms.coder.repairs_clauses:subject_after_finite_aux [--show]

A repair the coder needs should fix or leave alone, never break, what the treebank annotates;
``--show`` prints every changed token with its sentence (use dev files for that, not test).
"""

from __future__ import annotations

import argparse
import importlib

# labels compared in full; the others by their base label (UD subtypes the parser rarely uses)
FULL = {
    "nsubj:pass", "obl:agent", "obl:arg", "compound:prt", "acl:relcl", "aux:pass", "expl:pv",
    "nmod:poss",
}  # fmt: skip


def read(path: str, first: int = 0) -> list[list[tuple[str, int, str]]]:
    """Sentences as (word, head index or -1, label) rows; multiword and empty nodes skipped."""
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            if first and len(sents) >= first:
                break
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        cur.append((c[1], int(c[6]) - 1, c[7]))
    if cur:
        sents.append(cur)
    return sents


def label(dep: str) -> str:
    return dep if dep in FULL else dep.split(":")[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("conllu")
    ap.add_argument("--first", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--repair", nargs="+", required=True, help="module:function, in order")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    from spacy.tokens import Doc

    from geoevents.model import load_pipeline

    nlp = load_pipeline()
    repairs = []
    for spec in args.repair:
        mod, fn = spec.split(":")
        repairs.append(getattr(importlib.import_module(mod), fn))
    total = before_ok = after_ok = fixed = broke = changed = 0
    for sent in read(args.conllu, args.first):
        words = [w for w, _, _ in sent]
        doc = Doc(nlp.vocab, words=words)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        before = [(t.head.i, label(t.dep_)) for t in doc]
        for repair in repairs:
            repair(doc)
        after = [(t.head.i, label(t.dep_)) for t in doc]
        for i, (word, head, dep) in enumerate(sent):
            if dep == "punct":
                continue
            gold = (i if head < 0 else head, "ROOT" if dep == "root" else label(dep))
            total += 1
            b, a = before[i] == gold, after[i] == gold
            before_ok += b
            after_ok += a
            if before[i] != after[i]:
                changed += 1
                fixed += a and not b
                broke += b and not a
                if args.show:
                    verdict = "FIX" if a and not b else "BRK" if b and not a else "---"
                    print(
                        verdict,
                        word,
                        before[i],
                        "->",
                        after[i],
                        "gold",
                        gold,
                        "|",
                        " ".join(words)[:160],
                    )
    print(
        f"{args.conllu.split('/')[-1]}: {total} tokens, LAS {before_ok / total:.4f} -> "
        f"{after_ok / total:.4f}; changed {changed}, fixed {fixed}, broke {broke}"
    )


if __name__ == "__main__":
    main()
