"""A progress bar on a terminal's standard error; silent when it is not a terminal.

It counts files done, and the part of each video being hashed (videos report how far in
they are), so one long video moves the bar too. Safe to call from several threads.
"""

from __future__ import annotations

import threading
import time
from typing import TextIO

_MIN_FILES = 4  # a bar for one or two photos is noise; a video gets one anyway
_REDRAW_SECONDS = 0.1
_WIDTH = 30


class ProgressBar:
    def __init__(self, total: int, stream: TextIO) -> None:
        self._total = total
        self._done = 0
        self._partial: dict[int, float] = {}  # videos in progress: index -> fraction
        self._stream = stream
        isatty = getattr(stream, "isatty", None)
        self._terminal = bool(isatty and isatty())
        self._enabled = total >= _MIN_FILES and self._terminal
        self._last_draw = 0.0
        self._lock = threading.Lock()

    def advance(self, index: int | None = None) -> None:
        """One more file is done (``index``: the file, so its partial part is dropped)."""
        with self._lock:
            self._done += 1
            if index is not None:
                self._partial.pop(index, None)
            self._draw(force=self._done == self._total)

    def video(self, index: int, fraction: float | None) -> None:
        """The video ``index`` is this far along (None: its length is not known)."""
        with self._lock:
            self._enabled = self._enabled or self._terminal
            self._partial[index] = fraction if fraction is not None else 0.0
            self._draw(force=False)

    def _draw(self, *, force: bool) -> None:
        now = time.monotonic()
        if not self._enabled or not (force or now - self._last_draw >= _REDRAW_SECONDS):
            return
        self._last_draw = now
        done = self._done + sum(self._partial.values())
        filled = int(_WIDTH * done / max(self._total, 1))
        bar = "#" * filled + "-" * (_WIDTH - filled)
        videos = ""
        if len(self._partial) == 1:
            videos = f"  video {int(100 * next(iter(self._partial.values())))}%"
        elif self._partial:
            videos = f"  {len(self._partial)} videos"
        line = f"\rHashing [{bar}] {self._done}/{self._total}{videos}"
        self._stream.write(line.ljust(_WIDTH + 40))
        self._stream.flush()

    def finish(self) -> None:
        with self._lock:
            if self._enabled:
                self._stream.write("\r" + " " * (_WIDTH + 40) + "\r")
                self._stream.flush()
