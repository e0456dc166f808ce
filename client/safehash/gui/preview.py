"""Showing one photo, only when the person asks for that one.

The picture is decoded by the core's safe decoder (size limits, EXIF orientation, the same
formats as hashing), shrunk, shown in a dialog and dropped when the dialog closes. Nothing
is cached: no QPixmapCache, no thumbnail file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from safehash.core import errors
from safehash.gui.bidi import on_its_own
from safehash.gui.error_text import error_sentence
from safehash.gui.widgets import (
    MARGIN,
    SPACING,
    live,
    named,
    plain_label,
    retranslate_tree,
    set_text,
)

PREVIEW_SIDE = 512


def load_preview(path: str) -> QImage:
    """A small upright copy of the photo; raises a core ``FileError``."""
    from safehash.core.imaging import DEFAULT_LIMITS, decode_views, read_file_bytes

    views = decode_views(read_file_bytes(path, DEFAULT_LIMITS), DEFAULT_LIMITS)
    scale = min(1.0, PREVIEW_SIDE / max(views.width, views.height))
    size = (max(1, round(views.width * scale)), max(1, round(views.height * scale)))
    picture = views.upright.resize(size)  # undoes the square stretch made for hashing
    data = picture.tobytes()
    image = QImage(data, size[0], size[1], 3 * size[0], QImage.Format.Format_RGB888)
    return image.copy()  # owns its pixels; ``data`` can go


class PreviewDialog(QDialog):
    def __init__(self, name: str, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        live(self, "setWindowTitle", lambda: self.tr("Your photo"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(plain_label(lambda: on_its_own(name)))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        named(self.picture, lambda: self.tr("The photo"))
        try:
            self.picture.setPixmap(QPixmap.fromImage(load_preview(path)))
        except errors.FileError as exc:
            code = exc.code
            self.picture.setTextFormat(Qt.TextFormat.PlainText)
            set_text(self.picture, lambda: error_sentence(code))
        layout.addWidget(self.picture)
        layout.addWidget(
            plain_label(lambda: self.tr("Only shown here. SafeHash does not keep a copy of it."))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, lambda: self.tr("Close"), lambda: self.tr("Close the photo"))
        layout.addWidget(buttons)
        close.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.picture.clear()
        super().done(result)
