"""Time limits against a real trickling server on 127.0.0.1 (issue 20.2).

Socket timeouts bound each read, not the exchange: a server that sent one header byte every 2 s
held a fetch for 158 s against a 60 s ``total_timeout``, and retries multiplied it. The budget now
runs from the first request (connect, headers, body, redirects, robots.txt, retries and their
waits), and the run's deadline caps every fetch. Bounds below are generous: they only tell a
stopped fetch from one that waited for the whole trickle.
"""

from __future__ import annotations

import time

import pytest

from tests.faultserver import FaultServer, header_trickle, sequence
from tests.test_http import FakeClock, make_fetcher, reason_of

TRICKLE_SECONDS = 20.0  # how long the server would take to finish its headers


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def timed_reason(fetcher, url: str, **kwargs) -> tuple[str, float]:
    started = time.monotonic()
    err = reason_of(fetcher, url, **kwargs)
    return err.reason, time.monotonic() - started


def test_a_header_trickler_is_cut_at_total_timeout(server) -> None:
    server.add("/feed", header_trickle(TRICKLE_SECONDS))
    fetcher = make_fetcher(FakeClock(), read_timeout=1.0, total_timeout=0.5, retries=0)
    reason, seconds = timed_reason(fetcher, server.url("/feed"))
    assert reason == "timeout" and seconds < 5
    assert server.completions("/feed") == 0


def test_retries_count_against_the_total_timeout(server) -> None:
    server.add("/feed", header_trickle(TRICKLE_SECONDS))
    clock = FakeClock()
    fetcher = make_fetcher(clock, read_timeout=1.0, total_timeout=0.5, retries=3)
    reason, seconds = timed_reason(fetcher, server.url("/feed"))
    assert reason == "timeout" and seconds < 5
    assert server.hits("/feed") == 1 and clock.sleeps == []


def test_backoff_that_would_outlast_the_budget_fails_with_the_servers_reason(server) -> None:
    server.add("/down", (503, {}, b""))
    server.add("/limited", sequence((429, {"Retry-After": "7"}, b""), (200, {}, b"ok")))
    clock = FakeClock()
    fetcher = make_fetcher(clock, retries=3, backoff_base=1.0, total_timeout=2.5)
    assert reason_of(fetcher, server.url("/down")).reason == "http_5xx"
    assert server.hits("/down") == 2 and clock.sleeps == [1.0]  # 1 s waited, 2 s would not fit
    assert reason_of(fetcher, server.url("/limited")).reason == "http_429"
    assert server.hits("/limited") == 1


def test_the_run_deadline_cuts_a_fetch_in_flight(server) -> None:
    server.add("/feed", header_trickle(TRICKLE_SECONDS))
    fetcher = make_fetcher(FakeClock(), read_timeout=5.0, total_timeout=60.0)
    reason, seconds = timed_reason(fetcher, server.url("/feed"), deadline=time.time() + 0.5)
    assert reason == "run_deadline" and seconds < 5


def test_a_fetch_past_the_run_deadline_never_connects(server, tmp_path) -> None:
    server.add("/feed", (200, {}, b"<rss/>"))
    (tmp_path / "feed.xml").write_bytes(b"<rss/>")
    fetcher = make_fetcher(FakeClock())
    past = time.time() - 1
    assert reason_of(fetcher, server.url("/feed"), deadline=past).reason == "run_deadline"
    assert reason_of(fetcher, str(tmp_path / "feed.xml"), deadline=past).reason == "run_deadline"
    assert server.hits("/feed") == 0


def test_a_trickling_robots_txt_counts_against_the_page_budget(server) -> None:
    server.add("/robots.txt", header_trickle(TRICKLE_SECONDS))
    server.add("/page", (200, {}, b"<html>tekst</html>"))
    fetcher = make_fetcher(FakeClock(), read_timeout=1.0, total_timeout=0.5, retries=0)
    reason, seconds = timed_reason(fetcher, server.url("/page"), check_robots=True)
    # robots.txt that times out means "disallowed" (like Google); the page is never asked for.
    assert reason == "robots_disallowed" and seconds < 5
    assert server.hits("/page") == 0


def test_a_run_deadline_during_robots_txt_is_not_cached_as_a_verdict(server) -> None:
    server.add("/robots.txt", header_trickle(TRICKLE_SECONDS))
    server.add("/page", (200, {}, b"<html>tekst</html>"))
    fetcher = make_fetcher(FakeClock(), read_timeout=5.0, total_timeout=60.0)
    url = server.url("/page")
    assert reason_of(fetcher, url, check_robots=True, deadline=time.time() + 0.3).reason == (
        "run_deadline"
    )
    server.add("/robots.txt", (404, {}, b""))
    assert fetcher.fetch(url, check_robots=True).body == b"<html>tekst</html>"
