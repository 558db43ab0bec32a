"""The stored ETag and Last-Modified of a feed reach the next run's request (issue 21: a
pipeline that ignored them, so conditional GET was silently off, passed every test)."""

from __future__ import annotations

import json
from pathlib import Path

from geoevents.cli import main
from geoevents.schemas.warehouse import connect
from tests.faultserver import FaultServer, Request, Response

ETAG = '"v1-feed"'
MODIFIED = "Wed, 15 Nov 2023 09:00:00 GMT"
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>NOS</title>'
    "<link>https://nos.nl</link><description>NOS</description>"
    "<item><title>Kabinet presenteert plannen</title><link>https://nos.nl/artikel/1</link>"
    "<description>De regering presenteerde woensdag in Den Haag nieuwe plannen voor de zorg."
    "</description><pubDate>Wed, 15 Nov 2023 10:00:00 +0100</pubDate>"
    "<guid>https://nos.nl/artikel/1</guid></item></channel></rss>"
)


def feed_route(request: Request) -> Response:
    """A server that honours conditional GET, as NOS and NRC do."""
    if request.headers.get("if-none-match") == ETAG:
        return Response(304, {"ETag": ETAG})
    headers = {"Content-Type": "application/rss+xml", "ETag": ETAG, "Last-Modified": MODIFIED}
    return Response(200, headers, FEED)


def test_the_second_run_asks_with_the_stored_validators_and_adds_nothing(
    tmp_path: Path, tiny_model: str
) -> None:
    with FaultServer({"/feed.xml": feed_route}) as server:
        registry = tmp_path / "feeds.yaml"
        registry.write_text(
            "settings: {allow_private_hosts: ['127.0.0.1'], min_host_interval: 0, retries: 0}\n"
            f"feeds:\n  - {{source: nos, name: algemeen, url: '{server.url('/feed.xml')}'}}\n",
            encoding="utf-8",
        )
        output = tmp_path / "out"
        args = ["run", "--feeds", str(registry), "--output", str(output)]
        args += ["--spacy-model", tiny_model]
        assert main(args) == 0
        assert main(args) == 0
        first, second = server.requests_to("/feed.xml")
    assert "if-none-match" not in first.headers
    assert second.headers.get("if-none-match") == ETAG
    assert second.headers.get("if-modified-since") == MODIFIED
    con = connect(output)
    assert con.execute("select count(*) from articles").fetchone() == (1,)
    # the 304 is counted as such in the second run's summary, not as a failure
    manifests = [json.loads(p.read_text()) for p in (output / "_manifests").glob("*.json")]
    (summary,) = [m["summary"] for m in manifests if m["summary"]["items_read"] == 0]
    assert summary["feeds_not_modified"] == 1
    assert summary["feeds_failed"] == 0
