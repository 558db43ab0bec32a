"""How close the harmonised UD 2.0 train comes to the current annotation.

About 600 sentences of the old LassySmall train reappear in the current LassySmall dev file, so
the two releases can be compared token by token. This script harmonises those old copies with
the rules of ``prepare_ud.py`` and reports UPOS, head and label agreement with the current
dev annotation before and after, plus the commonest remaining disagreements. LassySmall test is
never read here: it stays held out. Usage::

    python training/harmonise_check.py --ud-dir ../shared/corpora/ud
"""

from __future__ import annotations

import argparse
import collections
import copy
from pathlib import Path

from prepare_ud import (
    Sent,
    detokenise,
    fix_punct,
    harmonise_old,
    learn_fixed,
    learn_lexicons,
    read_conllu,
)


def agreement(old: list[Sent], cur: list[Sent]) -> dict[str, float]:
    """Token-level UPOS, UAS and LAS agreement (punctuation included) of two parallel lists."""
    n = pos = uas = las = 0
    for a, b in zip(old, cur, strict=True):
        for x, y in zip(a.toks, b.toks, strict=True):
            n += 1
            pos += x.upos == y.upos
            uas += x.head == y.head
            las += x.head == y.head and x.deprel == y.deprel
    return {"tokens": n, "upos": pos / n, "uas": uas / n, "las": las / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, required=True)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    old = read_conllu(args.ud_dir / "nl_lassysmall-ud-train.v2_0.conllu")
    lassy_dev = read_conllu(args.ud_dir / "nl_lassysmall-ud-dev.conllu")
    current = (
        lassy_dev
        + read_conllu(args.ud_dir / "nl_alpino-ud-dev.conllu")
        + read_conllu(args.ud_dir / "nl_alpino-ud-test.conllu")
    )
    by_words = {tuple(t.form for t in s.toks): s for s in lassy_dev}
    pairs = [(s, by_words[k]) for s in old if (k := tuple(t.form for t in s.toks)) in by_words]
    raw = [copy.deepcopy(o) for o, _ in pairs]
    cur = [c for _, c in pairs]
    arg_pairs, true_refl, _ = learn_lexicons(current)
    fixed_exprs = learn_fixed(current)
    for s in raw:
        detokenise(s)
    harmonised = copy.deepcopy(raw)
    for s in harmonised:
        harmonise_old(s, arg_pairs, true_refl, fixed_exprs)
    fix_punct(harmonised)
    print(f"{len(pairs)} sentences in both the old train and current LassySmall dev")
    for name, sents in (("as released", raw), ("harmonised", harmonised)):
        r = agreement(sents, cur)
        print(
            f"{name:12} {r['tokens']} tokens  UPOS {r['upos']:.3f}  UAS {r['uas']:.3f}  "
            f"LAS {r['las']:.3f}"
        )
    labels: collections.Counter[tuple[str, str, bool]] = collections.Counter()
    tags: collections.Counter[tuple[str, str]] = collections.Counter()
    for a, b in zip(harmonised, cur, strict=True):
        for x, y in zip(a.toks, b.toks, strict=True):
            if x.upos != y.upos:
                tags[(x.upos, y.upos)] += 1
            if (x.head, x.deprel) != (y.head, y.deprel):
                labels[(x.deprel, y.deprel, x.head == y.head)] += 1
    print("remaining UPOS differences (old -> current):")
    for (a, b), n in tags.most_common(args.top):
        print(f"  {a:>6} -> {b:<6} {n}")
    print("remaining dependency differences (old -> current, same head?):")
    for (a, b, same), n in labels.most_common(args.top):
        print(f"  {a:>12} -> {b:<12} {'same head' if same else 'other head'}  {n}")


if __name__ == "__main__":
    main()
