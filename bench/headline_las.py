"""Parser accuracy on news-title style text: LAS (no punctuation, gold tokens) of a pipeline on
UD sentences as written and with their articles dropped (``de``, ``het``, ``een``, ``'t`` as
``det`` leaves; only the sentences that had one), as headlines drop them.

    python bench/headline_las.py MODEL_DIR ../shared/corpora/ud/nl_lassysmall-ud-test.conllu
    python bench/headline_las.py MODEL_DIR ../shared/corpora/ud/nl_lassysmall-ud-dev.conllu --first 400
"""

from __future__ import annotations

import argparse

from repair_las import label, read

ARTICLES = {"de", "het", "een", "'t"}


def without_articles(sent: list[tuple[str, int, str]]) -> tuple[list[tuple[str, int, str]], int]:
    """The sentence without its article leaves, heads renumbered; and how many were dropped."""
    heads = {h for _, h, _ in sent}
    drop = {
        i
        for i, (w, _, d) in enumerate(sent)
        if w.lower() in ARTICLES and d == "det" and i not in heads
    }
    keep = [i for i in range(len(sent)) if i not in drop]
    new = {old: n for n, old in enumerate(keep)}
    out = [(sent[i][0], new[sent[i][1]] if sent[i][1] >= 0 else -1, sent[i][2]) for i in keep]
    if out and out[0][0][:1].islower():
        out[0] = (out[0][0][:1].upper() + out[0][0][1:], *out[0][1:])
    return out, len(drop)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("conllu")
    ap.add_argument("--first", type=int, default=0)
    args = ap.parse_args()

    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(args.model)
    sents = read(args.conllu, args.first)
    for variant in ("as written", "articles dropped"):
        chosen = sents
        if variant == "articles dropped":
            chosen = [s for s, n in map(without_articles, sents) if n]
        docs = [Doc(nlp.vocab, words=[w for w, _, _ in s]) for s in chosen]
        total = ok = 0
        for sent, doc in zip(chosen, nlp.pipe(docs)):
            for i, (_, head, dep) in enumerate(sent):
                if dep == "punct":
                    continue
                gold = (i if head < 0 else head, "ROOT" if dep == "root" else label(dep))
                total += 1
                ok += (doc[i].head.i, label(doc[i].dep_)) == gold
        name = args.conllu.split("/")[-1]
        print(f"{name} {variant}: {len(chosen)} sentences, {total} tokens, LAS {ok / total:.4f}")


if __name__ == "__main__":
    main()
