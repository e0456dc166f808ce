"""Hashing in the background: a worker in its own QThread, and its controller.

The worker walks what was dropped, hashes it with ``HashBatch`` (which hands every file to
an isolated worker process) and hands results to the window in batches (at most every
``BATCH_SECONDS``), so 200 large photos mean a few dozen repaints, not 200; the event loop
is never blocked by hashing. A video's reader says how far it is a few times a second;
the worker passes that on at most every ``PROGRESS_SECONDS`` per video, so its row can show
it. Folders that could not be opened are listed too, so nobody is
told everything was read when some photos were never seen. ``cancel()`` stops at once:
files not started are skipped, and the processes reading files are killed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from safehash.core import errors
from safehash.gui.photos import PASTED_PREFIX, PhotoListModel

if TYPE_CHECKING:
    from safehash.core.isolation import VideoProgress

BATCH_SECONDS = 0.05
PROGRESS_SECONDS = 0.2
log = logging.getLogger(__name__)


class HashWorker(QObject):
    """Lives in the hashing thread. Emits signals only; never touches a widget."""

    # job, file paths (folders expanded), [(folder, name to show, error code)] not opened
    started = Signal(int, list, list)
    results = Signal(int, list)  # job, [(path, HashRecord | None, error code | None)]
    finished = Signal(int, bool)  # job, cancelled
    # job, path, VideoProgress; emitted from the batch's own threads (queued to the window
    # like any signal)
    video_progress = Signal(int, str, object)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._last_progress: dict[str, float] = {}  # path -> when it was last passed on
        self._cancelled_upto = 0
        self._batch: object | None = None
        self._token: object | None = None  # the CancelToken of a pasted picture being read

    @Slot(int, str, object)
    def hash_data(self, job: int, key: str, data: object) -> None:
        """A pasted picture: its bytes go to a reader process (never to a file), and come
        back as a record under ``key``, like a file's."""
        from safehash.core.isolation import CancelToken, shared_reader
        from safehash.core.limits import DEFAULT_LIMITS

        token = CancelToken()
        with self._lock:
            self._token = token
        if self._is_cancelled(job):
            token.cancel()
        try:
            record = shared_reader().hash_data(bytes(data), DEFAULT_LIMITS, token)  # type: ignore[arg-type]
            result: tuple[str, object, str | None] = (key, record, None)
        except errors.FileError as exc:
            result = (key, None, exc.code)
        except errors.Cancelled:
            result = (key, None, errors.Cancelled.code)
        except Exception as exc:  # noqa: BLE001 - the window must never wait forever
            log.error("reading a pasted picture stopped: %s", type(exc).__name__)
            result = (key, None, errors.InternalError.code)
        finally:
            with self._lock:
                self._token = None
        cancelled = token.cancelled
        if not cancelled:
            self.results.emit(job, [result])
        self.finished.emit(job, cancelled)

    @Slot(int, list)
    def hash(self, job: int, paths: list[str]) -> None:
        try:
            self._hash(job, paths)
        except Exception as exc:  # noqa: BLE001 - the window must never wait forever
            log.error("hashing stopped: %s", type(exc).__name__)  # never a path
            with self._lock:
                self._batch = None
            self.finished.emit(job, True)

    def _hash(self, job: int, paths: list[str]) -> None:
        from safehash.core.batch import HashBatch
        from safehash.core.discovery import find_files

        if self._is_cancelled(job):
            self.finished.emit(job, True)
            return
        files: list[str] = []
        unopened: list[tuple[str, str, str]] = []
        for given in paths:
            for found in find_files([given]):
                if self._is_cancelled(job):
                    self.finished.emit(job, True)
                    return
                if found.error is None:
                    files.append(found.path)
                else:
                    unopened.append((found.path, shown_folder(given, found.path),
                                     found.error.code))  # fmt: skip
        self.started.emit(job, files, unopened)

        def progress(_index: int, path: str, done: VideoProgress) -> None:
            self._pass_on_progress(job, path, done)

        batch = HashBatch(files, expand_folders=False, on_progress=progress)
        with self._lock:
            self._batch = batch
        if self._is_cancelled(job):
            batch.cancel()
        pending: list[tuple[str, object, str | None]] = []
        last = time.monotonic()
        for result in batch:
            if batch.cancelled and isinstance(result.error, errors.InternalError):
                continue  # skipped because of the cancel, not a fault of the file
            code = result.error.code if result.error is not None else None
            pending.append((result.path, result.record, code))
            now = time.monotonic()
            if now - last >= BATCH_SECONDS:
                self.results.emit(job, pending)
                pending, last = [], now
        if pending:
            self.results.emit(job, pending)
        with self._lock:
            self._batch = None
            self._last_progress.clear()
        self.finished.emit(job, batch.cancelled)

    def _pass_on_progress(self, job: int, path: str, done: VideoProgress) -> None:
        """Called by the batch's threads; a few updates a second per video are plenty."""
        now = time.monotonic()
        with self._lock:
            if now - self._last_progress.get(path, 0.0) < PROGRESS_SECONDS:
                return
            self._last_progress[path] = now
        if not self._is_cancelled(job):
            self.video_progress.emit(job, path, done)

    def cancel_upto(self, job: int) -> None:
        """Cancel job ``job`` and every earlier one. Safe from any thread."""
        with self._lock:
            self._cancelled_upto = max(self._cancelled_upto, job)
            batch, token = self._batch, self._token
        if batch is not None:
            batch.cancel()  # type: ignore[attr-defined]
        if token is not None:
            token.cancel()  # type: ignore[attr-defined]

    def _is_cancelled(self, job: int) -> bool:
        with self._lock:
            return job <= self._cancelled_upto


