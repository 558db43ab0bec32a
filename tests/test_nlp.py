"""AnnotateDutch as a Beam transform: mentions, events and dead letters from article rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from geoevents.transforms.deadletter import DEAD_LETTER
from geoevents.transforms.nlp import EVENTS, MENTIONS, AnnotateDutch
from tests.rows import row


def article(article_id: str, title: Any, body: Any) -> dict[str, Any]:
    return row(
        "articles", article_id=article_id, title=title, body=body, run_id="r1", feed="nos-algemeen"
    )


def annotate(model: str, articles: list[dict[str, Any]], check: dict[str, Any]) -> None:
    """Run AnnotateDutch over ``articles`` and apply ``check[tag]`` to each tagged output."""
    with TestPipeline() as pipeline:
        outputs = pipeline | beam.Create(articles) | AnnotateDutch(model, "r1", batch_size=2)
        for tag, matcher in check.items():
            assert_that(outputs[tag], matcher, label=f"check {tag}")


def test_entities_events_and_a_failed_article_as_dead_letter(embedded_model: Path) -> None:
    articles = [
        article("a1", "Rutte in Kyiv", "Rutte ontmoette president Zelensky in Kyiv."),
        article("a2", None, 12345),  # not text: spaCy refuses it, the article becomes a dead letter
        article("a3", "Weer", "Het regent morgen in het hele land."),
    ]

    def mentions(rows: list[dict[str, Any]]) -> None:
        found = {(r["article_id"], r["text"], r["label"]) for r in rows}
        assert ("a1", "Rutte", "PER") in found and ("a1", "Zelensky", "PER") in found
        assert {r["article_id"] for r in rows} <= {"a1", "a3"}
        assert all(r["model"].startswith("nl_geoevents-") for r in rows)

    def events(rows: list[dict[str, Any]]) -> None:
        assert rows and {(r["article_id"], r["event_root_code"]) for r in rows} == {("a1", "04")}

    def dead(rows: list[dict[str, Any]]) -> None:
        assert [(r["stage"], r["article_id"], r["reason"]) for r in rows] == [
            ("nlp", "a2", "ValueError")
        ]

    annotate(str(embedded_model), articles, {MENTIONS: mentions, EVENTS: events, DEAD_LETTER: dead})


def test_a_bare_role_takes_the_feeds_home_country_and_is_counted(embedded_model: Path) -> None:
    """ "het kabinet" in a NOS item is the Dutch cabinet (the registry's ``country: NLD``); the
    guess is counted, and an item from a feed without a country codes nothing for it."""
    from apache_beam.metrics.metric import MetricsFilter

    articles = [
        article("a1", "Defensie", "Het kabinet stuurt F-16's naar Roemenië."),
        {**article("a2", "Defensie", "Het kabinet stuurt F-16's naar Roemenië."), "feed": "other"},
    ]
    pipeline = TestPipeline()
    outputs = (
        pipeline
        | beam.Create(articles)
        | AnnotateDutch(str(embedded_model), "r1", 2, {"nos-algemeen": "NLD"})
    )
    assert_that(
        outputs[EVENTS] | beam.Map(lambda r: (r["article_id"], r["actor1_code"], r["actor2_code"])),
        equal_to([("a1", "NLDGOV", "ROM")]),
    )
    result = pipeline.run()
    result.wait_until_finish()
    counters = result.metrics().query(MetricsFilter().with_name("nlp_events_actor_from_feed"))
    assert sum(c.committed for c in counters["counters"]) == 1


@pytest.fixture(scope="module")
def ner_only_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An entity ruler and nothing else: no parser, no sentence boundaries."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Rutte"}])
    path = tmp_path_factory.mktemp("models") / "ner_only"
    nlp.to_disk(path)
    return str(path)


def test_a_pipeline_without_parser_gives_mentions_and_no_events(ner_only_model: str) -> None:
    """Mentions need no sentence boundaries (the whole text is sentence 0); events need a parse."""
    articles = [article("a1", "Rutte", "Rutte sprak. Daarna sprak Rutte weer.")]
    annotate(
        ner_only_model,
        articles,
        {
            MENTIONS: lambda rows: equal_to(
                [("a1", 0, "Rutte"), ("a1", 0, "Rutte"), ("a1", 0, "Rutte")]
            )([(r["article_id"], r["sentence_index"], r["text"]) for r in rows]),
            EVENTS: equal_to([]),
            DEAD_LETTER: equal_to([]),
        },
    )
