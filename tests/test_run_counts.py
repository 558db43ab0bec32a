"""Counts as data: what a ``counted`` stage counts leaves on its COUNTS output, exactly once."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from geoevents.pipelines.batch import TallyFn, run_values
from geoevents.transforms.deadletter import COUNTS, NEWEST_PUBLISHED, count, counted, newest


@counted
def outer(x: int):
    count("outer")
    yield x
    count("outer_after")


@counted
def inner(x: int):
    count("inner", x)
    yield x


def test_counts_follow_the_outputs_and_never_leak_into_a_suspended_stage() -> None:
    results = []
    for output in outer(1):
        # a fused downstream stage runs while outer is suspended at its yield
        if not isinstance(output, beam.pvalue.TaggedOutput):
            results.extend(inner(5))
        results.append(output)
    tagged = [(o.tag, o.value) for o in results if isinstance(o, beam.pvalue.TaggedOutput)]
    assert tagged == [(COUNTS, ("inner", 5)), (COUNTS, ("outer", 1)), (COUNTS, ("outer_after", 1))]


def test_count_outside_a_counted_stage_is_metrics_only() -> None:
    count("loose")  # no tally open: nothing to emit, nothing raised


def test_counts_on_a_pipeline_sum_and_keep_the_newest() -> None:
    class Stage(beam.DoFn):
        @counted
        def process(self, x: int):
            count("seen")
            newest(NEWEST_PUBLISHED, x)
            yield x

    with TestPipeline() as p:
        out = p | beam.Create([3, 9, 4]) | beam.ParDo(Stage()).with_outputs(COUNTS, main="main")
        assert_that(out.main, equal_to([3, 9, 4]), label="main")
        totals = out[COUNTS] | beam.CombineGlobally(TallyFn()).without_defaults()
        assert_that(totals, equal_to([{"seen": 3, NEWEST_PUBLISHED: 9}]), label="totals")


def test_nlp_counts_are_the_stages_own_and_absent_means_zero() -> None:
    """Nothing is derived from the dead letters: a lost NLP count shows as a summary that does
    not reconcile, not as one that holds by construction."""
    values = run_values({"articles_dutch": 5, "dead_letters.nlp.ValueError": 1})
    assert values["nlp_failed"] == 0 and values["nlp_documents"] == 0
    counted_run = run_values({"articles_dutch": 5, "nlp_documents": 4, "nlp_failed": 1})
    assert counted_run["nlp_documents"] == 4 and counted_run["nlp_failed"] == 1
