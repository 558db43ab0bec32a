"""End to end: NOS and NRC feeds served over real HTTP, the real Beam job, tables read back.

The feeds and the NRC article page are the bundled samples (real RSS format, built from the seed
articles), served by a local HTTP server on 127.0.0.1. ``geoevents run`` runs in-process on the
DirectRunner with the embedded model; the Parquet output is read with pyarrow and DuckDB.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from geoevents.cli import main
from geoevents.schemas.tables import TABLES
from geoevents.schemas.warehouse import connect
from geoevents.transforms.nlp import nlp_text
from tests.faultserver import FaultServer


def data_files(output: Path) -> dict[str, str]:
    return {
        str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("part-*.parquet"))
    }


@pytest.fixture(scope="module")
def served_run(served_samples_run):
    """The run itself is ``served_samples_run`` (conftest.py): made once per session, and
    compared with an object-store run by test_remote_output.py."""
    return served_samples_run


def test_run_succeeds_and_the_summary_reconciles(served_run) -> None:
    assert served_run["code"] == 0
    summary = served_run["manifest"]["summary"]
    assert summary["reconciles"] is True
    assert summary["feeds_read"] == 4 and summary["feeds_failed"] == 1
    assert summary["archive_files_read"] == 0  # feeds are not archive files (issue 21)
    assert summary["items_read"] == 5
    assert summary["items_duplicate"] == 1 and summary["items_dead"] == 1
    assert (
        summary["articles"] == 3
        and summary["articles_dutch"] == 2
        and summary["articles_not_dutch"] == 1
    )
    assert summary["pages_fetched"] == 1
    assert summary["nlp_documents"] == 2
    assert summary["dead_letters_by_reason"] == {
        "normalise.missing_link": 1,
        "parse_feed.not_a_feed": 1,
    }


def test_every_table_lands_in_its_partitions(served_run) -> None:
    files = set(served_run["files"])
    for table in ("articles", "mentions", "events"):
        assert f"{table}/source=nos/date=2023-11-15/part-00000.parquet" in files
        assert f"{table}/source=nrc/date=2023-03-24/part-00000.parquet" in files
    assert any(f.startswith("dead_letters/source=nos/") for f in files)
    manifest = served_run["manifest"]
    listed = {
        f"{p['table']}/source={p['source']}/date={p['date']}/{name}"
        for p in manifest["partitions"]
        for name in p["files"]
    }
    assert listed == files
    assert not (served_run["output"] / "_staging").exists() or not any(
        (served_run["output"] / "_staging").iterdir()
    )


def test_articles_have_clean_full_text_and_language(served_run) -> None:
    table = ds.dataset(
        served_run["output"] / "articles", format="parquet", partitioning="hive"
    ).to_table()
    assert (
        table.schema.remove_metadata().names[: len(TABLES["articles"].columns)]
        == TABLES["articles"].columns
    )
    rows = {r["title"]: r for r in table.to_pylist()}
    nos = rows["Biden en Xi urenlang samen: 'Echte vooruitgang geboekt'"]
    assert nos["language"] == "nl" and nos["language_score"] > 0.5
    assert sorted(nos["feeds"]) == ["nosnieuwsalgemeen", "nosnieuwsbuitenland"]
    assert "Deel artikel" not in nos["body"] and "Ster.nl" not in nos["body"]
    nrc = rows["Xi en Poetin bouwen aan een alternatief voor de wereldorde"]
    assert nrc["body_source"] == "page" and nrc["body"].startswith("Was het de Siberische zalm?")
    assert "Word abonnee" not in nrc["body"]
    english = rows["Dutch cabinet presents climate plans in English-language briefing"]
    assert english["language"] == "en"
    assert served_run["hits"]["/robots.txt"] >= 1


def test_events_hold_the_meeting_and_the_state_visit(served_run) -> None:
    con = connect(served_run["output"])
    events = con.execute(
        "select source, cast(date as varchar), actor1_country_code, actor2_country_code, event_code, "
        "event_root_code, quad_class, typeof(event_code) from events"
    ).fetchall()
    nos = {
        (a1, a2, root)
        for s, d, a1, a2, code, root, quad, t in events
        if s == "nos" and d == "2023-11-15"
    }
    nrc = {
        (a1, a2, code[:3])
        for s, d, a1, a2, code, root, quad, t in events
        if s == "nrc" and d == "2023-03-24"
    }
    assert ("USA", "CHN", "04") in nos and ("CHN", "USA", "04") in nos
    assert ("CHN", "RUS", "042") in nrc
    assert all(t == "VARCHAR" for *_, t in events)
    mentions = con.execute(
        "select text, label, actor_code from mentions where source = 'nos'"
    ).fetchall()
    labels = {text: label for text, label, _ in mentions}
    assert labels.get("Biden") == "PER" or labels.get("Xi") == "PER"


def test_cli_query_reads_the_views(served_run, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "query",
            "--output",
            str(served_run["output"]),
            "--format",
            "json",
            "select count(*) as n from events_latest where event_root_code = '04'",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["n"] >= 2


def test_rerun_of_the_same_input_changes_no_file(served_run, tmp_path: Path) -> None:
    server: FaultServer = served_run["server"]
    assert server.port
    code = main(
        [
            "run",
            "--feeds",
            served_run["feeds"],
            "--output",
            str(served_run["output"]),
            "--since",
            "2023-01-01",
        ]
    )
    assert code == 0
    assert data_files(served_run["output"]) == served_run["files"]


def test_offsets_index_title_and_body_and_events_carry_their_sentence(served_run) -> None:
    output = served_run["output"]
    articles = ds.dataset(output / "articles", format="parquet", partitioning="hive").to_table()
    texts = {
        (a["article_id"], a["content_hash"]): nlp_text(a)
        for a in articles.to_pylist()
        if a["language"] == "nl"
    }
    events = ds.dataset(output / "events", format="parquet", partitioning="hive").to_table()
    assert events.schema.field("sentence").type == pa.string()
    rows = events.to_pylist()
    assert rows
    for row in rows:
        text = texts[(row["article_id"], row["content_hash"])]
        action = text[row["action_start_char"] : row["action_end_char"]]
        assert row["sentence"] and action and action in row["sentence"], row
        assert row["sentence"] in text
    mentions = ds.dataset(output / "mentions", format="parquet", partitioning="hive").to_table()
    for m in mentions.to_pylist():
        assert (
            texts[(m["article_id"], m["content_hash"])][m["start_char"] : m["end_char"]]
            == (m["text"])
        )
    con = connect(output)
    got = con.execute(
        "select sentence from events_latest where source = 'nrc' and event_code like '042%'"
    ).fetchall()
    assert any("staatsbezoek onderstreepten China en Rusland" in s for (s,) in got), got
    assert con.execute("select typeof(sentence) from events limit 1").fetchone() == ("VARCHAR",)


def test_events_are_placed_near_san_francisco_and_in_moscow(served_run) -> None:
    """Geocoding survives the Parquet round trip: the meeting near San Francisco, the state visit
    in Moscow, with GDELT's types, FIPS codes and coordinates."""
    con = connect(served_run["output"])
    rows = con.execute(
        "select source, actor1_country_code, actor2_country_code, event_code, action_geo_type, "
        "action_geo_fullname, action_geo_country_code, action_geo_lat, action_geo_long, "
        "action_geo_feature_id, actor1_geo_country_code, actor2_geo_country_code from events"
    ).fetchall()

    def near(lat, lon, at, km=60):
        return lat is not None and abs(lat - at[0]) * 111 < km and abs(lon - at[1]) * 88 < km

    meeting = [r for r in rows if r[0] == "nos" and {r[1], r[2]} == {"USA", "CHN"}]
    assert meeting and all(r[4] == 3 and r[6] == "US" for r in meeting), meeting
    assert all(near(r[7], r[8], (37.77, -122.42)) for r in meeting), meeting
    visit = [
        r
        for r in rows
        if r[0] == "nrc" and r[3].startswith("04") and {r[1], r[2]} == {"CHN", "RUS"}
    ]
    assert visit and all(r[4] == 4 and r[6] == "RS" for r in visit), visit
    assert all(near(r[7], r[8], (55.75, 37.62)) for r in visit), visit
    assert {r[10] for r in meeting} <= {"US", "CH"}  # actors placed in their countries (FIPS)


