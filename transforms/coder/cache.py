"""A built coder kept on disk, so a worker starts in well under a second after the first start.

Building the coder's state from its dictionaries (about 30,000 people rows, 2,500 predicates,
the gazetteer's towns, every name tokenised) takes some 3 s of Python per process; every Beam
worker process, CLI run and test session pays it. The built state is pickled once under the
user's cache directory and read back (about 0.3 s) by every later start whose inputs are the
same: the key hashes the dictionary files, the gazetteer, the coder's own source files and the
tokenizer's rules, so an edited dictionary, a new release or another model builds afresh.

Where: ``$GEOEVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/geoevents``, else ``~/.cache/geoevents``;
``GEOEVENTS_CACHE_DIR=off`` switches the cache off. A cache that cannot be written is skipped
(the coder still loads). Pickle runs code when read, so only a file in a directory that the
current user owns and that no one else may write is read; the newest ``KEEP`` files are kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import tempfile
from pathlib import Path

import spacy

from ..gazetteer import gazetteer_path

log = logging.getLogger(__name__)

KEEP = 3  # cache files kept (the shipped dictionaries and a few custom folders)
_SOURCES = Path(__file__).resolve().parent
# the package's own data and code the build reads besides the dictionaries (the gazetteer's
# towns, the common words that keep surnames apart from words)
_PACKAGE = Path(__import__("geoevents").__file__).resolve().parent


def cache_dir() -> Path | None:
    """The folder for built coders, or None when the cache is off."""
    env = os.environ.get("GEOEVENTS_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geoevents"


def cache_key(dictionary_dir: Path, tokenizer) -> str:
    """A hash of everything the built state depends on."""
    h = hashlib.sha256()
    h.update(f"spacy {spacy.__version__}\n".encode())
    files = sorted(dictionary_dir.glob("*.tsv")) + [gazetteer_path()]
    files += sorted((_PACKAGE / "data").glob("*.tsv")) + sorted(_PACKAGE.glob("*.py"))
    files += sorted(_SOURCES.glob("*.py")) + [_SOURCES.parent / "gazetteer.py"]
    for path in files:
        h.update(f"{path.name}\n".encode())
        h.update(path.read_bytes() if path.is_file() else b"-")
    if tokenizer is None:
        h.update(b"blank nl tokenizer")
    else:
        h.update(tokenizer.to_bytes(exclude=["vocab"]))
    return h.hexdigest()[:32]


def _private(folder: Path) -> bool:
    """The folder is the current user's and no one else may write in it (POSIX)."""
    if not hasattr(os, "getuid"):
        return True
    st = folder.stat()
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read(key: str) -> dict | None:
    """The state saved under ``key``, or None (no cache, no file, or an unreadable one)."""
    folder = cache_dir()
    path = folder / f"coder-{key}.pickle" if folder else None
    if path is None or not path.is_file():
        return None
    try:
        if not _private(folder):
            log.warning("coder cache %s is writable by others: not read", folder)
            return None
        with path.open("rb") as f:
            state = pickle.load(f)
        os.utime(path)  # most recently used: kept by the pruning
        return state if isinstance(state, dict) else None
    except Exception as e:  # a truncated or foreign file: build afresh
        log.warning("coder cache %s not read (%s): building the coder", path, e)
        return None


def write(key: str, state: dict) -> None:
    """Save ``state`` atomically under ``key`` and keep only the newest ``KEEP`` files."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(folder):
            return
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".coder-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"coder-{key}.pickle")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        old = sorted(folder.glob("coder-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in old[KEEP:]:
            path.unlink(missing_ok=True)
    except OSError as e:  # read-only home, full disk: the coder works without a cache
        log.info("coder cache not written to %s: %s", folder, e)
