"""A lock that the processes on one computer share: a small file locked with ``fcntl``
(Linux, macOS) or ``msvcrt`` (Windows).

The window and the command line may run at the same time; whatever they both rewrite
(the outbox) is changed only while this lock is held. The operating system drops the lock
when its holder dies, so a killed process never leaves it taken.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _acquire(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # gives up after about 10 s
                return
            except OSError:
                continue  # still held: the holder only ever keeps it for one write

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _acquire(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold the lock file ``path`` (created private, empty) for the ``with`` block.

    Each call opens the file anew, so two threads of one process exclude each other as
    two processes do. Not re-entrant: never nest two blocks on one path."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _acquire(fd)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)
