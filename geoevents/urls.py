"""URLs for the HTTP client: parsing, the SSRF address rule, redaction, and the error type.

Core layer (no Beam): the settings (``geoevents.config``) redact with it and
``geoevents.transforms.http`` re-exports its names. :func:`redact_url` is the one rule
that makes a URL safe to show (userinfo and secret-looking query or fragment values masked), and
:func:`redact_text` applies it to every URL inside a text. They are applied where URLs leave the
config (``FeedSpec.url``; the secret form is only in ``FeedSpec.fetch_url``), where they leave
the HTTP client (:class:`FetchError`, ``FetchResult``), and once more on everything a dead letter
or an article stores.
"""

from __future__ import annotations

import email.utils
import ipaddress
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

_SECRET_QUERY_KEY = re.compile(
    r"(token|key|secret|pass|pwd|auth|sig|session|sid|code|credential|ticket|jwt|bearer)",
    re.IGNORECASE,
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# A URL inside free text (errors, raw feed bytes, JSON): up to whitespace, quotes or markup. The
# scheme is bounded and the quantifiers possessive, so a long run of letters costs linear time
# (an unbounded scheme made redacting a 20,000-letter text take 1.4 s, and it grows as n^2).
_URL_IN_TEXT = re.compile(r"""[a-zA-Z][a-zA-Z0-9+.-]{0,31}+://[^\s"'<>\\]++""")


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
        super().__init__(f"{redact_text(message)} [{reason}] {self.url}")

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
    """Return ``url`` safe to show: userinfo and secret-looking query and fragment values masked.

    Idempotent, so applying it again at a later boundary changes nothing.
    """
    try:
        parts = urlsplit(str(url).strip())
        netloc = parts.netloc
        if "@" in netloc:
            netloc = "***@" + netloc.rpartition("@")[2]
        query = _redact_pairs(parts.query)
        fragment = _redact_pairs(parts.fragment) if "=" in parts.fragment else parts.fragment
        return parts._replace(netloc=netloc, query=query, fragment=fragment).geturl()
    except ValueError:
        return "<unparseable url>"


def _redact_pairs(text: str) -> str:
    """``key=value&...`` with the values of secret-looking keys masked."""
    if not text:
        return text
    pairs = parse_qsl(text, keep_blank_values=True)
    if not any(_SECRET_QUERY_KEY.search(k) for k, _ in pairs):
        return text
    return urlencode([(k, "***" if _SECRET_QUERY_KEY.search(k) else v) for k, v in pairs], safe="*")


def redact_text(text: str) -> str:
    """``text`` with every URL in it redacted (errors, raw feed bytes, JSON of an item)."""
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)


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
class Target:
    """One parsed http(s) hop."""

    url: str
    scheme: str
    host: str  # lower-case, IDNA-encoded, no brackets
    port: int
    host_header: str
    request_target: str
    auth: tuple[str, str] | None


_SAFE_CHARS = "!#$%&'()*+,-./:;=?@[]_~"


def parse_http_url(url: str) -> Target:
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
    return Target(url, scheme, host, port, host_header, path, auth)


def is_local_url(url: str) -> bool:
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
