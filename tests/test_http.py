"""Fault-injection tests for transforms.http against a real local HTTP(S) server."""

from __future__ import annotations

import email.utils
import gzip
import ipaddress
import logging
import pickle
import socket
import ssl
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from geoevents.transforms.http import (
    LOCAL_FILES,
    Fetcher,
    FetchError,
    FetchSettings,
    is_blocked_address,
    redact_url,
)
from tests.faultserver import (
    FaultServer,
    Pause,
    Request,
    Response,
    closed_port,
    gzip_body,
    redirect,
    sequence,
)

START = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)


class FakeClock:
    """Clock and sleep in one: sleeping advances the clock, nothing really waits."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += timedelta(seconds=seconds)


def fake_resolver(*names: str):
    """Resolve ``names`` to 127.0.0.1 and everything else like the system would."""

    def resolve(host: str, port: int, family: int = 0, socktype: int = 0):
        if host in names:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return socket.getaddrinfo(host, port, family, socktype)

    return resolve


def settings(**overrides) -> FetchSettings:
    base = {
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "total_timeout": 5.0,
        "retries": 2,
        "backoff_base": 1.0,
        "min_host_interval": 0.0,
        "allow_private": ("127.0.0.1",),
    }
    base.update(overrides)
    return FetchSettings(**base)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_fetcher(clock: FakeClock, **overrides) -> Fetcher:
    resolver = overrides.pop("resolver", None)
    kwargs = {"clock": clock, "sleep": clock.sleep}
    if resolver is not None:
        kwargs["resolver"] = resolver
    return Fetcher(settings(**overrides), **kwargs)


def reason_of(fetcher: Fetcher, url: str, **kwargs) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url, **kwargs)
    return info.value


# --------------------------------------------------------------------------- basics


def test_ok_returns_body_headers_and_clock_time(server, clock):
    server.add(
        "/feed.xml",
        (200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, b"<rss/>"),
    )
    fetcher = make_fetcher(clock)
    res = fetcher.fetch(server.url("/feed.xml"))
    assert res.status == 200
    assert res.body == b"<rss/>"
    assert res.headers["content-type"] == "application/rss+xml"
    assert res.etag == '"v1"'
    assert not res.not_modified
    assert res.url == res.final_url == server.url("/feed.xml")
    assert res.fetched_at == START
    sent = server.requests_to("/feed.xml")[0].headers
    assert sent["user-agent"].startswith("geoevents/")
    assert "gzip" in sent["accept-encoding"]


def test_missing_and_wrong_content_type_still_return_the_body(server, clock):
    server.add("/none", (200, {}, b"<rss>plain</rss>"))
    server.add("/wrong", (200, {"Content-Type": "image/png"}, b"<rss>png?</rss>"))
    fetcher = make_fetcher(clock)
    none = fetcher.fetch(server.url("/none"))
    wrong = fetcher.fetch(server.url("/wrong"))
    assert none.body == b"<rss>plain</rss>" and "content-type" not in none.headers
    assert wrong.body == b"<rss>png?</rss>"
    assert wrong.headers["content-type"] == "image/png"


def test_gzip_and_deflate_bodies_are_decoded(server, clock):
    text = "Nieuws uit Den Haag — Rijswijk, Curaçao ".encode() * 500
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = raw_deflate.compress(text) + raw_deflate.flush()
    server.add("/gz", (200, {"Content-Encoding": "gzip"}, gzip_body(text)))
    server.add("/zlib", (200, {"Content-Encoding": "deflate"}, zlib.compress(text)))
    server.add("/raw", (200, {"Content-Encoding": "deflate"}, raw))
    server.add(
        "/two-members",
        (200, {"Content-Encoding": "gzip"}, gzip_body(text) + gzip_body(b"tail")),
    )
    server.add("/corrupt", (200, {"Content-Encoding": "gzip"}, b"\x1f\x8bnot gzip"))
    fetcher = make_fetcher(clock)
    for path in ("/gz", "/zlib", "/raw"):
        assert fetcher.fetch(server.url(path)).body == text, path
    assert fetcher.fetch(server.url("/two-members")).body == text + b"tail"
    assert reason_of(fetcher, server.url("/corrupt")).reason == "decode_error"


def test_bad_urls_are_rejected(clock):
    fetcher = make_fetcher(clock)
    for url in ("ftp://example.org/x", "http://", "http://example.org:99999/", " "):
        assert reason_of(fetcher, url).reason == "bad_url", url


# --------------------------------------------------------------------------- status codes


@pytest.mark.parametrize("status", [404, 410, 403])
def test_client_errors_fail_fast_without_retry(server, clock, status):
    server.add("/gone", (status, {}, b"nope"))
    fetcher = make_fetcher(clock)
    err = reason_of(fetcher, server.url("/gone"))
    assert err.reason == f"http_{status}"
    assert err.status == status
    assert server.hits("/gone") == 1
    assert clock.sleeps == []


def test_5xx_then_success_retries_with_exponential_backoff(server, clock):
    server.add(
        "/flaky",
        sequence((500, {}, b""), (503, {}, b""), (200, {}, b"finally")),
    )
    fetcher = make_fetcher(clock, retries=3, backoff_base=1.0)
    res = fetcher.fetch(server.url("/flaky"))
    assert res.body == b"finally"
    assert server.hits("/flaky") == 3
    assert clock.sleeps == [1.0, 2.0]


def test_persistent_5xx_gives_http_5xx_after_all_retries(server, clock):
    server.add("/down", (502, {}, b""))
    fetcher = make_fetcher(clock, retries=2, backoff_base=0.5)
    err = reason_of(fetcher, server.url("/down"))
    assert err.reason == "http_5xx" and err.status == 502
    assert server.hits("/down") == 3
    assert clock.sleeps == [0.5, 1.0]


def test_429_honours_retry_after_seconds(server, clock):
    server.add(
        "/limited",
        sequence((429, {"Retry-After": "7"}, b""), (200, {}, b"ok")),
    )
    fetcher = make_fetcher(clock, total_timeout=60.0)
    assert fetcher.fetch(server.url("/limited")).body == b"ok"
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_and_cap(server, clock):
    when = email.utils.format_datetime(START + timedelta(seconds=30), usegmt=True)
    server.add(
        "/date",
        sequence((503, {"Retry-After": when}, b""), (200, {}, b"ok")),
    )
    server.add(
        "/huge",
        sequence((429, {"Retry-After": "86400"}, b""), (200, {}, b"ok")),
    )
    fetcher = make_fetcher(clock, max_retry_after=60.0, total_timeout=300.0)
    fetcher.fetch(server.url("/date"))
    fetcher.fetch(server.url("/huge"))
    assert clock.sleeps == [30.0, 60.0]


def test_persistent_429_reports_http_429(server, clock):
    server.add("/limited", (429, {"Retry-After": "2"}, b""))
    fetcher = make_fetcher(clock, retries=1)
    err = reason_of(fetcher, server.url("/limited"))
    assert err.reason == "http_429"
    assert server.hits("/limited") == 2
    assert clock.sleeps == [2.0]


# --------------------------------------------------------------------------- conditional GET


def test_conditional_get_sends_the_validators_and_reads_a_304(server, clock):
    """The fetcher's half of conditional GET; storing the validators between runs is the batch
    job's (tests/test_conditional_get.py)."""
    lm = "Sun, 22 Nov 2026 10:00:00 GMT"

    def feed(request: Request) -> Response:
        if request.headers.get("if-none-match") == '"abc"':
            return Response(304, {"ETag": '"abc"'}, b"")
        return Response(200, {"ETag": '"abc"', "Last-Modified": lm}, b"<rss>1</rss>")

    server.add("/feed", feed)
    fetcher = make_fetcher(clock)
    url = server.url("/feed")
    first = fetcher.fetch(url)
    assert first.body == b"<rss>1</rss>" and not first.not_modified
    assert (first.etag, first.last_modified) == ('"abc"', lm)
    second = fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304 and second.body == b""
    assert second.etag == '"abc"' and second.last_modified == lm
    sent = server.requests_to("/feed")[1].headers
    assert sent["if-none-match"] == '"abc"'
    assert sent["if-modified-since"] == lm


