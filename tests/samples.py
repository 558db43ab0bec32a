"""The bundled NOS and NRC samples served over real HTTP, and a feeds file that points at them:
shared by the end-to-end and remote-output tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLES
from tests.faultserver import FaultServer

NRC_LIVE = "https://www.nrc.nl/nieuws/2023/03/24/"


def serve_samples(server: FaultServer) -> None:
    rss = {"Content-Type": "application/rss+xml; charset=utf-8"}
    base = server.url("/")
    server.add("/nosnieuwsalgemeen", (200, rss, (SAMPLES / "nos-nieuwsalgemeen.xml").read_bytes()))
    server.add(
        "/nosnieuwsbuitenland", (200, rss, (SAMPLES / "nos-nieuwsbuitenland.xml").read_bytes())
    )
    server.add(
        "/nosnieuwspolitiek",
        (200, {"Content-Type": "text/html"}, (SAMPLES / "nos-nieuwspolitiek.html").read_bytes()),
    )
    nrc = (
        (SAMPLES / "nrc-rss.xml")
        .read_text(encoding="utf-8")
        .replace(NRC_LIVE, base + "nieuws/2023/03/24/")
    )
    server.add("/rss/", (200, rss, nrc.encode("utf-8")))
    page = (SAMPLES / "pages" / "nrc-a4160851.html").read_bytes()
    server.add(
        "/nieuws/2023/03/24/xi-en-poetin-bouwen-aan-een-alternatief-voor-de-wereldorde-a4160851",
        (200, {"Content-Type": "text/html; charset=utf-8"}, page),
    )
    server.add(
        "/robots.txt",
        (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /abonnement/\n"),
    )


def feed_file(tmp_path: Path, server: FaultServer) -> str:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "settings: {allow_private_hosts: ['127.0.0.1'], min_host_interval: 0, retries: 0, read_timeout: 5}\n"
        "feeds:\n"
        f"  - {{source: nos, name: nosnieuwsalgemeen, url: '{server.url('/nosnieuwsalgemeen')}'}}\n"
        f"  - {{source: nos, name: nosnieuwsbuitenland, url: '{server.url('/nosnieuwsbuitenland')}'}}\n"
        f"  - {{source: nos, name: nosnieuwspolitiek, url: '{server.url('/nosnieuwspolitiek')}'}}\n"
        f"  - {{source: nrc, name: nrc, url: '{server.url('/rss/')}', fetch_pages: true}}\n",
        encoding="utf-8",
    )
    return str(path)
