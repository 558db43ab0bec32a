"""Data contracts of the output tables (see ``schemas/tables.py``) and warehouse views."""

from geoevents.schemas.tables import (
    ARTICLES,
    DEAD_LETTERS,
    EVENTS,
    MENTIONS,
    PARTITION_COLUMNS,
    TABLES,
    RowContractError,
    SchemaVersionError,
    Table,
    content_hash,
    schema_versions,
    version_key,
)

__all__ = [
    "ARTICLES",
    "DEAD_LETTERS",
    "EVENTS",
    "MENTIONS",
    "PARTITION_COLUMNS",
    "TABLES",
    "RowContractError",
    "SchemaVersionError",
    "Table",
    "content_hash",
    "schema_versions",
    "version_key",
]
