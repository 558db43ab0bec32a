"""Refusals that must name their real cause (issue 20.7), against a real server on 127.0.0.1."""

from __future__ import annotations

from tests.faultserver import FaultServer
from tests.test_http import FakeClock, make_fetcher, reason_of


def test_a_refused_private_page_is_blocked_before_robots_txt_is_asked_for() -> None:
    with FaultServer({"/page": (200, {}, b"intern"), "/robots.txt": (200, {}, b"")}) as server:
        fetcher = make_fetcher(FakeClock(), allow_private=(), respect_robots=True)
        err = reason_of(fetcher, server.url("/page"), check_robots=True)
        assert err.reason == "blocked_private_address"
        assert server.hits("/robots.txt") == 0 and server.hits("/page") == 0
