"""A small pool of worker processes, and the limits the parent enforces on each of them.

Callers hand the pool a path and get back a ``HashRecord`` (or a ``Preview``), or the
file's own ``FileError``. Each request runs in one worker with a wall-clock deadline kept
by the parent; a worker that runs late, dies, or answers with too much or with nonsense is
killed and replaced, and only that file gets the error. Workers are started with the
``spawn`` method everywhere (the same on Linux, macOS and Windows, and when frozen by
PyInstaller) from one long-lived thread, so that the kernel's "die with your parent"
(``PR_SET_PDEATHSIG``, tied to the starting thread) only fires when SafeHash goes away.

A video takes longer than any photo, so a worker hashing one sends small progress messages
before its answer, and each moves its deadline: the worker must send one at least every
``time_limit`` seconds (a decoder stuck in a loop sends none), and may take at most
``time_limit + time_per_video_second * seconds of video`` in all (a worker that keeps
reporting forever is still stopped). Its answer may then be as large as a video's.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnProcess
from typing import TYPE_CHECKING

from safehash.core import errors
from safehash.core.isolation import wire
from safehash.core.isolation.worker import WorkerConfig, worker_main
from safehash.core.records import HashRecord

if TYPE_CHECKING:
    from safehash.core.imaging import DecodeLimits

log = logging.getLogger(__name__)

_SPAWN = multiprocessing.get_context("spawn")


DEFAULT_TIME_LIMIT = 30.0  # seconds of wall-clock time per photo
DEFAULT_MEMORY_BYTES = 1 << 30  # per worker process
# Seconds a video may take per second it lasts, on top of the time limit. Measured on a
# shared 2-core machine, one worker alone: 1080p30 H.264 0.1 s, 4K60 H.264 about 1 s; two
# workers at once share the cores, and a slower computer is slower still. A video that
# needs more is far from any honest one, and a stuck one is caught sooner, by the silence
# between its progress messages (at most the time limit).
DEFAULT_TIME_PER_VIDEO_SECOND = 4.0


@dataclass(frozen=True, slots=True)
class ReaderLimits:
    """What one file may cost, enforced from outside the worker that reads it."""

    time_limit: float = DEFAULT_TIME_LIMIT
    memory_bytes: int = DEFAULT_MEMORY_BYTES
    answer_bytes: int = wire.MAX_ANSWER_BYTES  # a hash answer is a few hundred bytes
    time_per_video_second: float = DEFAULT_TIME_PER_VIDEO_SECOND


ProgressCallback = Callable[[wire.VideoProgress], None]


@dataclass(frozen=True, slots=True)
class _VideoWatch:
    """What the parent does with a hash request's progress messages."""

    on_progress: ProgressCallback | None
    max_seconds: float  # the longest video the request's limits allow


