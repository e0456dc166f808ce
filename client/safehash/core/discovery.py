"""Finding the photos and videos in what the person dropped: files as given, folders walked.

The walk never blocks and never hides what it could not look at. Inside folders, only
regular files are opened (non-blocking, so a FIFO or a link to a terminal cannot hang it),
and only their first bytes are compared with the signatures of the formats SafeHash reads
(``signatures``);
no decoder runs here. Every folder that could not be listed is reported, so nobody is told
"all your photos were hashed" when some were never seen.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from safehash.core import errors
from safehash.core.signatures import SNIFF_BYTES, media_kind

__all__ = ["Found", "find_files", "iter_image_files"]

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


@dataclass(frozen=True, slots=True)
class Found:
    """A file to hash, or something that could not be looked at (``error`` is set)."""

    path: str
    error: errors.FileError | None = None


def _sniff(path: str) -> bool | None:
    """Inside a folder: True for a photo or video, False to skip, None when it can't be read.

    Special files (FIFOs, devices, sockets, links to them) are skipped without being
    opened; the open is non-blocking in case one is swapped in after the check.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return False  # gone since the folder was listed (or a dangling link)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return media_kind(os.read(fd, SNIFF_BYTES)) is not None
    except OSError:
        return None
    finally:
        os.close(fd)


def _collect_into(unreadable: list[str]) -> Callable[[OSError], None]:
    """os.walk's error callback: remember which folder could not be listed."""
    return lambda error: unreadable.append(os.fsdecode(error.filename))


def find_files(paths: Iterable[str | os.PathLike[str] | bytes]) -> Iterator[Found]:
    """Every path given, except that folders are replaced by the photos and videos inside.

    Folders are walked recursively, in a stable order, without following links to other
    folders (which could loop). Files named explicitly are always kept, so a file that is
    not a photo or video gets its own clear error instead of silently disappearing; so are files
    in folders that could not be read. Folders that could not be listed come back with
    ``FolderUnreadable``.
    """
    for given in paths:
        path = os.fspath(given)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not os.path.isdir(path):
            yield Found(path)
            continue
        unreadable: list[str] = []
        for root, dirs, files in os.walk(path, onerror=_collect_into(unreadable)):
            yield from (Found(p, errors.FolderUnreadable()) for p in unreadable)
            unreadable.clear()
            dirs.sort()
            for name in sorted(files):
                candidate = os.path.join(root, name)
                # Unreadable (None) is kept too: the worker will say exactly what is wrong.
                if _sniff(candidate) is not False:
                    yield Found(candidate)
        yield from (Found(p, errors.FolderUnreadable()) for p in unreadable)


def iter_image_files(paths: Iterable[str | os.PathLike[str] | bytes]) -> Iterator[str]:
    """The paths of ``find_files`` that can be hashed (folders that failed are left out)."""
    return (found.path for found in find_files(paths) if found.error is None)
