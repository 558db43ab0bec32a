"""Event rows: the coder's per-sentence event mentions, folded into GDELT-layout rows.

Within one article version the same (date, actor1, actor2, event code) is one event whose
``num_mentions`` counts the sentences that report it; the first mention's evidence offsets are
kept. Dates come from the article (GDELT's SQLDATE is the event day; we use the publication day in
UTC, as the guidelines resolve actor roles at that date).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from geoevents.schemas import EVENTS
from geoevents.transforms.text import stable_id

_ACTOR_KEYS = (
    "code",
    "name",
    "country_code",
    "known_group_code",
    "ethnic_code",
    "religion1_code",
    "religion2_code",
    "type1_code",
    "type2_code",
    "type3_code",
)
_GEO_KEYS = (
    "geo_type",
    "geo_fullname",
    "geo_country_code",
    "geo_adm1_code",
    "geo_adm2_code",
    "geo_lat",
    "geo_long",
    "geo_feature_id",
)


def global_event_id(*parts: str) -> int:
    """A positive int64 from the event's identity, the same on every rerun."""
    return int(stable_id(*parts, length=16), 16) & 0x7FFF_FFFF_FFFF_FFFF


def date_added(published_at: datetime) -> int:
    """GDELT's DATEADDED (YYYYMMDDHHMMSS, UTC): the 15-minute slot of publication."""
    slot = published_at.replace(minute=published_at.minute - published_at.minute % 15, second=0)
    return int(slot.strftime("%Y%m%d%H%M%S"))


def event_rows(
    article: dict[str, Any],
    mentions: list[dict[str, Any]],
    model: str,
    sentences: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Fold coder mentions of one article into event rows matching ``schemas.EVENTS``.

    ``sentences`` are the texts of the article's sentences (``nlp_text`` split as the coder split
    it); the row's ``sentence`` is the one at its ``sentence_index`` (null if not given).
    """
    published: datetime = article["published_at"]
    day = published.date()
    sql_date = int(day.strftime("%Y%m%d"))
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for mention in mentions:
        key = (mention["actor1_code"] or "", mention["actor2_code"] or "", mention["event_code"])
        grouped.setdefault(key, []).append(mention)
    rows = []
    for (actor1, actor2, code), group in sorted(grouped.items()):
        group.sort(key=lambda m: (m["sentence_index"], m.get("action_start_char") or 0))
        first = group[0]
        row: dict[str, Any] = {
            "global_event_id": global_event_id(
                article["article_id"], article["content_hash"], str(sql_date), actor1, actor2, code
            ),
            "sql_date": sql_date,
            "month_year": sql_date // 100,
            "year": day.year,
            "fraction_date": round(day.year + (day.month * 30 + day.day) / 365, 4),
        }
        for side in ("actor1", "actor2"):
            for key in _ACTOR_KEYS:
                row[f"{side}_{key}"] = first.get(f"{side}_{key}")
        row.update(
            is_root_event=int(any(m.get("is_root_event") for m in group)),
            event_code=code,
            event_base_code=first["event_base_code"],
            event_root_code=first["event_root_code"],
            quad_class=int(first["quad_class"]),
            goldstein_scale=float(first["goldstein_scale"]),
            num_mentions=len(group),
            num_sources=1,
            num_articles=1,
            avg_tone=article.get("avg_tone"),
        )
        for side in ("actor1", "actor2", "action"):
            # filled by transforms.geo (null when the article was not geocoded)
            for key in _GEO_KEYS:
                row[f"{side}_{key}"] = first.get(f"{side}_{key}")
        row.update(
            date_added=date_added(published),
            source_url=article.get("url"),
            article_id=article["article_id"],
            content_hash=article["content_hash"],
            sentence_index=first["sentence_index"],
            sentence_indexes=sorted({m["sentence_index"] for m in group}),
            sentence=(
                sentences[first["sentence_index"]]
                if 0 <= first["sentence_index"] < len(sentences)
                else None
            ),
            actor1_start_char=first.get("actor1_start_char"),
            actor1_end_char=first.get("actor1_end_char"),
            actor2_start_char=first.get("actor2_start_char"),
            actor2_end_char=first.get("actor2_end_char"),
            action_start_char=first.get("action_start_char"),
            action_end_char=first.get("action_end_char"),
            predicate_lemma=first.get("predicate_lemma"),
            confidence=max(int(m.get("confidence") or 0) for m in group) or None,
            coder_version=first["coder_version"],
            model=model,
            run_id=article["run_id"],
            source=article["source"],
            date=article["date"],
        )
        rows.append(EVENTS.row(**row))
    return rows
