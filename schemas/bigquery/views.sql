CREATE OR REPLACE VIEW DATASET.articles_latest AS
SELECT * EXCEPT (version_rank) FROM (
  SELECT *, ROW_NUMBER() OVER (
    PARTITION BY article_id
    ORDER BY COALESCE(updated_at, published_at) DESC, fetched_at DESC, content_hash DESC
  ) AS version_rank
  FROM DATASET.articles
) WHERE version_rank = 1;

CREATE OR REPLACE VIEW DATASET.mentions_latest AS SELECT t.* FROM DATASET.mentions t
WHERE EXISTS (SELECT 1 FROM DATASET.articles_latest a
  WHERE a.article_id = t.article_id AND a.content_hash = t.content_hash);

CREATE OR REPLACE VIEW DATASET.events_latest AS SELECT t.* FROM DATASET.events t
WHERE EXISTS (SELECT 1 FROM DATASET.articles_latest a
  WHERE a.article_id = t.article_id AND a.content_hash = t.content_hash);

CREATE OR REPLACE VIEW DATASET.event_reports AS
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
    CONCAT(COALESCE(CAST(e.sql_date AS STRING), ''), '|', COALESCE(CAST(e.actor1_code AS STRING), ''), '|', COALESCE(CAST(e.actor2_code AS STRING), ''), '|', COALESCE(CAST(e.event_code AS STRING), ''), '|', COALESCE(CAST(e.action_geo_feature_id AS STRING), '')) AS merge_key
  FROM DATASET.events_latest e
  JOIN DATASET.articles_latest a ON e.article_id = a.article_id AND e.content_hash = a.content_hash
) reports
;

CREATE OR REPLACE VIEW DATASET.events_merged AS
WITH c AS (
  SELECT merge_key,
    MIN(merged_event_id) AS global_event_id,
    MAX(is_root_event) AS is_root_event,
    CAST(SUM(CASE WHEN copy_rank = 1 THEN num_mentions ELSE 0 END) AS INTEGER) AS num_mentions,
    CAST(COUNT(DISTINCT report_source) AS INTEGER) AS num_sources,
    CAST(COUNT(DISTINCT content_hash) AS INTEGER) AS num_articles,
    AVG(CASE WHEN copy_rank = 1 THEN avg_tone END) AS avg_tone,
    MIN(merged_date_added) AS date_added
  FROM DATASET.event_reports
  GROUP BY merge_key
)
SELECT
  c.global_event_id,
  f.sql_date,
  f.month_year,
  f.year,
  f.fraction_date,
  f.actor1_code,
  f.actor1_name,
  f.actor1_country_code,
  f.actor1_known_group_code,
  f.actor1_ethnic_code,
  f.actor1_religion1_code,
  f.actor1_religion2_code,
  f.actor1_type1_code,
  f.actor1_type2_code,
  f.actor1_type3_code,
  f.actor2_code,
  f.actor2_name,
  f.actor2_country_code,
  f.actor2_known_group_code,
  f.actor2_ethnic_code,
  f.actor2_religion1_code,
  f.actor2_religion2_code,
  f.actor2_type1_code,
  f.actor2_type2_code,
  f.actor2_type3_code,
  c.is_root_event,
  f.event_code,
  f.event_base_code,
  f.event_root_code,
  f.quad_class,
  f.goldstein_scale,
  c.num_mentions,
  c.num_sources,
  c.num_articles,
  c.avg_tone,
  f.actor1_geo_type,
  f.actor1_geo_fullname,
  f.actor1_geo_country_code,
  f.actor1_geo_adm1_code,
  f.actor1_geo_adm2_code,
  f.actor1_geo_lat,
  f.actor1_geo_long,
  f.actor1_geo_feature_id,
  f.actor2_geo_type,
  f.actor2_geo_fullname,
  f.actor2_geo_country_code,
  f.actor2_geo_adm1_code,
  f.actor2_geo_adm2_code,
  f.actor2_geo_lat,
  f.actor2_geo_long,
  f.actor2_geo_feature_id,
  f.action_geo_type,
  f.action_geo_fullname,
  f.action_geo_country_code,
  f.action_geo_adm1_code,
  f.action_geo_adm2_code,
  f.action_geo_lat,
  f.action_geo_long,
  f.action_geo_feature_id,
  c.date_added,
  f.source_url
FROM c JOIN DATASET.event_reports f ON f.merge_key = c.merge_key AND f.first_rank = 1
;

CREATE OR REPLACE VIEW DATASET.event_mentions AS
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
FROM DATASET.event_reports
;
