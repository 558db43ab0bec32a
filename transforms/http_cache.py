"""Conditional GET validators (ETag, Last-Modified) per URL, persisted between runs.

Split from ``transforms.http`` (which re-exports :class:`ConditionalCache`).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geoevents.transforms.http import FetchResult

log = logging.getLogger("geoevents.transforms.http")


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
