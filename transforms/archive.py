"""Backfill: read article archives (JSONL or Parquet dumps) as feed items.

An archive record needs a ``url`` and a publication time (``published``, ``published_at``,
``date`` or ``pubDate``: ISO text or epoch seconds), plus ``title`` and the content as ``html``
(a whole page: main text extracted with trafilatura), ``content``/``text`` (plain text or an
HTML fragment) or ``summary``. ``source`` is taken from the record, else from the URL's host.
Records become the same item rows that ``ReadFeeds`` emits, so backfills run through exactly the
same stages into the same partitions; files are read in parallel.
"""

from __future__ import annotations

import glob
import html
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import apache_beam as beam
import pyarrow.parquet as pq

from geoevents.transforms.articles import extract_main_text
from geoevents.transforms.deadletter import COUNTS, DEAD_LETTER, count, counted, dead_letter
from geoevents.transforms.feeds import ITEMS
from geoevents.transforms.sink import safe_source

ARCHIVE_FEED = "archive"
UNKNOWN_SOURCE = "unknown"
_TIME_KEYS = ("published_at", "published", "pubDate", "date", "datetime")
_HOST_SOURCES = {"nos.nl": "nos", "nrc.nl": "nrc"}


class ArchiveError(ValueError):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def archive_files(pattern: str) -> list[str]:
    """Expand a file, folder or glob into the archive files to read (sorted, deterministic)."""
    path = Path(pattern).expanduser()
    if path.is_dir():
        found = [
            str(p) for p in sorted(path.rglob("*")) if p.suffix in (".jsonl", ".parquet", ".json")
        ]
    else:
        found = sorted(glob.glob(str(path)))
    return [f for f in found if Path(f).is_file()]


def _time(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        parsed = datetime.fromtimestamp(float(value), tz=UTC)
    else:
        try:
            parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError as exc:
            raise ArchiveError("bad_date", f"unreadable publication time {value!r}") from exc
    parsed = parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return parsed.isoformat()


def source_for(url: str, record_source: Any) -> str:
    if isinstance(record_source, str) and record_source.strip():
        return record_source.strip().lower()
    host = (urlparse(url).hostname or "").removeprefix("www.")
    return _HOST_SOURCES.get(host, host.split(".")[0] or "unknown")


def record_to_item(record: dict[str, Any], fetched_at: str, index: int) -> dict[str, Any]:
    """One archive record -> an item row like ReadFeeds emits (raises ArchiveError)."""
    url = record.get("url") or record.get("link")
    if not isinstance(url, str) or not url.strip():
        raise ArchiveError("missing_link", "archive record has no url")
    source = source_for(url, record.get("source"))
    if not safe_source(source):
        # It becomes a folder name: one bad record must not stop the whole backfill.
        raise ArchiveError(
            "bad_source",
            f"source {source!r} (from the record or the URL's host) must be 1-64 lowercase "
            "letters, digits, '-' or '_', starting with a letter or digit",
        )
    published = next(
        (_time(record[k]) for k in _TIME_KEYS if record.get(k) not in (None, "")), None
    )
    page = record.get("html")
    if isinstance(page, str) and page.strip():
        text = extract_main_text(page, url)
        content = ["".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))] if text else []
    else:
        raw = record.get("content") or record.get("text") or ""
        content = (
            [raw if "<" in raw else "".join(f"<p>{html.escape(p)}</p>" for p in raw.split("\n\n"))]
            if raw
            else []
        )
    return {
        "source": source,
        "feed": ARCHIVE_FEED,
        "feed_url": "archive",
        "fetch_pages": False,
        "page_archive": None,
        "index": index,
        "fetched_at": fetched_at,
        "entry": {
            "title": record.get("title"),
            "link": url,
            "guid": record.get("guid") or record.get("id"),
            "summary": record.get("summary") or record.get("description"),
            "content": content,
            "published": published,
            "published_at": published,
            "updated_at": _time(record.get("updated_at")) if record.get("updated_at") else None,
            "authors": list(record.get("authors") or []),
            "categories": list(record.get("categories") or []),
        },
    }


def iter_records(path: str) -> Iterator[tuple[dict[str, Any] | None, str]]:
    """Records of one file; a line that is not a JSON object yields (None, problem)."""
    if path.endswith(".parquet"):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
            for record in batch.to_pylist():
                yield record, ""
        return
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield None, f"{path}:{number}: not JSON ({exc.msg})"
                continue
            if not isinstance(record, dict):
                yield None, f"{path}:{number}: not a JSON object"
                continue
            yield record, ""


class ReadArchiveFileFn(beam.DoFn):
    def __init__(self, run_id: str, fetched_at: datetime) -> None:
        self._run_id = run_id
        self._fetched_at = fetched_at

    @counted
    def process(self, path: str) -> Iterator[Any]:
        count("archive_files_read")
        fetched = self._fetched_at.isoformat()
        for index, (record, problem) in enumerate(iter_records(path)):
            count("items_read")
            try:
                if record is None:
                    raise ArchiveError("bad_record", problem)
                yield record_to_item(record, fetched, index)
            except ArchiveError as exc:
                count("items_dead")
                url = record.get("url") if isinstance(record, dict) else None
                source = source_for(url, None) if isinstance(url, str) else UNKNOWN_SOURCE
                yield beam.pvalue.TaggedOutput(
                    DEAD_LETTER,
                    dead_letter(
                        "read_archive",
                        exc.reason,
                        str(exc),
                        source=source if safe_source(source) else UNKNOWN_SOURCE,
                        fetched_at=self._fetched_at,
                        feed=ARCHIVE_FEED,
                        url=url if isinstance(url, str) else None,
                        raw=record if record is not None else problem,
                        run_id=self._run_id,
                    ),
                )


class ReadArchive(beam.PTransform):
    """Archive files -> item rows (main output) and dead letters, read in parallel."""

    def __init__(self, files: list[str], run_id: str, fetched_at: datetime) -> None:
        super().__init__()
        if not files:
            raise ValueError("ReadArchive needs at least one archive file")
        self._files = files
        self._run_id = run_id
        self._fetched_at = fetched_at

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.pvalue.DoOutputsTuple:
        return (
            pbegin
            | "ArchiveFiles" >> beam.Create(self._files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "ReadRecords"
            >> beam.ParDo(ReadArchiveFileFn(self._run_id, self._fetched_at)).with_outputs(
                DEAD_LETTER, COUNTS, main=ITEMS
            )
        )
