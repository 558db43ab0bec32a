"""Polite, SSRF-safe, bounded HTTP fetching for RSS feeds and article pages.

Why this exists: feeds and article links come from the network, so every URL is
untrusted. The fetcher therefore

* streams bodies and caps the *decoded* size (gzip/deflate bombs included) and the
  wall-clock time per response (servers that trickle bytes forever);
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
* never logs credentials: URLs are passed through :func:`redact_url` first.

Robots policy: robots.txt is consulted only when ``fetch(..., check_robots=True)`` is
used and ``FetchSettings.respect_robots`` is true. Callers pass ``check_robots=True``
for article pages and ``False`` for feeds: publishing an RSS feed is an invitation to
poll it. Like Google: a 4xx robots.txt (404, 403, 410, ...) or a robots.txt that
cannot be followed (redirect loop, off-site redirect) means "everything allowed"; a
5xx, a 429, a timeout or a connection error means "everything disallowed" for a while
(see ``ROBOTS_ERROR_TTL``). Only the first 512 KiB of a robots.txt are parsed.

``allowed_hosts`` matches a host and its subdomains (``nos.nl`` allows ``feeds.nos.nl``).
``file://`` URLs and plain paths are read from disk with the same size cap (offline runs,
backfills); when ``allowed_hosts`` is given they are refused unless it contains
:data:`LOCAL_FILES`, so a feed cannot point the page fetcher at ``/etc/passwd``.

``total_timeout`` is checked after every received chunk, so a response can overrun it
by at most one ``read_timeout``.

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
import ipaddress
import json
import logging
import math
import os
import re
import socket
import tempfile
import threading
import time
import urllib.robotparser
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit
from urllib.request import url2pathname

import urllib3
from urllib3 import exceptions as u3exc

from geoevents import __version__

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = f"geoevents/{__version__} (+https://github.com/geoevents/geoevents)"

#: ``allowed_hosts`` entry that permits ``file://`` URLs and plain local paths.
LOCAL_FILES = ""

#: Seconds a parsed (or 4xx) robots.txt stays cached per scheme/host/port.
ROBOTS_TTL = 24 * 3600.0
#: Seconds a "disallow everything because robots.txt failed" verdict stays cached.
ROBOTS_ERROR_TTL = 600.0
#: Google parses only the first 500 KiB of a robots.txt; we do the same.
ROBOTS_MAX_BYTES = 512 * 1024

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_SIZE = 64 * 1024
MAX_POOLS = 16

_SECRET_QUERY_KEY = re.compile(
    r"(token|key|secret|pass|pwd|auth|sig|session|sid|code|credential|ticket|jwt|bearer)",
    re.IGNORECASE,
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def utc_now() -> datetime:
    """Default clock: aware UTC ``datetime``."""
    return datetime.now(UTC)


def default_resolver(host: str, port: int, family: int = 0, socktype: int = 0) -> list[Any]:
    """Default resolver with the ``socket.getaddrinfo`` signature and result shape."""
    return socket.getaddrinfo(host, port, family, socktype)


Resolver = Callable[..., Iterable[Any]]


@dataclass(frozen=True)
class FetchSettings:
    """Limits and politeness knobs; plain values so it pickles into Beam workers."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0
    retries: int = 3
    backoff_base: float = 1.0
    max_retry_after: float = 120.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    min_host_interval: float = 1.0
    respect_robots: bool = True
    allow_private: tuple[str, ...] = ()
    ca_bundle: str | None = None

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout"):
            value = getattr(self, name)
            _require(
                _is_number(value) and math.isfinite(value) and value > 0,
                f"FetchSettings.{name} must be a finite number > 0, got {value!r}",
            )
        for name in ("backoff_base", "max_retry_after", "min_host_interval"):
            value = getattr(self, name)
            _require(
                _is_number(value) and math.isfinite(value) and value >= 0,
                f"FetchSettings.{name} must be a finite number >= 0, got {value!r}",
            )
        for name, low, high in (
            ("retries", 0, 20),
            ("max_redirects", 0, 50),
            ("max_bytes", 1, 2**40),
        ):
            value = getattr(self, name)
            _require(
                _is_int(value) and low <= value <= high,
                f"FetchSettings.{name} must be an int in [{low}, {high}], got {value!r}",
            )
        ua = self.user_agent
        _require(
            isinstance(ua, str)
            and ua.strip() != ""
            and not any(ord(c) < 32 or ord(c) == 127 for c in ua),
            f"FetchSettings.user_agent must be a non-empty one-line string, got {ua!r}",
        )
        _require(
            isinstance(self.respect_robots, bool),
            f"FetchSettings.respect_robots must be a bool, got {self.respect_robots!r}",
        )
        if isinstance(self.allow_private, list):
            # Config files give lists; keep the dataclass hashable.
            object.__setattr__(self, "allow_private", tuple(self.allow_private))
        entries = self.allow_private
        _require(
            type(entries) is tuple and all(isinstance(e, str) and e.strip() for e in entries),
            f"FetchSettings.allow_private must be a tuple of host names/IPs/CIDRs, got {entries!r}",
        )
        _require(
            self.ca_bundle is None or isinstance(self.ca_bundle, str),
            f"FetchSettings.ca_bundle must be a path string or None, got {self.ca_bundle!r}",
        )


