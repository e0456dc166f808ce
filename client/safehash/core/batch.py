"""Hashing many files on all cores, with results delivered as each file finishes.

Pillow's decoders release the GIL and ``pdqhash`` holds it only for a few milliseconds per
image (it sees at most 512x512), so a thread pool keeps both cores busy without the cost
of processes. At most ``workers`` files are in flight, which bounds memory.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from safehash.core import errors
from safehash.core.discovery import iter_image_files
from safehash.core.hashing import hash_file
from safehash.core.imaging import DEFAULT_LIMITS, DecodeLimits, reuse_pixel_memory
from safehash.core.records import HashRecord


@dataclass(frozen=True, slots=True)
class HashResult:
    """The outcome for one file: a record, or the one error that explains why not."""

    index: int  # position in the (expanded) list of files
    path: str
    record: HashRecord | None
    error: errors.FileError | None

    @property
    def ok(self) -> bool:
        return self.record is not None


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class HashBatch:
    """Iterate to hash; results come in completion order. ``cancel()`` may be called from
    any thread: files not yet started are skipped, files in progress finish."""

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        workers: int | None = None,
        limits: DecodeLimits = DEFAULT_LIMITS,
        expand_folders: bool = True,
    ) -> None:
        self._paths = paths
        self._workers = workers or default_workers()
        self._limits = limits
        self._expand = expand_folders
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def files(self) -> Iterator[str]:
        if self._expand:
            return iter_image_files(self._paths)
        return (os.fsdecode(os.fspath(p)) for p in self._paths)

    def __iter__(self) -> Iterator[HashResult]:
        pending: dict[Future[HashResult | None], int] = {}
        queued = enumerate(self.files())
        with (
            reuse_pixel_memory(self._workers),
            ThreadPoolExecutor(self._workers, thread_name_prefix="safehash-hash") as pool,
        ):
            while not self._cancelled.is_set():
                # Keep one file queued per worker beyond those running, no more.
                while len(pending) < 2 * self._workers and not self._cancelled.is_set():
                    item = next(queued, None)
                    if item is None:
                        break
                    index, path = item
                    pending[pool.submit(self._hash_one, index, path)] = index
                if not pending:
                    return
                done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in done:
                    del pending[future]
                    result = future.result()
                    if result is not None:  # None: skipped because of a cancel
                        yield result
            for future in pending:
                future.cancel()

    def _hash_one(self, index: int, path: str) -> HashResult | None:
        if self._cancelled.is_set():
            return None
        try:
            return HashResult(index, path, hash_file(path, self._limits), None)
        except errors.FileError as exc:
            return HashResult(index, path, None, exc)
        except MemoryError:
            return HashResult(index, path, None, errors.ImageTooLarge())
        except Exception:  # noqa: BLE001 - one bad file must never stop the batch
            return HashResult(index, path, None, errors.InternalError())


def hash_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    limits: DecodeLimits = DEFAULT_LIMITS,
) -> Iterator[HashResult]:
    """Hash files and folders (walked recursively); yields each result as it is ready."""
    return iter(HashBatch(paths, workers=workers, limits=limits))
