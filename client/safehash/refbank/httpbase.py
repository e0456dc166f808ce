"""The HTTP plumbing shared by the reference bank and the HMA fake used in tests.

Standard library only. What it adds to ``http.server``:

* quiet: no per-request lines on stderr (request lines carry case and submission ids), only
  method, route template and status at DEBUG level;
* JSON errors everywhere, also for requests ``http.server`` rejects itself;
* a request body limit (per route: ``App.body_limit``), checked before the body is read;
  one Content-Length only;
* TLS per connection, so a slow handshake never blocks the accept loop;
* deadlines for a request's headers and body and a cap on open connections
  (connections.py), and a rate limit per client address (ratelimit.py);
* a clean ``stop()``: open keep-alive connections are shut, handler threads joined, pending
  fault delays cut short, so tests never hang and a stopped server never answers again.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

from safehash.refbank.connections import ConnectionGuard
from safehash.refbank.faults import Fault, Faults, run_with_fault
from safehash.refbank.messages import Request, Response, code_for_status
from safehash.refbank.ratelimit import RateLimiter

logger = logging.getLogger("safehash.refbank")

HANDSHAKE_TIMEOUT = 10.0
IDLE_TIMEOUT = 30.0  # a silent keep-alive connection does not pin a thread forever
STOP_JOIN_TIMEOUT = 5.0
# Bodies a little over the limit are read and dropped so the client can still read the 413;
# beyond this the connection is closed at once.
DRAIN_LIMIT = 8 * 1024 * 1024
BUSY_MESSAGE = "The bank is busy; please try again."


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """What a client sent, kept only when recording is on (privacy tests)."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    query: str = ""  # kept apart so tests can filter on path; a leak check reads both