def _require(condition: object, message: str) -> None:
    """Fail fast on a bad setting (ValueError, also for wrong types, for one except)."""
    if not condition:
        raise ValueError(message)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass(frozen=True)
class FetchResult:
    """A successful (2xx) or not-modified (304) response."""

    url: str
    final_url: str
    status: int
    body: bytes
    headers: dict[str, str]
    not_modified: bool
    fetched_at: datetime
    etag: str | None
    last_modified: str | None


class FetchError(Exception):
    """A fetch that gave no usable body.

    ``reason`` is a short stable code for dead-letter tables and metrics:
    ``bad_url``, ``file_not_found``, ``file_error``, ``dns_error``, ``connect_error``,
    ``timeout``, ``tls_error``, ``http_<status>`` for 3xx/4xx (e.g. ``http_404``,
    ``http_410``, ``http_429``), ``http_5xx``, ``too_large``, ``decode_error``,
    ``too_many_redirects``, ``bad_redirect``, ``blocked_private_address``,
    ``host_not_allowed``, ``robots_disallowed``.
    ``url`` is the failing URL (the last redirect hop) **already redacted**; ``status``
    is the HTTP status when there was one.
    """

    def __init__(self, reason: str, url: str, message: str, status: int | None = None) -> None:
        self.reason = reason
        self.url = redact_url(url)
        self.status = status
        super().__init__(f"{message} [{reason}] {self.url}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_fetch_error,
            (self.reason, self.url, self.args[0], self.status),
        )


def _rebuild_fetch_error(reason: str, url: str, text: str, status: int | None) -> FetchError:
    err = FetchError.__new__(FetchError)
    err.reason, err.url, err.status = reason, url, status
    err.args = (text,)
    return err


def redact_url(url: str) -> str:
    """Return ``url`` safe for logs: userinfo and secret-looking query values masked."""
    try:
        parts = urlsplit(str(url).strip())
        netloc = parts.netloc
        if "@" in netloc:
            netloc = "***@" + netloc.rpartition("@")[2]
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            if any(_SECRET_QUERY_KEY.search(k) for k, _ in pairs):
                query = urlencode(
                    [(k, "***" if _SECRET_QUERY_KEY.search(k) else v) for k, v in pairs],
                    safe="*",
                )
        return parts._replace(netloc=netloc, query=query).geturl()
    except ValueError:
        return "<unparseable url>"


