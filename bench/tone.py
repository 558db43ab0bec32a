"""Tone against hand ratings: 80 real UD Alpino dev newspaper sentences rated -2..+2 by a reader
who did not see the lexicon (``eval/tone_rated.jsonl``), and the scorer's speed.

    python bench/tone.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoevents.tone import load_lexicon, score  # noqa: E402

RATED = Path(__file__).resolve().parents[1] / "eval" / "tone_rated.jsonl"


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb)


def main() -> None:
    rows = [json.loads(x) for x in RATED.read_text(encoding="utf-8").splitlines() if x.strip()]
    lexicon = load_lexicon()
    tones = [score(r["text"], lexicon).tone for r in rows]
    gold = [float(r["tone"]) for r in rows]
    signed = [(t, g) for t, g in zip(tones, gold) if g != 0]
    agree = sum(1 for t, g in signed if t * g > 0)
    hit = sum(1 for t in tones if t != 0)
    texts = [r["text"] for r in rows] * 250
    start = time.process_time()
    for t in texts:
        score(t, lexicon)
    per_s = len(texts) / (time.process_time() - start)
    print(f"sentences {len(rows)}, with a lexicon word {hit}")
    print(f"Spearman rho (tone vs hand rating) {spearman(tones, gold):.3f}")
    print(f"sign agreement on rated-non-neutral sentences {agree}/{len(signed)}")
    print(f"speed {per_s:,.0f} sentences per CPU second")


if __name__ == "__main__":
    main()
