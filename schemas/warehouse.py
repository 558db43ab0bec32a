"""DuckDB views over the Parquet tables: the embedded warehouse behind ``geoevents query``.

Views are named after the tables (``articles``, ``mentions``, ``events``, ``dead_letters``);
``*_latest`` views keep only the newest version of each article and the mentions and events of
that version, so an edited article is never double-counted. ``events_gdelt`` exposes the 61
GDELT 2.0 Event columns under GDELT's own names for joins with GDELT exports. ``events_merged``
(and ``events_merged_gdelt`` under GDELT's names) merges one event across articles and sources,
``event_mentions`` lists its reports, as GDELT's Event and Mentions tables (``schemas/views.py``).
Files written before a column rename (``Table.renamed``) read under the new name.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from geoevents.paths import escape_glob
from geoevents.schemas.tables import (
    EVENTS,
    GDELT_EVENT_COLUMNS,
    PARTITION_COLUMNS,
    TABLES,
    Table,
)
from geoevents.schemas.views import event_mentions_sql, event_reports_sql, merged_events_sql

GDELT_NAMES = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID "
    "DATEADDED SOURCEURL"
).split()
assert len(GDELT_NAMES) == GDELT_EVENT_COLUMNS

LATEST_ARTICLES = """
CREATE OR REPLACE VIEW articles_latest AS
SELECT * EXCLUDE (version_rank) FROM (
  SELECT *, row_number() OVER (
    PARTITION BY article_id
    ORDER BY coalesce(updated_at, published_at) DESC, fetched_at DESC, content_hash DESC
  ) AS version_rank
  FROM articles
) WHERE version_rank = 1
"""


def _table_sql(output: Path, name: str) -> str:
    folder = output / name
    if any(folder.glob("source=*/date=*/part-*.parquet")):
        # The output folder is literal (DuckDB would expand a "*" or "[" in it, reading the
        # tables of neighbouring folders); only the partition part is a pattern.
        pattern = escape_glob(str(folder)) + "/source=*/date=*/part-*.parquet"
        pattern = pattern.replace("'", "''")
        return f"SELECT * FROM read_parquet('{pattern}', hive_partitioning = true, union_by_name = true)"
    return ""


def _current_sql(con: duckdb.DuckDBPyConnection, table: Table, sql: str) -> str:
    """``sql`` (all of a table's files) in the table's current columns: where files written
    before a column rename are among them, the old column is read under its new name (both
    kinds of file: ``coalesce(new, old)``), in the contract's order."""
    if not table.renamed:
        return sql
    names = {row[0] for row in con.execute(f"DESCRIBE {sql}").fetchall()}
    old_name = {new: old for old, new in table.renamed if old in names}
    if not old_name:
        return sql
    columns = []
    for column in [*table.columns, *PARTITION_COLUMNS]:
        old = old_name.get(column)
        if old is None:
            columns.append(f'"{column}"')
        elif column in names:
            columns.append(f'coalesce("{column}", "{old}") AS "{column}"')
        else:
            columns.append(f'"{old}" AS "{column}"')
    return f"SELECT {', '.join(columns)} FROM ({sql})"


def connect(output: str | Path, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with one view per table (empty, typed views for empty tables)."""
    output = Path(output)
    con = duckdb.connect(database)
    for name, table in TABLES.items():
        sql = _table_sql(output, name)
        if sql:
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {_current_sql(con, table, sql)}")
        else:
            empty = table.schema.empty_table()
            con.register(f"__empty_{name}", empty)
            con.execute(
                f"CREATE OR REPLACE VIEW {name} AS SELECT *, NULL::VARCHAR AS source, "
                f"NULL::DATE AS date FROM __empty_{name}"
            )
    con.execute(LATEST_ARTICLES)
    for name in ("mentions", "events"):
        con.execute(
            f"CREATE OR REPLACE VIEW {name}_latest AS SELECT t.* FROM {name} t "
            "SEMI JOIN articles_latest a ON t.article_id = a.article_id "
            "AND t.content_hash = a.content_hash"
        )
    gdelt_cols = ", ".join(
        f'"{col}" AS "{gdelt}"' for col, gdelt in zip(EVENTS.columns, GDELT_NAMES)
    )
    con.execute(f"CREATE OR REPLACE VIEW events_gdelt AS SELECT {gdelt_cols} FROM events_latest")
    con.execute(event_reports_sql())
    con.execute(merged_events_sql())
    con.execute(event_mentions_sql())
    con.execute(
        f"CREATE OR REPLACE VIEW events_merged_gdelt AS SELECT {gdelt_cols} FROM events_merged"
    )
    return con


__all__ = ["connect", "GDELT_NAMES", "PARTITION_COLUMNS"]
