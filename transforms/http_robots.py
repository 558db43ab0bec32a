"""The robots.txt policy of the HTTP client, split from ``transforms.http``.

robots.txt is consulted only when ``fetch(..., check_robots=True)`` is used and
``FetchSettings.respect_robots`` is true. Callers pass ``check_robots=True`` for article pages
and ``False`` for feeds: publishing an RSS feed is an invitation to poll it. Like Google: a 4xx
robots.txt (404, 403, 410, ...) or a robots.txt that cannot be followed (redirect loop, off-site
redirect) means "everything allowed"; a 5xx, a 429, a timeout or a connection error means
"everything disallowed" for a while (see ``ROBOTS_ERROR_TTL``). Only the first 512 KiB of a
robots.txt are parsed. Fetching robots.txt spends the page's time budget; a run deadline that
cuts it gives no verdict (nothing is cached).
"""

from __future__ import annotations

import logging
import urllib.robotparser
from typing import TYPE_CHECKING, Any

from geoevents.transforms.http_body import Budget
from geoevents.urls import FetchError, Target

if TYPE_CHECKING:
    from geoevents.transforms.http_body import Response

log = logging.getLogger("geoevents.transforms.http")

#: Seconds a parsed (or 4xx) robots.txt stays cached per scheme/host/port.
ROBOTS_TTL = 24 * 3600.0
#: Seconds a "disallow everything because robots.txt failed" verdict stays cached.
ROBOTS_ERROR_TTL = 600.0
#: Google parses only the first 500 KiB of a robots.txt; we do the same.
ROBOTS_MAX_BYTES = 512 * 1024


class RobotsPolicy:
    """Mixed into ``Fetcher``: uses its settings, lock, robots cache, clock and ``_follow``."""

    settings: Any
    _lock: Any
    _robots: dict[tuple[str, str, int], tuple[float, urllib.robotparser.RobotFileParser | bool]]

    def _now(self) -> Any:
        raise NotImplementedError

    def _follow(self, *args: Any) -> tuple[str, Response]:
        raise NotImplementedError

    def _check_robots(
        self, target: Target, allowed_hosts: frozenset[str] | None, budget: Budget
    ) -> None:
        key = (target.scheme, target.host, target.port)
        now = self._now().timestamp()
        with self._lock:
            cached = self._robots.get(key)
        if cached is not None and cached[0] > now:
            verdict = cached[1]
        else:
            verdict, ttl = self._load_robots(target, allowed_hosts, budget)
            with self._lock:
                self._robots[key] = (now + ttl, verdict)
        if verdict is True:
            return
        if verdict is False or not verdict.can_fetch(self.settings.user_agent, target.url):
            raise FetchError("robots_disallowed", target.url, "Disallowed by robots.txt")

    def _load_robots(
        self, target: Target, allowed_hosts: frozenset[str] | None, budget: Budget
    ) -> tuple[urllib.robotparser.RobotFileParser | bool, float]:
        shown = f"[{target.host}]" if ":" in target.host else target.host
        robots_url = f"{target.scheme}://{shown}:{target.port}/robots.txt"
        limit = min(ROBOTS_MAX_BYTES, self.settings.max_bytes)
        try:
            _final, resp = self._follow(robots_url, {}, allowed_hosts, False, limit, True, budget)
        except FetchError as exc:
            if exc.reason == "run_deadline":
                raise  # says nothing about the host: no verdict to cache
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
