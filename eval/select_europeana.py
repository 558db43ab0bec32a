"""Which Europeana sentences `events_dev_europeana_2.jsonl` holds, and why (selection only).

Every sentence of the Europeana Newspapers Dutch NER train and dev splits (CC0) of 8-60 tokens
that no other gold set of the project holds, and whose corpus labels give one name or more, or
no name but a political keyword (KEYWORDS). Rows come out unlabelled ("events": []), in corpus
order, text detokenized as bench/geo_eval.py does; the annotators then filled in the events.

    python eval/select_europeana.py --europeana-dir EUROPEANA_DIR > rows.jsonl

EUROPEANA_DIR: the folder with the corpus's ``train.txt`` and ``dev.txt``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from geo_eval import _corpus_sentences  # noqa: E402

THIS_SET = "events_dev_europeana_2.jsonl"
KEYWORDS = re.compile(
    r"(regee?ring|gouvernement|minister|gezant|ambassad|keizer|koning|sultan|paus|czaar|tsaar"
    r"|leger|troepen|oorlog|vrede|verdrag|tractaat|kamer|parlement|consul|president|generaal"
    r"|opstand|oproer|vloot|grenz|diplomat|kabinet|staat|mogendhe|regent)",
    re.I,
)


def _counts(path: Path) -> list[tuple[int, int]]:
    """(names, tokens) per sentence of an IO-tagged split; a name is a run of one non-O tag."""
    out, n, k, prev = [], 0, 0, "O"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if k:
                out.append((n, k))
            n, k, prev = 0, 0, "O"
            continue
        tag = parts[-1]
        if tag != "O" and tag != prev:
            n += 1
        prev = tag
        k += 1
    if k:
        out.append((n, k))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--europeana-dir", type=Path, required=True)
    args = ap.parse_args()
    used = set()
    for f in (ROOT / "eval").glob("*.jsonl"):  # the project's own sets (no other holds Europeana)
        if f.name == THIS_SET:
            continue
        used |= {json.loads(x)["id"] for x in f.read_text(encoding="utf-8").splitlines() if x}
    for split in ("train", "dev"):
        texts = _corpus_sentences(split, args.europeana_dir)
        counts = _counts(args.europeana_dir / f"{split}.txt")
        for i, (text, (n, n_tok)) in enumerate(zip(texts, counts, strict=True)):
            sid = f"europeana_{split}:{i}"
            if sid in used or not 8 <= n_tok <= 60 or not (n >= 1 or KEYWORDS.search(text)):
                continue
            row = {"id": sid, "source": "europeana", "text": text, "date": "1880-07-01"}
            print(json.dumps({**row, "events": []}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
