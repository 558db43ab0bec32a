"""The geocoder's and the tone scorer's cost next to NLP and the coder: CPU seconds on the
benchmark feed.

    python bench/geo_cost.py [--n 200]

Parses ``--n`` benchmark articles (``bench/data/n<N>``, generated if missing) with the embedded
model, codes them, then times ``Geocoder.locate`` and ``geoevents.tone.score`` alone. Goal (issue
18): geo + tone <= 5% of NLP.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from bench.throughput import ensure_feeds, pipeline_articles
    from geoevents.tone import load_lexicon, score
    from geoevents.transforms.geo import Geocoder
    from geoevents.transforms.nlp import load_annotator, nlp_text

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    n = ap.parse_args().n
    arts = pipeline_articles(ensure_feeds(n))[:n]
    ann = load_annotator(None)
    t = time.process_time()
    geo = Geocoder()
    load = time.process_time() - t
    t = time.process_time()
    docs = list(ann.nlp.pipe((nlp_text(a) for a in arts), batch_size=32))
    nlp_s = time.process_time() - t
    t = time.process_time()
    coded = [ann.coder.code_doc(d, a["published_at"].date()) for a, d in zip(arts, docs)]
    coder_s = time.process_time() - t
    t = time.process_time()
    for d, c in zip(docs, coded):
        geo.locate(d, c)
    geo_s = time.process_time() - t
    lexicon = load_lexicon()
    t = time.process_time()
    for a in arts:
        score(f"{a['title']}\n\n{a['body']}", lexicon)
    tone_s = time.process_time() - t
    print(
        f"{len(arts)} articles, {sum(map(len, coded))} events; CPU s: NLP {nlp_s:.2f}, "
        f"coder {coder_s:.2f}, geocoder {geo_s:.3f} ({100 * geo_s / nlp_s:.2f}% of NLP), "
        f"tone {tone_s:.3f} ({100 * tone_s / nlp_s:.2f}%), together "
        f"{100 * (geo_s + tone_s) / nlp_s:.2f}% of NLP; gazetteer load {load:.2f}"
    )


if __name__ == "__main__":
    main()
