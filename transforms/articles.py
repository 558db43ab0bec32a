"""Articles: normalise feed items, drop duplicates across feeds, fetch full text where needed.

An article row carries a stable ``article_id`` (from the canonical URL, else the GUID) and a
``content_hash`` over its normalised title and body: the same article seen in two feeds is one
row, an edited article (new hash) is a new version.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import apache_beam as beam
import pyarrow as pa

from geoevents.config import Settings
from geoevents.schemas import content_hash, version_key
from geoevents.transforms.deadletter import (
    COUNTS,
    DEAD_LETTER,
    NEWEST_PUBLISHED,
    count,
    counted,
    dead_letter,
    newest,
)
from geoevents.transforms.feeds import fetch_settings
from geoevents.transforms.feedtext import feed_text, item_text
from geoevents.transforms.http import Fetcher, FetchError, redact_url
from geoevents.transforms.page_text import repair
from geoevents.transforms.text import (
    canonical_url,
    clean_text,
    stable_id,
    strip_boilerplate,
    word_count,
)

FUTURE_TOLERANCE = timedelta(days=1)


class ItemError(ValueError):
    """An item that cannot become an article; ``reason`` is the dead-letter reason."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def normalise_item(item: dict[str, Any], max_body_chars: int) -> dict[str, Any]:
    """One feed item to an article row (without language); raises ItemError for bad items."""
    entry = item["entry"]
    link = (entry.get("link") or "").strip()
    guid = (entry.get("guid") or "").strip() or None
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    if not link and not guid:
        raise ItemError("missing_link", "item has neither a link nor a guid")
    try:
        url = canonical_url(link) if link else None
    except ValueError as exc:
        raise ItemError("bad_url", f"unusable link {link[:200]!r}: {exc}") from exc
    article_id = stable_id(url or f"guid:{item['feed']}:{guid}")
    patterns = tuple(item.get("boilerplate") or ())
    title = clean_text(feed_text(entry.get("title") or ""))
    summary = item_text(entry.get("summary") or "", patterns)
    content = "\n\n".join(
        t for c in entry.get("content") or [] if c and (t := item_text(c, patterns))
    )
    body = content if content.strip() else summary
    if not title and not body:
        raise ItemError("empty_item", "item has no title and no text")
    fetched_at = _parse_time(item["fetched_at"])
    if fetched_at is None:
        raise ItemError("bad_fetch_time", f"unreadable fetch time {item['fetched_at']!r}")
    published_at = _parse_time(entry.get("published_at"))
    date_from_fetch = published_at is None
    if date_from_fetch:
        count("items_date_from_fetch")
        published_at = fetched_at
    elif published_at > fetched_at + FUTURE_TOLERANCE:
        raise ItemError(
            "future_date",
            f"published {published_at.isoformat()} is after the fetch time {fetched_at.isoformat()}",
        )
    if len(body) > max_body_chars:
        count("items_body_truncated")
        body = body[:max_body_chars]
    return {
        "article_id": article_id,
        "source": item["source"],
        "feed": item["feed"],
        "feeds": [item["feed"]],
        "url": url,
        "guid": guid,
        "title": title,
        "summary": summary,
        "body": body,
        "body_source": "content" if content.strip() else "summary",
        "authors": list(entry.get("authors") or []),
        "categories": list(entry.get("categories") or []),
        "published_at": published_at,
        "updated_at": _parse_time(entry.get("updated_at")),
        "fetched_at": fetched_at,
        "fetch_pages": bool(item.get("fetch_pages")),
        "page_archive": item.get("page_archive"),
        # Not a column: the date is a guess, so the watermark must not move on it.
        "date_from_fetch": date_from_fetch,
    }


