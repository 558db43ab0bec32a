"""Polite, SSRF-safe, bounded HTTP fetching for RSS feeds and article pages.

Why this exists: feeds and article links come from the network, so every URL is
untrusted. The fetcher therefore

* streams bodies and caps the *decoded* size (gzip/deflate bombs included) and the
  wall-clock time per fetch (servers that trickle bytes forever, in headers or body);
* follows redirects by hand so every hop is re-checked against ``allowed_hosts``,
  the private-address rule and robots.txt;
* resolves each host itself, refuses private/loopback/link-local/multicast/reserved/
  unspecified addresses (IPv4 and IPv6, including IPv4-mapped, 6to4, Teredo and NAT64
  forms) and then connects to exactly the address it checked (the TLS handshake still
  uses the real host name for SNI and certificate checks), so DNS rebinding between
  check and connect is not possible;
* retries connect errors, timeouts, 429 and 500/502/503/504 with deterministic
  exponential backoff, honouring ``Retry-After``;
* keeps a per-host minimum interval between requests;
* never shows credentials: errors, logs and :class:`FetchResult` carry URLs through
  :func:`redact_url`.

Robots policy: see :mod:`transforms.http_robots` (article pages only, Google's rules).

``allowed_hosts`` matches a host and its subdomains (``nos.nl`` allows ``feeds.nos.nl``).
``file://`` URLs and plain paths are read from disk with the same size cap (offline runs,
backfills); when ``allowed_hosts`` is given they are refused unless it contains
:data:`LOCAL_FILES`, so a feed cannot point the page fetcher at ``/etc/passwd``.

Time: ``total_timeout`` runs from a fetch's first request and covers everything after it
(connect, TLS, headers, body, redirects, robots.txt, retries and their waits); a wait that
would outlast it is not started. ``fetch(..., deadline=...)`` caps it by the run's end
(reason ``run_deadline``). A :class:`~transforms.http_body.Watchdog` shuts the socket when
the time is up, since socket timeouts bound single reads only (a header byte every few
seconds never trips them). Name resolution is not interruptible and is not bounded.

Proxies (``HTTP_PROXY`` etc.) are deliberately not used: connecting through a proxy
would hand name resolution to the proxy and defeat the address pinning above.

Beam: ``FetchSettings`` is a frozen dataclass of plain values and pickles; build the
``Fetcher`` in ``DoFn.setup`` and call ``close()`` in ``DoFn.teardown``. A ``Fetcher``
also pickles (its pools, caches and locks are rebuilt on unpickling) as long as the
injected clock/sleep/resolver are picklable (the defaults are).
"""

from __future__ import annotations

import collections
import email.utils
import logging
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import urllib3
from urllib3 import exceptions as u3exc

from geoevents.transforms.http_address import (
    AddressPinning,
    Resolver,
    default_resolver,
    short_error,
)
from geoevents.transforms.http_body import (
    CHUNK_SIZE,
    BodyReader,
    Budget,
    Response,
    Watchdog,
)
from geoevents.transforms.http_robots import (
    ROBOTS_ERROR_TTL,
    ROBOTS_MAX_BYTES,
    ROBOTS_TTL,
    RobotsPolicy,
)
from geoevents.transforms.http_settings import DEFAULT_USER_AGENT, FetchResult, FetchSettings
from geoevents.urls import (
    FetchError,
    Target,
    host_matches,
    is_blocked_address,
    is_local_url,
    parse_http_url,
    parse_retry_after,
    redact_url,
)

__all__ = [
    "ROBOTS_ERROR_TTL",
    "ROBOTS_MAX_BYTES",
    "ROBOTS_TTL",
    "DEFAULT_USER_AGENT",
    "LOCAL_FILES",
    "Fetcher",
    "FetchError",
    "FetchResult",
    "FetchSettings",
    "host_matches",
    "is_blocked_address",
    "parse_retry_after",
    "redact_url",
]

log = logging.getLogger(__name__)

#: ``allowed_hosts`` entry that permits ``file://`` URLs and plain local paths.
LOCAL_FILES = ""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def utc_now() -> datetime:
    """Default clock: aware UTC ``datetime``."""
    return datetime.now(UTC)


