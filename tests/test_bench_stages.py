"""``bench/stages.py`` times the NLP stage as the pipeline runs it: its per-component loop gives
the Docs ``geoevents.model.parse_articles`` gives (paragraphs parsed apart, joined, document
steps on the joined Doc), so the coder's share is measured on what the pipeline codes."""

from __future__ import annotations

from bench.stages import Clock, nlp_batch
from geoevents.model import parse_articles


def _view(doc) -> tuple:
    return (
        doc.text,
        [(t.i, t.head.i, t.dep_, t.pos_) for t in doc],
        [(s.start, s.end) for s in doc.sents],
        [(e.start, e.end, e.label_) for e in doc.ents],
    )


def test_the_benchmark_parses_as_the_pipeline_does(nlp) -> None:
    texts = [
        "Wethouder Karel Kampen trad af\n\nVolgens Kampen was er geen steun meer in de raad.",
        "Rusland valt Oekraïne aan\n\nPoetin sprak gisteren in Moskou.\n\nKyiv reageerde.",
        "Eén alinea zonder titel over de Navo in Brussel.",
    ]
    clock = Clock()
    timed = nlp_batch(nlp, texts, 16, clock)
    assert [_view(d) for d in timed] == [_view(d) for d in parse_articles(nlp, texts)]
    assert clock.seconds["nlp: join paragraphs"] > 0
    assert {f"nlp: {name}" for name in nlp.pipe_names} <= set(clock.seconds)
