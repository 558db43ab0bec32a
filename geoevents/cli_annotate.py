"""Records of ``geoevents annotate`` (the entry point, split from ``cli.py`` by concern): reading JSON lines one by one, checking a record, and
annotating it with the pipeline's own language, NER and event stages."""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, BinaryIO


def utc(value: str) -> datetime:
    """ISO date or datetime; naive values are UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO date or time (e.g. 2023-11-15 or 2023-11-15T12:00:00+01:00)"
        ) from exc
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_jsonl(handle: BinaryIO) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line number, record or None, problem) per non-blank line: one bad line (not UTF-8, not
    JSON, a bad field) is reported with its number and the lines after it still count."""
    for number, raw in enumerate(handle, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None, f"line {number}: not UTF-8 text"
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"line {number}: not JSON ({exc.msg})"
            continue
        problem = record_problem(record)
        if problem:
            yield number, None, f"line {number}: {problem}"
            continue
        yield number, record, ""


def record_problem(record: Any) -> str:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return "needs an object with a string 'text'"
    for key in ("title", "source", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"{key!r} must be a string, got {record[key]!r}"
    if record.get("date"):
        try:
            utc(str(record["date"]))
        except argparse.ArgumentTypeError:
            return f"'date' {record['date']!r} is not an ISO date or time (e.g. 2023-11-15)"
    country = record.get("feed_country")
    if country is not None and country not in cameo_countries():
        return f"'feed_country' {country!r} is not a CAMEO country code (e.g. NLD, BEL)"
    return ""


@functools.cache
def cameo_countries() -> frozenset[str]:
    """The country codes the event coder knows (its actor-code table)."""
    from geoevents.transforms.coder.dictionaries import DATA_DIR, FILES, load_actor_codes

    return frozenset(load_actor_codes(DATA_DIR / FILES["actor_codes"]).countries)


def annotate_record(
    record: dict[str, Any],
    stages: set[str],
    annotator: Any,
    detector: Any,
    feed_country: str | None = None,
) -> dict[str, Any]:
    """One JSONL record -> language, entities and events (the events-table columns);
    ``feed_country`` (a record's own ``feed_country`` first) is the home country of its
    outlet, as a feed's config names it for ``geoevents run``."""
    from geoevents.model import parse_article
    from geoevents.schemas import content_hash
    from geoevents.transforms.nlp import annotate_doc, nlp_text
    from geoevents.transforms.text import stable_id

    title = record.get("title") or ""
    text = record["text"]
    out: dict[str, Any] = {"id": record.get("id")}
    if "language" in stages:
        result = detector.detect(f"{title}\n\n{text}")
        out["language"], out["language_score"] = result.language, round(result.score, 4)
    if not stages & {"ner", "events"}:
        return out
    published = utc(str(record.get("date") or date.today().isoformat()))
    article = {
        "article_id": str(record.get("id") or stable_id(text)),
        "content_hash": content_hash(title, text),
        "title": title,
        "body": text,
        "url": record.get("url"),
        "source": record.get("source") or "unknown",
        "published_at": published,
        "date": published.date().isoformat(),
        "run_id": "annotate",
    }
    doc = parse_article(annotator.nlp, nlp_text(article))
    country = record.get("feed_country") or feed_country
    mentions, events = annotate_doc(annotator, article, doc, country)
    if "ner" in stages:
        out["entities"] = [
            {k: m[k] for k in ("start_char", "end_char", "text", "label", "actor_code")}
            for m in mentions
        ]
    if "events" in stages:
        out["events"] = [
            {k: v for k, v in e.items() if k not in ("source", "date", "run_id")} for e in events
        ]
    return out