# --------------------------------------------------------------------------- timeouts


def test_stall_mid_body_times_out_and_is_retried(server, clock):
    server.add(
        "/stall",
        Response(200, {"Content-Length": "1000"}, [b"<rss>" + b"x" * 100, Pause(30)]),
    )
    fetcher = make_fetcher(clock, read_timeout=0.3, retries=1)
    err = reason_of(fetcher, server.url("/stall"))
    assert err.reason == "timeout"
    assert server.hits("/stall") == 2
    assert clock.sleeps == [1.0]


def test_trickling_body_hits_total_timeout(server, clock):
    chunks: list[bytes | Pause] = []
    for _ in range(40):
        chunks += [b"x" * 10, Pause(0.1)]
    server.add("/trickle", Response(200, {}, chunks))
    fetcher = make_fetcher(clock, read_timeout=1.0, total_timeout=0.5, retries=0)
    assert reason_of(fetcher, server.url("/trickle")).reason == "timeout"
    # The fetcher hung up mid-stream instead of waiting for the whole trickle.
    assert server.hits("/trickle") == 1
    assert server.completions("/trickle") == 0


def test_unreachable_port_is_connect_error_after_retries(clock):
    fetcher = make_fetcher(clock, retries=2)
    err = reason_of(fetcher, f"http://127.0.0.1:{closed_port()}/feed")
    assert err.reason == "connect_error"
    assert clock.sleeps == [1.0, 2.0]


