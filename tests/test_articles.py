"""Articles: items become clean, de-duplicated article rows; bad items become dead letters."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from geoevents.config import Settings
from geoevents.transforms.articles import (
    ItemError,
    NormaliseArticlesAndFetchPages,
    extract_main_text,
    normalise_item,
    pack_row,
    unpack_row,
)
from geoevents.transforms.feeds import parse_feed
from tests.conftest import SAMPLES

FETCHED = "2023-11-16T06:00:00+00:00"


def item(feed: str = "nosnieuwsalgemeen", **entry) -> dict:
    base = {
        "title": "Titel",
        "link": "https://nos.nl/artikel/1-titel?utm_source=rss",
        "guid": "https://nos.nl/artikel/1-titel",
        "summary": "<p>Tekst van het artikel.</p>",
        "content": [],
        "published_at": "2023-11-15T22:14:00+00:00",
        "updated_at": None,
        "authors": [],
        "categories": [],
    }
    base.update(entry)
    return {
        "source": "nos",
        "feed": feed,
        "feed_url": "x",
        "fetch_pages": False,
        "page_archive": None,
        "index": 0,
        "fetched_at": FETCHED,
        "entry": base,
    }


def test_nos_seed_item_becomes_an_article_without_boilerplate() -> None:
    entries, _ = parse_feed((SAMPLES / "nos-nieuwsalgemeen.xml").read_bytes())
    article = normalise_item({**item(), "entry": entries[0]}, 200_000)
    assert article["published_at"] == datetime(2023, 11, 15, 22, 14, tzinfo=UTC)
    assert article["body"].startswith("Xi Jinping en Joe Biden\n\nDe Amerikaanse president Biden")
    assert "Deel artikel" not in article["body"] and "Ster.nl" not in article["body"]
    assert article["body"].endswith("waaraan beide leiders ook deelnemen.")


def test_article_id_is_stable_across_tracking_parameters() -> None:
    a = normalise_item(item(link="https://nos.nl/artikel/1-titel?utm_source=rss"), 1000)
    b = normalise_item(item(link="https://NOS.nl/artikel/1-titel#reacties"), 1000)
    assert a["article_id"] == b["article_id"]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ({"link": None, "guid": None}, "missing_link"),
        ({"title": "", "summary": ""}, "empty_item"),
        ({"published_at": "2031-01-01T00:00:00+00:00"}, "future_date"),
        ({"link": "http://[::1", "guid": None}, "bad_url"),
    ],
)
def test_bad_items_raise_with_a_reason(entry: dict, reason: str) -> None:
    with pytest.raises(ItemError) as info:
        normalise_item(item(**entry), 1000)
    assert info.value.reason == reason


def test_missing_date_falls_back_to_fetch_time() -> None:
    article = normalise_item(item(published_at=None), 1000)
    assert article["published_at"].isoformat() == FETCHED


def test_nrc_page_main_text_drops_navigation_and_footer() -> None:
    html = (SAMPLES / "pages" / "nrc-a4160851.html").read_bytes()
    text = extract_main_text(html, "https://www.nrc.nl/nieuws/x")
    assert text.startswith("Was het de Siberische zalm?")
    assert text.endswith("nog geen rode lijnen overschreden.")
    for junk in ("Word abonnee", "Cookie", "Deel dit artikel", "Alle rechten"):
        assert junk not in text


def test_normalise_articles_merges_duplicates_and_dead_letters_bad_items(tmp_path: Path) -> None:
    archive = tmp_path / "pages"
    archive.mkdir()
    (archive / "p.html").write_bytes((SAMPLES / "pages" / "nrc-a4160851.html").read_bytes())
    (archive / "index.json").write_text(json.dumps({"https://www.nrc.nl/nieuws/a": "p.html"}))
    nrc = item(feed="nrc", link="https://www.nrc.nl/nieuws/a", guid=None, summary="<p>Teaser</p>")
    nrc.update(source="nrc", fetch_pages=True, page_archive=str(archive))
    nrc_missing = item(
        feed="nrc", link="https://www.nrc.nl/nieuws/b", guid=None, title="Ander stuk"
    )
    nrc_missing.update(source="nrc", fetch_pages=True, page_archive=str(archive))
    items = [item(), item(feed="nosnieuwsbuitenland"), item(link=None, guid=None), nrc, nrc_missing]
    with TestPipeline() as p:
        articles, dead = (
            p
            | beam.Create(items)
            | NormaliseArticlesAndFetchPages(Settings(), frozenset({"www.nrc.nl"}), "t")
        )
        assert_that(
            articles
            | beam.Map(
                lambda a: (
                    a["feed"],
                    tuple(a["feeds"]),
                    a["body_source"],
                    a["body"][:12],
                    a["date"],
                )
            ),
            equal_to(
                [
                    (
                        "nosnieuwsalgemeen",
                        ("nosnieuwsalgemeen", "nosnieuwsbuitenland"),
                        "summary",
                        "Tekst van he",
                        "2023-11-15",
                    ),
                    ("nrc", ("nrc",), "page", "Was het de S", "2023-11-15"),
                    ("nrc", ("nrc",), "summary", "Tekst van he", "2023-11-15"),
                ]
            ),
            label="articles",
        )
        assert_that(
            dead | beam.Map(lambda d: (d["stage"], d["reason"])),
            equal_to([("normalise", "missing_link"), ("fetch_page", "not_in_archive")]),
            label="dead",
        )


def test_window_filters_on_publication_time() -> None:
    since = datetime(2023, 11, 16, tzinfo=UTC)
    with TestPipeline() as p:
        articles, _ = (
            p
            | beam.Create(
                [item(), item(link="https://nos.nl/2", published_at="2023-11-16T08:00:00+00:00")]
            )
            | NormaliseArticlesAndFetchPages(Settings(), frozenset(), "t", since=since)
        )
        assert_that(articles | beam.Map(lambda a: a["url"]), equal_to(["https://nos.nl/2"]))


def test_scripts_styles_and_handlers_in_a_feed_description_never_reach_the_text() -> None:
    rss = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
    <item><title>Titel</title><link>https://nos.nl/artikel/2-x</link>
    <pubDate>Wed, 15 Nov 2023 22:14:00 +0100</pubDate>
    <description><![CDATA[<p onclick="steal()">Eerste alinea.</p><script>track('x')</script>
    <style>p{color:red}</style><iframe src="https://evil.example/"></iframe><p>Tweede.</p>]]>
    </description></item></channel></rss>"""
    entries, problem = parse_feed(rss)
    assert problem is None
    article = normalise_item({**item(), "entry": entries[0]}, 1000)
    assert article["body"] == "Eerste alinea.\n\nTweede."


def test_articles_wait_for_deduplication_compressed_and_come_back_unchanged() -> None:
    # The de-duplication GroupByKey holds every article of a run on a batch runner.
    body = " ".join(
        f"Het kabinet sprak op dag {i} over de begroting en de NAVO." for i in range(60)
    )
    article = normalise_item(item(summary=f"<p>{body}</p>"), 200_000)
    size, packed = pack_row(article)
    assert len(packed) * 3 < len(body.encode())
    restored = unpack_row((size, packed))
    assert restored == article
    assert restored["fetched_at"].tzinfo is not None
