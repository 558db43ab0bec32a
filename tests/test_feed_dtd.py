"""Feeds with a DTD are refused wherever the declaration is and whatever the encoding (issue 20.1).

Expat expands internal entities that feedparser keeps, so a declaration the screen missed (after
a 64 KiB comment, or in UTF-16) turned a 10 MB feed into a 307-million-character title. Every item
field is also cut to a bounded length.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc

import pytest

from geoevents.transforms.feeds import SHORT_FIELD_CHARS, parse_feed
from tests.conftest import REPO
from tests.faultserver import FaultServer

ENTITY_FEED = (
    '<?xml version="1.0" encoding="{encoding}"?>{padding}'
    '<!DOCTYPE rss [<!ENTITY a "{value}">]>'
    '<rss version="2.0"><channel><title>NOS</title>'
    "<item><title>{refs}</title><link>https://nos.nl/artikel/1</link></item></channel></rss>"
)


def entity_feed(
    encoding: str = "UTF-8", padding: int = 0, refs: int = 4, value: str = "aaaa"
) -> str:
    return ENTITY_FEED.format(
        encoding=encoding,
        padding=f"<!--{'x' * padding}-->" if padding else "",
        value=value,
        refs="&a;" * refs,
    )


def test_an_entity_declaration_after_a_long_comment_is_refused() -> None:
    body = entity_feed(padding=100_000, refs=1_000, value="a" * 1_000).encode("utf-8")
    assert parse_feed(body) == ([], "xml_entity_declaration")


@pytest.mark.parametrize(
    ("codec", "declared"),
    [
        ("utf-16", "UTF-16"),
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
        ("utf-32", "UTF-32"),
        ("cp037", "cp037"),
        ("utf-7", "UTF-7"),
    ],
)
def test_an_entity_declaration_is_refused_in_every_encoding(codec: str, declared: str) -> None:
    body = entity_feed(encoding=declared).encode(codec)
    assert parse_feed(body) == ([], "xml_entity_declaration")


@pytest.mark.parametrize(
    "doctype",
    [
        "<!DOCTYPE rss [<!ELEMENT rss ANY>]>",
        "<!DOCTYPE rss [ ]>",
        '<!DOCTYPE rss SYSTEM "x.dtd" [<!ATTLIST rss a CDATA "b">]>',
        "<!doctype rss [<!entity a 'b'>]>",
        """<!DOCTYPE rss SYSTEM "a>b" [ %pe; ]>""",
    ],
)
def test_an_internal_dtd_subset_is_refused_even_without_entities(doctype: str) -> None:
    body = f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel/></rss>'.encode()
    assert parse_feed(body)[1] in ("xml_dtd", "xml_entity_declaration")


def test_an_external_doctype_is_allowed_and_never_fetched() -> None:
    with FaultServer({"/rss-0.91.dtd": (200, {}, b'<!ENTITY a "fetched">')}) as server:
        body = (
            '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            f'"{server.url("/rss-0.91.dtd")}"><rss version="0.91"><channel><title>NOS</title>'
            "<item><title>Bericht</title><link>https://nos.nl/artikel/1</link></item>"
            "</channel></rss>"
        ).encode()
        items, problem = parse_feed(body)
        assert problem is None and items[0]["title"] == "Bericht"
        assert server.hits("/rss-0.91.dtd") == 0


def test_a_padded_entity_feed_is_refused_in_bounded_memory() -> None:
    """The probe's 10 MB feed (comment padding, then entities) took 3.5 GB; now it is refused
    before parsing, holding a few copies of the input at most."""
    body = entity_feed(padding=10_000_000, refs=30_000, value="a" * 10_000).encode("utf-8")
    tracemalloc.start()
    try:
        assert parse_feed(body)[1] == "xml_entity_declaration"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000_000


def test_a_doctype_that_never_ends_is_refused_in_bounded_memory() -> None:
    """20 MB after "<!DOCTYPE" without a ">": a backtracking scan took 2.3 GB here. Measured in a
    fresh process (the regex engine's memory is not visible to tracemalloc)."""
    # VmHWM: the peak of this process image (ru_maxrss would carry the forking parent's peak).
    script = (
        "import re\n"
        "from transforms.xml_screen import dtd_problem\n"
        "body = b'<?xml version=\"1.0\"?><!DOCTYPE rss ' + b'a' * 20_000_000\n"
        "reason = dtd_problem(body)[1]\n"
        "status = open('/proc/self/status').read()\n"
        "print(reason, re.search(r'VmHWM:\\s*(\\d+)', status).group(1))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    reason, max_rss_kb = out.stdout.split()
    assert reason == "xml_dtd" and int(max_rss_kb) < 500_000


def test_every_text_field_is_cut_and_the_cut_is_recorded() -> None:
    long = "x" * 50_000
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>NOS</title><item>'
        f"<title>{long}</title><link>https://nos.nl/{long}</link><guid>{long}</guid>"
        f"<description>{long}</description><category>{long}</category>"
        + "".join(f"<category>c{i}</category>" for i in range(150))
        + "<pubDate>Wed, 15 Nov 2023 10:00:00 +0100</pubDate></item>"
        "<item><title>Kort</title><link>https://nos.nl/2</link></item></channel></rss>"
    ).encode()
    items, problem = parse_feed(body, max_field_chars=20_000)
    assert problem is None
    first, second = items
    assert len(first["title"]) == SHORT_FIELD_CHARS
    assert len(first["link"]) == len(first["guid"]) == SHORT_FIELD_CHARS
    assert len(first["summary"]) == 20_000
    assert len(first["categories"]) == 100 and len(first["categories"][0]) == SHORT_FIELD_CHARS
    assert first["truncated"] == ["categories", "guid", "link", "summary", "title"]
    assert second["truncated"] == []
