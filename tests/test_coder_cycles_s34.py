"""A parse repair that would make a cycle costs its sentence's repairs, never the article's
events, and what the coder gave up on is counted (thirty-fourth session). Trees are built by
hand, so the cases do not depend on what the shipped parser does with them."""

from __future__ import annotations

import datetime as dt

import numpy as np
import spacy
from spacy.attrs import HEAD
from spacy.tokens import Doc

from geoevents.transforms.coder.repair_arrays import (
    COLUMNS,
    has_cycle,
    restore_cyclic_sentences,
)
from geoevents.transforms.coder.repairs_names import phrase_after_pronominal_adverb

# "De directie roept de leden op om daartoe tegen woordig te zijn." as the parser read a real
# 1857 notice: "zijn" (copula) hangs on "woordig", which hangs on the main verb
WORDS = "De directie roept de leden op om daartoe tegen woordig te zijn .".split()
POS = "DET NOUN VERB DET NOUN ADP ADP ADV ADP NOUN ADP AUX PUNCT".split()
DEPS = "det nsubj ROOT det obj compound:prt mark fixed case advmod mark cop punct".split()
HEADS = [1, 2, 2, 4, 2, 2, 9, 6, 9, 2, 9, 9, 2]


def _doc(words=WORDS, pos=POS, deps=DEPS, heads=HEADS) -> Doc:
    return Doc(spacy.blank("nl").vocab, words=words, pos=pos, deps=deps, heads=heads)


def test_the_adverb_repair_never_hangs_a_phrase_below_itself() -> None:
    """The phrase before "te" would be hung on the infinitive, which hangs on the phrase."""
    doc = _doc()
    phrase_after_pronominal_adverb(doc, {"daartoe"})
    assert not has_cycle(doc.to_array([HEAD]))
    assert doc[9].head.i == 2


def test_a_cycle_gives_back_the_parser_tree_of_its_sentence_only() -> None:
    """Two sentences; a repair changed both, and left a cycle in the second: the second gets
    the parser's tree back, the first keeps its repair."""
    words = [*"Rusland valt Oekraïne aan .".split(), *"Kyiv vraagt hulp .".split()]
    pos = "PROPN VERB PROPN ADP PUNCT PROPN VERB NOUN PUNCT".split()
    deps = "nsubj ROOT obj compound:prt punct nsubj ROOT obj punct".split()
    heads = [1, 1, 1, 1, 1, 6, 6, 6, 6]
    doc = _doc(words, pos, deps, heads)
    block = doc.to_array(list(COLUMNS))
    doc[2].dep_ = "obl"  # a repair in the first sentence
    doc[6].head = doc[7]  # a cycle in the second: vraagt -> hulp -> vraagt
    doc[7].head = doc[6]
    assert has_cycle(doc.to_array([HEAD]))
    assert restore_cyclic_sentences(doc, block) == 1
    assert not has_cycle(doc.to_array([HEAD]))
    assert doc[2].dep_ == "obl"
    assert [t.head.i for t in doc[5:]] == [6, 6, 6, 6]
    assert np.array_equal(doc.to_array([HEAD])[5:], block[5:, COLUMNS.index(HEAD)])


def test_the_coder_codes_an_article_whose_repairs_made_a_cycle(nlp, coder, monkeypatch) -> None:
    """A repair that makes a cycle in one sentence: the article's other events stay, and the
    restored sentence is counted in ``notes``."""
    from geoevents.model import parse_articles
    from geoevents.transforms.coder import repair_sequence

    real = repair_sequence.trailing_negation_to_verb

    def cycle_in_last_sentence(doc) -> int:
        changed = real(doc)
        last = next(t for t in doc if t.text == "weer").sent
        root = last.root
        child = next(t for t in last if t.head.i == root.i and t.i != root.i)
        root.head = child  # root <-> child
        return changed + 1

    monkeypatch.setattr(repair_sequence, "trailing_negation_to_verb", cycle_in_last_sentence)
    text = "Rusland viel gisteren Oekraïne aan.\n\nHet weer was goed in Parijs.\n\n"
    doc = list(parse_articles(nlp, [text]))[0]
    coder.strict = False
    notes: dict[str, int] = {}
    try:
        rows = coder.code_doc(doc, dt.date(2024, 3, 1), notes=notes)
    finally:
        coder.strict = True
    assert notes == {"coder_trees_restored": 1}
    assert any(r["actor1_code"].startswith("RUS") and r["event_root_code"] == "19" for r in rows)


def test_the_pipeline_counts_and_shows_sentences_coded_without_repairs(
    embedded_model, monkeypatch
) -> None:
    """Through the Beam stage: the restored sentence is a run counter, shown in the summary."""
    import apache_beam as beam
    from apache_beam.metrics.metric import MetricsFilter
    from apache_beam.testing.test_pipeline import TestPipeline
    from apache_beam.testing.util import assert_that, equal_to

    from geoevents.cli import format_summary
    from geoevents.transforms.coder import repair_sequence
    from geoevents.transforms.nlp import EVENTS, AnnotateDutch
    from tests.test_nlp import article

    real = repair_sequence.trailing_negation_to_verb

    def cycle_in_weather_sentence(doc) -> int:
        found = next((t for t in doc if t.text == "weer"), None)
        if found is None:
            return real(doc)
        root = found.sent.root
        child = next(t for t in found.sent if t.head.i == root.i and t.i != root.i)
        root.head = child
        return real(doc) + 1

    monkeypatch.setattr(repair_sequence, "trailing_negation_to_verb", cycle_in_weather_sentence)
    articles = [article("a1", "Oorlog", "Rusland viel gisteren Oekraïne aan. Het weer was goed.")]
    pipeline = TestPipeline()
    outputs = pipeline | beam.Create(articles) | AnnotateDutch(str(embedded_model), "r1", 2, {})
    assert_that(
        outputs[EVENTS] | beam.Map(lambda r: (r["actor1_code"][:3], r["event_root_code"])),
        equal_to([("RUS", "19")]),
    )
    result = pipeline.run()
    result.wait_until_finish()
    found = result.metrics().query(MetricsFilter().with_name("nlp_coder_trees_restored"))
    restored = sum(c.committed for c in found["counters"])
    assert restored == 1
    summary = {
        "feeds_read": 1, "feeds_failed": 0, "feeds_not_modified": 0, "items_read": 1,
        "items_duplicate": 0, "items_dead": 0, "items_outside_window": 0, "articles": 1,
        "articles_dutch": 1, "articles_not_dutch": 0, "pages_fetched": 0, "pages_failed": 0,
        "nlp_documents": 1, "nlp_failed": 0, "mentions": 2, "events": 1, "dead_letters": 0,
        "dead_letters_by_reason": {}, "nlp_coder_trees_restored": restored, "reconciles": True,
        "seconds": 1.0,
    }  # fmt: skip
    assert "1 sentences coded without parse repairs" in format_summary("r1", "out", summary)