def finish_article(article: dict[str, Any], run_id: str) -> dict[str, Any]:
    """Add the content hash, word count and partition keys once the text is final."""
    article = dict(article)
    article.pop("fetch_pages", None)
    article.pop("page_archive", None)
    date_from_fetch = article.pop("date_from_fetch", False)
    # The id came from the URL as linked; what is stored (and becomes the events' SOURCEURL) is
    # the redacted form, so a token in a link never reaches a table.
    for key in ("url", "guid"):
        if article.get(key) and "://" in article[key]:
            article[key] = redact_url(article[key])
    article["content_hash"] = content_hash(article["title"], article["body"])
    article["word_count"] = word_count(article["title"] + " " + article["body"])
    article["date"] = article["published_at"].date().isoformat()
    article["run_id"] = run_id
    if not date_from_fetch:  # the watermark follows known publication times only
        newest(NEWEST_PUBLISHED, int(article["published_at"].timestamp()))
    return article


class NormaliseItemFn(beam.DoFn):
    """Feed item -> article row, or a dead letter saying why not."""

    def __init__(
        self,
        run_id: str,
        max_body_chars: int,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        self._run_id = run_id
        self._max_body_chars = max_body_chars
        self._since = since
        self._until = until

    @counted
    def process(self, item: dict[str, Any]) -> Iterator[Any]:
        try:
            article = normalise_item(item, self._max_body_chars)
        except ItemError as exc:
            count("items_dead")
            yield beam.pvalue.TaggedOutput(
                DEAD_LETTER,
                dead_letter(
                    "normalise",
                    exc.reason,
                    str(exc),
                    source=item["source"],
                    fetched_at=_parse_time(item.get("fetched_at")) or datetime.now(UTC),
                    feed=item.get("feed"),
                    url=(item.get("entry") or {}).get("link"),
                    raw=item,
                    run_id=self._run_id,
                ),
            )
            return
        published = article["published_at"]
        if (self._since and published < self._since) or (self._until and published >= self._until):
            count("items_outside_window")
            return
        if article["date_from_fetch"]:
            yield beam.pvalue.TaggedOutput(DEAD_LETTER, self._date_unknown(item, article))
        yield article

    def _date_unknown(self, item: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
        """The article is kept (dated by its fetch time); this row says the date is a guess."""
        entry = item.get("entry") or {}
        given = entry.get("published")
        return dead_letter(
            "normalise",
            "date_unknown",
            f"no readable publication date ({given!r}); the fetch time is used and the "
            "watermark ignores this article"
            if given
            else "the item has no publication date; the fetch time is used and the watermark "
            "ignores this article",
            source=article["source"],
            fetched_at=article["fetched_at"],
            feed=article["feed"],
            url=article["url"],
            article_id=article["article_id"],
            raw={"published": given, "title": entry.get("title"), "link": entry.get("link")},
            run_id=self._run_id,
        )


_PACK_CODEC = pa.Codec("zstd", compression_level=1)


def pack_row(row: dict[str, Any]) -> tuple[int, bytes]:
    """A row as compressed bytes for the de-duplication GroupByKey, which sees every article.

    A third of the size to hold (a batch runner keeps the grouping in memory) and to shuffle
    (distributed runners): 1.9 KB instead of 6.2 KB per bench article, for ~0.07 ms each.
    """
    raw = pickle.dumps(row, protocol=5)
    return len(raw), _PACK_CODEC.compress(raw, asbytes=True)


def unpack_row(packed: tuple[int, bytes]) -> dict[str, Any]:
    size, data = packed
    return pickle.loads(_PACK_CODEC.decompress(data, size, asbytes=True))


def _merge_duplicates(key_and_rows: tuple[Any, Iterable[tuple[int, bytes]]]) -> dict[str, Any]:
    """One row per (article_id, item text): the first feed by name wins, all feeds are listed."""
    _, packed = key_and_rows
    rows = [unpack_row(p) for p in packed]
    ordered = sorted(rows, key=lambda r: (r["feed"], r["fetched_at"]))
    if len(ordered) > 1:
        count("items_duplicate", len(ordered) - 1)
    merged = dict(ordered[0])
    merged["feeds"] = sorted({r["feed"] for r in ordered})
    merged["fetched_at"] = min(r["fetched_at"] for r in ordered)
    return merged


@counted
def _merge_counted(key_and_rows: tuple[Any, Iterable[tuple[int, bytes]]]) -> Iterator[Any]:
    yield _merge_duplicates(key_and_rows)


@counted
def _finish_counted(article: dict[str, Any], run_id: str) -> Iterator[Any]:
    yield finish_article(article, run_id)


class DeduplicateItems(beam.PTransform):
    """The same item from several feeds (NOS puts a story in several) becomes one article.

    Outputs: ``articles`` (main) and ``COUNTS`` (``items_duplicate``).
    """

    def expand(self, articles: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            articles
            | "KeyByItem"
            >> beam.Map(
                lambda a: (version_key(a["article_id"], a["title"], a["body"]), pack_row(a))
            )
            | "GroupDuplicates" >> beam.GroupByKey()
            | "MergeDuplicates"
            >> beam.FlatMap(_merge_counted).with_outputs(COUNTS, main="articles")
        )


def extract_main_text(page_html: str | bytes, url: str | None, title: str | None = None) -> str:
    """The article text of a page, without navigation, share buttons and footers.

    trafilatura favours recall (with precision it drops photo captions and short live-blog
    updates); ``transforms.page_text.repair`` puts back a lead kept in its own container and
    drops a repeated ``title`` and trailing link lists and social prompts.
    """
    import trafilatura  # only runs that fetch pages need it (60 ms to import)

    text = trafilatura.extract(
        page_html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    if not text:
        return ""
    return strip_boilerplate(clean_text(repair(clean_text(text), page_html, title)))


class FetchPageFn(beam.DoFn):
    """Replace a teaser with the article page's main text, for feeds with ``fetch_pages``.

    Pages come from the feed's ``page_archive`` (offline runs, backfills) or the network, only
    from hosts of configured feeds and as robots.txt allows. A failure keeps the teaser as body
    and records a dead letter (stage ``fetch_page``), so nothing is lost and the cause is visible.
    """

    def __init__(
        self,
        settings: Settings,
        allowed_hosts: frozenset[str],
        run_id: str,
        clock: Callable[[], datetime] | None = None,
        deadline: float | None = None,
    ) -> None:
        self._settings = settings
        self._allowed_hosts = allowed_hosts
        self._run_id = run_id
        self._clock = clock
        self._deadline = deadline

    def setup(self) -> None:
        kwargs = {"clock": self._clock} if self._clock else {}
        self._fetcher = Fetcher(
            fetch_settings(self._settings, self._settings.max_page_bytes), **kwargs
        )
        self._archives: dict[str, dict[str, str]] = {}

    def teardown(self) -> None:
        self._fetcher.close()

    def _archived(self, archive: str, url: str) -> bytes | None:
        if archive not in self._archives:
            index = Path(archive) / "index.json"
            self._archives[archive] = (
                json.loads(index.read_text(encoding="utf-8")) if index.is_file() else {}
            )
        name = self._archives[archive].get(url)
        if name is None:
            return None
        path = (Path(archive) / name).resolve()
        if Path(archive).resolve() not in path.parents:
            raise FetchError("bad_archive_path", url, f"archive entry {name!r} leaves the archive")
        return path.read_bytes()

    def _page(self, article: dict[str, Any]) -> bytes:
        url = article["url"]
        if article.get("page_archive"):
            archived = self._archived(article["page_archive"], url)
            if archived is not None:
                return archived
            raise FetchError("not_in_archive", url, f"{url} is not in the page archive")
        result = self._fetcher.fetch(
            url, allowed_hosts=self._allowed_hosts, check_robots=True, deadline=self._deadline
        )
        return result.body

    @counted
    def process(self, article: dict[str, Any]) -> Iterator[Any]:
        if not article.get("fetch_pages") or not article.get("url"):
            yield article
            return
        reason, error = None, ""
        try:
            text = extract_main_text(self._page(article), article["url"], article.get("title"))
            if not text:
                reason, error = "no_main_text", "the extractor found no article text on the page"
        except FetchError as exc:
            reason, error, text = exc.reason, str(exc), ""
        except Exception as exc:  # a page the extractor chokes on must not stop the run
            reason, error, text = "extract_error", f"{type(exc).__name__}: {exc}", ""
        if reason:
            count("pages_failed")
            yield beam.pvalue.TaggedOutput(
                DEAD_LETTER,
                dead_letter(
                    "fetch_page",
                    reason,
                    error,
                    source=article["source"],
                    fetched_at=article["fetched_at"],
                    feed=article["feed"],
                    url=article["url"],
                    article_id=article["article_id"],
                    run_id=self._run_id,
                ),
            )
            yield article
            return
        count("pages_fetched")
        yield {**article, "body": text[: self._settings.max_body_chars], "body_source": "page"}


class NormaliseArticlesAndFetchPages(beam.PTransform):
    """Items -> de-duplicated article rows with full text; dead letters on a tagged output.

    Not pure: for feeds with ``fetch_pages`` it downloads each article's page (``FetchPageFn``,
    network I/O under the fetch settings, robots.txt and the run deadline) between
    de-duplicating and finishing the rows. The jobs apply it under the step label
    ``NormaliseArticles``, the label it had before its rename: Dataflow's ``--update`` of a
    running streaming job and step-level monitoring match steps by label.

    Returns ``(articles, dead letters)``; once applied, ``counts`` holds the stages' counts
    (PCollections of ``(name, value)`` pairs, see ``deadletter.counted``) for a run summary
    without metrics. They are not flattened here: in a streaming job their windows differ.
    """

    counts: tuple[beam.PCollection, ...] = ()

    def __init__(
        self,
        settings: Settings,
        allowed_hosts: frozenset[str],
        run_id: str,
        since: datetime | None = None,
        until: datetime | None = None,
        clock: Callable[[], datetime] | None = None,
        new_only: beam.PTransform | None = None,
        dead_filter: beam.PTransform | None = None,
        fetches_pages: bool = True,
        deadline: float | None = None,
    ) -> None:
        """``new_only`` runs between normalising and de-duplicating (streaming drops items seen
        in earlier polls and windows there); ``dead_filter`` runs over item dead letters.
        ``fetches_pages=False`` (no feed has ``fetch_pages``) leaves out the reshuffle that
        spreads page downloads over workers: with nothing to download it would only copy
        every article through one more materialised step. ``deadline``: the run's end (epoch
        seconds); pages not fetched by then keep their teaser (dead letter ``run_deadline``)."""
        super().__init__()
        if since and until and since >= until:
            raise ValueError(
                f"--since {since.isoformat()} must be before --until {until.isoformat()}"
            )
        self._settings = settings
        self._allowed_hosts = allowed_hosts
        self._run_id = run_id
        self._since = since
        self._until = until
        self._clock = clock
        self._new_only = new_only
        self._dead_filter = dead_filter
        self._fetches_pages = fetches_pages
        self._deadline = deadline

    def expand(self, items: beam.PCollection) -> tuple[beam.PCollection, beam.PCollection]:
        normalised = items | "Normalise" >> beam.ParDo(
            NormaliseItemFn(self._run_id, self._settings.max_body_chars, self._since, self._until)
        ).with_outputs(DEAD_LETTER, COUNTS, main="articles")
        candidates = normalised.articles
        if self._new_only is not None:
            candidates = candidates | "NewOnly" >> self._new_only
        item_dead = normalised[DEAD_LETTER]
        if self._dead_filter is not None:
            item_dead = item_dead | "FilterDead" >> self._dead_filter
        deduplicated = candidates | "Deduplicate" >> DeduplicateItems()
        unique = deduplicated.articles
        if self._fetches_pages:
            unique = unique | "SpreadPages" >> beam.Reshuffle()
        paged = unique | "FetchPages" >> beam.ParDo(
            FetchPageFn(
                self._settings, self._allowed_hosts, self._run_id, self._clock, self._deadline
            )
        ).with_outputs(DEAD_LETTER, COUNTS, main="articles")
        finished = paged.articles | "Finish" >> beam.FlatMap(
            _finish_counted, self._run_id
        ).with_outputs(COUNTS, main="articles")
        dead = (item_dead, paged[DEAD_LETTER]) | "MergeDead" >> beam.Flatten()
        self.counts = (normalised[COUNTS], deduplicated[COUNTS], paged[COUNTS], finished[COUNTS])
        return finished.articles, dead
