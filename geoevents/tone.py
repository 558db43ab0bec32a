"""GDELT-style tone of a Dutch text: the share of positive minus the share of negative words.

As GDELT's V2 tone fields: ``tone`` = (positive - negative) / words x 100 (-100..+100),
``positive_score`` and ``negative_score`` the two shares in percent, ``polarity`` their sum.
Words are counted on the lower-cased word forms of the text against ``data/tone_nl.tsv`` (Pattern's
Dutch adjectives, PDDL, plus news nouns and verbs written for this project; rebuilt by
``training/tone/build_lexicon.py``). No negation or intensity handling, as GDELT's tone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@dataclass(frozen=True)
class Tone:
    tone: float
    positive_score: float
    negative_score: float
    polarity: float
    words: int


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict[str, int]:
    """Word form -> +1 or -1, read once per process."""
    if path is None:
        text = resources.files("geoevents").joinpath("data/tone_nl.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    lexicon = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, sign, _source = line.split("\t")
        lexicon[word] = 1 if int(sign) > 0 else -1
    return lexicon


def score(text: str, lexicon: dict[str, int] | None = None) -> Tone | None:
    """Tone of ``text``; None when it has no words (nothing to measure)."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    words = WORD.findall(text.lower())
    if not words:
        return None
    positive = negative = 0
    for w in words:
        sign = lexicon.get(w)
        if sign is None:
            continue
        if sign > 0:
            positive += 1
        else:
            negative += 1
    n = len(words)
    pos, neg = 100.0 * positive / n, 100.0 * negative / n
    return Tone(round(pos - neg, 4), round(pos, 4), round(neg, 4), round(pos + neg, 4), n)
