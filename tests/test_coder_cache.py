"""The built coder kept on disk (transforms/coder/cache.py): a later start reads it instead of
building, codes the same, and builds afresh when a dictionary changes or the file is bad."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
import spacy

from geoevents.transforms.coder import EventCoder
from geoevents.transforms.coder.dictionaries import DATA_DIR

DAY = dt.date(2024, 1, 1)


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GEOEVENTS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    """A copy of the shipped dictionaries with one more person, so its key is this test's."""
    out = tmp_path / "data"
    shutil.copytree(DATA_DIR, out)
    with (out / "people.tsv").open("a", encoding="utf-8") as f:
        f.write("jansen\tPiet Jansen\tNLDGOV\t2020-01-01\t-\n")
    return out


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every build from the dictionaries (a start the cache did not serve)."""
    calls: list[str] = []
    real = EventCoder._load

    def counted(self, dictionary_dir, tokenizer):
        calls.append(str(dictionary_dir))
        real(self, dictionary_dir, tokenizer)

    monkeypatch.setattr(EventCoder, "_load", counted)
    return calls


def _code(coder: EventCoder, nlp, text: str) -> list[tuple]:
    rows = coder.code_doc(nlp(text), DAY)
    return sorted((r["actor1_code"], r["event_code"], r["actor2_code"]) for r in rows)


def test_a_second_start_reads_the_cache_and_codes_the_same(
    cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch, shipped_nlp
) -> None:
    builds = _builds(monkeypatch)
    first = EventCoder(str(data), tokenizer=shipped_nlp.tokenizer)
    assert len(builds) == 1 and len(list(cache_dir.glob("coder-*.pickle"))) == 1
    second = EventCoder(str(data), tokenizer=shipped_nlp.tokenizer)
    assert len(builds) == 1  # read, not built
    text = (
        "Piet Jansen ontmoette de Duitse bondskanselier in Berlijn.\n\nRusland viel Oekraïne aan."
    )
    assert _code(second, shipped_nlp, text) == _code(first, shipped_nlp, text)
    assert ("NLDGOV", "040", "DEUGOV") in _code(second, shipped_nlp, text)


def test_an_edited_dictionary_is_built_afresh(
    cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = _builds(monkeypatch)
    EventCoder(str(data))
    with (data / "people.tsv").open("a", encoding="utf-8") as f:
        f.write("klaassen\tKees Klaassen\tBELGOV\t2020-01-01\t-\n")
    coder = EventCoder(str(data))
    assert len(builds) == 2
    doc = spacy.blank("nl")("Kees Klaassen")
    assert coder.resolve_entity(doc[0:2], DAY)["actor_code"] == "BELGOV"


def test_a_damaged_cache_file_is_rebuilt(
    cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    builds = _builds(monkeypatch)
    EventCoder(str(data))
    (path,) = cache_dir.glob("coder-*.pickle")
    path.write_bytes(b"not a pickle")
    coder = EventCoder(str(data))
    assert len(builds) == 2 and "not read" in caplog.text
    doc = spacy.blank("nl")("Piet Jansen")
    assert coder.resolve_entity(doc[0:2], DAY)["actor_code"] == "NLDGOV"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_others_may_write_is_not_read(
    cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = _builds(monkeypatch)
    EventCoder(str(data))
    cache_dir.chmod(0o777)
    EventCoder(str(data))
    assert len(builds) == 2


def test_the_cache_can_be_switched_off(
    tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOEVENTS_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    builds = _builds(monkeypatch)
    EventCoder(str(data))
    EventCoder(str(data))
    assert len(builds) == 2 and not (tmp_path / "xdg").exists()


def test_only_the_newest_files_are_kept(cache_dir: Path) -> None:
    from geoevents.transforms.coder import cache

    for i in range(cache.KEEP + 2):
        cache.write(f"key{i}", {"i": i})
        os.utime(cache_dir / f"coder-key{i}.pickle", (1_000_000 + i, 1_000_000 + i))
    kept = sorted(p.name for p in cache_dir.glob("coder-*.pickle"))
    assert len(kept) == cache.KEEP and "coder-key0.pickle" not in kept
    assert cache.read(f"key{cache.KEEP + 1}") == {"i": cache.KEEP + 1}
