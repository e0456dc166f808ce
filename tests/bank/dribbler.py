"""Servers on 127.0.0.1 that never stop answering and never finish: each read the client
makes gets a byte quickly, so no read timeout ever fires, yet the answer never ends.

* ``Dribbler("headers")``: the status line and headers, one byte at a time;
* ``Dribbler("body")``: the headers at once, then the body one byte at a time;
* ``Dribbler("tls", upstream_port=...)``: a relay in front of a real TLS server that hands
  the server's bytes on one at a time, from the first byte of the handshake;
* ``StalledListener``: a port whose accept queue is full, so connecting never completes.

The pace is the server's own (``stop.wait(interval)``), never the test's way of waiting.
"""

from __future__ import annotations

import socket
import threading

BODY_LENGTH = 100_000


class Dribbler:
    def __init__(self, mode: str, interval: float = 0.1, upstream_port: int | None = None) -> None:
        if mode not in ("headers", "body", "tls"):
            raise ValueError(mode)
        self.mode, self.interval, self.upstream_port = mode, interval, upstream_port
        self.connections = 0
        self.stop_event = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._threads: list[threading.Thread] = []
        self._accept_thread = threading.Thread(target=self._accept, daemon=True)
        self._accept_thread.start()

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        host = "localhost" if self.mode == "tls" else "127.0.0.1"
        return f"{'https' if self.mode == 'tls' else 'http'}://{host}:{self.port}"

    def _accept(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                if self.mode == "tls":
                    self._relay(conn)
                    return
                _read_head(conn)
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {BODY_LENGTH}\r\n\r\n"
                ).encode()
                if self.mode == "headers":
                    self._dribble(conn, head)
                else:
                    conn.sendall(head)
                    self._dribble(conn, b" " * BODY_LENGTH)
            except OSError:
                return  # the client hung up, as it should at its deadline

    def _relay(self, conn: socket.socket) -> None:
        assert self.upstream_port is not None
        with socket.create_connection(("127.0.0.1", self.upstream_port)) as upstream:
            forward = threading.Thread(target=_pump, args=(conn, upstream), daemon=True)
            forward.start()
            while not self.stop_event.is_set():
                data = upstream.recv(65536)
                if not data:
                    return
                self._dribble(conn, data)

    def _dribble(self, conn: socket.socket, data: bytes) -> None:
        for i in range(len(data)):
            if self.stop_event.wait(self.interval):
                return
            conn.sendall(data[i : i + 1])

    def stop(self) -> None:
        self.stop_event.set()
        self._listener.close()
        for thread in self._threads:
            thread.join(5)


class StalledListener:
    """A listening port that never accepts, its queue filled: a connect() hangs."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self._fillers = []
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            try:
                filler.connect(("127.0.0.1", self.port))
            except BlockingIOError:
                pass
            self._fillers.append(filler)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    def stop(self) -> None:
        for sock in (*self._fillers, self._listener):
            sock.close()


def _read_head(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise OSError("closed")
        data += chunk


def _pump(src: socket.socket, dst: socket.socket) -> None:
    try:
        while chunk := src.recv(65536):
            dst.sendall(chunk)
    except OSError:
        pass
