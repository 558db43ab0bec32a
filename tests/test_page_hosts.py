"""A mirrored ``file://`` feed names its page hosts (``page_hosts:``, issue 17.6): the real run
fetches pages from a named host on 127.0.0.1, refuses hosts not named, and the SSRF rules still
hold for named hosts. Tables are read back with pyarrow and DuckDB."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from geoevents.config import ConfigError, Settings, load_registry
from geoevents.schemas.warehouse import connect
from geoevents.transforms.feeds import fetch_settings
from geoevents.transforms.http import Fetcher, FetchError
from tests.faultserver import FaultServer

PAGE = (
    "<html><head><title>Kabinet valt</title></head><body><article><h1>Kabinet valt</h1>"
    + "".join(
        f"<p>Het kabinet is gevallen na een lang debat in de Tweede Kamer, alinea {i}, "
        "waarin de partijen het niet eens werden over het asielbeleid.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
).encode()


def rss(port: int) -> str:
    items = "".join(
        f"<item><title>Bericht {name}</title><link>http://{host}:{port}/{name}</link>"
        f"<description>Teaser {name}.</description>"
        "<pubDate>Tue, 12 Mar 2024 10:00:00 +0000</pubDate></item>"
        for name, host in (("named", "127.0.0.1"), ("other", "localhost"))
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>m</title>{items}</channel></rss>'
    )


def test_a_mirrored_feed_fetches_pages_from_its_named_hosts(
    tmp_path: Path, tiny_model: str
) -> None:
    with FaultServer() as server:
        server.add("/named", (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE))
        server.add("/other", (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE))
        server.add("/robots.txt", (200, {"Content-Type": "text/plain"}, b"User-agent: *\n"))
        mirror = tmp_path / "mirror.xml"
        mirror.write_text(rss(server.port), encoding="utf-8")
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            "settings: {allow_private_hosts: ['127.0.0.1'], min_host_interval: 0, retries: 0}\n"
            "feeds:\n"
            f"  - {{source: mirror, name: mirror, url: '{mirror.as_uri()}', fetch_pages: true,\n"
            "      page_hosts: ['127.0.0.1']}\n",
            encoding="utf-8",
        )
        from geoevents.cli import main

        output = tmp_path / "out"
        code = main(
            [
                "run",
                "--feeds",
                str(feeds),
                "--output",
                str(output),
                "--since",
                "2024-03-01",
                "--until",
                "2024-03-20",
                "--spacy-model",
                tiny_model,
            ]
        )
        assert code == 0
        assert server.hits("/named") == 1 and server.hits("/other") == 0
        other = f"http://localhost:{server.port}/other"
    articles = ds.dataset(output / "articles", format="parquet", partitioning="hive").to_table()
    sources = {r["title"]: r["body_source"] for r in articles.to_pylist()}
    assert sources == {"Bericht named": "page", "Bericht other": "summary"}
    con = connect(output)
    assert con.execute(
        "select reason, url from dead_letters where stage = 'fetch_page'"
    ).fetchall() == [("host_not_allowed", other)]


def test_named_hosts_stay_under_the_ssrf_rules(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        f"feeds:\n  - {{source: m, name: m, url: '{(tmp_path / 'm.xml').as_uri()}', "
        "fetch_pages: true, page_hosts: ['127.0.0.1', 'WWW.Example.ORG.']}\n",
        encoding="utf-8",
    )
    registry = load_registry(str(feeds))
    assert {"127.0.0.1", "www.example.org"} <= registry.page_hosts
    with FaultServer() as server, Fetcher(fetch_settings(Settings(), 1000)) as fetcher:
        server.add("/p", (200, {}, PAGE))
        with pytest.raises(FetchError) as err:
            fetcher.fetch(server.url("/p"), allowed_hosts=registry.page_hosts)
        assert err.value.reason == "blocked_private_address" and server.hits("/p") == 0


@pytest.mark.parametrize(
    "hosts", ["nu.nl", "['http://nu.nl']", "['nu.nl:8080']", "['*.nu.nl']", "['nu.nl/x']", "[1]"]
)
def test_page_hosts_must_be_a_list_of_bare_host_names(tmp_path: Path, hosts: str) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        f"feeds:\n  - {{source: m, name: m, url: 'https://m.example/rss', page_hosts: {hosts}}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"feeds\[0\]\.page_hosts"):
        load_registry(str(feeds))
