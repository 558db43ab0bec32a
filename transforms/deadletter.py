"""Dead letters: every input a stage cannot handle becomes a row, never a silent drop.

Stages emit dead letters on the tagged output ``DEAD_LETTER`` and count them per
``<stage>.<reason>`` in the ``geoevents`` metrics namespace, so the run summary can reconcile what
was read with what was written.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from apache_beam.metrics import Metrics

from geoevents.urls import redact_text, redact_url

DEAD_LETTER = "dead_letter"
NAMESPACE = "geoevents"
RAW_LIMIT = 100_000
VOLATILE = frozenset({"fetched_at", "run_id"})  # left out of the id, so reruns find the same row
#: Counters of things a run changed or guessed without dropping anything: not dead letters, but
#: shown in the run summary and manifest so they are never silent.
NOTE_COUNTERS = (
    "items_field_truncated",
    "items_body_truncated",
    "items_date_from_fetch",
)


def count(name: str, value: int = 1) -> None:
    """Increment a run counter (shown in the run summary)."""
    Metrics.counter(NAMESPACE, name).inc(value)


def _raw_text(raw: Any) -> str | None:
    """The raw input as text, URLs redacted (a feed's or item's URLs may carry credentials)."""
    if raw is None:
        return None
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", errors="replace")
    elif isinstance(raw, str):
        text = raw
    else:
        text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
    text = redact_text(text)
    if len(text) > RAW_LIMIT:
        text = text[:RAW_LIMIT] + f"... [truncated, {len(text)} chars]"
    return text


def dead_letter(
    stage: str,
    reason: str,
    error: str,
    *,
    source: str,
    occurred_at: datetime,
    feed: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    raw: Any = None,
    run_id: str = "",
) -> dict[str, Any]:
    """Build a dead-letter row and count it. The id is stable so reruns do not duplicate it."""
    url = redact_url(url) if url else url
    raw_text = _raw_text(raw)
    stable_raw = (
        _raw_text({k: v for k, v in raw.items() if k not in VOLATILE})
        if isinstance(raw, dict)
        else raw_text
    )
    key = "\x1f".join([stage, reason, feed or "", url or "", article_id or "", stable_raw or ""])
    count("dead_letters")
    count(f"dead_letters.{stage}.{reason}")
    return {
        "dead_letter_id": hashlib.sha256(key.encode("utf-8")).hexdigest()[:24],
        "stage": stage,
        "reason": reason,
        "error": redact_text(error)[:2000],
        "feed": feed,
        "url": url,
        "article_id": article_id,
        "raw": raw_text,
        "occurred_at": occurred_at,
        "run_id": run_id,
        "source": source,
        "date": occurred_at.date().isoformat(),
    }