def test_dns_failure_is_dns_error(clock):
    def no_dns(host, port, family=0, socktype=0):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    fetcher = make_fetcher(clock, retries=0, resolver=no_dns)
    assert reason_of(fetcher, "http://nowhere.test/").reason == "dns_error"


# --------------------------------------------------------------------------- size caps


def test_oversized_body_with_content_length_is_refused(server, clock):
    server.add("/big", (200, {}, b"x" * 5000))
    fetcher = make_fetcher(clock, max_bytes=1000)
    assert reason_of(fetcher, server.url("/big")).reason == "too_large"


def test_oversized_streamed_body_without_length_is_refused(server, clock):
    server.add("/stream", Response(200, {}, [b"x" * 600] * 10))
    server.add("/fits", Response(200, {}, [b"y" * 500] * 2))
    fetcher = make_fetcher(clock, max_bytes=1000)
    assert reason_of(fetcher, server.url("/stream")).reason == "too_large"
    assert fetcher.fetch(server.url("/fits")).body == b"y" * 1000


def test_gzip_bomb_is_stopped_by_decoded_size(server, clock):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    server.add("/bomb", (200, {"Content-Encoding": "gzip"}, bomb))
    fetcher = make_fetcher(clock, max_bytes=1_000_000)
    tracemalloc.start()
    try:
        err = reason_of(fetcher, server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.reason == "too_large"
    # Inflation stopped near the cap instead of expanding all 50 MB.
    assert peak < 10_000_000


# --------------------------------------------------------------------------- redirects


def test_redirect_chain_is_followed(server, clock):
    server.add("/a", redirect("/b", 301))
    server.add("/b", redirect(server.url("/c"), 302))
    server.add("/c", redirect("d", 307))
    server.add("/d", (200, {}, b"landed"))
    fetcher = make_fetcher(clock)
    res = fetcher.fetch(server.url("/a"))
    assert res.body == b"landed"
    assert res.url == server.url("/a")
    assert res.final_url == server.url("/d")


def test_too_long_redirect_chain_and_loop_are_bounded(server, clock):
    for i in range(6):
        server.add(f"/r{i}", redirect(f"/r{i + 1}"))
    server.add("/r6", (200, {}, b"too far"))
    server.add("/loop", redirect("/loop"))
    fetcher = make_fetcher(clock, max_redirects=5)
    assert reason_of(fetcher, server.url("/r0")).reason == "too_many_redirects"
    assert server.hits("/r6") == 0
    assert reason_of(fetcher, server.url("/loop")).reason == "too_many_redirects"
    assert server.hits("/loop") == 6
    assert fetcher.fetch(server.url("/r1")).body == b"too far"


def test_redirect_to_file_scheme_or_without_location_is_refused(server, clock):
    server.add("/tofile", redirect("file:///etc/passwd"))
    server.add("/nolocation", (302, {}, b""))
    fetcher = make_fetcher(clock)
    assert reason_of(fetcher, server.url("/tofile")).reason == "bad_redirect"
    assert reason_of(fetcher, server.url("/nolocation")).reason == "bad_redirect"


# --------------------------------------------------------------------------- SSRF rules


def test_private_address_is_blocked_unless_allowed(server, clock):
    server.add("/ok", (200, {}, b"secret"))
    fetcher = make_fetcher(clock, allow_private=())
    err = reason_of(fetcher, server.url("/ok"))
    assert err.reason == "blocked_private_address"
    assert server.hits("/ok") == 0


def test_redirect_to_private_address_is_blocked(server, clock):
    server.add("/ok", (200, {}, b"internal"))
    server.add("/jump", redirect(server.url("/ok")))
    fetcher = make_fetcher(
        clock, allow_private=("feeds.test",), resolver=fake_resolver("feeds.test")
    )
    assert fetcher.fetch(server.url("/ok", host="feeds.test")).body == b"internal"
    err = reason_of(fetcher, server.url("/jump", host="feeds.test"))
    assert err.reason == "blocked_private_address"
    assert server.hits("/ok") == 1


def test_connects_to_the_checked_address_with_original_host_header(server, clock):
    server.add("/page", (200, {}, b"hi"))
    fetcher = make_fetcher(
        clock, allow_private=("feeds.test",), resolver=fake_resolver("feeds.test")
    )
    fetcher.fetch(server.url("/page", host="feeds.test"))
    assert server.requests_to("/page")[0].headers["host"] == f"feeds.test:{server.port}"


def test_mixed_public_and_private_resolution_is_blocked(clock):
    def mixed(host, port, family=0, socktype=0):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::ffff:10.0.0.1", port, 0, 0)),
        ]

    fetcher = make_fetcher(clock, allow_private=(), resolver=mixed)
    err = reason_of(fetcher, "http://rebind.test/")
    assert err.reason == "blocked_private_address"


