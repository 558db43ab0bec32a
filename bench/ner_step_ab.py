"""Cost of the name-type step's heading and boundary parts (geoevents/name_headings.py,
geoevents/name_bounds.py): the whole NLP pipeline over benchmark feed articles with the step as
shipped and with those two parts off (``fix_types(headings=False, bounds=False)``, which also
leaves out the opening-word rule of the heading part; the rest of the step runs both ways),
interleaved passes, medians. Both variants share one loaded pipeline and change no module state:
the pipeline runs up to the step, then the step's variant and the paragraph-break step.

    python bench/ner_step_ab.py "bench/data/n800/*.xml" 300 4
"""

from __future__ import annotations

import glob
import re
import statistics
import sys
import time
from collections.abc import Callable

import feedparser
from spacy.tokens import Doc

from geoevents.model import load_pipeline
from geoevents.name_types import NAME_TYPES, fix_types

texts = []
for f in sorted(glob.glob(sys.argv[1])):
    for e in feedparser.parse(f).entries:
        body = e.get("content", [{}])[0].get("value") if e.get("content") else e.get("summary", "")
        body = re.sub(r"<[^>]+>", "\n", body or "")
        texts.append(e.get("title", "") + "\n\n" + body)
texts = texts[: int(sys.argv[2])]
nlp = load_pipeline()
tail = nlp.pipe_names[nlp.pipe_names.index(NAME_TYPES) :]  # the step, then paragraph breaks
step, after = nlp.get_pipe(NAME_TYPES), [nlp.get_pipe(n) for n in tail[1:]]


def step_off(doc: Doc) -> Doc:
    """The shipped step without its heading and boundary parts."""
    if doc.ents:
        ents, changes = fix_types(
            doc, step.lex, step.matcher, headings=False, bounds=False, rules=step.rules
        )
        if changes:
            doc.ents = ents
    return doc


def run(last: Callable[[Doc], Doc]) -> None:
    for doc in nlp.pipe(texts, batch_size=32, disable=tail):
        for proc in (last, *after):
            doc = proc(doc)


words = sum(len(t.split()) for t in texts)
variants = {"on": step, "off": step_off}
res: dict[str, list[float]] = {"on": [], "off": []}
list(nlp.pipe(texts[:20]))
for p in range(int(sys.argv[3])):
    for name in ("on", "off") if p % 2 == 0 else ("off", "on"):
        t0 = time.perf_counter()
        run(variants[name])
        res[name].append(time.perf_counter() - t0)
on, off = statistics.median(res["on"]), statistics.median(res["off"])
print(
    f"{len(texts)} articles, {words} words; medians on {on:.2f} s, off {off:.2f} s; "
    f"ratio off/on {off / on:.3f}; words/s on {words / on:.0f}"
)