class Fetcher(RobotsPolicy, AddressPinning):
    """Fetches http(s) URLs and local files under the limits in :class:`FetchSettings`.

    Thread-safe: politeness slots, robots cache and connection pools are guarded by a lock.

    ``clock() -> datetime`` stamps ``fetched_at`` and dates ``Retry-After`` and the robots
    cache; ``sleep(seconds)`` does every wait (backoff, Retry-After, politeness), so tests
    inject a fake pair and never really sleep. ``resolver(host, port, family, socktype)``
    must return ``socket.getaddrinfo``-shaped tuples (the IP is ``item[4][0]``).
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], None] = time.sleep,
        resolver: Resolver = default_resolver,
    ) -> None:
        self.settings = settings if settings is not None else FetchSettings()
        if not isinstance(self.settings, FetchSettings):
            raise TypeError("settings must be a FetchSettings")
        self.clock = clock
        self.sleep = sleep
        self.resolver = resolver
        self._init_state()

    def _init_state(self) -> None:
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._robots: dict[
            tuple[str, str, int],
            tuple[float, urllib.robotparser.RobotFileParser | bool],
        ] = {}
        self._pools: collections.OrderedDict[tuple[Any, ...], urllib3.HTTPConnectionPool] = (
            collections.OrderedDict()
        )
        self._init_addresses()

    def __getstate__(self) -> dict[str, Any]:
        return {
            "settings": self.settings,
            "clock": self.clock,
            "sleep": self.sleep,
            "resolver": self.resolver,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._init_state()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections (call from ``DoFn.teardown``)."""
        with self._lock:
            pools = list(self._pools.values())
            self._pools.clear()
        for pool in pools:
            pool.close()

    # ------------------------------------------------------------------ public API

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allowed_hosts: frozenset[str] | None = None,
        check_robots: bool = False,
        deadline: float | None = None,
    ) -> FetchResult:
        """Fetch ``url``; raise :class:`FetchError` for anything but 2xx/304.

        ``allowed_hosts``: if given, every hop's host must equal an entry or be a
        subdomain of one; include :data:`LOCAL_FILES` to permit local files.
        ``check_robots``: consult robots.txt for every hop (article pages).
        ``deadline``: the run's end (epoch seconds, ``time.time()``); a fetch that would
        start or last past it fails with reason ``run_deadline``.
        """
        if not isinstance(url, str):
            raise FetchError("bad_url", repr(url), "URL must be a string")
        url = url.strip()
        if not url:
            raise FetchError("bad_url", url, "Empty URL")
        budget = Budget(self.settings.total_timeout, deadline)
        if budget.left()[0] <= 0:
            raise self._out_of_time(budget, url)
        if is_local_url(url):
            if allowed_hosts is not None and LOCAL_FILES not in allowed_hosts:
                raise FetchError("host_not_allowed", url, "Local files are not in allowed_hosts")
            return self._fetch_file(url, last_modified)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        robots = check_robots and self.settings.respect_robots
        final_url, resp = self._follow(
            url, headers, allowed_hosts, robots, self.settings.max_bytes, False, budget
        )
        not_modified = resp.status == 304
        return FetchResult(
            url=redact_url(url),
            final_url=redact_url(final_url),
            status=resp.status,
            body=b"" if not_modified else resp.body,
            headers=resp.headers,
            not_modified=not_modified,
            fetched_at=self._now(),
            etag=resp.headers.get("etag") or (etag if not_modified else None),
            last_modified=resp.headers.get("last-modified")
            or (last_modified if not_modified else None),
        )

    # ------------------------------------------------------------------ local files

    def _fetch_file(self, url: str, last_modified: str | None) -> FetchResult:
        parts = urlsplit(url)
        if parts.scheme.lower() == "file":
            if parts.netloc not in ("", "localhost"):
                raise FetchError("bad_url", url, "file:// URLs must not name a remote host")
            path = Path(url2pathname(parts.path))
        else:
            path = Path(url)
        try:
            stat = path.stat()
            if not path.is_file():
                raise FetchError("file_error", url, "Not a regular file")
            if stat.st_size > self.settings.max_bytes:
                raise FetchError(
                    "too_large",
                    url,
                    f"File exceeds max_bytes={self.settings.max_bytes}",
                )
            mtime = email.utils.formatdate(stat.st_mtime, usegmt=True)
            if last_modified and last_modified == mtime:
                return FetchResult(url, url, 304, b"", {}, True, self._now(), None, mtime)
            with path.open("rb") as fh:
                body = fh.read(self.settings.max_bytes + 1)
        except FileNotFoundError:
            raise FetchError("file_not_found", url, "No such file") from None
        except OSError as exc:
            raise FetchError(
                "file_error", url, f"Cannot read file ({exc.strerror or exc})"
            ) from None
        if len(body) > self.settings.max_bytes:
            raise FetchError("too_large", url, f"File exceeds max_bytes={self.settings.max_bytes}")
        headers = {"content-length": str(len(body)), "last-modified": mtime}
        return FetchResult(url, url, 200, body, headers, False, self._now(), None, mtime)

    # ------------------------------------------------------------------ redirects

    def _follow(
        self,
        url: str,
        headers: dict[str, str],
        allowed_hosts: frozenset[str] | None,
        robots: bool,
        limit: int,
        truncate: bool,
        budget: Budget,
    ) -> tuple[str, Response]:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            target = parse_http_url(current)
            if allowed_hosts is not None and not host_matches(target.host, allowed_hosts):
                raise FetchError(
                    "host_not_allowed",
                    current,
                    f"Host {target.host!r} is not in allowed_hosts",
                )
            if robots:
                # A refused address is refused before its robots.txt is even asked for.
                self._resolve(target)
                self._check_robots(target, allowed_hosts, budget)
            resp = self._request_with_retries(target, headers, limit, truncate, budget)
            if resp.status in REDIRECT_STATUSES:
                location = resp.headers.get("location", "").strip()
                if not location:
                    raise FetchError(
                        "bad_redirect",
                        current,
                        f"HTTP {resp.status} without Location",
                        resp.status,
                    )
                nxt = urljoin(current, location)
                if urlsplit(nxt).scheme.lower() not in ("http", "https"):
                    raise FetchError(
                        "bad_redirect",
                        current,
                        "Redirect to a non-http(s) URL",
                        resp.status,
                    )
                log.debug("redirect %s -> %s", redact_url(current), redact_url(nxt))
                current = nxt
                continue
            return current, resp
        raise FetchError(
            "too_many_redirects",
            url,
            f"More than max_redirects={self.settings.max_redirects} redirects",
        )

    # ------------------------------------------------------------------ retries

    def _request_with_retries(
        self,
        target: Target,
        headers: dict[str, str],
        limit: int,
        truncate: bool,
        budget: Budget,
    ) -> Response:
        settings = self.settings
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                resp = self._request_once(target, headers, limit, truncate, attempt, budget)
            except FetchError as exc:
                if (
                    exc.reason not in ("timeout", "connect_error", "dns_error")
                    or attempt >= settings.retries
                ):
                    raise
                failure = exc
            else:
                status = resp.status
                if 200 <= status < 300 or status == 304 or status in REDIRECT_STATUSES:
                    return resp
                reason = "http_5xx" if status >= 500 else f"http_{status}"
                failure = FetchError(reason, target.url, f"HTTP {status}", status)
                if status not in RETRY_STATUSES or attempt >= settings.retries:
                    raise failure
                retry_after = parse_retry_after(resp.headers.get("retry-after"), self._now())
            delay = settings.backoff_base * (2**attempt)
            if retry_after is not None:
                delay = retry_after
            delay = min(delay, settings.max_retry_after)
            log.info(
                "retrying %s after %s (attempt %d/%d, waiting %.1fs)",
                redact_url(target.url),
                failure.reason,
                attempt + 1,
                settings.retries,
                delay,
            )
            # Retries count against the fetch's budget: no wait that would outlast it.
            self._wait(budget, delay, target.url, failure)
            attempt += 1

    def _wait(self, budget: Budget, seconds: float, url: str, failure: FetchError | None) -> None:
        """Sleep ``seconds`` if the budget allows it; else fail now with ``failure`` (the error a
        retry would have answered) or, with nothing to report, the budget's own reason."""
        if seconds <= 0:
            return
        left, why = budget.left()
        if seconds >= left:
            if failure is not None and why == "timeout":
                raise failure
            raise self._out_of_time(budget, url)
        self.sleep(seconds)
        if self.sleep is not time.sleep:
            budget.slept(seconds)

    def _out_of_time(self, budget: Budget, url: str) -> FetchError:
        if budget.left()[1] == "run_deadline":
            return FetchError(
                "run_deadline", url, "The run's time budget (settings.run_timeout) is spent"
            )
        return FetchError(
            "timeout", url, f"Fetch took longer than total_timeout={self.settings.total_timeout}s"
        )

    # ------------------------------------------------------------------ one exchange

    def _request_once(
        self,
        target: Target,
        headers: dict[str, str],
        limit: int,
        truncate: bool,
        attempt: int,
        budget: Budget,
    ) -> Response:
        addresses = self._resolve(target)
        ip = addresses[attempt % len(addresses)]
        self._wait_politely(target.host, budget, target.url)
        pool = self._pool(target, ip)
        req_headers = {
            "Host": target.host_header,
            "User-Agent": self.settings.user_agent,
            "Accept": "*/*",
            "Accept-Encoding": "gzip, deflate",
            **headers,
        }
        if target.auth is not None:
            # Each hop uses only the userinfo of its own URL; urljoin keeps it for
            # relative redirects and drops it for redirects to another host.
            user, password = target.auth
            req_headers.update(urllib3.util.make_headers(basic_auth=f"{user}:{password}"))
        budget.begin()
        left = budget.left()[0]
        if left <= 0:
            raise self._out_of_time(budget, target.url)
        timeout = urllib3.Timeout(
            connect=min(self.settings.connect_timeout, left),
            read=min(self.settings.read_timeout, left),
        )
        raw = None
        # The watchdog bounds the whole exchange (connect, TLS, headers, body) by the budget:
        # socket timeouts alone let a server that trickles header bytes hold a fetch forever.
        watchdog = Watchdog(left)
        try:
            with watchdog:
                raw = pool.urlopen(
                    "GET",
                    target.request_target,
                    headers=req_headers,
                    retries=False,
                    redirect=False,
                    assert_same_host=False,
                    timeout=timeout,
                    preload_content=False,
                    decode_content=False,
                )
                resp_headers = {k.lower(): v for k, v in raw.headers.itermerged()}
                status = raw.status
                if not 200 <= status < 300:
                    return Response(status, resp_headers, b"")
                length = resp_headers.get("content-length", "").strip()
                if not truncate and length.isdigit() and int(length) > limit:
                    raise FetchError(
                        "too_large",
                        target.url,
                        f"Content-Length {length} exceeds max_bytes={limit}",
                    )
                reader = BodyReader(
                    resp_headers.get("content-encoding", ""), limit, target.url, truncate
                )
                while not reader.done:
                    chunk = raw.read1(CHUNK_SIZE, decode_content=False)
                    if not chunk or watchdog.fired:
                        break
                    reader.feed(chunk)
                    if budget.left()[0] <= 0:
                        raise self._out_of_time(budget, target.url)
                if watchdog.fired:  # a shut socket reads as the end of the body
                    raise self._out_of_time(budget, target.url)
                return Response(status, resp_headers, reader.finish())
        except (u3exc.HTTPError, OSError) as exc:
            if watchdog.fired:
                raise self._out_of_time(budget, target.url) from None
            raise _network_error(exc, target.url) from None
        finally:
            if raw is not None:
                raw.close()
                raw.release_conn()

    # ------------------------------------------------------------------ politeness

    def _now(self) -> datetime:
        now = self.clock()
        return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)

    def _interval_time(self) -> float:
        """Seconds on the time base that ``self.sleep`` advances.

        With the real ``time.sleep`` that is ``time.monotonic`` (so a frozen test clock
        cannot make waits grow without bound); with an injected sleep it is the injected
        clock, so a fake sleep that advances a fake clock works.
        """
        if self.sleep is time.sleep:
            return time.monotonic()
        return self._now().timestamp()

    def _wait_politely(self, host: str, budget: Budget, url: str) -> None:
        interval = self.settings.min_host_interval
        if interval <= 0:
            return
        now = self._interval_time()
        with self._lock:
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        self._wait(budget, slot - now, url, None)


def _network_error(exc: BaseException, url: str) -> FetchError:
    """The dead-letter reason of a urllib3 or socket failure."""
    if isinstance(exc, u3exc.SSLError):
        return FetchError("tls_error", url, f"TLS error ({short_error(exc)})")
    if isinstance(exc, u3exc.NewConnectionError):
        return FetchError("connect_error", url, f"Cannot connect ({short_error(exc)})")
    if isinstance(exc, u3exc.TimeoutError):
        return FetchError("timeout", url, f"Timed out ({short_error(exc)})")
    return FetchError("connect_error", url, f"Connection failed ({short_error(exc)})")
