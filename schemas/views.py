"""Warehouse views over the events table, in SQL that DuckDB and BigQuery both run.

``events_merged`` is GDELT's Event table: the same event reported by several articles and sources
is one row. The merge key is (day, actor1, actor2, event code, ActionGeo feature), as GDELT's
deduplication; ``num_mentions`` sums the sentences that report it, ``num_articles`` counts the
distinct texts and ``num_sources`` the outlets, so a syndicated copy (the same title and body in
another feed or outlet: the same ``content_hash``) adds no mentions and no article, only its
outlet; ``source_url`` is the first article's (earliest publication), as GDELT's SOURCEURL.
``event_mentions`` is GDELT's Mentions table: one row per article that reports a merged event,
with where in the article (sentence, offsets) and how sure the coder was. Both read
``event_reports`` (one view: merge key, copy rank, merged id), so the merge is defined once.

Both read the ``*_latest`` views, so an edited article counts once. ``{p}`` is the table prefix:
empty in DuckDB, ``DATASET.`` in BigQuery (``schemas/bigquery/views.sql``).
"""

from __future__ import annotations

from geoevents.schemas.tables import EVENTS, GDELT_EVENT_COLUMNS

GDELT_COLUMNS = EVENTS.columns[:GDELT_EVENT_COLUMNS]
MERGE_KEY = ("sql_date", "actor1_code", "actor2_code", "event_code", "action_geo_feature_id")
# Columns of the merged row computed over all its reports; the rest come from the first report.
AGGREGATED = (
    "global_event_id",
    "is_root_event",
    "num_mentions",
    "num_sources",
    "num_articles",
    "avg_tone",
    "date_added",
)


def _key_sql(alias: str) -> str:
    parts = ", '|', ".join(f"COALESCE(CAST({alias}.{c} AS STRING), '')" for c in MERGE_KEY)
    return f"CONCAT({parts})"


def event_reports_sql(p: str = "") -> str:
    """CREATE VIEW statement for ``event_reports``: every per-article event row of the latest
    versions with its outlet, its merge key, the merged event's id and date, and whether it is
    a syndicated copy (the same text reported earlier under another URL). Both views below
    read it."""
    return f"""CREATE OR REPLACE VIEW {p}event_reports AS
SELECT *,
  ROW_NUMBER() OVER (
    PARTITION BY merge_key, content_hash ORDER BY report_published_at, article_id
  ) AS copy_rank,
  ROW_NUMBER() OVER (
    PARTITION BY merge_key ORDER BY report_published_at, article_id
  ) AS first_rank,
  MIN(global_event_id) OVER (PARTITION BY merge_key) AS merged_event_id,
  MIN(date_added) OVER (PARTITION BY merge_key) AS merged_date_added
FROM (
  SELECT e.*, a.source AS report_source, a.published_at AS report_published_at,
    {_key_sql("e")} AS merge_key
  FROM {p}events_latest e
  JOIN {p}articles_latest a ON e.article_id = a.article_id AND e.content_hash = a.content_hash
) reports
"""


def merged_events_sql(p: str = "") -> str:
    """CREATE VIEW statement for ``events_merged`` (GDELT's 61 columns in GDELT order)."""
    columns = ",\n  ".join(f"c.{col}" if col in AGGREGATED else f"f.{col}" for col in GDELT_COLUMNS)
    return f"""CREATE OR REPLACE VIEW {p}events_merged AS
WITH c AS (
  SELECT merge_key,
    MIN(merged_event_id) AS global_event_id,
    MAX(is_root_event) AS is_root_event,
    CAST(SUM(CASE WHEN copy_rank = 1 THEN num_mentions ELSE 0 END) AS INTEGER) AS num_mentions,
    CAST(COUNT(DISTINCT report_source) AS INTEGER) AS num_sources,
    CAST(COUNT(DISTINCT content_hash) AS INTEGER) AS num_articles,
    AVG(CASE WHEN copy_rank = 1 THEN avg_tone END) AS avg_tone,
    MIN(merged_date_added) AS date_added
  FROM {p}event_reports
  GROUP BY merge_key
)
SELECT
  {columns}
FROM c JOIN {p}event_reports f ON f.merge_key = c.merge_key AND f.first_rank = 1
"""


def event_mentions_sql(p: str = "") -> str:
    """CREATE VIEW statement for ``event_mentions`` (GDELT's Mentions fields, snake case)."""
    return f"""CREATE OR REPLACE VIEW {p}event_mentions AS
SELECT
  merged_event_id AS global_event_id,
  merged_date_added AS event_time_date,
  date_added AS mention_time_date,
  1 AS mention_type,
  report_source AS mention_source_name,
  source_url AS mention_identifier,
  sentence_index + 1 AS sentence_id,
  actor1_start_char AS actor1_char_offset,
  actor2_start_char AS actor2_char_offset,
  action_start_char AS action_char_offset,
  confidence,
  avg_tone AS mention_doc_tone,
  copy_rank > 1 AS is_syndicated_copy,
  num_mentions AS mentions_in_article,
  sentence,
  article_id,
  content_hash,
  global_event_id AS article_event_id
FROM {p}event_reports
"""


__all__ = ["MERGE_KEY", "event_mentions_sql", "event_reports_sql", "merged_events_sql"]
