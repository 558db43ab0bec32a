"""Build schema-valid rows for sink and warehouse tests (defaults by type for required fields)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from geoevents.schemas.tables import TABLES

T0 = datetime(2023, 11, 15, 22, 14, tzinfo=UTC)


def _default(field: pa.Field) -> Any:
    if field.nullable:
        return None
    t = field.type
    if pa.types.is_string(t):
        return "x"
    if pa.types.is_integer(t):
        return 1
    if pa.types.is_floating(t):
        return 0.0
    if pa.types.is_timestamp(t):
        return T0
    if pa.types.is_list(t):
        return []
    raise TypeError(field)


def row(table: str, source: str = "nos", date: str = "2023-11-15", **values: Any) -> dict[str, Any]:
    schema = TABLES[table].schema
    unknown = set(values) - set(schema.names)
    if unknown:
        raise KeyError(unknown)
    out = {f.name: values.get(f.name, _default(f)) for f in schema}
    out.update(source=source, date=date)
    return out
