"""The data contracts: one pyarrow schema per output table, declared once.

Every table is written as Hive-partitioned Parquet under
``<output>/<table>/source=<source>/date=<YYYY-MM-DD>/part-NNNNN.parquet``. The partition columns
(``source``, ``date``) live in the folder names only, not inside the files, which is what BigQuery
external tables and DuckDB's ``hive_partitioning`` expect.

The events table keeps GDELT 2.0's 61 Event columns, in GDELT's order, with snake_case names
(``GLOBALEVENTID`` -> ``global_event_id``); the project's own provenance columns follow. Codes
(CAMEO actor and event codes) are strings: leading zeros matter (``"010"`` is not ``"10"``).

Offsets: every ``*_start_char`` / ``*_end_char`` in ``mentions`` and ``events`` indexes the text the
NLP stage read, ``title + "\n\n" + body`` (just ``body`` when the title is empty; see
``transforms.nlp.nlp_text``), not ``body`` alone; ``sentence_index`` counts sentences of that text
from 0. ``events.sentence`` holds the text of sentence ``sentence_index``, so an event can be
checked without re-running the model.

Versions: an additive change (a new nullable column) bumps the minor version, and files of the
older version read with the column null; a removed, renamed or retyped column bumps the major.
A renamed column is listed in its table's ``renamed`` (old name -> new name), so files written
before the rename still read, under the new name (``Table.upgrade``); a file that lacks a
required column for any other reason is refused with ``SchemaVersionError``, never read with
nulls in a required column.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pyarrow as pa

PARTITION_COLUMNS = ("source", "date")

UTC_TS = pa.timestamp("us", tz="UTC")


class RowContractError(ValueError):
    """A stage built a row its table does not accept (a programming error, not bad input)."""


class SchemaVersionError(ValueError):
    """A stored file this version of the table contract cannot read (a required column is
    missing and no rename explains it)."""


def content_hash(title: str, body: str) -> str:
    """The article version key: the same title and body give the same hash in every feed."""
    return hashlib.sha256(f"{title}\x1f{body}".encode()).hexdigest()[:16]


def version_key(article_id: str, title: str, body: str) -> str:
    """One article version: the key batch and streaming deduplicate items by."""
    return f"{article_id}:{content_hash(title, body)}"


@dataclass(frozen=True)
class Table:
    """A table's name, version, file schema (partition columns excluded) and primary key."""

    name: str
    version: str
    schema: pa.Schema
    description: str
    key: tuple[str, ...]
    #: Columns renamed by a major version, ``(old name, new name)``: files written before the
    #: rename are read under the new name.
    renamed: tuple[tuple[str, str], ...] = ()

    @property
    def columns(self) -> list[str]:
        return self.schema.names

    def outdated(self, names: Iterable[str]) -> bool:
        """True if a file with these columns was written before one of the table's renames."""
        names = set(names)
        return any(old in names and new not in names for old, new in self.renamed)

    def upgrade(self, data: pa.Table, where: str = "") -> pa.Table:
        """A table read from a stored file, in this contract's schema: renamed columns under
        their new names, columns added since (nullable) as nulls, extra columns dropped.

        Raises ``SchemaVersionError`` (naming ``where``, the file) when a required column is
        missing for any other reason: the file was written by a version this one cannot read.
        """
        names = set(data.column_names)
        old_name = {new: old for old, new in self.renamed if old in names and new not in names}
        columns = []
        missing = []
        for f in self.schema:
            name = f.name if f.name in names else old_name.get(f.name)
            if name is not None:
                columns.append(data.column(name).cast(f.type))
            elif f.nullable:
                columns.append(pa.nulls(data.num_rows, f.type))
            else:
                missing.append(f.name)
        if missing:
            raise SchemaVersionError(
                f"{where or self.name}: lacks required column(s) {missing} of {self.name} "
                f"{self.version}; it was written by an incompatible schema version (the run "
                "manifests in _manifests/ record the version each run wrote)"
            )
        return pa.Table.from_arrays(columns, schema=self.schema)

    def row(self, **values: Any) -> dict[str, Any]:
        """A row of this table: every column (absent nullable ones are None) plus the partition
        columns. Unknown columns and missing required ones raise ``RowContractError``, in the
        stage that built the row rather than at the sink."""
        fields = self._fields
        unknown = values.keys() - fields.keys()
        if unknown:
            raise RowContractError(f"{self.name}: unknown column(s) {sorted(unknown)}")
        missing = [n for n in self._required if values.get(n) is None]
        if missing:
            raise RowContractError(f"{self.name}: required column(s) {missing} missing or null")
        return {n: values.get(n) for n in fields}

    @cached_property
    def _fields(self) -> dict[str, bool]:
        """Column -> nullable, partition columns included (required)."""
        return {f.name: f.nullable for f in self.schema} | {c: False for c in PARTITION_COLUMNS}

    @cached_property
    def _required(self) -> list[str]:
        return [n for n, nullable in self._fields.items() if not nullable]