def pasted_key(data: bytes) -> str:
    """A pasted picture's place in the list: the same bytes pasted twice are one row. (A
    digest of the bytes as they are; nothing is decoded here.)"""
    return PASTED_PREFIX + hashlib.sha256(data).hexdigest()


def shown_folder(given: str, folder: str) -> str:
    """A folder as the person knows it: from the folder they added down to it
    ("Pictures/2023/private"), not just its last name, nor the whole path."""
    top = os.path.dirname(os.path.normpath(given))
    try:
        return os.path.relpath(folder, top) if top else folder
    except ValueError:  # another drive (Windows)
        return folder


class HashController(QObject):
    """The GUI-thread side: starts jobs, applies results to the model, reports progress."""

    request = Signal(int, list)
    request_data = Signal(int, str, object)
    busy_changed = Signal(bool)
    progress = Signal(int, int)  # done, total (of the jobs running now)
    stopped = Signal()  # a cancel finished

    def __init__(self, model: PhotoListModel) -> None:
        super().__init__()
        self.model = model
        self._thread = QThread()
        self._thread.setObjectName("safehash-hashing")
        self._worker = HashWorker()
        self._worker.moveToThread(self._thread)
        self.request.connect(self._worker.hash)
        self.request_data.connect(self._worker.hash_data)
        self._worker.started.connect(self._on_started)
        self._worker.results.connect(self._on_results)
        self._worker.video_progress.connect(self._on_video_progress)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()
        self._next_job = 0
        self._open_jobs: set[int] = set()
        self._done = 0
        self._total = 0

    @property
    def busy(self) -> bool:
        return bool(self._open_jobs)

    def add(self, paths: list[str]) -> None:
        fresh = [p for p in paths if not self.model.has_path(p)]
        if not fresh:
            return
        self._next_job += 1
        was_busy = self.busy
        self._open_jobs.add(self._next_job)
        self.request.emit(self._next_job, fresh)
        if not was_busy:
            self._done = self._total = 0
            self.busy_changed.emit(True)
        self.progress.emit(self._done, self._total)

    def add_picture(self, data: bytes) -> bool:
        """A pasted picture, read from memory; False when the same one is on the list."""
        key = pasted_key(data)
        if self.model.has_path(key):
            return False
        self._next_job += 1
        was_busy = self.busy
        self._open_jobs.add(self._next_job)
        if not was_busy:
            self._done = self._total = 0
        self.model.add_pasted(key, self._next_job)
        self._total += 1
        self.request_data.emit(self._next_job, key, data)
        if not was_busy:
            self.busy_changed.emit(True)
        self.progress.emit(self._done, self._total)
        return True

    def cancel(self) -> None:
        if self._next_job:
            self._worker.cancel_upto(self._next_job)

    def reset(self) -> None:
        """Cancel everything and forget the jobs: late results are dropped unseen."""
        self.cancel()
        was_busy = self.busy
        self._open_jobs.clear()
        self._done = self._total = 0
        if was_busy:
            self.busy_changed.emit(False)

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Cancel everything and stop the thread; False if it did not stop in time."""
        self.cancel()
        self._thread.quit()
        return self._thread.wait(wait_ms)

    @Slot(int, list, list)
    def _on_started(self, job: int, files: list[str], unopened: list) -> None:
        if job not in self._open_jobs:
            return
        self.model.add_unopened(unopened, job)
        rows = self.model.add(files, job)
        self._total += sum(1 for r in rows if r >= 0)
        self.progress.emit(self._done, self._total)

    @Slot(int, list)
    def _on_results(self, job: int, results: list) -> None:
        if job not in self._open_jobs:
            return
        self.model.set_results(results)
        self._done += len(results)
        self.progress.emit(self._done, self._total)

    @Slot(int, str, object)
    def _on_video_progress(self, job: int, path: str, done: VideoProgress) -> None:
        if job not in self._open_jobs:
            return
        self.model.set_progress(path, done)
        self.progress.emit(self._done, self._total)

    @Slot(int, bool)
    def _on_finished(self, job: int, cancelled: bool) -> None:
        self._open_jobs.discard(job)
        if cancelled:
            self.model.remove_unfinished(job)
        if not self._open_jobs:
            self.busy_changed.emit(False)
            if cancelled:
                self.stopped.emit()
