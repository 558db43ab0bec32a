"""A real, misbehaving HTTP(S) server on 127.0.0.1 for network tests.

Why: fetch logic (timeouts, redirects, retries, size caps) is only trustworthy when
tested against real sockets. Routes map a request path to a canned response, a
:class:`Response` (which may stream chunks with :class:`Pause` stalls in between) or a
callable that receives the :class:`Request` and returns either of those.

Usage::

    with FaultServer({"/feed.xml": (200, {"Content-Type": "application/rss+xml"}, xml)}) as srv:
        fetcher.fetch(srv.url("/feed.xml"))
        assert srv.hits("/feed.xml") == 1

or the ``fault_server`` pytest fixture (add ``pytest_plugins = ["tests.faultserver"]``
to the root ``conftest.py``, or import the fixture into a test module).
"""

from __future__ import annotations

import gzip
import socket
import ssl
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import urlsplit

import pytest


@dataclass(frozen=True)
class Pause:
    """Inside a streamed body: stall this many seconds before the next chunk."""

    seconds: float


@dataclass
class Response:
    """What to send. A ``bytes``/``str`` body gets a Content-Length unless one is given;
    an iterable body is streamed chunk by chunk (``Pause`` items stall) and, without an
    explicit Content-Length, the connection is closed to end it."""

    status: int = 200
    headers: Mapping[str, str] | Iterable[tuple[str, str]] = field(default_factory=dict)
    body: bytes | str | Iterable[bytes | Pause] = b""


@dataclass
class RawResponse:
    """Bytes written as they are, status line and headers included (``Pause`` items stall):
    for servers that trickle their headers. The connection is closed afterwards."""

    chunks: Iterable[bytes | Pause]


@dataclass(frozen=True)
class Request:
    """One request as the server saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names

    @property
    def target(self) -> str:
        return self.path + ("?" + self.query if self.query else "")


RouteResult = Response | RawResponse | tuple[int, Mapping[str, str], bytes | str]
Route = RouteResult | Callable[[Request], RouteResult]


def redirect(location: str, status: int = 302) -> Response:
    """A redirect to ``location`` (absolute or relative)."""
    return Response(status, {"Location": location}, b"")


def sequence(*results: RouteResult) -> Callable[[Request], RouteResult]:
    """A route answering with ``results`` in order, then repeating the last one
    (e.g. ``sequence((503, {}, b""), (200, {}, b"ok"))`` fails once, then works)."""
    if not results:
        raise ValueError("sequence() needs at least one response")
    lock = threading.Lock()
    state = {"i": 0}

    def route(_request: Request) -> RouteResult:
        with lock:
            i = min(state["i"], len(results) - 1)
            state["i"] += 1
        return results[i]

    return route


def header_trickle(seconds: float, every: float = 0.1) -> RawResponse:
    """A status line, then one header byte every ``every`` seconds for ``seconds``: no socket
    timeout ever fires, only a deadline on the whole exchange stops the client waiting."""
    steps = max(1, int(seconds / every))
    return RawResponse(
        [b"HTTP/1.1 200 OK\r\nX-Slow: "] + [b"x", Pause(every)] * steps + [b"\r\n\r\n"]
    )


def gzip_body(data: bytes) -> bytes:
    """Gzip ``data`` (serve it with ``Content-Encoding: gzip``)."""
    return gzip.compress(data, compresslevel=9)


def closed_port(host: str = "127.0.0.1") -> int:
    """A port on ``host`` that nothing listens on (for connection-refused tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_message(self, fmt: str, *args: Any) -> None:
        """Keep test output clean."""

    def _handle(self) -> None:
        fault = self.server.fault
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        request = Request(
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
        )
        fault.record(request)
        try:
            response = fault.resolve(request)
        except Exception:  # a broken route answers 500; the server keeps serving
            fault.errors.append(traceback.format_exc())
            response = Response(500, {"Content-Type": "text/plain"}, b"route error")
        if self._send(response, head=self.command == "HEAD"):
            fault.record_completed(request)

    def _send(self, response: Response | RawResponse, head: bool) -> bool:
        """Write the response; False if the client hung up or the server stopped first."""
        stop = self.server.fault.stopping
        if isinstance(response, RawResponse):
            self.close_connection = True
            return self._write(response.chunks, stop)
        headers = (
            list(response.headers.items())
            if isinstance(response.headers, Mapping)
            else list(response.headers)
        )
        names = {k.lower() for k, _ in headers}
        body = response.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        streamed = not isinstance(body, bytes)
        if not streamed and "content-length" not in names:
            headers.append(("Content-Length", str(len(body))))
        if streamed and "content-length" not in names:
            headers.append(("Connection", "close"))
            self.close_connection = True
        try:
            self.send_response(response.status)
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            if head or response.status in (204, 304) or 100 <= response.status < 200:
                return True
            if not streamed:
                self.wfile.write(body)
                self.wfile.flush()
                return True
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, TimeoutError):
            self.close_connection = True
            return False
        return self._write(body, stop)

    def _write(self, chunks: Iterable[bytes | Pause], stop: threading.Event) -> bool:
        """Stream ``chunks``; False if the client hung up or the server stopped first."""
        try:
            for item in chunks:
                if isinstance(item, Pause):
                    if stop.wait(item.seconds):
                        self.close_connection = True
                        return False
                    continue
                self.wfile.write(item)
                self.wfile.flush()
            return True
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, TimeoutError):
            self.close_connection = True
            return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fault: FaultServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client hang-ups and failed TLS handshakes are expected here."""


class FaultServer:
    """Threaded HTTP(S) server on an ephemeral port with a mutable route table."""

    def __init__(
        self,
        routes: Mapping[str, Route] | None = None,
        *,
        host: str = "127.0.0.1",
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.host = host
        self.ssl_context = ssl_context
        self.requests: list[Request] = []
        self.completed: list[Request] = []
        self.errors: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- routes and records

    def add(self, path: str, route: Route) -> None:
        """Add or replace a route; ``path`` may include a query string for an exact match."""
        self.routes[path] = route

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def record_completed(self, request: Request) -> None:
        with self._lock:
            self.completed.append(request)

    def completions(self, path: str) -> int:
        """How many responses to ``path`` were written in full (the client did not
        hang up and the server was not stopped first)."""
        with self._lock:
            return sum(1 for r in self.completed if r.path == path)

    def hits(self, path: str) -> int:
        """How many requests reached ``path`` (query ignored)."""
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def resolve(self, request: Request) -> Response | RawResponse:
        route = self.routes.get(request.target, self.routes.get(request.path))
        if route is None:
            return Response(404, {"Content-Type": "text/plain"}, b"not found")
        if callable(route):
            route = route(request)
        if isinstance(route, (Response, RawResponse)):
            return route
        status, headers, body = route
        return Response(status, headers, body)

    # -- addresses

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FaultServer is not running")
        return self._httpd.server_address[1]

    @property
    def scheme(self) -> str:
        return "https" if self.ssl_context is not None else "http"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str = "/", host: str | None = None) -> str:
        """Absolute URL for ``path``; ``host`` swaps the host name (pair with a resolver)."""
        return f"{self.scheme}://{host or self.host}:{self.port}{path}"

    # -- lifecycle

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self.stopping.clear()
        httpd = _Server((self.host, 0), _Handler)
        httpd.fault = self
        if self.ssl_context is not None:
            httpd.socket = self.ssl_context.wrap_socket(
                httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FaultServer:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A started :class:`FaultServer` with an empty route table."""
    with FaultServer() as server:
        yield server
