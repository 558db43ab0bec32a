"""The limits of one HTTP exchange: size caps, gzip/deflate decoding, and time.

Split from ``transforms.http``: :class:`BodyReader` caps and decodes a body, :class:`Budget` says how
much time a fetch and the run have left, :class:`Watchdog` and the guarded pools enforce it on the
sockets themselves (connect, TLS handshake, headers and body alike).
"""

from __future__ import annotations

import math
import socket
import threading
import time
import zlib
from typing import Any

from urllib3 import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.connection import HTTPConnection, HTTPSConnection

from geoevents.urls import FetchError

CHUNK_SIZE = 64 * 1024


class BodyReader:
    """Counts raw and decoded bytes while decoding gzip/deflate incrementally."""

    def __init__(self, encoding: str, limit: int, url: str, truncate: bool) -> None:
        self.limit = limit
        self.url = url
        self.truncate = truncate
        self.parts: list[bytes] = []
        self.size = 0
        self.raw_size = 0
        self.done = False
        enc = encoding.strip().lower()
        if enc in ("", "identity"):
            self.mode = "identity"
        elif enc in ("gzip", "x-gzip"):
            self.mode = "gzip"
        elif enc == "deflate":
            self.mode = "deflate"
        else:
            raise FetchError("decode_error", url, f"Unsupported Content-Encoding {encoding!r}")
        self._decoder: Any = self._new_decoder()
        self._deflate_sniffed = False

    def _new_decoder(self) -> Any:
        if self.mode == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self.mode == "deflate":
            return zlib.decompressobj(zlib.MAX_WBITS)
        return None

    def _emit(self, data: bytes) -> None:
        if not data:
            return
        room = self.limit - self.size
        if len(data) > room:
            if self.truncate:
                self.parts.append(data[:room])
                self.size = self.limit
                self.done = True
                return
            raise FetchError("too_large", self.url, f"Body exceeds max_bytes={self.limit}")
        self.parts.append(data)
        self.size += len(data)

    def feed(self, chunk: bytes) -> None:
        self.raw_size += len(chunk)
        if self.raw_size > self.limit and not self.truncate:
            raise FetchError("too_large", self.url, f"Raw body exceeds max_bytes={self.limit}")
        if self.mode == "identity":
            self._emit(chunk)
            return
        if self.mode == "deflate" and not self._deflate_sniffed:
            self._deflate_sniffed = True
            # Some servers send raw deflate without the zlib header.
            if len(chunk) >= 2 and (
                (chunk[0] & 0x0F) != 8 or (chunk[0] * 256 + chunk[1]) % 31 != 0
            ):
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
        data = chunk
        try:
            while data and not self.done:
                if self._decoder.eof:
                    # A further gzip member may follow; anything else after the end is ignored.
                    if self.mode != "gzip" or not data.strip(b"\0"):
                        return
                    self._decoder = self._new_decoder()
                # Inflate at most one byte past the cap so a bomb is caught without expanding it.
                out = self._decoder.decompress(
                    data, min(CHUNK_SIZE * 16, self.limit - self.size + 1)
                )
                self._emit(out)
                data = self._decoder.unconsumed_tail or self._decoder.unused_data
        except zlib.error as exc:
            raise FetchError(
                "decode_error", self.url, f"Corrupt {self.mode} body ({exc})"
            ) from None

    def finish(self) -> bytes:
        if self._decoder is not None and not self.done:
            try:
                self._emit(self._decoder.flush())
            except zlib.error as exc:
                raise FetchError(
                    "decode_error", self.url, f"Corrupt {self.mode} body ({exc})"
                ) from None
        return b"".join(self.parts)


class Response:
    """Status, headers and (for 2xx) the decoded body of one HTTP exchange."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


class Budget:
    """Time left for one fetch: ``total`` seconds from its first request, capped by the run's end.

    Everything after the first request counts (connect, headers, body, redirects, robots.txt,
    retries and their waits). ``run_deadline`` is wall-clock epoch seconds (the run's budget,
    shared by all workers); it is turned into monotonic time once. Waits through an injected
    sleep (tests) do not pass on the real clock, so :meth:`slept` adds them.
    """

    def __init__(self, total: float, run_deadline: float | None) -> None:
        self.total = total
        origin = time.monotonic()
        self._run_end = None if run_deadline is None else origin + run_deadline - time.time()
        self._start: float | None = None
        self._slept = 0.0

    def _now(self) -> float:
        return time.monotonic() + self._slept

    def begin(self) -> None:
        """The first request is about to be sent: the fetch's own clock starts."""
        if self._start is None:
            self._start = self._now()

    def slept(self, seconds: float) -> None:
        self._slept += seconds

    def left(self) -> tuple[float, str]:
        """Seconds left and what runs out then: ``timeout`` (this fetch) or ``run_deadline``."""
        now = self._now()
        own = math.inf if self._start is None else self._start + self.total - now
        run = math.inf if self._run_end is None else self._run_end - now
        return (run, "run_deadline") if run < own else (own, "timeout")


_current = threading.local()


class Watchdog:
    """Shuts the sockets of one request down when its time is up.

    Socket timeouts bound each read, not the exchange: a server that sends a header byte every
    few seconds never trips them. The guarded connections below register their sockets with the
    watchdog of the request running in their thread; when the timer fires, the blocked connect,
    TLS handshake or read fails at once and :attr:`fired` says why.
    """

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        _current.watchdog = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _current.watchdog = None

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _attach(sock: socket.socket | None) -> None:
    watchdog = getattr(_current, "watchdog", None)
    if watchdog is not None and sock is not None:
        watchdog.attach(sock)


class _GuardedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _attach(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self.sock)  # a kept-alive connection already has its socket
        super().request(*args, **kwargs)


class _GuardedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _attach(sock)  # before the TLS handshake, so a stalled handshake is cut too
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self.sock)
        super().request(*args, **kwargs)


class GuardedHTTPPool(HTTPConnectionPool):
    """A connection pool whose sockets obey the running request's :class:`Watchdog`."""

    ConnectionCls = _GuardedHTTPConnection


class GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection
