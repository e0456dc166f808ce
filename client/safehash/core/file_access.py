"""Opening a person's file to read it, with one typed error for everything that can go wrong.

Used inside the workers only. A file is opened once, read-only and non-blocking (a FIFO
swapped in for a photo must not hang the worker), and must be a regular, non-empty file.
Photos are then read whole (they are small, and their decoders want the bytes at once);
videos are read in pieces, never held in memory whole.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from safehash.core import errors
from safehash.core.signatures import SNIFF_BYTES

_READ_CHUNK = 1 << 20
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


@dataclass(frozen=True, slots=True)
class OpenFile:
    fd: int
    size: int
    head: bytes  # the first SNIFF_BYTES bytes, to tell what the file is
    _identity: tuple[int, int]  # (size, mtime_ns) when opened

    def unchanged(self) -> bool:
        """False when the file was written to since it was opened."""
        info = os.fstat(self.fd)
        return (info.st_size, info.st_mtime_ns) == self._identity


@contextmanager
def open_file(path: str | os.PathLike[str] | bytes) -> Iterator[OpenFile]:
    """The file opened for reading; raises its FileError (missing, not a file, empty ...)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise errors.FileMissing() from exc
    except (IsADirectoryError, NotADirectoryError) as exc:
        raise errors.NotAFile() from exc
    except PermissionError as exc:
        raise errors.FileUnreadable() from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise errors.SymlinkLoop() from exc
        raise errors.FileUnreadable() from exc
    try:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise errors.NotAFile()
            if info.st_size == 0:
                raise errors.EmptyFile()
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            head = read_at(fd, SNIFF_BYTES, 0)
        except OSError as exc:
            raise errors.FileUnreadable() from exc
        yield OpenFile(fd, info.st_size, head, (info.st_size, info.st_mtime_ns))
    finally:
        os.close(fd)


def read_all(opened: OpenFile, max_bytes: int) -> bytes:
    """The whole file, for photos; FileTooLarge past ``max_bytes``."""
    if opened.size > max_bytes:
        raise errors.FileTooLarge()
    buffer = bytearray()
    try:
        os.lseek(opened.fd, 0, os.SEEK_SET)
        while True:
            chunk = os.read(opened.fd, _READ_CHUNK)
            if not chunk:
                break
            buffer += chunk
            if len(buffer) > max_bytes:
                raise errors.FileTooLarge()
    except OSError as exc:
        raise errors.FileUnreadable() from exc
    if len(buffer) != opened.size:  # shrank or grew while we read it
        if not buffer:
            raise errors.EmptyFile()
        raise errors.FileChanged()
    return bytes(buffer)


def digests(opened: OpenFile, between: Callable[[], None] | None = None) -> tuple[str, str]:
    """MD5 and SHA-256 of the file's bytes, read in pieces (videos can be gigabytes);
    ``between`` is called after each piece (it may raise to stop the reading)."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha256 = hashlib.sha256()
    total = 0
    try:
        while chunk := read_at(opened.fd, _READ_CHUNK, total):
            md5.update(chunk)
            sha256.update(chunk)
            total += len(chunk)
            if between is not None:
                between()
    except OSError as exc:
        raise errors.FileUnreadable() from exc
    if total != opened.size:
        raise errors.FileChanged()
    return md5.hexdigest(), sha256.hexdigest()


class _Stopped(Exception):
    """The caller no longer wants the digests."""


@contextmanager
def digests_alongside(opened: OpenFile) -> Iterator[Callable[[], tuple[str, str]]]:
    """``digests`` on a thread of its own, while the caller decodes the same file through
    ``reader`` (which never moves the descriptor's position). Reading and hashlib let go of
    the GIL, so a video's bytes are hashed while its frames are. Yields a function that
    waits for the digests (or raises the file's error); leaving the block stops and waits
    for the thread, so it never reads a descriptor that has been closed and reused."""
    stop = threading.Event()
    outcome: list[tuple[str, str] | BaseException] = []

    def check() -> None:
        if stop.is_set():
            raise _Stopped

    def run() -> None:
        try:
            outcome.append(digests(opened, check))
        except _Stopped:
            pass
        except Exception as exc:  # noqa: BLE001 - raised in the caller's thread
            outcome.append(exc)

    thread = threading.Thread(target=run, name="file-digests", daemon=True)
    thread.start()

    def result() -> tuple[str, str]:
        thread.join()
        answer = outcome[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    try:
        yield result
    finally:
        stop.set()
        thread.join()


# Windows has no pread: there a read at a position is a seek and then a read, and the
# demuxer and the digests (two threads, one descriptor) take turns at the pair.
_SEEK_THEN_READ = threading.Lock()


def read_at(fd: int, size: int, position: int) -> bytes:
    """Up to ``size`` bytes from ``position``, whatever other threads read meanwhile."""
    if hasattr(os, "pread"):
        return os.pread(fd, size, position)
    with _SEEK_THEN_READ:
        os.lseek(fd, position, os.SEEK_SET)
        return os.read(fd, size)


def reader(opened: OpenFile) -> PositionedReader:
    """A seekable binary reader over the open file, for the demuxer. It keeps its own
    position, so the digests read on the same descriptor meanwhile cannot move it."""
    return PositionedReader(opened.fd)


class PositionedReader:
    """The least a demuxer's I/O needs (read, seek, tell), with reads at its own position."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            size = max(0, os.fstat(self._fd).st_size - self._position)
        data = read_at(self._fd, size, self._position)
        self._position += len(data)
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            offset += self._position
        elif whence == os.SEEK_END:
            offset += os.fstat(self._fd).st_size
        elif whence != os.SEEK_SET:
            raise OSError(errno.EINVAL, "unknown whence")
        if offset < 0:
            raise OSError(errno.EINVAL, "negative position")
        self._position = offset
        return offset

    def tell(self) -> int:
        return self._position