ARTICLES = Table(
    name="articles",
    version="1.1.0",
    key=("article_id", "content_hash"),
    description="One row per article version (a new content hash is a new version).",
    schema=pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("content_hash", pa.string(), nullable=False),
            pa.field("feed", pa.string(), nullable=False),
            pa.field("feeds", pa.list_(pa.string()), nullable=False),
            pa.field("url", pa.string()),
            pa.field("guid", pa.string()),
            pa.field("title", pa.string()),
            pa.field("summary", pa.string()),
            pa.field("body", pa.string()),
            pa.field("body_source", pa.string(), nullable=False),
            pa.field("authors", pa.list_(pa.string())),
            pa.field("categories", pa.list_(pa.string())),
            pa.field("published_at", UTC_TS, nullable=False),
            pa.field("updated_at", UTC_TS),
            pa.field("fetched_at", UTC_TS, nullable=False),
            pa.field("language", pa.string(), nullable=False),
            pa.field("language_score", pa.float32(), nullable=False),
            pa.field("word_count", pa.int32(), nullable=False),
            pa.field("run_id", pa.string(), nullable=False),
            # GDELT-style tone of title + body, Dutch articles only (1.1.0; null before and for
            # other languages): positive minus negative words per 100 words, the two shares,
            # and their sum (geoevents/tone.py).
            pa.field("avg_tone", pa.float64()),
            pa.field("positive_score", pa.float64()),
            pa.field("negative_score", pa.float64()),
            pa.field("polarity", pa.float64()),
        ],
        metadata={"table": "articles"},
    ),
)

MENTIONS = Table(
    name="mentions",
    key=("article_id", "content_hash", "start_char", "end_char", "label"),
    version="1.0.0",
    description=(
        "Named-entity mentions in Dutch articles, with the resolved CAMEO actor if any; "
        "start_char/end_char index title + '\\n\\n' + body."
    ),
    schema=pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("content_hash", pa.string(), nullable=False),
            pa.field("sentence_index", pa.int32(), nullable=False),
            pa.field("start_char", pa.int32(), nullable=False),
            pa.field("end_char", pa.int32(), nullable=False),
            pa.field("text", pa.string(), nullable=False),
            pa.field("label", pa.string(), nullable=False),
            pa.field("actor_code", pa.string()),
            pa.field("actor_country_code", pa.string()),
            pa.field("actor_known_group_code", pa.string()),
            pa.field("actor_type_code", pa.string()),
            pa.field("model", pa.string(), nullable=False),
            pa.field("run_id", pa.string(), nullable=False),
        ],
        metadata={"table": "mentions"},
    ),
)


def _actor_fields(prefix: str) -> list[pa.Field]:
    return [
        pa.field(f"{prefix}_code", pa.string()),
        pa.field(f"{prefix}_name", pa.string()),
        pa.field(f"{prefix}_country_code", pa.string()),
        pa.field(f"{prefix}_known_group_code", pa.string()),
        pa.field(f"{prefix}_ethnic_code", pa.string()),
        pa.field(f"{prefix}_religion1_code", pa.string()),
        pa.field(f"{prefix}_religion2_code", pa.string()),
        pa.field(f"{prefix}_type1_code", pa.string()),
        pa.field(f"{prefix}_type2_code", pa.string()),
        pa.field(f"{prefix}_type3_code", pa.string()),
    ]


def _geo_fields(prefix: str) -> list[pa.Field]:
    return [
        pa.field(f"{prefix}_geo_type", pa.int8()),
        pa.field(f"{prefix}_geo_fullname", pa.string()),
        pa.field(f"{prefix}_geo_country_code", pa.string()),
        pa.field(f"{prefix}_geo_adm1_code", pa.string()),
        pa.field(f"{prefix}_geo_adm2_code", pa.string()),
        pa.field(f"{prefix}_geo_lat", pa.float64()),
        pa.field(f"{prefix}_geo_long", pa.float64()),
        pa.field(f"{prefix}_geo_feature_id", pa.string()),
    ]


