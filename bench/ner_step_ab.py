"""Cost of the name-type step's heading and boundary rules (geoevents/name_headings.py,
geoevents/name_bounds.py): the whole NLP pipeline over benchmark feed articles with the rules on
and off (the rest of the step runs both ways), interleaved passes, medians.

    python bench/ner_step_ab.py "bench/data/n800/*.xml" 300 4
"""

import glob
import re
import statistics
import sys
import time

import feedparser

import geoevents.name_types as NT
from geoevents.model import load_pipeline

texts = []
for f in sorted(glob.glob(sys.argv[1])):
    for e in feedparser.parse(f).entries:
        body = e.get("content", [{}])[0].get("value") if e.get("content") else e.get("summary", "")
        body = re.sub(r"<[^>]+>", "\n", body or "")
        texts.append(e.get("title", "") + "\n\n" + body)
texts = texts[: int(sys.argv[2])]
nlp = load_pipeline()
words = sum(len(t.split()) for t in texts)
on = (NT.heading_drops, NT.bound_fixes)
off = (lambda doc, ents, table, lex=None: [], lambda doc, ents, table: [])
res = {"on": [], "off": []}
list(nlp.pipe(texts[:20]))
for p in range(int(sys.argv[3])):
    for name, (h, b) in (("on", on), ("off", off)) if p % 2 == 0 else (("off", off), ("on", on)):
        NT.heading_drops, NT.bound_fixes = h, b
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=32))
        res[name].append(time.perf_counter() - t0)
print(
    f"{len(texts)} articles, {words} words; medians on {statistics.median(res['on']):.2f} s, off {statistics.median(res['off']):.2f} s; ratio off/on {statistics.median(res['off']) / statistics.median(res['on']):.3f}; words/s on {words / statistics.median(res['on']):.0f}"
)
