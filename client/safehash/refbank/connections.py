"""Open connections of a reference bank server, and how long each may take to send a request.

Each connection is one thread, so slow clients must not be able to hold them all:

* a request's line and headers must arrive within ``header_timeout`` of the connection
  being ready for it (accepted, or done with the previous request), and its body within
  ``body_timeout`` plus the time its length takes at ``MIN_BODY_RATE`` (a video's hashes
  can be megabytes on a slow line); a client that dribbles is cut off, however steadily;
* the bodies held at once, over all connections, are at most ``body_budget`` bytes; a
  request that would go over gets 503 with Retry-After before its body is read, so memory
  stays bounded however many clients send large bodies together;
* at most ``max_connections`` are open at once. When a new one comes and none is free, the
  one that has waited longest for its client to finish a request is closed to make room
  (a slow client, never one whose request is being answered); if every one is busy
  answering, the newcomer gets 503 with Retry-After.

A reaper thread checks the deadlines a few times a second and shuts the socket down, which
ends whatever read the connection's thread is blocked in.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

DEFAULT_MAX_CONNECTIONS = 256
DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_BODY_TIMEOUT = 30.0
MIN_BODY_RATE = 32 * 1024  # bytes a second: a 256 kbit/s line still gets a body through
DEFAULT_BODY_BUDGET = 64 * 1024 * 1024
REAP_INTERVAL = 0.1  # how late a deadline may be enforced


@dataclass(slots=True)
class _Open:
    handle: socket.socket  # a duplicate of the connection's descriptor, for shutdown only
    waiting_since: float | None  # waiting for the client since; None while answering
    deadline: float | None


class ConnectionGuard:
    def __init__(
        self,
        *,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        header_timeout: float = DEFAULT_HEADER_TIMEOUT,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        body_budget: int = DEFAULT_BODY_BUDGET,
    ) -> None:
        if min(max_connections, header_timeout, body_timeout, body_budget) <= 0:
            raise ValueError("connection limits must be positive")
        self.max_connections = max_connections
        self.header_timeout, self.body_timeout = header_timeout, body_timeout
        self.body_budget = body_budget
        self._bodies = 0  # bytes of bodies held now
        self.cut_off = 0  # connections closed for being too slow (deadline or eviction)
        self.refused = 0  # connections answered 503 because all were busy
        self._lock = threading.Lock()
        self._open: dict[int, _Open] = {}
        self._stop = threading.Event()
        self._reaper = threading.Thread(target=self._reap, name="refbank-reaper", daemon=True)
        self._reaper.start()

    def admit(self, sock: socket.socket) -> bool:
        """Take a new connection; False when it must be refused (all are busy)."""
        now = time.monotonic()
        with self._lock:
            if len(self._open) >= self.max_connections:
                waiting = [(o.waiting_since, fd) for fd, o in self._open.items()
                           if o.waiting_since is not None]  # fmt: skip
                if not waiting:
                    self.refused += 1
                    return False
                self._cut(min(waiting)[1])
            try:
                handle = socket.socket(sock.family, sock.type, sock.proto,
                                       fileno=socket.dup(sock.fileno()))  # fmt: skip
            except OSError:
                return False
            self._open[sock.fileno()] = _Open(handle, now, now + self.header_timeout)
        return True

    def waiting(self, fd: int, *, body: int | None = None) -> None:
        """The connection waits for its client: a new request's headers, or (``body``: its
        length) its body."""
        now = time.monotonic()
        with self._lock:
            entry = self._open.get(fd)
            if entry is not None:
                if body is None:
                    entry.waiting_since = now
                    entry.deadline = now + self.header_timeout
                else:
                    entry.deadline = now + self.body_timeout + body / MIN_BODY_RATE

    def hold_body(self, size: int) -> bool:
        """Count a body about to be read; False when it would go over the budget."""
        with self._lock:
            if self._bodies + size > self.body_budget:
                return False
            self._bodies += size
            return True

    def release_body(self, size: int) -> None:
        with self._lock:
            self._bodies -= size

    def answering(self, fd: int) -> None:
        """The request is complete: no deadline while it is answered."""
        with self._lock:
            entry = self._open.get(fd)
            if entry is not None:
                entry.waiting_since = entry.deadline = None

    def leave(self, fd: int) -> None:
        with self._lock:
            entry = self._open.pop(fd, None)
        if entry is not None:
            entry.handle.close()

    @property
    def open_count(self) -> int:
        with self._lock:
            return len(self._open)

    def _cut(self, fd: int) -> None:
        """Shut one connection down (its thread sees the end and leaves); lock held."""
        entry = self._open.pop(fd)
        self.cut_off += 1
        try:
            entry.handle.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # the client had gone already
        entry.handle.close()

    def _reap(self) -> None:
        while not self._stop.wait(REAP_INTERVAL):
            now = time.monotonic()
            with self._lock:
                late = [fd for fd, o in self._open.items()
                        if o.deadline is not None and o.deadline <= now]  # fmt: skip
                for fd in late:
                    self._cut(fd)

    def stop(self) -> None:
        self._stop.set()
        self._reaper.join(5)
        with self._lock:
            for entry in self._open.values():
                entry.handle.close()
            self._open.clear()