GDELT_EVENT_COLUMNS = 61

EVENTS = Table(
    name="events",
    key=("global_event_id",),
    version="1.1.0",
    description=(
        "CAMEO events, one row per (article version, date, actor1, actor2, code): GDELT 2.0's "
        "61 Event columns in GDELT order, then provenance (offsets index title + '\\n\\n' + "
        "body; sentence is the text of sentence_index)."
    ),
    schema=pa.schema(
        [
            pa.field("global_event_id", pa.int64(), nullable=False),
            pa.field("sql_date", pa.int32(), nullable=False),
            pa.field("month_year", pa.int32(), nullable=False),
            pa.field("year", pa.int32(), nullable=False),
            pa.field("fraction_date", pa.float64(), nullable=False),
            *_actor_fields("actor1"),
            *_actor_fields("actor2"),
            pa.field("is_root_event", pa.int8(), nullable=False),
            pa.field("event_code", pa.string(), nullable=False),
            pa.field("event_base_code", pa.string(), nullable=False),
            pa.field("event_root_code", pa.string(), nullable=False),
            pa.field("quad_class", pa.int8(), nullable=False),
            pa.field("goldstein_scale", pa.float64(), nullable=False),
            pa.field("num_mentions", pa.int32(), nullable=False),
            pa.field("num_sources", pa.int32(), nullable=False),
            pa.field("num_articles", pa.int32(), nullable=False),
            pa.field("avg_tone", pa.float64()),
            *_geo_fields("actor1"),
            *_geo_fields("actor2"),
            *_geo_fields("action"),
            pa.field("date_added", pa.int64(), nullable=False),
            pa.field("source_url", pa.string()),
            # Provenance (project columns, after GDELT's 61).
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("content_hash", pa.string(), nullable=False),
            pa.field("sentence_index", pa.int32(), nullable=False),
            pa.field("sentence_indexes", pa.list_(pa.int32()), nullable=False),
            # The text of sentence ``sentence_index`` (1.1.0; null in files written by 1.0.0).
            pa.field("sentence", pa.string()),
            pa.field("actor1_start_char", pa.int32()),
            pa.field("actor1_end_char", pa.int32()),
            pa.field("actor2_start_char", pa.int32()),
            pa.field("actor2_end_char", pa.int32()),
            pa.field("action_start_char", pa.int32()),
            pa.field("action_end_char", pa.int32()),
            pa.field("predicate_lemma", pa.string()),
            pa.field("confidence", pa.int8()),
            pa.field("coder_version", pa.string(), nullable=False),
            pa.field("model", pa.string(), nullable=False),
            pa.field("run_id", pa.string(), nullable=False),
        ],
        metadata={"table": "events"},
    ),
)

DEAD_LETTERS = Table(
    name="dead_letters",
    key=("dead_letter_id",),
    # 2.0.0: occurred_at renamed fetched_at (what it always held); 1.x files read under the new name.
    version="2.0.0",
    renamed=(("occurred_at", "fetched_at"),),
    description=(
        "Every input that failed a stage: which stage, why, and the raw input; fetched_at is "
        "when that input was fetched (the date partition is its UTC day)."
    ),
    schema=pa.schema(
        [
            pa.field("dead_letter_id", pa.string(), nullable=False),
            pa.field("stage", pa.string(), nullable=False),
            pa.field("reason", pa.string(), nullable=False),
            pa.field("error", pa.string(), nullable=False),
            pa.field("feed", pa.string()),
            pa.field("url", pa.string()),
            pa.field("article_id", pa.string()),
            pa.field("raw", pa.string()),
            # When the failed input was fetched: the feed's fetch (or the failed attempt's end)
            # for feed, item, page and NLP dead letters, the run's start for archive records.
            # Not when the stage failed: all dead letters of one item carry its fetch time.
            pa.field("fetched_at", UTC_TS, nullable=False),
            pa.field("run_id", pa.string(), nullable=False),
        ],
        metadata={"table": "dead_letters"},
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, MENTIONS, EVENTS, DEAD_LETTERS)}


def schema_versions() -> dict[str, str]:
    """Versions recorded in every run manifest, so loaders can detect contract changes."""
    return {name: table.version for name, table in TABLES.items()}
