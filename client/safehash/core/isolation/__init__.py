"""The process boundary: the bytes of a person's files are parsed only in worker processes.

The window and the command line both get their reader from ``shared_reader()``; nothing
else in SafeHash starts processes or decodes files. See ``docs/security.md``.
"""

from __future__ import annotations

import atexit
import threading

from safehash.core.isolation.pool import (
    CancelToken,
    IsolatedReader,
    ReaderLimits,
    default_workers,
)
from safehash.core.isolation.wire import Preview, VideoProgress

__all__ = [
    "CancelToken",
    "IsolatedReader",
    "Preview",
    "ReaderLimits",
    "VideoProgress",
    "configure_shared_reader",
    "default_workers",
    "kill_all_readers",
    "shared_reader",
]

_lock = threading.Lock()
_shared: IsolatedReader | None = None


def shared_reader() -> IsolatedReader:
    """This process's reader, created (with the default limits) on first use."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = IsolatedReader()
        return _shared


def configure_shared_reader(
    workers: int | None = None, limits: ReaderLimits | None = None
) -> IsolatedReader:
    """Replace this process's reader (the command line's --workers, --time-limit ...)."""
    global _shared
    with _lock:
        old, _shared = _shared, IsolatedReader(workers, limits)
        reader = _shared
    if old is not None:
        old.close()
    return reader


def use_shared_reader(reader: IsolatedReader) -> None:
    """Tests: make ``reader`` (e.g. one with a fault hook) the one everything uses."""
    global _shared
    with _lock:
        old, _shared = _shared, reader
    if old is not None and old is not reader:
        old.close()


def kill_all_readers() -> None:
    """Quick exit and Ctrl+C: kill every worker now, without waiting."""
    with _lock:
        reader = _shared
    if reader is not None:
        reader.kill_all()


def _close_at_exit() -> None:
    """Kill the workers and wait for them, so that none is left behind, even as a zombie."""
    with _lock:
        reader = _shared
    if reader is not None:
        processes = reader.processes()
        reader.close()
        for process in processes:
            process.join(1.0)


atexit.register(_close_at_exit)