def is_blocked_address(ip: str) -> bool:
    """True if ``ip`` is not a public unicast address (the SSRF rule)."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address):
        embedded: ipaddress.IPv4Address | None = None
        if addr.ipv4_mapped is not None:
            embedded = addr.ipv4_mapped
        elif addr.sixtofour is not None:
            embedded = addr.sixtofour
        elif addr.teredo is not None:
            embedded = addr.teredo[1]
        elif addr in _NAT64:
            embedded = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if embedded is not None and _blocked(embedded):
            return True
        if addr.ipv4_mapped is not None:
            return False
        if addr.is_site_local:
            return True
    return _blocked(addr)


def _blocked(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
        or not addr.is_global
    )


def host_matches(host: str, allowed_hosts: Iterable[str]) -> bool:
    """True if ``host`` equals an entry or is a subdomain of one (``nos.nl`` allows ``feeds.nos.nl``)."""
    host = host.lower().rstrip(".")
    for entry in allowed_hosts:
        entry = entry.lower().strip().lstrip(".").rstrip(".")
        if entry and (host == entry or host.endswith("." + entry)):
            return True
    return False


@dataclass(frozen=True)
class _Target:
    """One parsed http(s) hop."""

    url: str
    scheme: str
    host: str  # lower-case, IDNA-encoded, no brackets
    port: int
    host_header: str
    request_target: str
    auth: tuple[str, str] | None


_SAFE_CHARS = "!#$%&'()*+,-./:;=?@[]_~"


def _parse_http_url(url: str) -> _Target:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError("bad_url", url, f"Malformed URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("bad_url", url, f"Unsupported URL scheme {scheme!r}")
    raw_host = parts.hostname
    # Spaces in the path are percent-encoded below; control characters and a host
    # with whitespace mean the URL is garbage.
    if (
        not raw_host
        or any(c.isspace() for c in raw_host)
        or any(ord(c) < 32 or ord(c) == 127 for c in url)
    ):
        raise FetchError("bad_url", url, "URL has no host or contains invalid characters")
    try:
        host = raw_host.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        try:
            host = raw_host.rstrip(".").encode("ascii").decode("ascii").lower()
        except UnicodeError:
            raise FetchError("bad_url", url, "URL host is not a valid (IDNA) host name") from None
    if port is None:
        port = 443 if scheme == "https" else 80
    if not 0 < port < 65536:
        raise FetchError("bad_url", url, f"URL port {port} out of range")
    shown = f"[{host}]" if ":" in host else host
    default_port = 443 if scheme == "https" else 80
    host_header = shown if port == default_port else f"{shown}:{port}"
    path = quote(parts.path or "/", safe=_SAFE_CHARS)
    if parts.query:
        path += "?" + quote(parts.query, safe=_SAFE_CHARS)
    auth = None
    if parts.username is not None:
        auth = (unquote(parts.username), unquote(parts.password or ""))
    return _Target(url, scheme, host, port, host_header, path, auth)


def _is_local(url: str) -> bool:
    scheme = urlsplit(url).scheme.lower()
    return scheme == "file" or scheme == "" or (len(scheme) == 1 and os.name == "nt")


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class _BodyReader:
    """Counts raw and decoded bytes while decoding gzip/deflate incrementally."""

    def __init__(self, encoding: str, limit: int, url: str, truncate: bool) -> None:
        self.limit = limit
        self.url = url
        self.truncate = truncate
        self.parts: list[bytes] = []
        self.size = 0
        self.raw_size = 0
        self.done = False
        enc = encoding.strip().lower()
        if enc in ("", "identity"):
            self.mode = "identity"
        elif enc in ("gzip", "x-gzip"):
            self.mode = "gzip"
        elif enc == "deflate":
            self.mode = "deflate"
        else:
            raise FetchError("decode_error", url, f"Unsupported Content-Encoding {encoding!r}")
        self._decoder: Any = self._new_decoder()
        self._deflate_sniffed = False

    def _new_decoder(self) -> Any:
        if self.mode == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self.mode == "deflate":
            return zlib.decompressobj(zlib.MAX_WBITS)
        return None

    def _emit(self, data: bytes) -> None:
        if not data:
            return
        room = self.limit - self.size
        if len(data) > room:
            if self.truncate:
                self.parts.append(data[:room])
                self.size = self.limit
                self.done = True
                return
            raise FetchError("too_large", self.url, f"Body exceeds max_bytes={self.limit}")
        self.parts.append(data)
        self.size += len(data)

    def feed(self, chunk: bytes) -> None:
        self.raw_size += len(chunk)
        if self.raw_size > self.limit and not self.truncate:
            raise FetchError("too_large", self.url, f"Raw body exceeds max_bytes={self.limit}")
        if self.mode == "identity":
            self._emit(chunk)
            return
        if self.mode == "deflate" and not self._deflate_sniffed:
            self._deflate_sniffed = True
            # Some servers send raw deflate without the zlib header.
            if len(chunk) >= 2 and (
                (chunk[0] & 0x0F) != 8 or (chunk[0] * 256 + chunk[1]) % 31 != 0
            ):
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
        data = chunk
        try:
            while data and not self.done:
                if self._decoder.eof:
                    # A further gzip member may follow; anything else after the end is ignored.
                    if self.mode != "gzip" or not data.strip(b"\0"):
                        return
                    self._decoder = self._new_decoder()
                # Inflate at most one byte past the cap so a bomb is caught without expanding it.
                out = self._decoder.decompress(
                    data, min(CHUNK_SIZE * 16, self.limit - self.size + 1)
                )
                self._emit(out)
                data = self._decoder.unconsumed_tail or self._decoder.unused_data
        except zlib.error as exc:
            raise FetchError(
                "decode_error", self.url, f"Corrupt {self.mode} body ({exc})"
            ) from None

    def finish(self) -> bytes:
        if self._decoder is not None and not self.done:
            try:
                self._emit(self._decoder.flush())
            except zlib.error as exc:
                raise FetchError(
                    "decode_error", self.url, f"Corrupt {self.mode} body ({exc})"
                ) from None
        return b"".join(self.parts)


class _Response:
    """Status, headers and (for 2xx) the decoded body of one HTTP exchange."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