def test_every_written_file_has_exactly_its_tables_columns(served_run) -> None:
    """No helper column (the sink's sort key) may reach a file: DuckDB's SELECT * and BigQuery's
    schema autodetection would show it."""
    import pyarrow.parquet as pq

    for rel in served_run["files"]:
        table = TABLES[rel.split("/", 1)[0]]
        assert pq.read_schema(served_run["output"] / rel).names == table.columns, rel


def test_dead_letters_carry_the_fetch_time_of_their_input_as_fetched_at(served_run) -> None:
    """The column is named for what it holds (dead_letters 2.0.0, was ``occurred_at``): the
    item with no link was fetched with its feed, so its time is that feed's articles' time."""
    import pyarrow.parquet as pq

    output = served_run["output"]
    for path in (output / "dead_letters").rglob("part-*.parquet"):
        names = pq.read_schema(path).names
        assert "fetched_at" in names and "occurred_at" not in names
    con = connect(output)
    rows = con.execute(
        "select d.stage, d.reason, d.fetched_at = a.fetched_at, "
        "cast(d.fetched_at as date) = d.date "
        "from dead_letters d left join (select distinct feed, fetched_at from articles) a "
        "on a.feed = d.feed order by 1"
    ).fetchall()
    assert rows == [
        ("normalise", "missing_link", True, True),
        ("parse_feed", "not_a_feed", None, True),
    ]
