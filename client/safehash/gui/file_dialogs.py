"""File dialogs that leave no trace.

Qt's own dialog is used (never the platform's, which adds chosen files to the system's
"recent files" list). Qt's dialog writes the last folder and its history to a shared
settings file (``QtProject.conf``) when it is made and when it is destroyed; we put that
group back exactly as it was, and remove the file if it was not there before.
Tests replace the ``FileDialogs`` methods; nothing else in the window opens a dialog.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from safehash.gui.i18n import fill

_GROUP = "FileDialog"
PHOTO_PATTERNS = "*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.heif *.avif"


@contextlib.contextmanager
def no_dialog_memory() -> Iterator[None]:
    """Restore Qt's shared file-dialog settings after the block."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    path = settings.fileName()
    existed = os.path.exists(path)
    settings.beginGroup(_GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    del settings
    try:
        yield
    finally:
        after = QSettings(QSettings.Scope.UserScope, "QtProject")
        after.remove(_GROUP)
        after.beginGroup(_GROUP)
        for key, value in before.items():
            after.setValue(key, value)
        after.endGroup()
        after.sync()
        empty = not after.allKeys()
        del after
        if not existed and empty:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _run(dialog: QFileDialog) -> list[str]:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        return list(dialog.selectedFiles()) if accepted else []
    finally:
        shiboken6.delete(dialog)  # now, so its settings are written inside our block


class FileDialogs(QObject):
    """Every file dialog of the window. Each dialog starts in the Pictures folder and
    remembers nothing afterwards."""

    def __init__(self) -> None:
        super().__init__()
        self.start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        )

    def _start_folder(self) -> str:
        return self.start if os.path.isdir(self.start) else os.path.expanduser("~")

    def choose_photos(self, parent: QWidget | None) -> list[str]:
        with no_dialog_memory():
            dialog = QFileDialog(None, self.tr("Choose photos"))
            dialog.setDirectory(self._start_folder())
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.setOption(QFileDialog.Option.ReadOnly, True)
            dialog.setNameFilters(
                [fill(self.tr("Photos (%1)"), PHOTO_PATTERNS), self.tr("All files (*)")]
            )
            return _run(dialog)

    def choose_folder(self, parent: QWidget | None) -> str | None:
        with no_dialog_memory():
            dialog = QFileDialog(None, self.tr("Choose a folder of photos"))
            dialog.setDirectory(self._start_folder())
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setOption(QFileDialog.Option.ReadOnly, True)
            chosen = _run(dialog)
            return chosen[0] if chosen else None

    def save_file(self, parent: QWidget | None, title: str, name: str) -> str | None:
        with no_dialog_memory():
            dialog = QFileDialog(None, title)
            dialog.setDirectory(os.path.expanduser("~"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.selectFile(name)
            chosen = _run(dialog)
            return chosen[0] if chosen else None

    def open_file(self, parent: QWidget | None, title: str) -> str | None:
        with no_dialog_memory():
            dialog = QFileDialog(None, title)
            dialog.setDirectory(os.path.expanduser("~"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setOption(QFileDialog.Option.ReadOnly, True)
            chosen = _run(dialog)
            return chosen[0] if chosen else None


def write_private_file(path: str, text: str) -> None:
    """Write a file only its owner can read (a receipt, a case token)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