@pytest.mark.parametrize(
    "ip",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "fec0::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "2002:7f00:1::",
        "64:ff9b::a00:1",
    ],
)
def test_non_public_addresses_are_blocked(ip):
    assert is_blocked_address(ip)


@pytest.mark.parametrize(
    "ip", ["93.184.216.34", "8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8"]
)
def test_public_addresses_are_allowed(ip):
    assert not is_blocked_address(ip)


def test_allow_private_accepts_cidr(server, clock):
    server.add("/ok", (200, {}, b"lan"))
    fetcher = make_fetcher(clock, allow_private=("127.0.0.0/8",))
    assert fetcher.fetch(server.url("/ok")).body == b"lan"
    assert ipaddress.ip_address("127.0.0.1") in ipaddress.ip_network("127.0.0.0/8")


def test_allowed_hosts_restricts_hosts_and_redirect_hops(server, clock):
    server.add("/article", (200, {}, b"artikel"))
    server.add("/away", redirect(server.url("/article", host="evil.test")))
    fetcher = make_fetcher(
        clock,
        allow_private=("127.0.0.1",),
        resolver=fake_resolver("nos.test", "www.nos.test", "evil.test"),
    )
    allowed = frozenset({"nos.test"})
    res = fetcher.fetch(server.url("/article", host="www.nos.test"), allowed_hosts=allowed)
    assert res.body == b"artikel"
    err = reason_of(fetcher, server.url("/article", host="evil.test"), allowed_hosts=allowed)
    assert err.reason == "host_not_allowed"
    err = reason_of(fetcher, server.url("/away", host="nos.test"), allowed_hosts=allowed)
    assert err.reason == "host_not_allowed"
    assert server.hits("/article") == 1


# --------------------------------------------------------------------------- robots.txt


ROBOTS = b"""User-agent: otherbot
Disallow: /

User-agent: geoevents
Disallow: /private/
"""


