"""Feed registry and run settings: declarative data, strictly validated before any work starts.

Layers, lowest first: built-in defaults, the ``settings:`` block of the feed file, then command
line flags. Unknown keys, wrong types and bad values raise :class:`ConfigError` with a message
that names the file and the key, so a scheduled job fails at submit time, not halfway.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from geoevents.urls import redact_url

SAMPLES = "samples"
DEFAULT_REGISTRY = "default"
# Matched with fullmatch: "$" would accept a trailing newline ("nos\n" -> folder "source=nos⏎").
_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_FEED_KEYS = {
    "source",
    "name",
    "url",
    "fetch_pages",
    "page_archive",
    "page_hosts",
    "enabled",
    "boilerplate",
    "country",
}
# A feed's home country: a CAMEO country code (checked against the coder's list at graph build).
_COUNTRY_RE = re.compile(r"[A-Z]{3}")
# A page host is a bare DNS name or IP literal: no scheme, port, path, user or wildcard.
_HOST_RE = re.compile(
    r"(?=.{1,253}\Z)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
)
MAX_PAGE_HOSTS = 50
MAX_PATTERNS = 50
MAX_PATTERN_CHARS = 500


class ConfigError(ValueError):
    """A configuration problem the user must fix; the message says what and where."""


@dataclass(frozen=True)
class FeedSpec:
    """One feed to read. ``url`` is http(s), file:// or a local path (made absolute).

    ``url`` is always the redacted form (no password, no token): it is what tables, state files,
    the manifest and messages show. The URL as configured, credentials included, is kept only in
    ``fetch_url`` (not in ``repr``) and handed only to the fetcher.
    """

    source: str
    name: str
    url: str
    fetch_pages: bool = False
    page_archive: str | None = None
    # Regular expressions for this feed's own furniture, removed from item text (issue 17.3).
    boilerplate: tuple[str, ...] = ()
    # Hosts (and their subdomains) this feed's article pages may come from, besides the feed's
    # own host: how a mirrored ``file://`` feed names the site its links point to (issue 17.6).
    page_hosts: tuple[str, ...] = ()
    # The country the feed reports from (CAMEO code, e.g. NLD): a bare role ("het kabinet", "de
    # politie") in an article that names no other country is that country's (counted as a guess).
    country: str | None = None
    fetch_url: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "boilerplate", tuple(self.boilerplate))
        object.__setattr__(self, "page_hosts", tuple(self.page_hosts))
        secret = self.fetch_url or self.url
        object.__setattr__(self, "fetch_url", secret)
        object.__setattr__(self, "url", shown_location(secret))

    @property
    def host(self) -> str | None:
        return urlparse(self.url).hostname if is_remote(self.url) else None


MAX_BYTES = 2**40  # the HTTP client's ceiling for one response


@dataclass(frozen=True)
class Settings:
    """Run settings that may come from the feed file's ``settings:`` block or the CLI."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # Seconds one fetch (feed, page or robots.txt) may take from its first request, retries and
    # their waits included.
    total_timeout: float = 60.0
    # Seconds of the whole run's fetching, counted from building the job: later fetches become
    # dead letters (run_deadline) and the run commits what it has.
    run_timeout: float = 1800.0
    retries: int = 3
    max_feed_bytes: int = 20_000_000
    max_page_bytes: int = 5_000_000
    min_host_interval: float = 1.0
    respect_robots: bool = True
    allow_private_hosts: tuple[str, ...] = ()
    max_body_chars: int = 200_000
    # Longest summary or content HTML of one feed item kept (cut and counted beyond it).
    max_field_chars: int = 1_000_000
    # Articles per spaCy batch: 16 is as fast as 32 and holds ~150 MB less at the peak (bench).
    nlp_batch_size: int = 16

    def __post_init__(self) -> None:
        # Every rule of the HTTP client's FetchSettings (built from these in transforms/feeds.py)
        # is checked here, at the edge: a value accepted here never fails in a worker.
        # tests/test_config.py checks that over generated values.
        if not 0 <= self.min_host_interval < float("inf"):
            raise ConfigError(
                f"settings.min_host_interval must be a number of seconds >= 0, "
                f"got {self.min_host_interval!r}"
            )
        for name in ("connect_timeout", "read_timeout", "total_timeout", "run_timeout"):
            value = getattr(self, name)
            if not 0 < value < float("inf"):
                raise ConfigError(f"settings.{name} must be a number of seconds > 0, got {value!r}")
        for name, high in (
            ("max_feed_bytes", MAX_BYTES),
            ("max_page_bytes", MAX_BYTES),
            ("max_body_chars", None),
            ("max_field_chars", None),
            ("nlp_batch_size", None),
        ):
            value = getattr(self, name)
            if value < 1 or (high is not None and value > high):
                limit = f"between 1 and {high}" if high else ">= 1"
                raise ConfigError(f"settings.{name} must be {limit}, got {value!r}")
        if not 0 <= self.retries <= 10:
            raise ConfigError(f"settings.retries must be between 0 and 10, got {self.retries!r}")
        if any(not host.strip() for host in self.allow_private_hosts):
            raise ConfigError("settings.allow_private_hosts must not contain an empty entry")


