"""A progress bar on a terminal's standard error; silent when it is not a terminal."""

from __future__ import annotations

import time
from typing import TextIO

_MIN_FILES = 4  # a bar for one or two files is noise
_REDRAW_SECONDS = 0.1
_WIDTH = 30


class ProgressBar:
    def __init__(self, total: int, stream: TextIO) -> None:
        self._total = total
        self._done = 0
        self._stream = stream
        isatty = getattr(stream, "isatty", None)
        self._enabled = total >= _MIN_FILES and bool(isatty and isatty())
        self._last_draw = 0.0

    def advance(self) -> None:
        self._done += 1
        now = time.monotonic()
        due = now - self._last_draw >= _REDRAW_SECONDS or self._done == self._total
        if self._enabled and due:
            self._last_draw = now
            filled = _WIDTH * self._done // max(self._total, 1)
            bar = "#" * filled + "-" * (_WIDTH - filled)
            self._stream.write(f"\rHashing [{bar}] {self._done}/{self._total}")
            self._stream.flush()

    def finish(self) -> None:
        if self._enabled:
            self._stream.write("\r" + " " * (_WIDTH + 30) + "\r")
            self._stream.flush()
