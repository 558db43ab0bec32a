"""Bad input end to end: every faulty feed, item and document is a dead letter or a counted skip,
the run goes on, and the summary reconciles."""

from __future__ import annotations

import pyarrow.dataset as ds
import pytest
import spacy
from spacy.language import Language

from geoevents.cli import main
from tests.faultserver import FaultServer, gzip_body

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
MARKER = "ONTPLOF"


@Language.component("explode_on_marker")
def explode_on_marker(doc):
    """A component that fails on one document, to prove NLP failures are isolated."""
    if MARKER in doc.text:
        raise RuntimeError("component failed on this document")
    return doc


def feed(items: str, encoding: str = "UTF-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>NOS</title>'
        f"<link>https://nos.nl</link><description>x</description>{items}</channel></rss>"
    )


def item(guid: str, title: str, body: str, date: str = "Wed, 15 Nov 2023 10:00:00 +0100") -> str:
    return (
        f"<item><title>{title}</title><link>https://nos.nl/artikel/{guid}</link>"
        f"<description><![CDATA[<p>{body}</p>]]></description><pubDate>{date}</pubDate>"
        f"<guid>https://nos.nl/artikel/{guid}</guid></item>"
    )


DUTCH = "De Nederlandse regering heeft woensdag in Den Haag nieuwe plannen gepresenteerd voor de zorg en het onderwijs."


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("faults")
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("explode_on_marker")
    model = tmp / "exploding"
    nlp.to_disk(model)
    odd = item(
        "odd",
        "Emoji 🎉 en \u202eRTL\u202c tekst\x07",
        f"{DUTCH} \u05e9\u05dc\u05d5\u05dd 🎉 \x01\x02 einde.",
    )
    routes = {
        "/good": (
            200,
            RSS,
            feed(
                item("1", "Goed bericht", DUTCH)
                + item("1", "Goed bericht", DUTCH)
                + odd
                + item("future", "Toekomst", DUTCH, "Fri, 01 Jan 2100 10:00:00 +0100")
                + item("nodate", "Zonder datum", DUTCH, "geen datum")
                + item("boom", "Ontploffing", f"{DUTCH} {MARKER}")
                + item("giant", "Reus", DUTCH + " lang" * 20_000)
                + item("2", "", "")
            ),
        ),
        "/latin1": (
            200,
            {"Content-Type": "application/rss+xml"},
            feed(item("3", "Oekraïne", DUTCH + " Oekraïne."), encoding="ISO-8859-1").encode(
                "latin-1"
            ),
        ),
        "/truncated": (200, RSS, feed(item("4", "Half", DUTCH))[:-60]),
        "/empty": (200, RSS, feed("")),
        "/gone": (410, {}, b"gone"),
        "/broken": (500, {}, b"oops"),
        "/bomb": (
            200,
            {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"},
            gzip_body(b" " * 5_000_000),
        ),
        "/entities": (
            200,
            RSS,
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item><title>&a;</title></item></channel></rss>',
        ),
        "/html": (200, {"Content-Type": "text/html"}, "<html><body>Niet gevonden</body></html>"),
    }
    with FaultServer(routes) as server:
        names = [r.strip("/") for r in routes]
        feeds = "\n".join(
            f"  - {{source: nos, name: {n}, url: '{server.url('/' + n)}'}}" for n in names
        )
        path = tmp / "feeds.yaml"
        path.write_text(
            "settings: {allow_private_hosts: ['127.0.0.1'], min_host_interval: 0, retries: 0, "
            "read_timeout: 3, max_feed_bytes: 1000000, max_body_chars: 20000}\n"
            f"feeds:\n{feeds}\n",
            encoding="utf-8",
        )
        output = tmp / "out"
        code = main(
            [
                "run",
                "--feeds",
                str(path),
                "--output",
                str(output),
                "--spacy-model",
                str(model),
                "--json",
            ]
        )
    manifest = sorted((output / "_manifests").glob("*.json"))[-1]
    import json

    return {"code": code, "output": output, "summary": json.loads(manifest.read_text())["summary"]}


def test_the_run_goes_on_and_reconciles(faulty_run) -> None:
    assert faulty_run["code"] == 0
    summary = faulty_run["summary"]
    assert summary["reconciles"] is True
    assert summary["feeds_read"] == 9


def test_each_fault_has_a_dead_letter_with_stage_and_reason(faulty_run) -> None:
    """The dead-letter rows themselves (not only the summary's counters), one per fault."""
    rows = (
        ds.dataset(faulty_run["output"] / "dead_letters", format="parquet", partitioning="hive")
        .to_table()
        .to_pylist()
    )
    assert sorted(f"{r['stage']}.{r['reason']}" for r in rows) == sorted(
        [
            "fetch_feed.http_410",
            "fetch_feed.http_5xx",
            "fetch_feed.too_large",
            "parse_feed.xml_entity_declaration",
            "parse_feed.not_a_feed",
            "normalise.future_date",
            "normalise.empty_item",
            # not a failure: the guessed publication date is recorded where users look
            "normalise.date_unknown",
            "nlp.RuntimeError",
        ]
    )
    assert all(r["error"] and r["run_id"] and r["fetched_at"] for r in rows)
    assert not any("occurred_at" in r for r in rows)
    # an item's dead letters carry its fetch time: the article's, for those that became one
    fetched = {
        r["article_id"]: r["fetched_at"]
        for r in ds.dataset(
            faulty_run["output"] / "articles", format="parquet", partitioning="hive"
        )
        .to_table(columns=["article_id", "fetched_at"])
        .to_pylist()
    }
    kept = [r for r in rows if r["article_id"] in fetched]
    assert {f"{r['stage']}.{r['reason']}" for r in kept} == {
        "normalise.date_unknown",
        "nlp.RuntimeError",
    }
    assert all(r["fetched_at"] == fetched[r["article_id"]] for r in kept)
    reasons = faulty_run["summary"]["dead_letters_by_reason"]
    assert reasons["fetch_feed.http_410"] == 1
    assert reasons["fetch_feed.http_5xx"] == 1
    assert reasons["fetch_feed.too_large"] == 1
    assert reasons["parse_feed.xml_entity_declaration"] == 1
    assert reasons["parse_feed.not_a_feed"] == 1
    assert reasons["normalise.future_date"] == 1
    assert reasons["normalise.empty_item"] == 1
    assert reasons["nlp.RuntimeError"] == 1
    dead = ds.dataset(
        faulty_run["output"] / "dead_letters", format="parquet", partitioning="hive"
    ).to_table()
    nlp_dead = [r for r in dead.to_pylist() if r["stage"] == "nlp"]
    assert MARKER in nlp_dead[0]["raw"] and nlp_dead[0]["article_id"]


def test_odd_items_become_clean_articles(faulty_run) -> None:
    articles = (
        ds.dataset(faulty_run["output"] / "articles", format="parquet", partitioning="hive")
        .to_table()
        .to_pylist()
    )
    by_title = {a["title"]: a for a in articles}
    assert "Goed bericht" in by_title and faulty_run["summary"]["items_duplicate"] == 1
    odd = next(a for t, a in by_title.items() if t.startswith("Emoji"))
    assert "\x07" not in odd["title"] and "\x01" not in odd["body"] and "🎉" in odd["body"]
    assert len(by_title["Reus"]["body"]) <= 20_000
    assert by_title["Zonder datum"]["published_at"] == by_title["Zonder datum"]["fetched_at"]
    # an ISO-8859-1 feed decodes to the same text as a UTF-8 one (no mojibake in the body)
    assert by_title["Oekraïne"]["body"].endswith(" Oekraïne.")
    assert "Ã" not in by_title["Oekraïne"]["body"]