@dataclass(frozen=True)
class FeedRegistry:
    feeds: tuple[FeedSpec, ...]
    settings: Settings = field(default_factory=Settings)
    origin: str = DEFAULT_REGISTRY

    @property
    def page_hosts(self) -> frozenset[str]:
        """Hosts article pages may be fetched from: those of configured feeds and the hosts
        feeds name in ``page_hosts``. The SSRF rules still apply to every one of them."""
        hosts = set()
        for feed in self.feeds:
            hosts.update(feed.page_hosts)
            if feed.host:
                hosts.add(feed.host)
                hosts.add(feed.host.removeprefix("www.").removeprefix("feeds."))
                hosts.add("www." + feed.host.removeprefix("www.").removeprefix("feeds."))
        return frozenset(hosts)

    @property
    def home_countries(self) -> dict[str, str]:
        """Feed name -> the feed's home country, for feeds that name one."""
        return {feed.name: feed.country for feed in self.feeds if feed.country}


def is_remote(url: str) -> bool:
    return urlparse(url).scheme in ("http", "https")


def shown_location(value: str) -> str:
    """A configured URL or path as it may be shown: URLs through the one redaction rule."""
    return redact_url(value) if "://" in value else value


def _data_file(*parts: str) -> Path:
    return Path(str(resources.files("geoevents").joinpath("data", *parts)))


def registry_path(spec: str | None) -> Path:
    """Resolve ``--feeds``: None/"default" (live feeds), "samples" (bundled), or a file path."""
    if spec in (None, DEFAULT_REGISTRY):
        return _data_file("feeds.yaml")
    if spec == SAMPLES:
        return _data_file("samples", "feeds.yaml")
    path = Path(spec).expanduser()
    if not path.is_file():
        raise ConfigError(
            f"--feeds {spec!r}: no such file. Pass a YAML feed file, 'samples' for the bundled "
            "offline samples, or leave it out for the live NOS and NRC feeds."
        )
    return path


def _expect(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ConfigError(f"{where}: expected {names}, got {type(value).__name__} {value!r}")
    return value


def _parse_settings(raw: Any, where: str) -> Settings:
    if raw is None:
        return Settings()
    _expect(raw, dict, where)
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"{where}.{key}: unknown setting; known: {', '.join(sorted(known))}")
        default = getattr(Settings(), key)
        if isinstance(default, bool):
            values[key] = _expect(value, bool, f"{where}.{key}")
        elif isinstance(default, int):
            values[key] = _expect(value, int, f"{where}.{key}")
        elif isinstance(default, float):
            values[key] = float(_expect(value, (int, float), f"{where}.{key}"))
        elif isinstance(default, tuple):
            items = _expect(value, list, f"{where}.{key}")
            values[key] = tuple(_expect(v, str, f"{where}.{key}[]") for v in items)
    try:
        return Settings(**values)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def _resolve_location(value: str, base: Path, where: str) -> str:
    shown = shown_location(value)
    try:
        parsed = urlparse(value)
        hostname = parsed.hostname
    except ValueError as exc:
        raise ConfigError(f"{where}: URL {shown!r} is malformed ({exc})") from None
    if parsed.scheme in ("http", "https"):
        if not hostname:
            raise ConfigError(f"{where}: URL {shown!r} has no host")
        return value
    if parsed.scheme == "file":
        return value
    if parsed.scheme and len(parsed.scheme) > 1:
        raise ConfigError(f"{where}: unsupported URL scheme {parsed.scheme!r} in {shown!r}")
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else (base / path).resolve())


def _check_patterns(patterns: object) -> tuple[str, ...]:
    """Registry ``boilerplate:`` values as a tuple of valid regexes; ValueError says what is wrong."""
    if not isinstance(patterns, (list, tuple)):
        raise ValueError(f"expected a list of regular expressions, got {patterns!r}")
    if len(patterns) > MAX_PATTERNS:
        raise ValueError(f"at most {MAX_PATTERNS} patterns, got {len(patterns)}")
    for pattern in patterns:
        if not isinstance(pattern, str) or not pattern.strip():
            raise ValueError(f"each pattern must be a non-empty string, got {pattern!r}")
        if len(pattern) > MAX_PATTERN_CHARS:
            raise ValueError(f"a pattern may have at most {MAX_PATTERN_CHARS} characters")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{pattern!r} is not a regular expression ({exc})") from None
    return tuple(patterns)