def test_robots_disallow_is_honoured_and_cached(server, clock):
    server.add("/robots.txt", (200, {"Content-Type": "text/plain"}, ROBOTS))
    server.add("/private/a", (200, {}, b"hidden"))
    server.add("/news/a", (200, {}, b"visible"))
    fetcher = make_fetcher(clock)
    err = reason_of(fetcher, server.url("/private/a"), check_robots=True)
    assert err.reason == "robots_disallowed"
    assert server.hits("/private/a") == 0
    assert fetcher.fetch(server.url("/news/a"), check_robots=True).body == b"visible"
    assert fetcher.fetch(server.url("/private/a")).body == b"hidden"
    assert server.hits("/robots.txt") == 1


def test_robots_can_be_switched_off_in_settings(server, clock):
    server.add("/robots.txt", (200, {}, b"User-agent: *\nDisallow: /\n"))
    server.add("/page", (200, {}, b"page"))
    fetcher = make_fetcher(clock, respect_robots=False)
    assert fetcher.fetch(server.url("/page"), check_robots=True).body == b"page"
    assert server.hits("/robots.txt") == 0


def test_missing_robots_allows_and_failing_robots_disallows(clock):
    with FaultServer({"/page": (200, {}, b"page")}) as no_robots:
        fetcher = make_fetcher(clock)
        assert fetcher.fetch(no_robots.url("/page"), check_robots=True).body == b"page"
    with FaultServer({"/page": (200, {}, b"page"), "/robots.txt": (503, {}, b"")}) as broken:
        fetcher = make_fetcher(clock, retries=1)
        err = reason_of(fetcher, broken.url("/page"), check_robots=True)
        assert err.reason == "robots_disallowed"
        assert broken.hits("/page") == 0


# --------------------------------------------------------------------------- politeness


def test_politeness_spaces_requests_per_host(server, clock):
    server.add("/a", (200, {}, b"a"))
    server.add("/b", (200, {}, b"b"))
    fetcher = make_fetcher(
        clock,
        min_host_interval=5.0,
        resolver=fake_resolver("other.test"),
        allow_private=("127.0.0.1",),
    )
    fetcher.fetch(server.url("/a"))
    fetcher.fetch(server.url("/b", host="other.test"))
    assert clock.sleeps == []
    fetcher.fetch(server.url("/b"))
    assert clock.sleeps == [5.0]
    clock.now += timedelta(seconds=10)
    fetcher.fetch(server.url("/a"))
    assert clock.sleeps == [5.0]


# --------------------------------------------------------------------------- secrets


def test_redact_url_hides_credentials_and_tokens():
    url = "https://alice:s3cret@feeds.test/rss?page=2&api_key=XYZ&token=abc"
    red = redact_url(url)
    assert "s3cret" not in red and "alice" not in red
    assert "XYZ" not in red and "abc" not in red
    assert "page=2" in red and "feeds.test/rss" in red


def test_errors_and_logs_never_contain_secrets(server, clock, caplog):
    server.add("/feed", (503, {}, b""))
    fetcher = make_fetcher(clock, retries=1)
    url = server.url("/feed").replace("://", "://bob:hunter2@") + "?access_token=T0K"
    with caplog.at_level(logging.DEBUG, logger="geoevents.transforms.http"):
        err = reason_of(fetcher, url)
    assert err.reason == "http_5xx"
    texts = [str(err), err.url, caplog.text]
    assert all("hunter2" not in t and "T0K" not in t for t in texts)
    assert "retrying" in caplog.text
    sent = server.requests_to("/feed")[0].headers
    assert sent["authorization"].startswith("Basic ")


def test_credentials_do_not_follow_a_redirect_to_another_host(server, clock):
    server.add("/private", redirect(server.url("/landing", host="other.test")))
    server.add("/landing", (200, {}, b"ok"))
    fetcher = make_fetcher(clock, resolver=fake_resolver("other.test"))
    url = server.url("/private").replace("://", "://bob:hunter2@")
    assert fetcher.fetch(url).body == b"ok"
    assert "authorization" in server.requests_to("/private")[0].headers
    assert "authorization" not in server.requests_to("/landing")[0].headers


