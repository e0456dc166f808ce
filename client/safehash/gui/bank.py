"""Talking to the hash bank in the background: one worker thread owns the HTTP client
and the bank adapter (they are used from one thread at a time), the window hands it jobs.

A job is a plain function ``job(adapter) -> result`` that calls the core only; its result
or the error's ``code`` comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from safehash.core import errors
from safehash.core.profile import Profile
from safehash.core.secrets import SecretStore
from safehash.core.transport import NetworkLog, RetryPolicy

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]


class BankWorker(QObject):
    """Lives in the bank thread; creates the adapter on first use."""

    done = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, error code

    def __init__(
        self,
        profile: Profile,
        proxy: str | None,
        log_: NetworkLog,
        secrets: SecretStore,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__()
        self._profile, self._proxy, self._log, self._secrets = profile, proxy, log_, secrets
        self._retry = retry
        self._client: Any = None
        self._adapter: Any = None

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            result = job(self._ensure_adapter())
        except errors.SafeHashError as exc:
            self.failed.emit(job_id, exc.code)
        except Exception as exc:  # noqa: BLE001 - see below
            # A bug must reach the person as a sentence; the log names only the kind of
            # error (a message could carry a token, a hash or a path).
            log.error("bank job failed: %s", type(exc).__name__)
            self.failed.emit(job_id, "internal")
        else:
            self.done.emit(job_id, result)

    @Slot(object, object)
    def reconfigure(self, profile: Profile, proxy: object) -> None:
        self.close()
        self._profile, self._proxy = profile, proxy if isinstance(proxy, str) else None

    @Slot()
    def close(self) -> None:
        if self._adapter is not None:
            self._adapter.close()
        if self._client is not None:
            self._client.close()
        self._adapter = self._client = None

    def _ensure_adapter(self) -> Any:
        if self._adapter is None:
            from safehash.core.transport import HttpClient
            from safehash.practice_bank import open_bank

            client = HttpClient(
                pins=self._profile.certificate_pins,
                proxy=self._proxy,
                log=self._log,
                retry=self._retry,
            )
            try:
                self._adapter = open_bank(self._profile, client, secrets=self._secrets)
            except BaseException:
                client.close()
                raise
            self._client = client
        return self._adapter


class BankGateway(QObject):
    """GUI-thread side: ``call(job, on_done, on_failed)``; callbacks run in the GUI thread."""

    _request = Signal(int, object)
    _reconfigure = Signal(object, object)
    _close = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        profile: Profile,
        proxy: str | None,
        log_: NetworkLog,
        secrets: SecretStore,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__()
        self.profile = profile
        self._thread = QThread()
        self._thread.setObjectName("safehash-bank")
        self._worker = BankWorker(profile, proxy, log_, secrets, retry)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._reconfigure.connect(self._worker.reconfigure)
        self._close.connect(self._worker.close)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._next = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def call(
        self, job: Job, on_done: Callable[[Any], None], on_failed: Callable[[str], None]
    ) -> int:
        self._next += 1
        was_busy = self.busy
        self._callbacks[self._next] = (on_done, on_failed)
        self._request.emit(self._next, job)
        if not was_busy:
            self.busy_changed.emit(True)
        return self._next

    def reconfigure(self, profile: Profile, proxy: str | None) -> None:
        self.profile = profile
        self._reconfigure.emit(profile, proxy)

    def forget_pending(self) -> None:
        """Callbacks of running jobs are dropped (the answer arrives to no one)."""
        had = self.busy
        self._callbacks.clear()
        if had:
            self.busy_changed.emit(False)

    def shutdown(self, wait_ms: int = 2000) -> bool:
        self.forget_pending()
        self._close.emit()
        self._thread.quit()
        return self._thread.wait(wait_ms)

    def _finish(self, job_id: int) -> tuple[Callable[[Any], None], Callable[[str], None]] | None:
        callbacks = self._callbacks.pop(job_id, None)
        if not self._callbacks and callbacks is not None:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        callbacks = self._finish(job_id)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, code: str) -> None:
        callbacks = self._finish(job_id)
        if callbacks is not None:
            callbacks[1](code)
