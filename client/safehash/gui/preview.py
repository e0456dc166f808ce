"""Showing one photo, or one still picture of a video, only when the person asks for it.

The dialog opens at once with a calm "Opening the photo…"; the picture is decoded in an
isolated worker process (``preview_loader``), at most ``PREVIEW_SIDE`` pixels on its
longest side, and shown when it arrives, or the file's error sentence. For a video the
worker decodes about a second of it and hands back one frame: the window never plays a
video, and says so. Closing the dialog stops the worker. Nothing is cached: no
QPixmapCache, no thumbnail file; the picture is dropped when the dialog closes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSizePolicy, QWidget

from safehash.gui.bidi import on_its_own
from safehash.gui.dialogs import SafeDialog
from safehash.gui.error_text import error_sentence
from safehash.gui.preview_loader import PreviewLoader, PreviewRequest
from safehash.gui.widgets import named, plain_label, set_text

PREVIEW_SIDE = 512  # the longest side on screen, in the window's own (logical) pixels
MAX_PIXELS_SIDE = 1024  # at most this many real pixels, on a high-density screen


class PreviewDialog(SafeDialog):
    def __init__(
        self, name: str, path: str, loader: PreviewLoader, parent: QWidget, video: bool = False
    ) -> None:
        title = (lambda: self.tr("A still of your video")) if video \
            else (lambda: self.tr("Your photo"))  # fmt: skip
        super().__init__(parent, title, on_its_own(name))
        self.setObjectName("preview")
        self.video = video
        # Where the picture will be: the room is kept from the start, so the dialog does
        # not jump when it arrives; until then it says what is happening.
        self.status = plain_label(lambda: self.tr("Opening one still picture of the video…")
                                  if video else self.tr("Opening the photo…"))  # fmt: skip
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumSize(PREVIEW_SIDE, PREVIEW_SIDE * 3 // 4)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(PREVIEW_SIDE, PREVIEW_SIDE * 3 // 4)
        named(self.picture, lambda: self.tr("A still picture of the video") if video
              else self.tr("The photo"))  # fmt: skip
        self.picture.hide()
        self.content.addWidget(self.status, 1)
        self.content.addWidget(self.picture, 1)
        if video:
            self.content.addWidget(plain_label(lambda: self.tr(
                "One still picture, from about a second into the video. The video is not "
                "played."
            )))  # fmt: skip
        self.content.addWidget(
            plain_label(lambda: self.tr("Only shown here. SafeHash does not keep a copy of it."))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, lambda: self.tr("Close"), lambda: self.tr("Close the picture") if video
              else self.tr("Close the photo"))  # fmt: skip
        self.content.addWidget(buttons)
        close.setFocus()

        self._ratio = max(1.0, parent.devicePixelRatioF())
        side = min(MAX_PIXELS_SIDE, math.ceil(PREVIEW_SIDE * self._ratio))
        self.request: PreviewRequest | None = loader.load(path, side)
        self.request.ready.connect(self._show_picture)
        self.request.failed.connect(self._show_error)

    @property
    def loading(self) -> bool:
        return self.request is not None

    @Slot(QImage)
    def _show_picture(self, image: QImage) -> None:
        if self.request is None:
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        self.picture.setPixmap(pixmap)
        self.status.hide()
        self.picture.show()
        self.request = None

    @Slot(str)
    def _show_error(self, code: str) -> None:
        if self.request is None:
            return
        set_text(self.status, lambda: error_sentence(code))
        self.request = None

    def done(self, result: int) -> None:
        if self.request is not None:
            self.request.cancel()  # kills the process still reading the photo
            self.request = None
        self.picture.clear()
        super().done(result)