class Fetcher:
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
        self._allow_private_hosts = frozenset(
            e.strip().lower().strip("[]") for e in self.settings.allow_private
        )
        nets = []
        for entry in self._allow_private_hosts:
            try:
                nets.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                pass
        self._allow_private_nets = tuple(nets)

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
    ) -> FetchResult:
        """Fetch ``url``; raise :class:`FetchError` for anything but 2xx/304.

        ``allowed_hosts``: if given, every hop's host must equal an entry or be a
        subdomain of one; include :data:`LOCAL_FILES` to permit local files.
        ``check_robots``: consult robots.txt for every hop (article pages).
        """
        if not isinstance(url, str):
            raise FetchError("bad_url", repr(url), "URL must be a string")
        url = url.strip()
        if not url:
            raise FetchError("bad_url", url, "Empty URL")
        if _is_local(url):
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
            url, headers, allowed_hosts, robots, self.settings.max_bytes, False
        )
        not_modified = resp.status == 304
        return FetchResult(
            url=url,
            final_url=final_url,
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
    ) -> tuple[str, _Response]:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            target = _parse_http_url(current)
            if allowed_hosts is not None and not host_matches(target.host, allowed_hosts):
                raise FetchError(
                    "host_not_allowed",
                    current,
                    f"Host {target.host!r} is not in allowed_hosts",
                )
            if robots:
                self._check_robots(target, allowed_hosts)
            resp = self._request_with_retries(target, headers, limit, truncate)
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
        target: _Target,
        headers: dict[str, str],
        limit: int,
        truncate: bool,
    ) -> _Response:
        settings = self.settings
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                resp = self._request_once(target, headers, limit, truncate, attempt)
            except FetchError as exc:
                if (
                    exc.reason not in ("timeout", "connect_error", "dns_error")
                    or attempt >= settings.retries
                ):
                    raise
                failure = exc.reason
            else:
                status = resp.status
                if 200 <= status < 300 or status == 304 or status in REDIRECT_STATUSES:
                    return resp
                if status not in RETRY_STATUSES or attempt >= settings.retries:
                    reason = "http_5xx" if status >= 500 else f"http_{status}"
                    raise FetchError(reason, target.url, f"HTTP {status}", status)
                failure = f"http_{status}"
                retry_after = parse_retry_after(resp.headers.get("retry-after"), self._now())
            delay = settings.backoff_base * (2**attempt)
            if retry_after is not None:
                delay = retry_after
            delay = min(delay, settings.max_retry_after)
            log.info(
                "retrying %s after %s (attempt %d/%d, waiting %.1fs)",
                redact_url(target.url),
                failure,
                attempt + 1,
                settings.retries,
                delay,
            )
            if delay > 0:
                self.sleep(delay)
            attempt += 1

    # ------------------------------------------------------------------ one exchange

    def _request_once(
        self,
        target: _Target,
        headers: dict[str, str],
        limit: int,
        truncate: bool,
        attempt: int,
    ) -> _Response:
        addresses = self._resolve(target)
        ip = addresses[attempt % len(addresses)]
        self._wait_politely(target.host)
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
        timeout = urllib3.Timeout(
            connect=self.settings.connect_timeout, read=self.settings.read_timeout
        )
        started = time.monotonic()
        raw = None
        try:
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
                return _Response(status, resp_headers, b"")
            length = resp_headers.get("content-length", "").strip()
            if not truncate and length.isdigit() and int(length) > limit:
                raise FetchError(
                    "too_large",
                    target.url,
                    f"Content-Length {length} exceeds max_bytes={limit}",
                )
            reader = _BodyReader(
                resp_headers.get("content-encoding", ""), limit, target.url, truncate
            )
            while not reader.done:
                # read1 returns what has arrived, so a trickle cannot hide from
                # total_timeout inside one long blocking read.
                chunk = raw.read1(CHUNK_SIZE, decode_content=False)
                if not chunk:
                    break
                reader.feed(chunk)
                if time.monotonic() - started > self.settings.total_timeout:
                    raise FetchError(
                        "timeout",
                        target.url,
                        f"Response took longer than total_timeout={self.settings.total_timeout}s",
                    )
            return _Response(status, resp_headers, reader.finish())
        except u3exc.SSLError as exc:
            raise FetchError("tls_error", target.url, f"TLS error ({_short(exc)})") from None
        except u3exc.NewConnectionError as exc:
            raise FetchError(
                "connect_error", target.url, f"Cannot connect ({_short(exc)})"
            ) from None
        except u3exc.TimeoutError as exc:
            raise FetchError("timeout", target.url, f"Timed out ({_short(exc)})") from None
        except (u3exc.HTTPError, OSError) as exc:
            raise FetchError(
                "connect_error", target.url, f"Connection failed ({_short(exc)})"
            ) from None
        finally:
            if raw is not None:
                raw.close()
                raw.release_conn()

    def _resolve(self, target: _Target) -> list[str]:
        """Resolve and apply the private-address rule; return the addresses to connect to."""
        host_allowed = target.host in self._allow_private_hosts
        try:
            infos = list(self.resolver(target.host, target.port, 0, socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            raise FetchError(
                "dns_error", target.url, f"Cannot resolve host ({_short(exc)})"
            ) from None
        addresses: list[str] = []
        for info in infos:
            ip = str(info[4][0])
            if ip not in addresses:
                addresses.append(ip)
        if not addresses:
            raise FetchError("dns_error", target.url, "Host resolved to no addresses")
        for ip in addresses:
            try:
                blocked = is_blocked_address(ip)
            except ValueError:
                raise FetchError(
                    "dns_error", target.url, f"Resolver returned a non-IP {ip!r}"
                ) from None
            if blocked and not host_allowed and not self._ip_allowed(ip):
                raise FetchError(
                    "blocked_private_address",
                    target.url,
                    f"Host resolves to non-public address {ip} (add it to allow_private to permit)",
                )
        return addresses

    def _ip_allowed(self, ip: str) -> bool:
        bare = ip.split("%", 1)[0].lower()
        if bare in self._allow_private_hosts:
            return True
        addr = ipaddress.ip_address(bare)
        return any(addr.version == net.version and addr in net for net in self._allow_private_nets)

    def _pool(self, target: _Target, ip: str) -> urllib3.HTTPConnectionPool:
        key = (target.scheme, target.host, ip, target.port)
        with self._lock:
            pool = self._pools.get(key)
            if pool is not None:
                self._pools.move_to_end(key)
                return pool
            if target.scheme == "https":
                pool = urllib3.HTTPSConnectionPool(
                    ip,
                    target.port,
                    maxsize=2,
                    cert_reqs="CERT_REQUIRED",
                    ca_certs=self.settings.ca_bundle or _default_ca_bundle(),
                    assert_hostname=target.host,
                    server_hostname=target.host,
                )
            else:
                pool = urllib3.HTTPConnectionPool(ip, target.port, maxsize=2)
            self._pools[key] = pool
            evicted = []
            while len(self._pools) > MAX_POOLS:
                evicted.append(self._pools.popitem(last=False)[1])
        for old in evicted:
            old.close()
        return pool

    # ------------------------------------------------------------------ politeness & robots

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

    def _wait_politely(self, host: str) -> None:
        interval = self.settings.min_host_interval
        if interval <= 0:
            return
        now = self._interval_time()
        with self._lock:
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        if slot > now:
            self.sleep(slot - now)

    def _check_robots(self, target: _Target, allowed_hosts: frozenset[str] | None) -> None:
        key = (target.scheme, target.host, target.port)
        now = self._now().timestamp()
        with self._lock:
            cached = self._robots.get(key)
        if cached is not None and cached[0] > now:
            verdict = cached[1]
        else:
            verdict, ttl = self._load_robots(target, allowed_hosts)
            with self._lock:
                self._robots[key] = (now + ttl, verdict)
        if verdict is True:
            return
        if verdict is False or not verdict.can_fetch(self.settings.user_agent, target.url):
            raise FetchError("robots_disallowed", target.url, "Disallowed by robots.txt")

    def _load_robots(
        self, target: _Target, allowed_hosts: frozenset[str] | None
    ) -> tuple[urllib.robotparser.RobotFileParser | bool, float]:
        shown = f"[{target.host}]" if ":" in target.host else target.host
        robots_url = f"{target.scheme}://{shown}:{target.port}/robots.txt"
        limit = min(ROBOTS_MAX_BYTES, self.settings.max_bytes)
        try:
            _final, resp = self._follow(robots_url, {}, allowed_hosts, False, limit, True)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return True, ROBOTS_TTL
            if exc.reason in ("too_many_redirects", "bad_redirect", "host_not_allowed"):
                return True, ROBOTS_TTL
            log.warning(
                "robots.txt unavailable (%s); treating %s as disallowed",
                exc.reason,
                target.host,
            )
            return False, ROBOTS_ERROR_TTL
        if resp.status == 304:
            return True, ROBOTS_TTL
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(resp.body.decode("utf-8", errors="replace").splitlines())
        parser.modified()
        return parser, ROBOTS_TTL


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."


def _default_ca_bundle() -> str | None:
    try:
        import certifi
    except ImportError:
        return None
    return certifi.where()


class ConditionalCache:
    """ETag/Last-Modified per URL, persisted as JSON between runs.

    Use: ``etag, lm = cache.get(url)``; ``res = fetcher.fetch(url, etag=etag, last_modified=lm)``;
    ``cache.put(url, res)``; ``cache.save()``. A missing or corrupt file starts empty.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._entries: dict[str, dict[str, str | None]] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable conditional cache %s (%s)", self.path, exc)
            data = {}
        if isinstance(data, dict):
            for url, entry in data.items():
                if isinstance(url, str) and isinstance(entry, dict):
                    self._entries[url] = {
                        "etag": entry.get("etag") if isinstance(entry.get("etag"), str) else None,
                        "last_modified": entry.get("last_modified")
                        if isinstance(entry.get("last_modified"), str)
                        else None,
                    }

    def get(self, url: str) -> tuple[str | None, str | None]:
        entry = self._entries.get(url)
        if entry is None:
            return None, None
        return entry["etag"], entry["last_modified"]

    def put(self, url: str, result: FetchResult) -> None:
        """Remember the validators of ``result`` (a 304 keeps the ones it echoed back)."""
        if result.etag is None and result.last_modified is None:
            self._entries.pop(url, None)
            return
        self._entries[url] = {
            "etag": result.etag,
            "last_modified": result.last_modified,
        }

    def __len__(self) -> int:
        return len(self._entries)

    def save(self) -> None:
        """Write atomically: temp file in the same directory, fsync, ``os.replace``."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._entries, fh, ensure_ascii=False, sort_keys=True, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
