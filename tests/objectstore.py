"""A Beam filesystem with object-store semantics, kept on local disk, for tests of remote output.

Beam picks a filesystem by URL scheme from the subclasses of ``FileSystem``; importing this module
registers ``gefake://``. It behaves as Beam's ``GCSFileSystem`` does where geoevents' remote
branches depend on it: there are no folders (``mkdirs`` does nothing, ``exists`` is true for
objects only, a "folder" is a key prefix), ``delete`` removes exactly the matched objects unless
the path ends with ``/`` (then everything under that prefix), and ``rename`` is copy + delete.
The objects live under ``FakeObjectStore.root`` (set by the test), one file per key.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO

from apache_beam.io.filesystem import (
    BeamIOError,
    CompressedFile,
    CompressionTypes,
    FileMetadata,
    FileSystem,
)

PREFIX = "gefake://"


class FakeObjectStore(FileSystem):
    root: Path | None = None

    @classmethod
    def scheme(cls) -> str:
        return "gefake"

    def _file(self, path: str) -> Path:
        if not path.startswith(PREFIX) or self.root is None:
            raise ValueError(f"not a gefake:// path (or no root set): {path!r}")
        return self.root / path[len(PREFIX) :]

    def _key(self, file: Path) -> str:
        assert self.root is not None
        return PREFIX + file.relative_to(self.root).as_posix()

    def join(self, basepath: str, *paths: str) -> str:
        return "/".join([basepath.rstrip("/"), *(p.strip("/") for p in paths)])

    def split(self, path: str) -> tuple[str, str]:
        head, _, tail = path.rstrip("/").rpartition("/")
        return head, tail

    def mkdirs(self, path: str) -> None:
        return None

    def has_dirs(self) -> bool:
        return False

    def _list(self, dir_or_prefix: str):
        assert self.root is not None
        for file in sorted(self.root.rglob("*")):
            if file.is_file() and self._key(file).startswith(dir_or_prefix):
                stat = file.stat()
                yield FileMetadata(self._key(file), stat.st_size, stat.st_mtime)

    def _wrap(self, file: Path, mode: str, path: str, compression_type: str) -> BinaryIO:
        """The object's file handle, decompressing or compressing as Beam's filesystems do."""
        raw = open(file, mode)  # noqa: SIM115 - the caller closes it
        if compression_type == CompressionTypes.AUTO:
            compression_type = CompressionTypes.detect_compression_type(path)
        if compression_type == CompressionTypes.UNCOMPRESSED:
            return raw
        return CompressedFile(raw, compression_type=compression_type)

    def create(
        self,
        path: str,
        mime_type: str = "application/octet-stream",
        compression_type: str = CompressionTypes.AUTO,
    ) -> BinaryIO:
        file = self._file(path)
        file.parent.mkdir(parents=True, exist_ok=True)
        return self._wrap(file, "wb", path, compression_type)

    def open(
        self,
        path: str,
        mime_type: str = "application/octet-stream",
        compression_type: str = CompressionTypes.AUTO,
    ) -> BinaryIO:
        file = self._file(path)
        if not file.is_file():
            raise BeamIOError("Open operation failed", {path: FileNotFoundError(path)})
        return self._wrap(file, "rb", path, compression_type)

    def copy(self, source_file_names: list[str], destination_file_names: list[str]) -> None:
        for src, dst in zip(source_file_names, destination_file_names, strict=True):
            target = self._file(dst)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self._file(src), target)

    def rename(self, source_file_names: list[str], destination_file_names: list[str]) -> None:
        self.copy(source_file_names, destination_file_names)
        for src in source_file_names:
            self._file(src).unlink()

    def exists(self, path: str) -> bool:
        return self._file(path).is_file()

    def size(self, path: str) -> int:
        return self._file(path).stat().st_size

    def last_updated(self, path: str) -> float:
        return self._file(path).stat().st_mtime

    def checksum(self, path: str) -> str:
        return str(self.size(path))

    def metadata(self, path: str) -> FileMetadata:
        stat = self._file(path).stat()
        return FileMetadata(path, stat.st_size, stat.st_mtime)

    def delete(self, paths: list[str]) -> None:
        for path in paths:
            if path.endswith("/"):
                targets = [m.path for m in self._list(path)]
            else:
                targets = [m.path for m in self.match([path])[0].metadata_list]
            for target in targets:
                self._file(target).unlink()

    def objects(self) -> list[str]:
        """Every key in the store, sorted (for assertions)."""
        return [m.path for m in self._list(PREFIX)]
