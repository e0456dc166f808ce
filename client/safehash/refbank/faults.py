"""Fault injection for client tests: the failures a real network and a real bank produce.

``faults.add(kind, count=1, method=None, path=None, **params)`` arms a fault for the next
``count`` requests whose method matches and whose path starts with ``path``; then it is gone.

=======================  ===============================================================
kind                     what the client sees (params, with defaults)
=======================  ===============================================================
status                   ``status`` (500) in the server's error shape; ``code``,
                         ``message`` and ``retry_after`` (adds Retry-After) optional
rate_limit               429 ``rate_limited`` with ``Retry-After: retry_after`` (1);
                         any value is sent as given, so bad values can be tested too
delay                    waits ``seconds`` (1.0, at most 30) and then answers normally;
                         stopping the server cuts the wait short
garbage                  ``status`` (200) with ``body`` (not JSON) and ``content_type``
                         (application/json: a lying header is the harder case)
huge                     200 with ``size`` bytes (10 MiB) streamed in chunks, with a
                         Content-Length unless ``send_length=False``
redirect                 ``status`` (302) to ``location`` (http://example.invalid/)
drop_after_processing    the request is processed and committed, then the connection is
                         closed without an answer
=======================  ===============================================================

Every kind but ``drop_after_processing`` also takes ``after_processing=True``: the request
is processed (and stored) first and the fault replaces the real answer, which is what
idempotency has to survive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from safehash.refbank.messages import Response, code_for_status

if TYPE_CHECKING:
    from safehash.refbank.httpbase import Handler

MAX_DELAY = 30.0
MAX_HUGE = 2 * 1024**3
CHUNK = 64 * 1024
_COMMON = frozenset({"after_processing"})
KINDS: dict[str, frozenset[str]] = {
    "status": _COMMON | {"status", "code", "message", "retry_after"},
    "rate_limit": _COMMON | {"retry_after"},
    "delay": _COMMON | {"seconds"},
    "garbage": _COMMON | {"status", "body", "content_type"},
    "huge": _COMMON | {"size", "send_length"},
    "redirect": _COMMON | {"status", "location"},
    "drop_after_processing": frozenset(),
}


@dataclass(frozen=True, slots=True)
class Fault:
    kind: str
    remaining: int
    method: str | None = None
    path: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or path.startswith(self.path)
        )

    @property
    def after_processing(self) -> bool:
        return self.kind == "drop_after_processing" or bool(self.params.get("after_processing"))


class Faults:
    """A thread-safe queue of armed faults; the first one that matches a request fires."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fired_changed = threading.Condition(self._lock)
        self._armed: list[Fault] = []
        self._fired = 0

    def add(
        self,
        kind: str,
        count: int = 1,
        *,
        method: str | None = None,
        path: str | None = None,
        **params: Any,
    ) -> Fault:
        _check(kind, count, params)
        fault = Fault(kind, count, method.upper() if method else None, path, dict(params))
        with self._lock:
            self._armed.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self._armed):
                if fault.matches(method, path):
                    if fault.remaining > 1:
                        self._armed[i] = replace(fault, remaining=fault.remaining - 1)
                    else:
                        del self._armed[i]
                    self._fired += 1
                    self._fired_changed.notify_all()
                    return fault
        return None

    @property
    def fired(self) -> int:
        """How many times a fault has fired since the server started."""
        with self._lock:
            return self._fired

    def wait_fired(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Block until ``count`` faults have fired in all: a test knows the server is inside
        a delay, with no sleeping and guessing."""
        with self._fired_changed:
            return self._fired_changed.wait_for(lambda: self._fired >= count, timeout)

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._armed)

    def __len__(self) -> int:
        with self._lock:
            return sum(f.remaining for f in self._armed)


def _check(kind: str, count: int, params: dict[str, Any]) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(KINDS)}")
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError("count must be a whole number of at least 1")
    unknown = set(params) - KINDS[kind]
    if unknown:
        raise TypeError(f"fault {kind!r} does not take {', '.join(sorted(unknown))}")
    seconds = params.get("seconds", 1.0)
    if not 0 <= seconds <= MAX_DELAY:
        raise ValueError(f"delay seconds must be between 0 and {MAX_DELAY}")
    size = params.get("size", 0)
    if not 0 <= size <= MAX_HUGE:
        raise ValueError(f"huge size must be between 0 and {MAX_HUGE}")


def run_with_fault(handler: Handler, fault: Fault | None, process: Callable[[], Response]) -> None:
    """Answer one request through ``process``, unless a fault says otherwise."""
    if fault is None:
        handler.send(process())
        return
    app = handler.server.app
    real = process() if fault.after_processing else None
    params = fault.params
    if fault.kind == "drop_after_processing":
        handler.drop_connection()
    elif fault.kind == "delay":
        if app.stop_event.wait(float(params.get("seconds", 1.0))):
            handler.drop_connection()  # the server is stopping: do not touch its storage
            return
        handler.send(real if real is not None else process())
    elif fault.kind == "huge":
        _send_huge(handler, int(params.get("size", 10 * 1024 * 1024)),
                   bool(params.get("send_length", True)))
    else:
        handler.send(_fault_response(handler, fault))


def _fault_response(handler: Handler, fault: Fault) -> Response:
    app = handler.server.app
    params = fault.params
    if fault.kind == "status":
        status = int(params.get("status", 500))
        code = params.get("code") or code_for_status(status)
        message = params.get("message", "The server could not answer (injected fault).")
        if "retry_after" in params:
            return app.refusal(status, code, message, params["retry_after"])
        return app.error(status, code, message)
    if fault.kind == "rate_limit":
        return app.refusal(429, "rate_limited", "Too many requests; please wait and retry.",
                           params.get("retry_after", 1))
    if fault.kind == "garbage":
        return Response(
            int(params.get("status", 200)),
            bytes(params.get("body", b"<html><body>Welcome to the hotel Wi-Fi</body></html>")),
            content_type=params.get("content_type", "application/json; charset=utf-8"),
        )
    # redirect
    return Response(
        int(params.get("status", 302)),
        headers={"Location": str(params.get("location", "http://example.invalid/"))},
        content_type=None,
    )


def _send_huge(handler: Handler, size: int, send_length: bool) -> None:
    stop = handler.server.app.stop_event
    left = size
    try:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        if send_length:
            handler.send_header("Content-Length", str(size))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        chunk = b"a" * CHUNK
        while left > 0 and not stop.is_set():
            handler.wfile.write(chunk[: min(left, CHUNK)])
            left -= CHUNK
    except OSError:  # the client stopped reading, as a careful client should
        pass
    if left > 0:
        handler.drop_connection()
