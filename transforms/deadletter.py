"""Dead letters: every input a stage cannot handle becomes a row, never a silent drop.

Stages emit dead letters on the tagged output ``DEAD_LETTER`` and count them per
``<stage>.<reason>`` in the ``geoevents`` metrics namespace, so the run summary can reconcile what
was read with what was written.

Counts also travel as data: a DoFn method or generator wrapped in ``counted`` emits what ``count``
and ``newest`` recorded while it ran as ``(name, value)`` pairs on the tagged output ``COUNTS``.
The batch job sums them into its run summary, so the summary does not depend on a runner's
metrics (Beam's DaskRunner has none; others report only attempted values).
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from geoevents.schemas import DEAD_LETTERS
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
    "nlp_events_actor_from_feed",  # events with a bare role given the feed's home country
    "nlp_coder_trees_restored",  # sentences coded on the parser's tree (a repair made a cycle)
    "nlp_coder_sentences_skipped",  # sentences the coder skipped after an internal error
    "nlp_coder_articles_skipped",  # articles with a tree the coder could not walk
)


#: Tagged output of ``counted`` DoFns: ``(name, value)`` pairs, summed per name, except the
#: names in ``MAXIMA``, of which the largest value counts.
COUNTS = "counts"
#: Newest known publication time (epoch seconds) of the run's articles: the next watermark.
NEWEST_PUBLISHED = "published_at_epoch_max"
MAXIMA = frozenset({NEWEST_PUBLISHED})
_TALLY = threading.local()


def _tally(name: str, value: int) -> None:
    tally = getattr(_TALLY, "open", None)
    if tally is None:
        return
    if name in MAXIMA:
        tally[name] = max(tally.get(name, value), value)
    else:
        tally[name] = tally.get(name, 0) + value


def count(name: str, value: int = 1) -> None:
    """Increment a run counter (shown in the run summary)."""
    Metrics.counter(NAMESPACE, name).inc(value)
    _tally(name, value)


def newest(name: str, value: int) -> None:
    """Record a maximum (``NEWEST_PUBLISHED``), as a Beam distribution and on ``COUNTS``."""
    Metrics.distribution(NAMESPACE, name.removesuffix("_max")).update(value)
    _tally(name, value)


def _swap_tally(tally: dict[str, int] | None) -> dict[str, int] | None:
    """Open ``tally`` on this thread; returns the one open before. (A module function, so a
    ``counted`` method of a class pickled by value never drags the thread-local along.)"""
    outer = getattr(_TALLY, "open", None)
    _TALLY.open = tally
    return outer


def counted(process: Callable[..., Any]) -> Callable[..., Iterator[Any]]:
    """Wrap a ``process`` method (or a FlatMap generator): what it counts also leaves as data.

    The tally is open only while the wrapped generator runs, never while a runner hands its
    outputs on to a fused downstream stage on the same thread, so each count lands exactly once.
    After the element's outputs come its counts, as ``(name, value)`` on ``COUNTS``.
    """

    @functools.wraps(process)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        tally: dict[str, int] = {}
        outer = _swap_tally(tally)
        try:  # a plain function (not a generator) does its work here
            outputs = iter(process(*args, **kwargs) or ())
        finally:
            _swap_tally(outer)
        while True:
            outer = _swap_tally(tally)
            try:
                output = next(outputs)
            except StopIteration:
                break
            finally:
                _swap_tally(outer)
            yield output
        for name, value in sorted(tally.items()):
            yield beam.pvalue.TaggedOutput(COUNTS, (name, value))

    return wrapper


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
    fetched_at: datetime,
    feed: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    raw: Any = None,
    run_id: str = "",
) -> dict[str, Any]:
    """Build a dead-letter row and count it. The id is stable so reruns do not duplicate it.

    ``fetched_at``: when the failed input was fetched (the partition date is its UTC day), not
    when the stage failed.
    """
    url = redact_url(url) if url else url
    raw_text = _raw_text(raw)
    stable_raw = (
        _raw_text({k: v for k, v in raw.items() if k not in VOLATILE})
        if isinstance(raw, dict)
        else raw_text
    )
    key = "\x1f".join([stage, reason, feed or "", url or "", article_id or "", stable_raw or ""])
    # Metrics only: the batch summary counts dead letters from the rows themselves.
    Metrics.counter(NAMESPACE, "dead_letters").inc()
    Metrics.counter(NAMESPACE, f"dead_letters.{stage}.{reason}").inc()
    return DEAD_LETTERS.row(
        dead_letter_id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:24],
        stage=stage,
        reason=reason,
        error=redact_text(error)[:2000],
        feed=feed,
        url=url,
        article_id=article_id,
        raw=raw_text,
        fetched_at=fetched_at,
        run_id=run_id,
        source=source,
        date=fetched_at.date().isoformat(),
    )
