"""Settings and results of the HTTP client: plain values that pickle into Beam workers.

Split from ``transforms.http`` (which re-exports these names).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from geoevents import __version__

DEFAULT_USER_AGENT = f"geoevents/{__version__} (+https://github.com/geoevents/geoevents)"


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
