"""Output paths taken literally: listing and deleting files without glob expansion.

Beam's ``FileSystems.match`` and ``FileSystems.delete`` treat ``*``, ``?`` and ``[`` in a path as
a pattern, and so does DuckDB's ``read_parquet``. An output folder named ``out/y*`` then read,
merged and deleted the partitions of its neighbour ``out/ysib`` (issue 20.4). Local folders are
therefore listed and deleted with ``os`` calls, and every path handed to a pattern-matching API
(remote file systems, DuckDB) goes through :func:`escape_glob` first.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
from collections.abc import Iterable

_GLOB_CHAR = re.compile(r"([*?\[])")


def is_local(path: str) -> bool:
    return "://" not in path


def escape_glob(path: str) -> str:
    """``path`` as a glob pattern that matches only itself (``*`` -> ``[*]``, ``[`` -> ``[[]``).

    Understood by Python's ``fnmatch``/``glob``, Beam's ``FileSystems.match`` and DuckDB.
    """
    return _GLOB_CHAR.sub(r"[\1]", path)


def list_files(directory: str, pattern: str) -> list[str]:
    """Files directly in ``directory`` whose name matches ``pattern``, sorted; [] if it is missing.

    Only ``pattern`` is a pattern: the directory is taken literally.
    """
    if is_local(directory):
        try:
            names = [e.name for e in os.scandir(directory) if e.is_file()]
        except (FileNotFoundError, NotADirectoryError):
            return []
        return sorted(os.path.join(directory, n) for n in names if fnmatch.fnmatchcase(n, pattern))
    from apache_beam.io.filesystems import FileSystems

    try:
        found = FileSystems.match([FileSystems.join(escape_glob(directory), pattern)])
    except Exception:  # a folder that does not exist yet has no files
        return []
    return sorted(m.path for m in found[0].metadata_list)


def delete_paths(paths: Iterable[str]) -> None:
    """Delete files and folders (recursively) at exactly these paths; missing ones are skipped."""
    paths = list(paths)
    local = [p for p in paths if is_local(p)]
    for path in local:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.remove(path)
            except FileNotFoundError:
                pass
    remote = [p for p in paths if not is_local(p)]
    if remote:
        from apache_beam.io.filesystems import FileSystems

        existing = [p for p in remote if FileSystems.exists(p)]
        if existing:
            FileSystems.delete([escape_glob(p) for p in existing])
        # On an object store (GCS, S3) a folder is no object, only the prefix of its keys:
        # ``exists`` is false for it and deleting it needs the trailing "/".
        folders = [
            p.rstrip("/") + "/"
            for p in remote
            if p not in existing and not FileSystems.get_filesystem(p).has_dirs()
        ]
        if folders:
            FileSystems.delete(folders)
