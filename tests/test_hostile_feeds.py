"""A whole run against hostile feeds served from 127.0.0.1 (issue 20): the run refuses what it must,
records why, commits the rest and reconciles.

One CLI run (module fixture) serves every hostile feed at once, so the suite pays for one Beam
start-up; each test checks one promise on its output.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from geoevents.cli import main
from tests.faultserver import FaultServer, header_trickle
from tests.test_feed_dtd import entity_feed
from transforms.feeds import SHORT_FIELD_CHARS

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
DUTCH = (
    "De Nederlandse regering heeft woensdag in Den Haag nieuwe plannen gepresenteerd voor de zorg."
)


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>NOS</title>'
        + "".join(items)
        + "</channel></rss>"
    )


PAGE = f"<html><body><article><h1>Kabinet</h1><p>{DUTCH * 8}</p></article></body></html>"
RUN_TIMEOUT = 4  # seconds: every feed is read by then; one page trickles past it


def item(n: str, title: str = "Bericht", body: str = DUTCH, link: str = "") -> str:
    return (
        f"<item><title>{title} {n}</title><link>{link or f'https://nos.nl/artikel/{n}'}</link>"
        f"<description><![CDATA[<p>{body}</p>]]></description>"
        f"<pubDate>Wed, 15 Nov 2023 10:00:00 +0100</pubDate><guid>https://nos.nl/artikel/{n}</guid></item>"
    )


def routes(base: str = "") -> dict[str, Any]:
    """Feed routes (each becomes a feed named after its path) and the pages they link to."""
    return {
        "/good": (200, RSS, rss(item("1"), item("2"))),
        "/paged": (
            200,
            RSS,
            rss(item("p1", link=f"{base}/page1"), item("p2", link=f"{base}/page2")),
        ),
        "/padded": (200, RSS, entity_feed(padding=1_000_000, refs=1_000, value="a" * 1_000)),
        "/utf16": (
            200,
            {"Content-Type": "application/rss+xml"},
            entity_feed(encoding="UTF-16").encode("utf-16"),
        ),
        "/longtitle": (200, RSS, rss(item("3", title="Lang " + "x" * 10_000))),
    }


PAGES = {"/page1": header_trickle(60), "/page2": (200, {}, PAGE)}


def table(output: Path, name: str) -> list[dict[str, Any]]:
    return ds.dataset(output / name, format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory, tiny_model: str) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("hostile")
    with FaultServer(PAGES) as server:
        for path, route in routes(server.base_url).items():
            server.add(path, route)
        feeds = "\n".join(
            f"  - {{source: nos, name: {path.strip('/')}, url: '{server.url(path)}', "
            f"fetch_pages: {str(path == '/paged').lower()}}}"
            for path in routes()
        )
        registry = tmp / "feeds.yaml"
        registry.write_text(
            "settings: {allow_private_hosts: ['127.0.0.1'], min_host_interval: 0, retries: 2, "
            f"read_timeout: 5, total_timeout: 120, run_timeout: {RUN_TIMEOUT}}}\n"
            f"feeds:\n{feeds}\n",
            encoding="utf-8",
        )
        output = tmp / "out"
        started = time.monotonic()
        code = main(
            ["run", "--feeds", str(registry), "--output", str(output)]
            + ["--spacy-model", tiny_model, "--json"]
        )
        seconds = time.monotonic() - started
        trickled = server.completions("/page1")
    manifest = json.loads(next((output / "_manifests").glob("*.json")).read_text())
    return {
        "code": code,
        "output": output,
        "manifest": manifest,
        "summary": manifest["summary"],
        "seconds": seconds,
        "trickled": trickled,
    }


def test_the_run_goes_on_and_reconciles(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["code"] == 0
    assert hostile_run["summary"]["reconciles"] is True
    titles = {a["title"][:9] for a in table(hostile_run["output"], "articles")}
    assert {"Bericht 1", "Bericht 2"} <= titles


def test_entity_feeds_are_dead_letters_however_they_hide(hostile_run: dict[str, Any]) -> None:
    reasons = hostile_run["summary"]["dead_letters_by_reason"]
    assert reasons["parse_feed.xml_entity_declaration"] == 2
    dead = {d["feed"]: d for d in table(hostile_run["output"], "dead_letters")}
    assert dead["padded"]["reason"] == dead["utf16"]["reason"] == "xml_entity_declaration"


def test_a_cut_field_is_counted_in_the_summary_and_manifest(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["summary"]["items_field_truncated"] == 1
    long = next(
        a for a in table(hostile_run["output"], "articles") if a["title"].startswith("Lang")
    )
    assert len(long["title"]) <= SHORT_FIELD_CHARS


def test_a_run_against_a_header_trickler_ends_within_its_budget(hostile_run) -> None:
    """The page host sends a header byte every 0.1 s for a minute; the run's budget cuts it, the
    article keeps its teaser, everything fetched before is committed and the summary reconciles."""
    assert hostile_run["seconds"] < 40 and hostile_run["trickled"] == 0
    reasons = hostile_run["summary"]["dead_letters_by_reason"]
    assert reasons["fetch_page.run_deadline"] >= 1
    paged = {a["title"]: a for a in table(hostile_run["output"], "articles") if "p" in a["title"]}
    assert set(paged) == {"Bericht p1", "Bericht p2"}
    assert paged["Bericht p1"]["body_source"] == "summary"