def _check_hosts(hosts: object) -> tuple[str, ...]:
    """Registry ``page_hosts:`` values as lowercase host names; ValueError says what is wrong."""
    if not isinstance(hosts, (list, tuple)):
        raise ValueError(f"expected a list of host names, got {hosts!r}")
    if len(hosts) > MAX_PAGE_HOSTS:
        raise ValueError(f"at most {MAX_PAGE_HOSTS} hosts, got {len(hosts)}")
    checked = []
    for host in hosts:
        if not isinstance(host, str):
            raise ValueError(f"each host must be a string, got {host!r}")
        name = host.strip().lower().rstrip(".")
        bare = name[1:-1] if name.startswith("[") and name.endswith("]") else name
        try:
            ipaddress.ip_address(bare)
        except ValueError:
            if not _HOST_RE.fullmatch(name):
                raise ValueError(
                    f"{host!r} is not a host name (give e.g. 'www.nu.nl': no scheme, port, "
                    "path or wildcard)"
                ) from None
        else:
            name = bare
        checked.append(name)
    return tuple(checked)


def _parse_feed(raw: Any, index: int, base: Path, origin: str) -> FeedSpec | None:
    where = f"{origin}: feeds[{index}]"
    _expect(raw, dict, where)
    unknown = set(raw) - _FEED_KEYS
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(sorted(_FEED_KEYS))}"
        )
    for key in ("source", "name", "url"):
        if key not in raw:
            raise ConfigError(f"{where}: missing required key {key!r}")
    source = _expect(raw["source"], str, f"{where}.source")
    name = _expect(raw["name"], str, f"{where}.name")
    for key, value in (("source", source), ("name", name)):
        if not _NAME_RE.fullmatch(value):
            raise ConfigError(
                f"{where}.{key}: {value!r} must be 1-64 lowercase letters, digits, '-' or '_' "
                "(it becomes a folder name)"
            )
    if not _expect(raw.get("enabled", True), bool, f"{where}.enabled"):
        return None
    url = _resolve_location(_expect(raw["url"], str, f"{where}.url"), base, f"{where}.url")
    archive = raw.get("page_archive")
    if archive is not None:
        archive = _resolve_location(_expect(archive, str, f"{where}.page_archive"), base, where)
        if not Path(archive).is_dir():
            raise ConfigError(f"{where}.page_archive: {shown_location(archive)!r} is not a folder")
    try:
        boilerplate = _check_patterns(raw.get("boilerplate", []))
    except ValueError as exc:
        raise ConfigError(f"{where}.boilerplate: {exc}") from None
    try:
        page_hosts = _check_hosts(raw.get("page_hosts", []))
    except ValueError as exc:
        raise ConfigError(f"{where}.page_hosts: {exc}") from None
    country = raw.get("country")
    if country is not None and not _COUNTRY_RE.fullmatch(_expect(country, str, f"{where}.country")):
        raise ConfigError(
            f"{where}.country: {country!r} must be a CAMEO country code such as NLD or BEL"
        )
    return FeedSpec(
        source=source,
        name=name,
        url=url,
        fetch_pages=_expect(raw.get("fetch_pages", False), bool, f"{where}.fetch_pages"),
        page_archive=archive,
        boilerplate=boilerplate,
        page_hosts=page_hosts,
        country=country,
    )


def load_registry(spec: str | None = None, **overrides: Any) -> FeedRegistry:
    """Load and validate a feed registry; ``overrides`` are CLI-level settings (None = unset)."""
    path = registry_path(spec)
    origin = (
        str(path) if spec not in (None, DEFAULT_REGISTRY, SAMPLES) else f"<{spec or 'default'}>"
    )
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {exc}") from exc
    _expect(doc, dict, f"{origin}: top level")
    unknown = set(doc) - {"feeds", "settings"}
    if unknown:
        raise ConfigError(f"{origin}: unknown top-level key(s) {', '.join(sorted(unknown))}")
    raw_feeds = _expect(doc.get("feeds"), list, f"{origin}: feeds")
    feeds = [
        f for i, raw in enumerate(raw_feeds) if (f := _parse_feed(raw, i, path.parent, origin))
    ]
    if not feeds:
        raise ConfigError(f"{origin}: no enabled feeds")
    names = [f.name for f in feeds]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{origin}: duplicate feed name(s) {', '.join(dupes)}")
    settings = _parse_settings(doc.get("settings"), f"{origin}: settings")
    given = {k: v for k, v in overrides.items() if v is not None}
    if given:
        settings = replace(settings, **given)
    return FeedRegistry(feeds=tuple(feeds), settings=settings, origin=origin)
