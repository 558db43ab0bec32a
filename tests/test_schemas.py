"""Schemas: declared once, versioned, GDELT-ordered, and the generated BigQuery files are current."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest

from geoevents.schemas.bigquery import OUT_DIR, table_schema, write
from geoevents.schemas.tables import EVENTS, GDELT_EVENT_COLUMNS, TABLES
from geoevents.schemas.warehouse import GDELT_NAMES


def test_every_table_has_a_version_and_no_partition_columns_in_files() -> None:
    for table in TABLES.values():
        assert table.version.count(".") == 2
        assert "source" not in table.columns and "date" not in table.columns


def test_events_start_with_gdelt_61_columns_and_codes_are_strings() -> None:
    assert len(GDELT_NAMES) == GDELT_EVENT_COLUMNS
    gdelt_part = EVENTS.columns[:GDELT_EVENT_COLUMNS]
    assert gdelt_part[0] == "global_event_id" and gdelt_part[-1] == "source_url"
    for name in (
        "event_code",
        "event_base_code",
        "event_root_code",
        "actor1_code",
        "actor2_country_code",
    ):
        assert EVENTS.schema.field(name).type == pa.string()
    for snake, gdelt in zip(gdelt_part, GDELT_NAMES, strict=True):
        # the same name once case and underscores are gone, so the columns line up one to one
        assert snake.replace("_", "") == gdelt.replace("_", "").lower(), (snake, gdelt)


def test_bigquery_schema_files_are_generated_from_the_contracts(tmp_path: Path) -> None:
    write(tmp_path)
    assert (tmp_path / "views.sql").read_text() == (OUT_DIR / "views.sql").read_text()
    views = (OUT_DIR / "views.sql").read_text()
    assert "CREATE OR REPLACE VIEW DATASET.events_merged AS" in views
    assert "SELECT * EXCEPT (version_rank)" in views and "EXCLUDE" not in views
    for name in TABLES:
        assert json.loads((OUT_DIR / f"{name}.json").read_text()) == table_schema(name)
        assert (tmp_path / f"{name}.json").read_text() == (OUT_DIR / f"{name}.json").read_text()
    events = {f["name"]: f for f in table_schema("events")}
    assert events["event_code"] == {"name": "event_code", "type": "STRING", "mode": "REQUIRED"}
    assert events["sentence_indexes"]["mode"] == "REPEATED"
    articles = {f["name"]: f for f in table_schema("articles")}
    assert articles["published_at"]["type"] == "TIMESTAMP"


def test_a_row_outside_its_contract_fails_in_the_stage_that_builds_it() -> None:
    from geoevents.schemas import DEAD_LETTERS, RowContractError

    ok = dict(
        dead_letter_id="x",
        stage="fetch",
        reason="timeout",
        error="e",
        fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        run_id="r",
        source="nos",
        date="2024-01-01",
    )
    row = DEAD_LETTERS.row(**ok)
    # every column present (absent nullable ones as None) plus the partition columns
    assert list(row) == [*DEAD_LETTERS.columns, "source", "date"]
    assert row["url"] is None
    with pytest.raises(RowContractError, match="unknown column"):
        DEAD_LETTERS.row(**ok, ur="http://x")
    with pytest.raises(RowContractError, match="stage"):
        DEAD_LETTERS.row(**{**ok, "stage": None})
    with pytest.raises(RowContractError, match="date"):
        DEAD_LETTERS.row(**{k: v for k, v in ok.items() if k != "date"})


@pytest.mark.parametrize("table", list(TABLES.values()), ids=lambda t: t.name)
def test_each_table_declares_its_key_among_its_required_columns(table) -> None:
    required = {f.name for f in table.schema if not f.nullable}
    assert table.key and set(table.key) <= required


def test_one_content_hash_and_version_key() -> None:
    """The hash the articles table stores is the one batch and streaming deduplicate by."""
    from geoevents.schemas import content_hash, version_key

    h = content_hash("Titel", "Tekst")
    assert len(h) == 16 and h != content_hash("Titel", "Tekst.")
    assert version_key("a1", "Titel", "Tekst") == f"a1:{h}"


def test_the_content_hash_formula_is_stable_across_releases() -> None:
    """A changed formula would make every stored article look like a new version after an
    upgrade (duplicate rows): the value is pinned."""
    from geoevents.schemas import content_hash

    assert content_hash("Titel", "Tekst") == "3fffde4e149c2c2a"  # sha256 of "Titel\\x1fTekst"
