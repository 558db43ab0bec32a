"""Page extraction per structure common on Dutch news sites (issue 17.1, 17.2), on the golden pages
of ``tests/golden/make_pages.py``: recall of the expected paragraphs (the lead above all), and no
navigation, repeated title, social prompt or unrelated headlines. The pages are served by a local
HTTP server and fetched through the real page stage."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from apache_beam.pvalue import TaggedOutput

from geoevents.config import Settings
from geoevents.transforms.articles import FetchPageFn, extract_main_text
from tests.faultserver import FaultServer
from tests.golden import make_pages

PAGES = Path(make_pages.__file__).resolve().parent / "pages"
NAMES = sorted(make_pages.PAGES)


def spec(name: str) -> dict:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def recall(text: str, expected: list[str]) -> float:
    return sum(paragraph in text for paragraph in expected) / len(expected)


def test_golden_pages_are_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_pages, "OUT", tmp_path)
    make_pages.main()
    for path in sorted(tmp_path.iterdir()):
        assert path.read_bytes() == (PAGES / path.name).read_bytes(), path.name
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in PAGES.iterdir()}


@pytest.mark.parametrize("name", NAMES)
def test_extraction_keeps_the_lead_and_drops_furniture(name: str) -> None:
    want = spec(name)
    text = extract_main_text((PAGES / f"{name}.html").read_bytes(), "https://nieuws.test/a")
    assert recall(text, want["expected"]) == 1.0, (name, text)
    assert not [bad for bad in want["forbidden"] if bad in text], (name, text)
    assert want["title"] not in text, (name, text)


def test_page_stage_recall_per_structure_over_http() -> None:
    """Every structure through FetchPageFn from 127.0.0.1, with the article's own title."""
    settings = Settings(allow_private_hosts=("127.0.0.1",), min_host_interval=0, retries=0)
    html = {"Content-Type": "text/html; charset=utf-8"}
    with FaultServer() as server:
        for name in NAMES:
            server.add(f"/{name}", (200, html, (PAGES / f"{name}.html").read_bytes()))
        fn = FetchPageFn(settings, frozenset({"127.0.0.1"}), "run")
        fn.setup()
        try:
            scores = {}
            for name in NAMES:
                article = {
                    "url": server.url(f"/{name}"),
                    "title": spec(name)["title"],
                    "body": "teaser",
                    "fetch_pages": True,
                    "source": "test",
                    "feed": "test",
                    "article_id": name,
                    "fetched_at": datetime(2024, 3, 12, tzinfo=UTC),
                }
                # the stage also emits its counts (tagged COUNTS outputs): keep the article
                (out,) = [o for o in fn.process(article) if not isinstance(o, TaggedOutput)]
                assert out["body_source"] == "page", name
                scores[name] = recall(out["body"], spec(name)["expected"])
                assert not out["body"].startswith(spec(name)["title"]), name
        finally:
            fn.teardown()
    assert scores == dict.fromkeys(NAMES, 1.0), scores


def test_repair_cuts_only_short_trailers_and_adds_only_the_first_lead() -> None:
    from geoevents.transforms.page_text import repair

    page = (
        "<html><body><h1>Titel</h1><p class='article-intro'>De minister van Financien maakte "
        "dinsdag de nieuwe begroting bekend.</p><aside><p class='intro'>Een teaser van een "
        "ander artikel in de zijbalk van de pagina.</p></aside><div class='lead'>Nog een teaser "
        "van een ander artikel onder het artikel.</div></body></html>"
    )
    text = repair("Titel\n\nAlinea een.\n\nVolg ons op Twitter voor meer.\n\nKop elders", page)
    assert (
        text
        == "De minister van Financien maakte dinsdag de nieuwe begroting bekend.\n\nAlinea een."
    )
    quote = "Alinea.\n\n'Volg ons niet naar Facebook', zei de minister, " + "lang " * 80
    assert repair(quote, "<p>x</p>") == quote
