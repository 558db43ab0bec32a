"""The feed registry: shipped registries load, and every kind of bad config fails fast and clearly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.config import ConfigError, Settings, load_registry


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_default_registry_has_nos_and_nrc_feeds() -> None:
    registry = load_registry()
    names = {f.name for f in registry.feeds}
    assert {
        "nosnieuwsalgemeen",
        "nosnieuwsbuitenland",
        "nosnieuwspolitiek",
        "nosnieuwseconomie",
        "nrc",
    } <= names
    assert {f.source for f in registry.feeds} == {"nos", "nrc"}
    assert all(f.url.startswith("https://") for f in registry.feeds)
    assert all(f.fetch_pages for f in registry.feeds if f.source == "nrc")
    assert "www.nrc.nl" in registry.page_hosts and "nos.nl" in registry.page_hosts


def test_samples_resolve_to_bundled_files() -> None:
    registry = load_registry("samples")
    for feed in registry.feeds:
        assert Path(feed.url).is_file(), feed.url
    nrc = next(f for f in registry.feeds if f.source == "nrc")
    assert nrc.page_archive and Path(nrc.page_archive, "index.json").is_file()


def test_relative_paths_resolve_against_the_feed_file(tmp_path: Path) -> None:
    (tmp_path / "saved.xml").write_text("<rss/>", encoding="utf-8")
    registry = load_registry(
        write(tmp_path, "feeds:\n  - {source: nos, name: a, url: saved.xml}\n")
    )
    assert registry.feeds[0].url == str(tmp_path / "saved.xml")


def test_settings_layer_file_then_cli(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "settings: {retries: 1, read_timeout: 5}\nfeeds:\n  - {source: nos, name: a, url: https://x.nl/f}\n",
    )
    assert load_registry(path).settings.retries == 1
    assert load_registry(path).settings.read_timeout == 5.0
    overridden = load_registry(path, retries=0, allow_private_hosts=("127.0.0.1",))
    assert overridden.settings.retries == 0
    assert overridden.settings.allow_private_hosts == ("127.0.0.1",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f, colour: red}\n",
            "unknown key(s) colour",
        ),
        ("feeds:\n  - {source: nos, name: a}\n", "missing required key 'url'"),
        ("feeds:\n  - {source: ../etc, name: a, url: https://x.nl/f}\n", "must be 1-64 lowercase"),
        ("feeds:\n  - {source: NOS, name: a, url: https://x.nl/f}\n", "must be 1-64 lowercase"),
        ("feeds:\n  - {source: nos, name: a, url: ftp://x.nl/f}\n", "unsupported URL scheme"),
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f}\n  - {source: nos, name: a, url: https://x.nl/g}\n",
            "duplicate feed name",
        ),
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f, fetch_pages: 'yes'}\n",
            "expected bool",
        ),
        ("feeds: []\n", "no enabled feeds"),
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f}\nsettings: {retries: -1}\n",
            "retries",
        ),
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f}\nsettings: {timeout: 3}\n",
            "unknown setting",
        ),
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f}\nsettings: {read_timeout: true}\n",
            "expected a number",
        ),
        (
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f, country: nl}\n",
            "must be a CAMEO country code",
        ),
        ("feeds: [\n", "not valid YAML"),
        ("sources: []\n", "unknown top-level key"),
    ],
)
def test_bad_config_fails_with_a_message_that_says_what_to_fix(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ConfigError, match="feeds.yaml") as info:
        load_registry(write(tmp_path, text))
    assert message in str(info.value)


def test_missing_feed_file_names_the_alternatives() -> None:
    with pytest.raises(ConfigError, match="samples"):
        load_registry("/nonexistent/feeds.yaml")


_NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(2**42), 2**42))


@settings(max_examples=300, deadline=None)
@given(
    connect=_NUMBERS,
    read=_NUMBERS,
    total=_NUMBERS,
    interval=_NUMBERS,
    feed_bytes=st.integers(-5, 2**42),
    page_bytes=st.integers(-5, 2**42),
    retries=st.integers(-3, 30),
    hosts=st.lists(st.text(max_size=5), max_size=3),
)
def test_settings_accepted_at_the_edge_always_build_the_http_client_settings(
    connect, read, total, interval, feed_bytes, page_bytes, retries, hosts
) -> None:
    """Issue 21: ``connect_timeout: 0`` passed the config and failed in ``DoFn.setup``
    (traceback, exit 1). Whatever Settings accepts, the workers' FetchSettings accept."""
    from geoevents.transforms.feeds import fetch_settings

    try:
        s = Settings(
            connect_timeout=float(connect),
            read_timeout=float(read),
            total_timeout=float(total),
            min_host_interval=float(interval),
            max_feed_bytes=feed_bytes,
            max_page_bytes=page_bytes,
            retries=retries,
            allow_private_hosts=tuple(hosts),
        )
    except ConfigError:
        return
    fetch_settings(s, s.max_feed_bytes)
    fetch_settings(s, s.max_page_bytes)


def test_a_zero_connect_timeout_is_a_one_line_config_error(tmp_path: Path) -> None:
    registry = tmp_path / "feeds.yaml"
    registry.write_text(
        "settings: {connect_timeout: 0}\nfeeds:\n  - {source: nos, name: a, url: a.xml}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "geoevents.cli", "run", "--feeds", str(registry)]
        + ["--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "connect_timeout must be a number of seconds > 0" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_feed_names_its_home_country(tmp_path: Path) -> None:
    registry = load_registry(
        write(
            tmp_path,
            "feeds:\n  - {source: nos, name: a, url: https://x.nl/f, country: NLD}\n"
            "  - {source: bbc, name: b, url: https://x.nl/g}\n",
        )
    )
    assert registry.home_countries == {"a": "NLD"}
    assert set(load_registry().home_countries.values()) == {"NLD"}  # NOS and NRC: Dutch
