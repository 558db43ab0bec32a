"""Build the article context of the UD event gold sets: the sentences before each gold sentence.

The gold sets hold only sentences with two or more potential actors, but the product codes whole
articles: "Hij bekritiseerde Rusland" needs the sentence that named him. For each gold line this
writes the sentences of the same UD document that come before it (at most ``--before``), so
``geoevents eval events GOLD --context CONTEXT`` codes each sentence as part of its article (the
scorer skips a context sentence its Doc already holds).
Context sentences carry no labels and are never scored; they are the corpus text, not chosen.

    python eval/build_context.py --ud-dir UD_DIR --europeana-dir EUROPEANA_DIR

(``UD_DIR``: the UD Dutch ``.conllu`` files; ``EUROPEANA_DIR``: the Europeana Newspapers Dutch
NER ``train.txt``/``dev.txt``); it writes ``eval/context/*.jsonl``.

Text: Universal Dependencies Dutch (Alpino, LassySmall; CC BY-SA 4.0) and the Europeana
Newspapers Dutch NER corpus (CC0; there the context is simply the corpus sentences before the
line: the corpus marks no article boundaries), as the gold sets.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "bench"))

from geo_eval import _corpus_sentences  # noqa: E402
from ner_gold import ud_sentences  # noqa: E402

GOLD = (
    "events_blind.jsonl",
    "events_blind_2.jsonl",
    "events_dev_ud.jsonl",
    "events_dev_ud_2.jsonl",
    "events_dev_ud_3.jsonl",
)
EUROPEANA_GOLD = ("events_dev_europeana.jsonl", "events_dev_europeana_2.jsonl")
POS = re.compile(r"^(.*)\.p\.(\d+)\.s\.(\d+)$")
PARAGRAPHS_BACK = 2  # context comes from the sentence's paragraph and the two before it


def build(gold: Path, corpus: dict[str, list[tuple[str, str]]], before: int) -> list[dict]:
    """One ``{"id", "before": [text, ...]}`` row per gold line that has context.

    Sentences are put in article order by their ids (``doc.p.N.s.M``): the old LassySmall train
    file is shuffled, and some of an article's sentences are in no file at all."""
    docs: dict[str, list[tuple[int, int, str]]] = {}
    for (
        rows
    ) in corpus.values():  # LassySmall was re-split: one article's sentences in several files
        for sid, text in rows:
            m = POS.match(sid)
            if m:
                docs.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3)), text))
    for sents in docs.values():
        sents.sort()
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        sid = rec["id"].split(":", 2)[2]  # "blind:lassy_test:wiki-135.p.1.s.1"
        m = POS.match(sid)
        if not m or m.group(1) not in docs:
            continue
        p, s = int(m.group(2)), int(m.group(3))
        texts = [
            t for (pp, ss, t) in docs[m.group(1)] if (pp, ss) < (p, s) and pp >= p - PARAGRAPHS_BACK
        ][-before:]
        if texts:
            out.append({"id": rec["id"], "before": texts})
    return out


def build_europeana(gold: Path, europeana_dir: Path, before: int) -> list[dict]:
    """Context of ``europeana_SPLIT:N`` lines: corpus sentences N-before .. N-1 of the split."""
    cache: dict[str, list[str]] = {}
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        src, _, n = rec["id"].partition(":")
        split = src.removeprefix("europeana_")
        if split not in cache:
            cache[split] = _corpus_sentences(split, europeana_dir)
        k = int(n)
        texts = cache[split][max(0, k - before) : k]
        if texts:
            out.append({"id": rec["id"], "before": texts})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud-dir", type=Path, required=True, help="UD Dutch .conllu files")
    ap.add_argument(
        "--europeana-dir", type=Path, required=True, help="Europeana Dutch NER train.txt, dev.txt"
    )
    ap.add_argument("--before", type=int, default=5, help="context sentences per gold line (5)")
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "context")
    args = ap.parse_args(argv)
    corpus = {
        split: [(key.split(":", 1)[1], text) for key, text, _ in rows]
        for split, rows in ud_sentences(args.ud_dir).items()
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name in (*GOLD, *EUROPEANA_GOLD):
        gold = ROOT / "eval" / name
        if name in EUROPEANA_GOLD:
            rows = build_europeana(gold, args.europeana_dir, args.before)
        else:
            rows = build(gold, corpus, args.before)
        path = args.out / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        n = sum(len(r["before"]) for r in rows)
        print(f"{path}: {len(rows)} gold lines with context, {n} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
