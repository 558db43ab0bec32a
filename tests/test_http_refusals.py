"""What the HTTP client refuses and hides, against a real server on 127.0.0.1: refusals name their
real cause (issue 20.7), and no URL leaves the client with its credentials (issue 20.3)."""

from __future__ import annotations

from geoevents.transforms.articles import normalise_item
from geoevents.urls import redact_text
from tests.faultserver import FaultServer
from tests.test_http import FakeClock, make_fetcher, reason_of


def test_a_refused_private_page_is_blocked_before_robots_txt_is_asked_for() -> None:
    with FaultServer({"/page": (200, {}, b"intern"), "/robots.txt": (200, {}, b"")}) as server:
        fetcher = make_fetcher(FakeClock(), allow_private=(), respect_robots=True)
        err = reason_of(fetcher, server.url("/page"), check_robots=True)
        assert err.reason == "blocked_private_address"
        assert server.hits("/robots.txt") == 0 and server.hits("/page") == 0


def test_a_result_and_any_text_show_only_redacted_urls() -> None:
    with FaultServer({"/feed": (200, {}, b"<rss/>")}) as server:
        url = server.url("/feed").replace("://", "://bob:hunter2@") + "?token=T0K3N#sig=S1G"
        result = make_fetcher(FakeClock()).fetch(url)
        assert result.body == b"<rss/>"
        shown = f"{result.url} {result.final_url}"
        assert "hunter2" not in shown and "T0K3N" not in shown and "S1G" not in shown
    text = redact_text('{"feed_url": "https://bob:hunter2@nos.nl/f?api_key=K3Y&page=2"} and more')
    assert text == '{"feed_url": "https://***@nos.nl/f?api_key=***&page=2"} and more'
    assert redact_text(text) == text


def test_a_link_to_an_ipv6_literal_stays_a_url_and_is_refused_as_private() -> None:
    item = {
        "source": "nos",
        "feed": "nos",
        "fetched_at": "2024-03-20T12:00:00+00:00",
        "entry": {
            "title": "IPv6",
            "link": "http://[2001:db8::1]:8080/artikel?id=1",
            "summary": "x",
        },
    }
    article = normalise_item(item, 1000)  # used to be a bad_url dead letter
    assert article["url"] == "http://[2001:db8::1]:8080/artikel?id=1"
    err = reason_of(make_fetcher(FakeClock(), allow_private=()), article["url"])
    assert err.reason == "blocked_private_address"
