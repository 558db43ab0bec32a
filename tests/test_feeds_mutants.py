"""Feeds: what the third mutation pass (issue 21) found unchecked: parser crashes (the date
survivor is a case of ``test_feeds.py::test_an_updated_item_keeps_its_publication_time_and_guid``)."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from geoevents.config import FeedSpec, Settings
from geoevents.transforms.deadletter import COUNTS, DEAD_LETTER
from geoevents.transforms.feeds import ReadFeeds
from tests.faultserver import FaultServer

BROKEN = (
    # A character reference beyond Unicode: feedparser's lenient parser raises ValueError on it
    # (kurtmckee/feedparser#599) instead of flagging the feed as malformed.
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
    b"<title>Bericht &#1114112;</title><link>https://example.org/kapot</link></item>"
    b"</channel></rss>"
)
GOOD = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
    b"<title>Kabinet presenteert plannen</title><link>https://example.org/goed</link>"
    b"<pubDate>Wed, 15 Nov 2023 10:00:00 +0100</pubDate></item></channel></rss>"
)


def test_a_feed_the_parser_chokes_on_is_a_dead_letter_and_the_other_feeds_are_read() -> None:
    """A feed body that makes feedparser raise is one failed feed, a ``parse_error`` dead letter
    with its raw body, not a crashed run (mutation survivors: the ``return`` after the
    ``parse_error`` dead letter deleted crashed the run; the dead letter itself deleted dropped
    the feed silently, uncounted)."""
    routes = {
        "/kapot.xml": (200, {"Content-Type": "application/rss+xml"}, BROKEN),
        "/goed.xml": (200, {"Content-Type": "application/rss+xml"}, GOOD),
    }
    with FaultServer(routes) as server:
        feeds = (
            FeedSpec(source="nos", name="kapot", url=server.url("/kapot.xml")),
            FeedSpec(source="nos", name="goed", url=server.url("/goed.xml")),
        )
        settings = Settings(allow_private_hosts=("127.0.0.1",), min_host_interval=0, retries=0)
        wanted = {"feeds_read", "feeds_failed", "feeds_empty", "items_read"}
        with TestPipeline() as p:
            out = p | ReadFeeds(feeds, settings, run_id="t")
            assert_that(
                out.items | beam.Map(lambda i: (i["feed"], i["entry"]["title"])),
                equal_to([("goed", "Kabinet presenteert plannen")]),
                label="items",
            )
            assert_that(
                out[DEAD_LETTER]
                | beam.Map(
                    lambda d: (d["feed"], d["stage"], d["reason"], "&#1114112;" in d["raw"])
                ),
                equal_to([("kapot", "parse_feed", "parse_error", True)]),
                label="dead",
            )
            totals = out[COUNTS] | beam.Filter(lambda kv: kv[0] in wanted) | beam.CombinePerKey(sum)
            assert_that(
                totals,
                equal_to([("feeds_read", 2), ("feeds_failed", 1), ("items_read", 1)]),
                label="counts",
            )
