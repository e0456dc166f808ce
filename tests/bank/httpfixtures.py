"""Small real HTTP(S) servers on 127.0.0.1 for the bank tests: no mocks, real sockets.

A test gives a function from ``Seen`` (the request) to ``Reply``; the server records every
request it received. Blocking handlers wait on an Event that ``stop()`` sets, never on a
sleep.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import trustme


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict | list = b""
    headers: dict[str, str] = field(default_factory=dict)
    # "drop": close the connection without answering; "hang": answer nothing until stop().
    action: str | None = None
    # Bytes to stream (without Content-Length) instead of ``body``.
    stream_bytes: int = 0

    def payload(self) -> bytes:
        if isinstance(self.body, (dict, list)):
            return json.dumps(self.body).encode()
        return self.body.encode() if isinstance(self.body, str) else self.body


class TestServer:
    def __init__(self, handler: Callable[[Seen], Reply], tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.seen: list[Seen] = []
        self.released = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                outer.seen.append(seen)
                reply = outer.handler(seen)
                if reply.action == "drop":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if reply.action == "hang":
                    outer.released.wait(30)
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.stream_bytes:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"x" * 65536
                    sent = 0
                    try:
                        while sent < reply.stream_bytes:
                            self.wfile.write(chunk)
                            sent += len(chunk)
                    except OSError:
                        pass  # the client stopped reading, as it should
                    self.close_connection = True
                    return
                payload = reply.payload()
                self.send_header("Content-Length", str(len(payload)))
                if isinstance(reply.body, (dict, list)):
                    self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = do_PUT = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls else "http"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        host = "localhost" if self.scheme == "https" else "127.0.0.1"
        return f"{self.scheme}://{host}:{self.port}"

    def stop(self) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return context


def write_ca(ca: trustme.CA, directory: Any) -> str:
    path = directory / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


class Socks5Proxy:
    """A minimal SOCKS5 proxy (no auth, CONNECT only) recording the addresses asked for."""

    def __init__(self) -> None:
        self.requested: list[tuple[str, int]] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"socks5h://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            _, n = conn.recv(2)
            conn.recv(n)
            conn.sendall(b"\x05\x00")
            _, _cmd, _, atyp = _recv_exact(conn, 4)
            if atyp == 3:
                host = _recv_exact(conn, _recv_exact(conn, 1)[0]).decode()
            elif atyp == 1:
                host = socket.inet_ntoa(_recv_exact(conn, 4))
            else:
                host = socket.inet_ntop(socket.AF_INET6, _recv_exact(conn, 16))
            port = int.from_bytes(_recv_exact(conn, 2), "big")
            self.requested.append((host, port))
            # Every name leads to this computer: the test bank lives here.
            upstream = socket.create_connection(("127.0.0.1", port))
            conn.sendall(b"\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00")
            with upstream:
                _relay(conn, upstream)

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise OSError("closed")
        data += chunk
    return data


def _relay(a: socket.socket, b: socket.socket) -> None:
    def pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    other = threading.Thread(target=pump, args=(b, a), daemon=True)
    other.start()
    pump(a, b)
    other.join(10)


class ConnectProxy:
    """A minimal HTTP proxy: CONNECT tunnels only, recording every byte clients send it.
    A plain (non-CONNECT) request is recorded and answered 502, so a token sent in clear
    would show up in ``received``."""

    def __init__(self) -> None:
        self.received = bytearray()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                head += chunk
            self.received += head
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target, _ = line.split(" ", 2)
            if method != "CONNECT":
                conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                return
            port = int(target.rpartition(":")[2])
            upstream = socket.create_connection(("127.0.0.1", port))
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            with upstream:
                self._relay_recording(conn, upstream)

    def _relay_recording(self, client: socket.socket, upstream: socket.socket) -> None:
        back = threading.Thread(target=_relay, args=(upstream, client), daemon=True)
        back.start()
        try:
            while chunk := client.recv(65536):
                self.received += chunk
                upstream.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        back.join(10)

    def stop(self) -> None:
        self._listener.close()
