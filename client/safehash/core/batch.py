"""Hashing many files in the isolated workers, with results delivered as each file finishes.

One thread per worker process hands it a path and waits for its answer; the files
themselves are only ever opened by the workers (``safehash.core.isolation``). At most
``workers`` files are in flight, which bounds memory. Cancel kills the workers serving the
batch at once, so a file stuck in a decoder cannot hold it up.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from safehash.core import errors
from safehash.core.discovery import Found, find_files
from safehash.core.isolation import (
    CancelToken,
    IsolatedReader,
    VideoProgress,
    default_workers,
    shared_reader,
)
from safehash.core.limits import DEFAULT_LIMITS, DecodeLimits
from safehash.core.records import HashRecord

__all__ = ["BatchProgress", "HashBatch", "HashResult", "default_workers", "hash_paths"]

# How far into a video the batch is: (index, path, progress), called from the batch's
# threads a few times a second while that video is hashed. Never called for photos.
BatchProgress = Callable[[int, str, VideoProgress], None]


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


class HashBatch:
    """Iterate to hash; results come in completion order. ``cancel()`` may be called from
    any thread: files not yet started are skipped, files in progress are stopped."""

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str] | Found],
        *,
        workers: int | None = None,
        limits: DecodeLimits = DEFAULT_LIMITS,
        expand_folders: bool = True,
        reader: IsolatedReader | None = None,
        on_progress: BatchProgress | None = None,
    ) -> None:
        self._paths = paths
        self._on_progress = on_progress
        self._reader = reader
        self._workers = workers or (reader.workers if reader else default_workers())
        self._limits = limits
        self._expand = expand_folders
        self._cancel = CancelToken()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()
        self._cancel.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def found(self) -> Iterator[Found]:
        """What will be hashed, in order: files, and folders that could not be read."""
        if self._expand:
            return find_files(p for p in self._paths if not isinstance(p, Found))
        return (
            p if isinstance(p, Found) else Found(os.fsdecode(os.fspath(p))) for p in self._paths
        )

    def files(self) -> Iterator[str]:
        return (found.path for found in self.found())

    def __iter__(self) -> Iterator[HashResult]:
        reader = self._reader or shared_reader()
        # The workers load while the folders are walked.
        reader.warm_up(readers_to_start(self._paths, self._workers))
        pending: dict[Future[HashResult | None], int] = {}
        queued = enumerate(self.found())
        with ThreadPoolExecutor(self._workers, thread_name_prefix="safehash-hash") as pool:
            try:
                while not self._cancelled.is_set():
                    # Keep one file queued per worker beyond those running, no more.
                    while len(pending) < 2 * self._workers and not self._cancelled.is_set():
                        item = next(queued, None)
                        if item is None:
                            break
                        index, found = item
                        if found.error is not None:
                            yield HashResult(index, found.path, None, found.error)
                            continue
                        future = pool.submit(self._hash_one, reader, index, found.path)
                        pending[future] = index
                    if not pending:
                        return
                    done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                    for future in done:
                        del pending[future]
                        result = future.result()
                        if result is not None:  # None: skipped because of a cancel
                            yield result
            finally:
                # Left early (Ctrl+C, an error, the caller stopped iterating): stop the
                # workers still reading, or leaving the pool would wait for them.
                if pending:
                    self.cancel()
                    for future in pending:
                        future.cancel()

    def _hash_one(self, reader: IsolatedReader, index: int, path: str) -> HashResult | None:
        if self._cancelled.is_set():
            return None
        report = None
        if self._on_progress is not None:
            callback = self._on_progress

            def report(progress: VideoProgress) -> None:
                callback(index, path, progress)

        try:
            record = reader.hash(path, self._limits, self._cancel, report)
            return HashResult(index, path, record, None)
        except errors.Cancelled:
            return None
        except errors.FileError as exc:
            return HashResult(index, path, None, exc)
        except Exception:  # noqa: BLE001 - one bad file must never stop the batch
            return HashResult(index, path, None, errors.InternalError())


def readers_to_start(paths: Iterable[object], workers: int) -> int:
    """Workers to start before the first file: no more than there are files when the paths
    are all files (one photo needs one worker; a second would only compete with it for the
    processor while both load their decoders). A folder may hold any number of files."""
    if not isinstance(paths, Sized):
        return workers
    if any(not isinstance(p, Found) and os.path.isdir(os.fspath(p)) for p in paths):  # type: ignore[arg-type]
        return workers
    return max(1, min(workers, len(paths)))


def hash_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    limits: DecodeLimits = DEFAULT_LIMITS,
    reader: IsolatedReader | None = None,
) -> Iterator[HashResult]:
    """Hash files and folders (walked recursively); yields each result as it is ready."""
    return iter(HashBatch(paths, workers=workers, limits=limits, reader=reader))
