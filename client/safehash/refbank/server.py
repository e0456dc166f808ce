"""The reference bank as a running server: ``start_refbank()`` and its handle.

The server runs in a daemon thread of the calling process (tests, the app's practice bank)
or in its own process (``python -m safehash.refbank``).
"""

from __future__ import annotations

import itertools
import os
import ssl
import threading
from collections.abc import Callable
from pathlib import Path

from safehash.refbank.api import (
    DEFAULT_BANK_NAME,
    DEFAULT_MAX_BODY_BYTES,
    V1_MAX_BODY_BYTES,
    Api,
    BankConfig,
    error_response,
)
from safehash.refbank.connections import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_HEADER_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    ConnectionGuard,
)
from safehash.refbank.httpbase import App, ServerHandle
from safehash.refbank.messages import Request, Response
from safehash.refbank.ratelimit import DEFAULT_PER_ADDRESS, DEFAULT_PER_TOKEN, RateLimiter
from safehash.refbank.storage import DEFAULT_IDEMPOTENCY_TTL, Storage

RECORD_DIR_NAME = "received-bodies"


class RefBankApp(App):
    server_name = "SafeHash-RefBank/1"

    def __init__(
        self,
        api: Api,
        *,
        record_bodies: bool = False,
        record_dir: Path | None = None,
        per_address: int = 0,
    ) -> None:
        super().__init__(record_bodies=record_bodies, per_address=per_address)
        self.api = api
        self._record_dir = record_dir
        self._numbers = itertools.count(1)
        self._record_lock = threading.Lock()
        if record_dir is not None:
            record_dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    def handle(self, request: Request) -> Response:
        return self.api.handle(request)

    def error(self, status: int, code: str, message: str) -> Response:
        return error_response(status, code, message)

    def route_name(self, method: str, path: str) -> str:
        return self.api.route_name(method, path)

    def body_limit(self, method: str, route: str) -> int:
        return self.api.config.body_limit(method, route)

    def on_recorded_body(self, body: bytes) -> None:
        if self._record_dir is None:
            return
        with self._record_lock:
            path = self._record_dir / f"{next(self._numbers):06d}.body"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(body)


class RefBankHandle(ServerHandle):
    """A running reference bank: ``url``, ``stop()``, ``faults``, ``recorded_bodies``,
    ``issue_case()``; a context manager."""

    app: RefBankApp

    def __init__(
        self,
        app: RefBankApp,
        storage: Storage,
        host: str,
        port: int,
        tls: ssl.SSLContext | None,
        data_dir: Path | None,
        guard: ConnectionGuard | None = None,
    ) -> None:
        super().__init__(app, host, port, tls, guard)
        self.storage = storage
        self.data_dir = data_dir
        self._cleanups: list[Callable[[], None]] = []

    @property
    def config(self) -> BankConfig:
        return self.app.api.config

    @property
    def bank_name(self) -> str:
        return self.config.bank_name

    def issue_case(self) -> tuple[str, str]:
        """Open a case the way a support organisation would: (case_id, case_token)."""
        return self.storage.create_case()

    def add_cleanup(self, func: Callable[[], None]) -> None:
        """Run ``func`` after the server and its storage are closed."""
        self._cleanups.append(func)

    def _after_stop(self) -> None:
        self.storage.close()
        for func in self._cleanups:
            func()


def start_refbank(
    data_dir: Path | str | None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    bank_name: str = DEFAULT_BANK_NAME,
    self_service: bool = True,
    min_quality: int = 50,
    max_items: int = 500,
    videos: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    tls: ssl.SSLContext | None = None,
    record_bodies: bool = False,
    record_dir: Path | str | None = None,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    rate_per_token: int = DEFAULT_PER_TOKEN,
    rate_per_address: int = DEFAULT_PER_ADDRESS,
    idempotency_ttl: float = DEFAULT_IDEMPOTENCY_TTL,
) -> RefBankHandle:
    """Start a reference bank in a daemon thread; ``data_dir=None`` keeps data in memory.

    ``record_bodies`` keeps every request body in ``handle.recorded_bodies`` (and, with
    ``record_dir``, in numbered files there): it exists for privacy tests only.
    ``videos=False`` serves API 1.0 as it was: photos only, no video fields anywhere.
    Rate limits are requests a minute (0: off); ``idempotency_ttl`` is in seconds.
    """
    if not 0 <= min_quality <= 100:
        raise ValueError("min_quality must be from 0 to 100")
    if max_items < 1:
        raise ValueError("max_items must be at least 1")
    if max_body_bytes < V1_MAX_BODY_BYTES:
        raise ValueError("max_body_bytes must be at least 1 MiB")
    config = BankConfig(bank_name, self_service, min_quality, max_items, videos, max_body_bytes)
    guard = ConnectionGuard(max_connections=max_connections, header_timeout=header_timeout,
                            body_timeout=body_timeout)  # fmt: skip
    storage = Storage(data_dir, idempotency_ttl)
    try:
        app = RefBankApp(
            Api(config, storage, RateLimiter(rate_per_token)),
            record_bodies=record_bodies,
            record_dir=Path(record_dir) if record_dir is not None else None,
            per_address=rate_per_address,
        )
        return RefBankHandle(
            app, storage, host, port, tls, Path(data_dir) if data_dir is not None else None,
            guard,
        )  # fmt: skip
    except BaseException:
        guard.stop()
        storage.close()
        raise
