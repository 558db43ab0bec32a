"""Feed registry values that become folder names: only exact safe names pass (issue 20.5).

A regex anchored with ``$`` accepts a trailing newline, so ``source: "nos\\n"`` used to create a
folder ``source=nos⏎`` that DuckDB could not read. These tests pin the exact rule and fuzz it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.config import ConfigError, load_registry
from geoevents.transforms.sink import PartitionError, partition_dir

SAFE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def registry_file(folder: Path, **feed: object) -> str:
    entry = {"source": "nos", "name": "a", "url": "https://nos.nl/feed", **feed}
    path = folder / "feeds.yaml"
    path.write_text(yaml.safe_dump({"feeds": [entry]}), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("value", ["nos\n", "nos\r\n", "\nnos", "nos ", "nos\x00", "nös"])
@pytest.mark.parametrize("key", ["source", "name"])
def test_a_trailing_newline_or_odd_character_fails_validation(
    tmp_path: Path, key: str, value: str
) -> None:
    with pytest.raises(ConfigError, match=f"{key}: .* must be 1-64 lowercase"):
        load_registry(registry_file(tmp_path, **{key: value}))


@pytest.mark.parametrize(
    ("source", "date"),
    [("nos\n", "2024-01-01"), ("nos", "2024-01-01\n"), ("nos", "٢٠٢٤-٠١-٠١"), (None, "2024-01-01")],
)
def test_partition_folders_refuse_newlines_and_non_ascii_digits(source, date) -> None:
    with pytest.raises(PartitionError):
        partition_dir("/out", "articles", source, date)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    source=st.one_of(st.text(max_size=70), st.from_regex(r"[a-z0-9][a-z0-9_-]{0,8}")),
    name=st.text(alphabet=st.characters(codec="utf-8"), max_size=70),
    fetch_pages=st.one_of(st.booleans(), st.integers(), st.text(max_size=3), st.none()),
)
def test_any_registry_value_is_accepted_only_when_safe(
    tmp_path_factory: pytest.TempPathFactory, source: str, name: str, fetch_pages: object
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = registry_file(folder, source=source, name=name, fetch_pages=fetch_pages)
    try:
        registry = load_registry(path)
    except ConfigError as exc:
        assert str(exc).count("\n") == 0 or "YAML" in str(exc)
        return
    feed = registry.feeds[0]
    assert SAFE.fullmatch(feed.source) and SAFE.fullmatch(feed.name)
    assert isinstance(feed.fetch_pages, bool)
    assert partition_dir("/out", "articles", feed.source, "2024-01-01").endswith(
        f"/source={feed.source}/date=2024-01-01"
    )


@pytest.mark.parametrize(
    "url",
    [
        "ftp://bob:hunter2@nos.nl/feed?token=T0K3N",
        "https://bob:hunter2@/feed?token=T0K3N",
        "https://bob:hunter2@[nos.nl/feed?token=T0K3N",
    ],
)
def test_a_configuration_error_never_shows_credentials(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    from geoevents.cli import main

    code = main(["run", "--feeds", registry_file(tmp_path, url=url), "--output", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "***" in err or "<unparseable url>" in err
    assert "hunter2" not in err and "T0K3N" not in err


def test_a_feed_spec_shows_only_the_redacted_url() -> None:
    from geoevents.config import FeedSpec

    feed = FeedSpec("nos", "a", "https://bob:hunter2@nos.nl/feed?token=T0K3N")
    assert feed.url == "https://***@nos.nl/feed?token=***" and "hunter2" not in repr(feed)
    assert feed.fetch_url.startswith("https://bob:hunter2@") and feed.host == "nos.nl"
    assert FeedSpec(**{**feed.__dict__}) == feed  # survives the dict round trip Beam makes


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"run_timeout": 0}, "run_timeout must be a number of seconds > 0"),
        ({"total_timeout": -1}, "total_timeout must be a number of seconds > 0"),
        ({"run_timeout": True}, "expected a number"),
        ({"max_field_chars": 0}, "max_field_chars must be >= 1"),
    ],
)
def test_time_and_size_limits_are_validated(tmp_path: Path, settings: dict, message: str) -> None:
    entry = {"source": "nos", "name": "a", "url": "https://nos.nl/feed"}
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump({"feeds": [entry], "settings": settings}), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_registry(str(path))
