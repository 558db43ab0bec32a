"""The whole-run budget (``settings.run_timeout``, issue 20.2) in the feed stage: feeds that trickle
their headers past the run's end, or come after it, are ``run_deadline`` dead letters. The whole
run against a trickler is in ``tests/test_hostile_feeds.py``. Bounds are generous: the tricklers
would hold a fetch for a minute."""

from __future__ import annotations

import time

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from geoevents.config import FeedSpec, Settings
from geoevents.transforms.deadletter import DEAD_LETTER
from geoevents.transforms.feeds import ReadFeeds
from tests.faultserver import FaultServer, header_trickle

TRICKLE_SECONDS = 60.0


def test_feeds_past_the_run_deadline_are_dead_letters() -> None:
    with FaultServer(
        {"/a": header_trickle(TRICKLE_SECONDS), "/b": header_trickle(TRICKLE_SECONDS)}
    ) as server:
        feeds = tuple(FeedSpec("nos", n, server.url(f"/{n}")) for n in ("a", "b"))
        settings = Settings(allow_private_hosts=("127.0.0.1",), min_host_interval=0, retries=3)
        started = time.monotonic()
        with TestPipeline() as p:
            out = p | ReadFeeds(feeds, settings, "t", deadline=time.time() + 1.0)
            assert_that(
                out[DEAD_LETTER] | beam.Map(lambda d: (d["feed"], d["stage"], d["reason"])),
                equal_to(
                    [("a", "fetch_feed", "run_deadline"), ("b", "fetch_feed", "run_deadline")]
                ),
            )
        assert time.monotonic() - started < 30
        assert server.completions("/a") == server.completions("/b") == 0
