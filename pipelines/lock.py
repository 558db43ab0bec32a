"""One run at a time per output folder: batch and streaming runs hold ``<output>/_state/run.lock``.

Partition merges are read-modify-write and a streaming window may add a file a batch merge then
deletes, so two runs on one output must never overlap. On a local or mounted file system the lock
is ``fcntl.flock`` on the lock file: the kernel grants it to exactly one open file at a time and
drops it when its holder exits, however it exits (SIGKILL included), so there is no stale lock to
take over and no window between "is it free?" and "take it". The lock file is never deleted:
deleting it would let a process that opened the old file and one that creates a new file both
hold "the" lock. Its content (run id, pid, host) only names the holder in the error message.

On object stores (``gs://``, ``s3://``) there is no atomic create through Beam's FileSystems: the
lock is a marker file checked before it is written, which keeps apart runs that start seconds
apart but not two started in the same instant. Schedule one writer per bucket prefix there.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import shutil
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def make_run_id(started_at: datetime) -> str:
    """Start time to the microsecond plus a random suffix: runs started in the same instant (two
    processes, or a quick rerun) never share a run id, a manifest or a staging folder."""
    return started_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ-") + secrets.token_hex(3)


class RunLockedError(RuntimeError):
    """Another run is writing to the same output."""


def is_local(output: str) -> bool:
    """True for paths Beam's LocalFileSystem serves (no ``scheme://``)."""
    return "://" not in output


def _holder_text(holder: dict[str, Any]) -> str:
    if not holder.get("run_id"):
        return "another run (starting up)"
    return f"run {holder['run_id']} (pid {holder.get('pid')} on {holder.get('host')})"


def _body(run_id: str) -> bytes:
    return json.dumps({"run_id": run_id, "pid": os.getpid(), "host": socket.gethostname()}).encode(
        "utf-8"
    )


@contextlib.contextmanager
def run_lock(output: str, run_id: str) -> Iterator[None]:
    """Hold the output's run lock for the block; clear stale staging on entry and ours on exit.

    Raises ``RunLockedError`` at once (no waiting) when another run holds it.
    """
    if is_local(output):
        with _local_lock(Path(output), run_id):
            _clear_staging(output)
            try:
                yield
            finally:
                _clear_staging(output, run_id)
        return
    _acquire_marker(output, run_id)
    try:
        _clear_staging(output)
        yield
    finally:
        _clear_staging(output, run_id)
        _release_marker(output)


@contextlib.contextmanager
def _local_lock(output: Path, run_id: str) -> Iterator[None]:
    state = output / "_state"
    state.mkdir(parents=True, exist_ok=True)
    path = state / "run.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLockedError(
                f"{output} is in use by {_holder_text(_read_holder(fd))}; wait for it to finish"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, _body(run_id), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> dict[str, Any]:
    try:
        return json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def _clear_staging(output: str, run_id: str | None = None) -> None:
    """Remove ``_staging/`` (a killed run's leftovers) or, with ``run_id``, this run's part of it
    and the folder itself once empty: a finished run leaves no ``_staging/`` behind."""
    if is_local(output):
        staging = Path(output) / "_staging"
        shutil.rmtree(staging / run_id if run_id else staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging.rmdir()  # only if empty
        return
    from apache_beam.io.filesystems import FileSystems

    from geoevents.paths import delete_paths

    delete_paths([FileSystems.join(output, "_staging", *([run_id] if run_id else []))])


def _marker_path(output: str) -> str:
    from apache_beam.io.filesystems import FileSystems

    return FileSystems.join(output, "_state", "run.lock")


def _acquire_marker(output: str, run_id: str) -> None:
    from apache_beam.io.filesystems import FileSystems

    path = _marker_path(output)
    if FileSystems.exists(path):
        with FileSystems.open(path) as handle:
            holder = json.loads(handle.read().decode("utf-8") or "{}")
        if holder.get("host") != socket.gethostname() or _alive(holder.get("pid", -1)):
            raise RunLockedError(
                f"{output} is in use by {_holder_text(holder)}; if that run is gone, delete {path}"
            )
        FileSystems.delete([path])  # left by a killed run on this host
    with FileSystems.create(path) as handle:
        handle.write(_body(run_id))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (OSError, TypeError, ValueError):
        return False
    return True


def _release_marker(output: str) -> None:
    from apache_beam.io.filesystems import FileSystems

    path = _marker_path(output)
    if FileSystems.exists(path):
        FileSystems.delete([path])
