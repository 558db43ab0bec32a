"""The coder's events on one sentence as (actor1, root, actor2) triples, for the rule tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def root_triples(nlp, coder, text: str, date: str) -> set[tuple]:
    """Code ``text`` as an article of ``date`` (ISO) and keep actor codes and CAMEO roots."""
    rows = coder.code_doc(nlp(text), dt.date.fromisoformat(date))
    return {(r["actor1_code"], r["event_root_code"], r["actor2_code"]) for r in rows}


def triples_at(default_date: str) -> Callable[..., set[tuple]]:
    """``root_triples`` with a default article date (each test file writes for one period)."""

    def codes(nlp, coder, text: str, date: str = default_date) -> set[tuple]:
        return root_triples(nlp, coder, text, date)

    return codes


def event_triples(nlp, coder, text: str, date: dt.date, feed_country: str | None = None) -> set:
    """Code ``text`` (its paragraphs parsed apart, as the pipeline parses an article) as an article
    of ``date`` from a feed with home country ``feed_country``; keep actor codes and full CAMEO
    event codes."""
    from geoevents.model import parse_article

    rows = coder.code_doc(parse_article(nlp, text + "\n\n"), date, feed_country=feed_country)
    return {(r["actor1_code"], r["event_code"], r["actor2_code"]) for r in rows}


def event_codes(nlp, coder, text: str, date: dt.date) -> set[str]:
    """The full CAMEO codes ``event_triples`` finds in ``text``."""
    return {c for _, c, _ in event_triples(nlp, coder, text, date)}
