"""The worker process: the only place where the bytes of a person's files are parsed.

It hardens itself (no core dumps), loads the decoders, limits its own memory, locks itself
into the sandbox, and then answers one request at a time: read, sniff, decode and hash a
file (or make a small preview), and send back a small JSON answer. While it hashes a video
it first sends small progress messages (how far in it is), which the parent uses to show
progress and to give a long video more time. The parent enforces the time limit and the
answer size from outside, and kills this process when either is broken.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

from safehash.core import errors
from safehash.core.isolation import wire

MAX_REQUEST_BYTES = 64 * 1024
_PR_SET_PDEATHSIG = 1
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    memory_bytes: int
    sandbox: bool = True
    # Tests only: a module-level function run in the worker before the sandbox closes, to
    # plant faults (a crash, a hang). The production factory never sets it.
    test_hook: Callable[[], None] | None = None


def worker_main(conn: Connection, config: WorkerConfig) -> None:
    """Entry point of a spawned worker."""
    from safehash.core.process_hardening import harden_process

    harden_process()
    _silence_output()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _die_with_parent()
    sys.dont_write_bytecode = True  # the sandbox refuses writes; don't even try
    # One thread: numpy's maths library would start helper threads at import, and
    # Landlock can only confine the thread that turns it on (and what it starts later).
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"

    # The photo decoders are imported now, before the sandbox closes. The video decoder
    # (PyAV and FFmpeg, a third of a worker's start-up) is imported by the first video,
    # inside the sandbox: the sandbox refuses writes, not reading its libraries, and
    # FFmpeg's threads start only when a frame is decoded, so they are sandboxed either way.
    from safehash.core import hashing, imaging, previewing

    if config.test_hook is not None:
        config.test_hook()
    from safehash.core.isolation.memory_limit import limit_own_memory

    limit_own_memory(config.memory_bytes)
    if config.sandbox:
        from safehash.core.isolation.sandbox_linux import apply_worker_sandbox

        apply_worker_sandbox()

    with imaging.reuse_pixel_memory(1):
        while True:
            try:
                data = conn.recv_bytes(MAX_REQUEST_BYTES)
            except (EOFError, OSError):
                return  # the parent is gone or closed the pipe
            conn.send_bytes(_answer(conn, data, hashing, previewing))


def _answer(conn: Connection, data: bytes, hashing: object, previewing: object) -> bytes:
    try:
        op, path, limits, side = wire.parse_request(data)
    except (ValueError, KeyError, TypeError) as exc:
        log.error("bad request: %s", type(exc).__name__)
        return wire.error_answer(errors.InternalError())
    try:
        if op == wire.OP_HASH_DATA:
            content = conn.recv_bytes(limits.max_file_bytes)
            return wire.record_answer(hashing.hash_bytes(content, limits))  # type: ignore[attr-defined]
        if op == wire.OP_PREVIEW:
            width, height, rgb = previewing.make_preview(path, limits, side)  # type: ignore[attr-defined]
            return wire.preview_answer(width, height, rgb)
        record = hashing.hash_file(path, limits, _progress_to(conn))  # type: ignore[attr-defined]
        return wire.record_answer(record)
    except errors.FileError as exc:
        return wire.error_answer(exc)
    except MemoryError:
        return wire.error_answer(errors.NeedsTooMuchMemory())
    except Exception as exc:  # noqa: BLE001 - decoders map their own errors; this is ours
        log.error("internal problem while hashing: %s", type(exc).__name__)  # never a path
        return wire.error_answer(errors.InternalError())


def _progress_to(conn: Connection) -> Callable[[float, float | None], None]:
    def send(position: float, duration: float | None) -> None:
        conn.send_bytes(wire.progress_message(position, duration))

    return send


def _silence_output() -> None:
    """A worker taken over by a file must not write into the command line's output (a
    forged JSON line) or send escape sequences to the person's terminal: its standard
    output and error lead nowhere. Answers go only through the pipe to the parent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the thread that started it goes away."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)  # not find_library: it runs a program
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