class App:
    """What a server answers; subclasses implement ``handle`` and ``error``."""

    max_body = 1024 * 1024
    server_name = "SafeHash-TestServer"

    def __init__(self, *, record_bodies: bool = False, per_address: int = 0) -> None:
        self.faults = Faults()
        self.stop_event = threading.Event()
        self.address_limit = RateLimiter(per_address)
        self.record_bodies = record_bodies
        self.recorded_bodies: list[bytes] = []
        self.recorded_requests: list[RecordedRequest] = []

    def handle(self, request: Request) -> Response:
        raise NotImplementedError

    def error(self, status: int, code: str, message: str) -> Response:
        raise NotImplementedError

    def refusal(self, status: int, code: str, message: str, retry_after: object) -> Response:
        """An error that says when to try again (Retry-After): 429, 503."""
        response = self.error(status, code, message)
        response.headers["Retry-After"] = str(retry_after)
        return response

    def route_name(self, method: str, path: str) -> str:
        """The route template for logs, so no id ever reaches a log line."""
        return "-"

    def body_limit(self, method: str, route: str) -> int:
        """The largest body this request may have; ``route`` is what ``route_name`` gave."""
        return self.max_body

    def record(self, request: Request) -> None:
        if not self.record_bodies:
            return
        # list.append is atomic under the GIL; handler threads may record at once.
        self.recorded_requests.append(
            RecordedRequest(
                request.method,
                request.path,
                tuple(request.headers.items()),
                request.body,
                request.query,
            )
        )
        if request.body:
            self.recorded_bodies.append(request.body)
            self.on_recorded_body(request.body)

    def on_recorded_body(self, body: bytes) -> None:
        """Hook for the command line, which also writes bodies to files."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = IDLE_TIMEOUT
    server: AppServer
    _route = "-"

    def __getattr__(self, name: str) -> Any:
        # Every method (do_GET, do_BREW...) goes to one dispatcher: the app answers 404 or
        # 405 in its own error shape, where http.server would send an HTML 501.
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def version_string(self) -> str:
        return self.server.app.server_name

    def handle_one_request(self) -> None:
        # Waiting for the next request: its line and headers have a deadline.
        self.server.guard.waiting(self.connection.fileno())
        super().handle_one_request()

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: the stdlib line contains the full request line and client address."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        code_value = code.value if isinstance(code, HTTPStatus) else code
        logger.debug("%s %s %s", self.command, self._route, code_value)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """JSON instead of the stdlib's HTML page, also for malformed request lines.

        The stdlib's ``message`` is dropped: it quotes the raw request line, which may hold ids.
        """
        # No HTTP/0.9 here: answer with a status line and headers the client can read.
        self.request_version = self.protocol_version
        self.close_connection = True
        try:
            text = HTTPStatus(code).phrase
        except ValueError:
            text = "Error"
        self.send(self.server.app.error(code, code_for_status(code), text + "."))

    def send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            if response.content_type:
                self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            if response.close:
                self.close_connection = True
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD" and response.status >= 200:
                self.wfile.write(response.body)
        except OSError:  # the client went away; nothing left to tell it
            self.close_connection = True

    def drop_connection(self) -> None:
        """Close without a response, as a crashed proxy or a lost network would."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _dispatch(self) -> None:
        app = self.server.app
        guard, fd = self.server.guard, self.connection.fileno()
        path, _, query = self.path.partition("?")
        self._route = app.route_name(self.command, path)
        body = self._read_body(app.body_limit(self.command, self._route))
        guard.answering(fd)
        if body is None:
            return
        try:
            wait = app.address_limit.take(self.client_address[0])
            if wait is not None:
                self.send(app.refusal(429, "rate_limited",
                                      "Too many requests; please wait and retry.", wait))
                return
            request = Request(self.command, path, query, self.headers, body)
            app.record(request)
            fault: Fault | None = app.faults.take(self.command, path)
            run_with_fault(self, fault, lambda: self._process(request))
        finally:
            guard.release_body(len(body))

    def _process(self, request: Request) -> Response:
        app = self.server.app
        try:
            return app.handle(request)
        except Exception as exc:  # noqa: BLE001 - one bad request must not kill the server
            # Only the type: messages could carry request data.
            logger.error("internal error on %s %s: %s", self.command, self._route,
                         type(exc).__name__)
            return app.error(500, "server_error", "The server had a problem; please try again.")

    def _read_body(self, limit: int) -> bytes | None:
        """The body, or None after an error was sent."""
        app = self.server.app
        if "Transfer-Encoding" in self.headers:
            self.close_connection = True
            self.send(app.error(411, "length_required", "Send a Content-Length, not chunks."))
            return None
        lengths = self.headers.get_all("Content-Length") or []
        if not lengths:
            return b""
        raw = lengths[0].strip()
        # Two lengths (even equal ones) mean a proxy and this server may split the stream
        # differently: request smuggling. Refused, and the connection closed.
        if len(lengths) > 1 or not raw.isdigit() or not raw.isascii():
            self.close_connection = True
            self.send(app.error(400, "bad_request", "The Content-Length header is not valid."))
            return None
        length = int(raw)
        if length > limit:
            if length <= DRAIN_LIMIT:
                self._drain(length)
            self.close_connection = True
            self.send(app.error(413, "too_large", f"The request body is over {limit} bytes."))
            return None
        guard = self.server.guard
        if not guard.hold_body(length):
            self.close_connection = True
            self.send(app.refusal(503, "server_error", BUSY_MESSAGE, 1))
            return None
        guard.waiting(self.connection.fileno(), body=length)
        try:
            body = self.rfile.read(length)
        except OSError:
            body = None
        if body is None or len(body) < length:  # cut off, or the client went away
            guard.release_body(length)
            self.close_connection = True
            return None
        return body

    def _drain(self, length: int) -> None:
        try:
            while length > 0:
                chunk = self.rfile.read(min(length, 65536))
                if not chunk:
                    return
                length -= len(chunk)
        except OSError:
            return


class AppServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() joins the handler threads itself, with a deadline
    request_queue_size = 64

    def __init__(
        self,
        address: tuple[str, int],
        app: App,
        tls: ssl.SSLContext | None,
        guard: ConnectionGuard | None = None,
    ) -> None:
        self.app = app
        self.tls = tls
        self.guard = guard or ConnectionGuard()
        self._lock = threading.Lock()
        self._active: dict[threading.Thread, socket.socket] = {}
        super().__init__(address, Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """In the accept loop: a connection gets a thread only if the guard admits it."""
        if not self.guard.admit(request):
            self._refuse(request)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def _refuse(self, sock: socket.socket) -> None:
        """503 to a plain-HTTP newcomer while every connection is busy (never blocking the
        accept loop); a TLS one is just closed, its handshake would take too long here."""
        if self.tls is not None:
            return
        response = self.app.refusal(503, "server_error", BUSY_MESSAGE, 1)
        head = ["HTTP/1.1 503 Service Unavailable"]
        if response.content_type:
            head.append(f"Content-Type: {response.content_type}")
        head += [f"{name}: {value}" for name, value in response.headers.items()]
        head += ["Connection: close", f"Content-Length: {len(response.body)}", "", ""]
        try:
            sock.setblocking(False)
            sock.send("\r\n".join(head).encode("latin-1") + response.body)
        except OSError:
            pass  # the newcomer is gone or slow: closing is answer enough

    def finish_request(self, request: Any, client_address: Any) -> None:
        sock: socket.socket = request
        fd = request.fileno()
        try:
            if self.tls is not None:
                try:
                    request.settimeout(HANDSHAKE_TIMEOUT)
                    sock = self.tls.wrap_socket(request, server_side=True)
                except (OSError, ssl.SSLError):
                    return  # failed handshake: shutdown_request closes the raw socket
            me = threading.current_thread()
            with self._lock:
                if self.app.stop_event.is_set():
                    sock.close()
                    return
                self._active[me] = sock
            try:
                self.RequestHandlerClass(sock, client_address, self)
            finally:
                with self._lock:
                    self._active.pop(me, None)
        finally:
            self.guard.leave(fd)  # before the descriptor is closed and its number reused
            if sock is not request:
                sock.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """No traceback on stderr: it could hold request data."""
        logger.debug("connection error")

    def stop(self) -> None:
        self.app.stop_event.set()
        self.shutdown()
        with self._lock:
            active = dict(self._active)
        for sock in active.values():
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.server_close()
        deadline = time.monotonic() + STOP_JOIN_TIMEOUT
        for thread in active:
            thread.join(max(0.0, deadline - time.monotonic()))
        self.guard.stop()


class AppServer6(AppServer):
    address_family = socket.AF_INET6


def format_url(scheme: str, host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}"


class ServerHandle:
    """A running server: ``url``, ``stop()``, context manager; the thread is a daemon."""

    def __init__(
        self,
        app: App,
        host: str,
        port: int,
        tls: ssl.SSLContext | None,
        guard: ConnectionGuard | None = None,
    ) -> None:
        server_cls = AppServer6 if ":" in host else AppServer
        self._server = server_cls((host, port), app, tls, guard)
        self.app = app
        self.url = format_url("https" if tls else "http", host, self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},  # how long stop() may wait for the accept loop
            name=f"{app.server_name} {self.url}",
            daemon=True,
        )
        self._thread.start()
        self._stopped = False
        self._stop_lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def faults(self) -> Faults:
        return self.app.faults

    @property
    def recorded_bodies(self) -> list[bytes]:
        return self.app.recorded_bodies

    @property
    def recorded_requests(self) -> list[RecordedRequest]:
        return self.app.recorded_requests

    @property
    def running(self) -> bool:
        return not self._stopped

    @property
    def guard(self) -> ConnectionGuard:
        return self._server.guard

    def stop(self) -> None:
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
        self._server.stop()
        self._thread.join(STOP_JOIN_TIMEOUT)
        self._after_stop()

    def _after_stop(self) -> None:
        """Subclasses release what the app holds (databases, temporary folders)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