class _Watchdog:
    """Calls ``expire`` once its deadline passes; the deadline can be moved while it runs."""

    def __init__(self, seconds: float, expire: Callable[[], None]) -> None:
        self._deadline = time.monotonic() + seconds
        self._expire = expire
        self._done = threading.Event()
        self._lock = threading.Lock()
        thread = threading.Thread(target=self._run, name="safehash-reader-clock", daemon=True)
        thread.start()

    def move_to(self, deadline: float) -> None:
        with self._lock:
            self._deadline = deadline

    def stop(self) -> None:
        self._done.set()

    def _run(self) -> None:
        while True:
            with self._lock:
                remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                self._expire()
                return
            if self._done.wait(remaining):
                return


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class CancelToken:
    """Stops the requests made with it at once, by killing the workers serving them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._workers: set[_Worker] = set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            serving = list(self._workers)
        for worker in serving:
            worker.kill("cancel")

    def processes(self) -> list[SpawnProcess]:
        """The worker processes serving requests made with this token now (tests)."""
        with self._lock:
            return [w.process for w in self._workers]

    def _attach(self, worker: _Worker) -> bool:
        with self._lock:
            if self._cancelled:
                return False
            self._workers.add(worker)
            return True

    def _detach(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)


@dataclass(eq=False)
class _Worker:
    process: SpawnProcess
    conn: Connection
    killed_for: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def kill(self, reason: str) -> None:
        """SIGKILL (TerminateProcess on Windows), without waiting: safe from any thread."""
        with self._lock:
            if self.killed_for is None:
                self.killed_for = reason
        try:
            self.process.kill()
        except (OSError, ValueError, AttributeError):  # already gone, or never started
            pass

    @property
    def usable(self) -> bool:
        return self.killed_for is None and self.process.is_alive()

    def reap(self) -> None:
        self.kill(self.killed_for or "retired")
        self.process.join(5)
        self.conn.close()

    def call(
        self,
        message: bytes,
        limits: ReaderLimits,
        max_answer: int,
        data: bytes | None = None,
        video: _VideoWatch | None = None,
    ) -> bytes:
        """Send one request (and its data, if any) and wait for the answer, in time."""
        watchdog = _Watchdog(limits.time_limit, lambda: self.kill("time"))
        try:
            self.conn.send_bytes(message)
            if data is not None:
                self.conn.send_bytes(data)
            return self._receive(max_answer, limits, watchdog, video)
        except errors.ReaderMisbehaved:
            self.kill("answer")  # mid-request: never used again
            raise
        except OSError as exc:
            if self.killed_for is None and "bad message length" in str(exc):
                self.kill("answer")
            raise self._failure() from exc
        except EOFError as exc:
            raise self._failure() from exc
        finally:
            watchdog.stop()

    def _receive(
        self,
        max_answer: int,
        limits: ReaderLimits,
        watchdog: _Watchdog,
        video: _VideoWatch | None,
    ) -> bytes:
        """The answer, after the progress messages of a video (hash requests only)."""
        started = time.monotonic()
        while True:
            data = self.conn.recv_bytes(max_answer)
            progress = wire.parse_progress(data) if video is not None else None
            if progress is None:
                return data
            assert video is not None
            max_answer = max(max_answer, wire.MAX_VIDEO_ANSWER_BYTES)
            seconds = min(max(progress.position, progress.duration or 0.0), video.max_seconds)
            budget = started + limits.time_limit + limits.time_per_video_second * seconds
            watchdog.move_to(min(time.monotonic() + limits.time_limit, budget))
            if video.on_progress is not None:
                try:
                    video.on_progress(progress)
                except Exception as exc:  # noqa: BLE001 - the caller's display, not the file
                    log.error("a progress display failed: %s", type(exc).__name__)

    def _failure(self) -> Exception:
        reason = self.killed_for
        self.reap()
        if reason == "cancel":
            return errors.Cancelled()
        if reason == "time":
            return errors.TookTooLong()
        if reason == "answer":
            return errors.ReaderMisbehaved()
        code = self.process.exitcode
        if code is not None and code < 0:
            log.warning("a reader stopped with signal %s", signal.Signals(-code).name)
        else:
            log.warning("a reader stopped with exit code %s", code)
        return errors.ReaderCrashed()


class IsolatedReader:
    """Reads files only in worker processes; thread-safe, one request per calling thread.

    At most ``workers`` requests run at once, plus one more so that a preview the person
    asked for does not wait behind a batch; further callers wait for a free worker.
    """

    def __init__(
        self,
        workers: int | None = None,
        limits: ReaderLimits | None = None,
        *,
        test_hook: Callable[[], None] | None = None,
    ) -> None:
        self.workers = workers or default_workers()
        self.limits = limits or ReaderLimits()
        self._config = WorkerConfig(
            memory_bytes=self.limits.memory_bytes,
            sandbox=sys.platform.startswith("linux"),
            test_hook=test_hook,
        )
        self._capacity = self.workers + 1
        self._lock = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._warming = 0  # of those starting, the ones that will go to the idle list
        self._closed = False
        # kill_all() moves to a new generation: a worker that was still being started
        # then is killed the moment it arrives, so none outlives a Quick exit.
        self._generation = 0
        self._starts: queue.SimpleQueue[tuple[queue.SimpleQueue[object], bool, int]] = (
            queue.SimpleQueue()
        )
        self._starter = threading.Thread(
            target=self._start_workers, name="safehash-reader-starter", daemon=True
        )
        self._starter.start()

    # --- What callers use -----------------------------------------------------------------

    def warm_up(self, count: int | None = None) -> None:
        """Start workers now, without waiting for them, so the first file does not wait
        for Python to load the decoders."""
        with self._lock:
            wanted = min(count or self.workers, self._capacity)
            missing = wanted - len(self._idle) - len(self._busy) - self._starting
            self._starting += max(0, missing)
            self._warming += max(0, missing)
            generation = self._generation
        for _ in range(max(0, missing)):
            self._starts.put((queue.SimpleQueue(), True, generation))

    def hash(
        self,
        path: str,
        decode_limits: DecodeLimits,
        cancel: CancelToken | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> HashRecord:
        """The file's HashRecord; raises its FileError, or ``errors.Cancelled``.

        While a video is hashed, ``on_progress`` is called in this thread with a
        ``VideoProgress`` a few times a second (never for a photo)."""
        message = wire.request(wire.OP_HASH, path, decode_limits)
        video = _VideoWatch(on_progress, float(decode_limits.max_video_seconds))
        return wire.parse_record(self._request(message, cancel, video=video))

    def hash_data(
        self, data: bytes, decode_limits: DecodeLimits, cancel: CancelToken | None = None
    ) -> HashRecord:
        """The HashRecord of bytes held in memory (a pasted picture): parsed in a worker like
        any file, and never written anywhere."""
        if not data:
            raise errors.EmptyFile()
        if len(data) > decode_limits.max_file_bytes:
            raise errors.FileTooLarge()
        message = wire.request(wire.OP_HASH_DATA, "", decode_limits)
        return wire.parse_record(self._request(message, cancel, data=data))

    def preview(
        self,
        path: str,
        decode_limits: DecodeLimits,
        max_side: int,
        cancel: CancelToken | None = None,
    ) -> wire.Preview:
        """A small upright copy of the picture; raises its FileError, or ``errors.Cancelled``."""
        max_side = min(max_side, wire.MAX_PREVIEW_SIDE)
        message = wire.request(wire.OP_PREVIEW, path, decode_limits, max_side)
        answer = self._request(message, cancel, 3 * max_side * max_side + 1024)
        return wire.parse_preview(answer, max_side)

    def kill_all(self) -> None:
        """Kill every worker at once (Quick exit, Ctrl+C). Never blocks; the pool stays
        usable and starts fresh workers when it is next asked."""
        with self._lock:
            idle, busy = list(self._idle), list(self._busy)
            self._idle.clear()
            self._generation += 1
            self._lock.notify_all()
        for worker in busy:
            worker.kill("cancel")  # its caller reaps it and raises Cancelled
        for worker in idle:
            worker.kill("cancel")
        if idle:  # nobody waits on these: collect them so no zombie is left behind
            threading.Thread(target=lambda: [w.reap() for w in idle], daemon=True).start()

    def processes(self, *, busy_only: bool = False) -> list[SpawnProcess]:
        """The worker processes alive now (or only those serving a request): for tests and
        diagnostics; never a way to reach a worker's work."""
        with self._lock:
            workers = [*self._busy] if busy_only else [*self._idle, *self._busy]
        return [w.process for w in workers if w.usable]

    def close(self) -> None:
        """Kill every worker and stop; later requests raise ``errors.Cancelled``."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        self.kill_all()

    # --- Inside -----------------------------------------------------------------------------

    def _request(
        self,
        message: bytes,
        cancel: CancelToken | None,
        max_answer: int | None = None,
        data: bytes | None = None,
        video: _VideoWatch | None = None,
    ) -> bytes:
        if cancel is not None and cancel.cancelled:
            raise errors.Cancelled()  # never start a worker for work already stopped
        worker = self._take()
        if cancel is not None and not cancel._attach(worker):
            self._give_back(worker)
            raise errors.Cancelled()
        try:
            answer_cap = max_answer or self.limits.answer_bytes
            return worker.call(message, self.limits, answer_cap, data, video)
        finally:
            if cancel is not None:
                cancel._detach(worker)
            self._give_back(worker)

    def _take(self) -> _Worker:
        with self._lock:
            while True:
                if self._closed:
                    raise errors.Cancelled()
                while self._idle:
                    worker = self._idle.pop()
                    if worker.usable:
                        self._busy.add(worker)
                        return worker
                    threading.Thread(target=worker.reap, daemon=True).start()
                # Workers warming up will be idle in a moment: wait for one rather than
                # start yet another process.
                if not self._warming and len(self._busy) + self._starting < self._capacity:
                    self._starting += 1
                    generation = self._generation
                    break
                self._lock.wait()
        reply: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._starts.put((reply, False, generation))
        started = reply.get()
        if isinstance(started, errors.Cancelled):
            raise started
        if isinstance(started, BaseException):
            raise errors.InternalError() from started
        assert isinstance(started, _Worker)
        return started

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
            if worker.usable and not self._closed:
                self._idle.append(worker)
            self._lock.notify()
        if not worker.usable:
            worker.reap()  # a worker that broke a limit is never used again

    def _start_workers(self) -> None:
        """The starter thread: every worker is started here (see the module docstring)."""
        while True:
            reply, to_idle, generation = self._starts.get()
            try:
                worker = self._spawn()
            except Exception as exc:  # noqa: BLE001 - handed to the caller that asked
                log.error("a reader could not be started: %s", type(exc).__name__)
                with self._lock:
                    self._starting -= 1
                    self._warming -= to_idle
                    self._lock.notify_all()
                reply.put(exc)
                continue
            with self._lock:
                self._starting -= 1
                self._warming -= to_idle
                stale = generation != self._generation or self._closed
                if not stale and to_idle:
                    self._idle.append(worker)
                elif not stale:
                    self._busy.add(worker)
                self._lock.notify_all()
            if stale:  # asked for before a kill_all(): it must not outlive it
                worker.kill("cancel")
                worker.reap()
                reply.put(errors.Cancelled())
                continue
            reply.put(worker)

    def _spawn(self) -> _Worker:
        _prefer_huge_pages()
        parent_end, child_end = _SPAWN.Pipe(duplex=True)
        process = _SPAWN.Process(
            target=worker_main,
            args=(child_end, self._config),
            name="safehash-reader",
            daemon=True,
        )
        process.start()
        child_end.close()
        if sys.platform == "win32":
            from safehash.core.isolation.memory_limit import assign_job_memory_limit

            assign_job_memory_limit(process.pid, self.limits.memory_bytes)
        return _Worker(process, parent_end)


_HUGE_PAGES = "glibc.malloc.hugetlb=1"


def _prefer_huge_pages() -> None:
    """Let the workers' large allocations use transparent huge pages (glibc 2.35+).

    A decoded 12 MP photo is 48 MB of fresh pages; faulting them in 4 KB at a time costs
    about as much as decoding the JPEG. glibc reads this tunable only when a process
    starts, so it goes into the environment the spawned workers inherit (other glibc
    versions and systems ignore it). It changes speed only, never a pixel.
    """
    current = os.environ.get("GLIBC_TUNABLES", "")
    if _HUGE_PAGES not in current:
        os.environ["GLIBC_TUNABLES"] = f"{current}:{_HUGE_PAGES}" if current else _HUGE_PAGES
