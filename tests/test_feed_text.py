"""Feed text and dates as real feeds send them (issue 17.3 and 17.4): double-escaped entities,
trailing read-more links, a feed's own furniture as registry data, and localized dates."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from geoevents.config import ConfigError, load_registry
from geoevents.transforms.articles import normalise_item
from geoevents.transforms.dates import parse_date
from geoevents.transforms.feeds import parse_feed
from geoevents.transforms.feedtext import item_text

FETCHED = "2024-03-20T12:00:00+00:00"


def feed(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def entry(title: str, description: str, date: str = "Wed, 13 Mar 2024 10:00:00 +0100") -> str:
    return (
        f"<item><title>{title}</title><link>https://nu.nl/a/{abs(hash(title))}</link>"
        f"<description>{description}</description><pubDate>{date}</pubDate></item>"
    )


def article(raw: bytes, boilerplate: tuple[str, ...] = ()) -> dict:
    items, problem = parse_feed(raw)
    assert problem is None
    row = {"source": "nu", "feed": "nu", "fetched_at": FETCHED, "entry": items[0]}
    return normalise_item({**row, "boilerplate": list(boilerplate)}, 200_000)


def test_double_escaped_entities_are_decoded_until_stable() -> None:
    raw = feed(
        entry(
            "Koken &amp;amp; theater",
            "<![CDATA[<p>Koken &amp;amp; theater in &amp;amp;quot;De Kleine Komedie&amp;amp;quot;.</p>]]>",
        )
    )
    got = article(raw)
    assert got["title"] == "Koken & theater"
    assert got["body"] == 'Koken & theater in "De Kleine Komedie".'


def test_markup_escaped_twice_becomes_text_not_tags() -> None:
    got = article(feed(entry("Kop", "&amp;lt;p&amp;gt;Het kabinet valt.&amp;lt;/p&amp;gt;")))
    assert got["body"] == "Het kabinet valt."


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            '<p>The cabinet fell on Tuesday.</p> <a href="https://www.theguardian.com/x">Continue reading...</a>',
            "The cabinet fell on Tuesday.",
        ),
        ("<p>Het kabinet is gevallen. Lees verder »</p>", "Het kabinet is gevallen."),
        (
            "<p>Het kabinet is gevallen.</p><p><a href='/x'>Lees meer</a></p>",
            "Het kabinet is gevallen.",
        ),
        ("Het kabinet is gevallen... Lees meer op NU.nl", "Het kabinet is gevallen..."),
        ("Het kabinet is gevallen. Lees meer » Lees verder", "Het kabinet is gevallen."),
        ("Lang. " * 2_000 + "Lees verder", ("Lang. " * 2_000).rstrip()),  # a long body
        # Not a link: the words inside a sentence stay.
        (
            "Wie veel leest, lees meer boeken dan ooit.",
            "Wie veel leest, lees meer boeken dan ooit.",
        ),
    ],
)
def test_trailing_read_more_links_are_stripped(html: str, text: str) -> None:
    assert item_text(html) == text


def test_a_feeds_own_boilerplate_patterns_come_from_the_registry(tmp_path: Path) -> None:
    pattern = r"The post .* appeared first on .*\."
    path = tmp_path / "feeds.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "feeds": [
                    {
                        "source": "nu",
                        "name": "nu",
                        "url": "https://nu.nl/rss",
                        "boilerplate": [pattern],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    spec = load_registry(str(path)).feeds[0]
    assert spec.boilerplate == (pattern,)
    raw = feed(
        entry(
            "Kabinet",
            "<![CDATA[<p>Het kabinet is gevallen.</p><p>The post Kabinet appeared first on NU.nl.</p>]]>",
        )
    )
    assert article(raw, spec.boilerplate)["body"] == "Het kabinet is gevallen."
    assert "appeared first" in article(raw)["body"]  # only where the feed asks for it


@pytest.mark.parametrize("bad", ["[unclosed", "", 3, ["x"] * 51, "x" * 501])
def test_bad_boilerplate_patterns_fail_validation(tmp_path: Path, bad: object) -> None:
    patterns = bad if isinstance(bad, list) else [bad]
    path = tmp_path / "feeds.yaml"
    feed_entry = {"source": "nu", "name": "nu", "url": "https://nu.nl/rss", "boilerplate": patterns}
    path.write_text(yaml.safe_dump({"feeds": [feed_entry]}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"feeds\[0\]\.boilerplate"):
        load_registry(str(path))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("di 12 mrt 2024", datetime(2024, 3, 12, tzinfo=UTC)),
        ("dinsdag 12 maart 2024 14:05:00 +0100", datetime(2024, 3, 12, 13, 5, tzinfo=UTC)),
        ("zo 3 okt 2021 08:00 CEST", datetime(2021, 10, 3, 6, 0, tzinfo=UTC)),
        ("Seg, 24 Set 2018 10:00:00 -0300", datetime(2018, 9, 24, 13, 0, tzinfo=UTC)),
        ("Di, 12. März 2024 14:05", datetime(2024, 3, 12, 14, 5, tzinfo=UTC)),
        ("mar. 12 mars 2024 à 14h05", datetime(2024, 3, 12, 14, 5, tzinfo=UTC)),
        ("martes, 12 de marzo de 2024 14:05 CET", datetime(2024, 3, 12, 13, 5, tzinfo=UTC)),
        ("lun, 23 gen 2023 09:30:00 +0100", datetime(2023, 1, 23, 8, 30, tzinfo=UTC)),
        ("fre 12 maj 2023", datetime(2023, 5, 12, tzinfo=UTC)),
        ("geen datum", None),
        ("31 feb 2024", None),
        ("12 foo 2024", None),
    ],
)
def test_localized_dates_parse_dutch_first_then_european(text: str, expected) -> None:
    assert parse_date(text) == expected


def test_a_feed_item_with_a_localized_date_keeps_its_date() -> None:
    got = article(feed(entry("Kabinet", "tekst", date="di 12 mrt 2024 10:00:00 +0100")))
    assert got["published_at"] == datetime(2024, 3, 12, 9, 0, tzinfo=UTC)
    assert got["date_from_fetch"] is False
    unknown = article(feed(entry("Kabinet", "tekst", date="geen datum")))
    assert unknown["date_from_fetch"] is True
    assert unknown["published_at"] == datetime.fromisoformat(FETCHED)