# --------------------------------------------------------------------------- local files


def test_local_files_and_file_urls(tmp_path, clock):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(b"<rss>offline</rss>")
    fetcher = make_fetcher(clock, max_bytes=100)
    assert fetcher.fetch(str(feed)).body == b"<rss>offline</rss>"
    res = fetcher.fetch(feed.as_uri())
    assert res.body == b"<rss>offline</rss>" and res.status == 200
    again = fetcher.fetch(feed.as_uri(), last_modified=res.last_modified)
    assert again.not_modified and again.body == b""
    assert reason_of(fetcher, str(tmp_path / "missing.xml")).reason == "file_not_found"
    (tmp_path / "big.xml").write_bytes(b"x" * 101)
    assert reason_of(fetcher, str(tmp_path / "big.xml")).reason == "too_large"
    assert reason_of(fetcher, str(tmp_path)).reason == "file_error"


def test_local_files_are_refused_when_hosts_are_restricted(tmp_path, clock):
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    fetcher = make_fetcher(clock)
    err = reason_of(fetcher, page.as_uri(), allowed_hosts=frozenset({"nos.nl"}))
    assert err.reason == "host_not_allowed"
    allowed = frozenset({"nos.nl", LOCAL_FILES})
    assert fetcher.fetch(page.as_uri(), allowed_hosts=allowed).body == b"<p>x</p>"


# --------------------------------------------------------------------------- settings & Beam


@pytest.mark.parametrize(
    "bad",
    [
        {"connect_timeout": 0},
        {"read_timeout": -1},
        {"total_timeout": float("nan")},
        {"retries": -1},
        {"retries": 1.5},
        {"max_bytes": 0},
        {"max_redirects": True},
        {"backoff_base": float("inf")},
        {"user_agent": ""},
        {"user_agent": "bot\r\nX-Evil: 1"},
        {"allow_private": "127.0.0.1"},
        {"respect_robots": "yes"},
    ],
)
def test_bad_settings_fail_fast(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        FetchSettings(**bad)


def test_settings_fetcher_and_errors_pickle(server):
    server.add("/x", (200, {}, b"x"))
    fs = settings(allow_private=["127.0.0.1"])
    assert pickle.loads(pickle.dumps(fs)) == fs
    fetcher = pickle.loads(pickle.dumps(Fetcher(fs)))
    assert fetcher.fetch(server.url("/x")).body == b"x"
    fetcher.close()
    err = pickle.loads(pickle.dumps(FetchError("http_404", "http://a:b@x/", "HTTP 404", 404)))
    assert (err.reason, err.status, err.url) == ("http_404", 404, "http://***@x/")


# --------------------------------------------------------------------------- TLS


def _make_certs(tmp_path: Path, hostname: str) -> tuple[Path, Path, Path]:
    """A throwaway CA and a leaf certificate for ``hostname``."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "geoevents test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = (tmp_path / n for n in ("ca.pem", "leaf.pem", "leaf.key"))
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, cert_path, key_path


def test_https_verifies_the_real_hostname_while_pinning_the_ip(tmp_path, clock):
    ca_path, cert_path, key_path = _make_certs(tmp_path, "feeds.test")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert_path, key_path)
    with FaultServer({"/rss": (200, {}, b"<rss>tls</rss>")}, ssl_context=ctx) as srv:
        fetcher = make_fetcher(
            clock,
            allow_private=("127.0.0.1",),
            ca_bundle=str(ca_path),
            resolver=fake_resolver("feeds.test", "other.test"),
            retries=0,
        )
        assert fetcher.fetch(srv.url("/rss", host="feeds.test")).body == b"<rss>tls</rss>"
        err = reason_of(fetcher, srv.url("/rss", host="other.test"))
        assert err.reason == "tls_error"
        untrusting = make_fetcher(clock, resolver=fake_resolver("feeds.test"), retries=0)
        err = reason_of(untrusting, srv.url("/rss", host="feeds.test"))
        assert err.reason == "tls_error"
