"""Getting one small picture of a photo from an isolated reader, away from the GUI thread.

The photo is decoded only in a worker process (``safehash.core.isolation``); this thread
just waits for the answer, so a file that takes minutes to decode, or never finishes,
cannot freeze the window or delay Quick exit. Cancelling a request kills the process
serving it. The picture comes back as a ``QImage`` and is kept nowhere but by the dialog
that asked for it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from safehash.core import errors
from safehash.core.isolation import CancelToken, shared_reader
from safehash.core.limits import DEFAULT_LIMITS

log = logging.getLogger(__name__)


class PreviewRequest(QObject):
    """One picture asked for: ``ready`` or ``failed`` (an error code) is emitted once,
    unless it is cancelled first."""

    ready = Signal(QImage)
    failed = Signal(str)

    def __init__(self, path: str, max_side: int) -> None:
        super().__init__()
        self.path = path
        self.max_side = max_side
        self.token = CancelToken()
        self.answered = False  # set by the preview thread once it has an answer

    def cancel(self) -> None:
        """Stop now: the process reading the photo is killed. Safe from any thread."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class PreviewWorker(QObject):
    """Lives in the preview thread; emits through the request, never touches a widget."""

    @Slot(object)
    def load(self, request: PreviewRequest) -> None:
        try:
            preview = shared_reader().preview(
                request.path, DEFAULT_LIMITS, max_side=request.max_side, cancel=request.token
            )
        except errors.Cancelled:
            if not request.cancelled:  # stopped from elsewhere: say so, never wait forever
                request.answered = True
                request.failed.emit(errors.Cancelled.code)
            return
        except errors.FileError as exc:
            request.answered = True
            request.failed.emit(exc.code)
            return
        except Exception as exc:  # noqa: BLE001 - the dialog must never wait forever
            log.error("preview failed: %s", type(exc).__name__)  # never a path
            request.answered = True
            request.failed.emit(errors.InternalError.code)
            return
        width, height = preview.width, preview.height
        image = QImage(preview.rgb, width, height, 3 * width, QImage.Format.Format_RGB888)
        request.answered = True
        request.ready.emit(image.copy())  # owns its pixels; the answer's bytes can go


class PreviewLoader(QObject):
    """The GUI-thread side: one thread that waits for pictures, one request at a time."""

    _load = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("safehash-preview")
        self._worker = PreviewWorker()
        self._worker.moveToThread(self._thread)
        self._load.connect(self._worker.load)
        self._requests: list[PreviewRequest] = []
        self._thread.start()

    def load(self, path: str, max_side: int) -> PreviewRequest:
        request = PreviewRequest(path, max_side)
        # Kept until answered or cancelled, so that Quick exit can cancel it.
        self._requests = [r for r in self._requests if not (r.answered or r.cancelled)]
        self._requests.append(request)
        self._load.emit(request)
        return request

    def cancel_all(self) -> None:
        for request in self._requests:
            request.cancel()
        self._requests = []

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Cancel every request and stop the thread; False if it did not stop in time."""
        self.cancel_all()
        self._thread.quit()
        return self._thread.wait(wait_ms)
