"""Property tests: whatever a feed or an item holds, parsing and normalising never crash, and the
rows that come out match the table schemas."""

from __future__ import annotations

from datetime import datetime, timezone
from xml.sax.saxutils import escape

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.schemas.tables import ARTICLES, DEAD_LETTERS
from geoevents.transforms.articles import ItemError, finish_article, normalise_item
from geoevents.transforms.deadletter import dead_letter
from geoevents.transforms.feeds import parse_feed
from geoevents.transforms.sink import rows_to_table

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
maybe_date = st.one_of(
    st.none(),
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.just(timezone.utc),
    ).map(lambda d: d.isoformat()),
    text,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_parse_feed_never_crashes_on_arbitrary_bytes(body: bytes) -> None:
    items, problem = parse_feed(body)
    assert isinstance(items, list) and (problem is None or isinstance(problem, str))


@settings(max_examples=100, deadline=None)
@given(title=text, description=text, link=text, date=text)
def test_parse_feed_handles_any_item_text(
    title: str, description: str, link: str, date: str
) -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><item>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(description)}</description><pubDate>{escape(date)}</pubDate>"
        "</item></channel></rss>"
    ).encode("utf-8", errors="replace")
    items, _ = parse_feed(body)
    for item in items:
        assert set(item) >= {"title", "link", "guid", "summary", "published_at"}


@settings(max_examples=200, deadline=None)
@given(
    title=st.one_of(st.none(), text),
    summary=st.one_of(st.none(), text),
    link=st.one_of(st.none(), text, st.just("https://nos.nl/artikel/1")),
    guid=st.one_of(st.none(), text),
    published=maybe_date,
)
def test_normalised_items_are_schema_valid_articles_or_item_errors(
    title: str | None,
    summary: str | None,
    link: str | None,
    guid: str | None,
    published: str | None,
) -> None:
    item = {
        "source": "nos",
        "feed": "f",
        "fetch_pages": False,
        "page_archive": None,
        "fetched_at": "2024-01-01T00:00:00+00:00",
        "entry": {
            "title": title,
            "link": link,
            "guid": guid,
            "summary": summary,
            "content": [],
            "published_at": published,
            "updated_at": None,
            "authors": [],
            "categories": [],
        },
    }
    try:
        article = normalise_item(item, 5000)
    except ItemError as exc:
        row = dead_letter(
            "normalise",
            exc.reason,
            str(exc),
            source="nos",
            fetched_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
            raw=item,
        )
        assert rows_to_table([row], DEAD_LETTERS).num_rows == 1
        return
    row = finish_article(article, "run") | {"language": "nl", "language_score": 1.0}
    table = rows_to_table([row], ARTICLES)
    assert table.schema.equals(ARTICLES.schema, check_metadata=False)
    assert table.num_rows == 1 and isinstance(table, pa.Table)
