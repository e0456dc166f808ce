"""File dialogs that leave no trace.

Qt's own dialog is used (never the platform's, which adds chosen files to the system's
"recent files" list). Qt's dialog writes the last folder and its history to a shared
settings file (``QtProject.conf``) when it is made and when it is destroyed; we put that
group back exactly as it was, and remove the file if it was not there before.
Each sits inside a ``SafeDialog``, so Quick exit stays in reach while it is open; it calls
back when something was chosen (no nested event loop). Tests replace the ``FileDialogs``
methods.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from safehash.core.display import clean_for_display
from safehash.gui.bidi import isolate
from safehash.gui.dialogs import SafeDialog, ask
from safehash.gui.i18n import fill

_GROUP = "FileDialog"
PHOTO_PATTERNS = "*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.heif *.avif"
VIDEO_PATTERNS = "*.mp4 *.m4v *.mov *.3gp *.mkv *.webm *.avi"


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


class _QuietFileDialog(QFileDialog):
    """Qt's dialog without the modal warnings it would open by itself (they would block
    every Quick exit button): a typed name that does not exist is handed on as it is, and
    the window then says in its own words that the file is not there."""

    def accept(self) -> None:
        must_exist = self.fileMode() != QFileDialog.FileMode.AnyFile
        if must_exist and not all(os.path.exists(f) for f in self.selectedFiles()):
            QDialog.accept(self)
        else:
            super().accept()


class FileChooser(SafeDialog):
    """Qt's file dialog inside a SafeHash dialog, which adds Quick exit on top.

    Qt's dialog is a part of this one (not a window of its own). When the person chooses,
    cancels or leaves, it is deleted at once, so that it writes its settings while their
    old state is at hand to be put back (``no_dialog_memory``).
    """

    def __init__(self, parent: QWidget, title: str, then: Callable[[list[str]], None]) -> None:
        super().__init__(parent, title)
        self.setObjectName("fileChooser")
        self._memory: contextlib.ExitStack | None = contextlib.ExitStack()
        self._memory.enter_context(no_dialog_memory())  # before Qt's dialog reads it
        self._then = then
        self.file_dialog: QFileDialog | None = _QuietFileDialog(self, title)
        dialog = self.file_dialog
        dialog.setWindowFlags(Qt.WindowType.Widget)  # drawn inside this dialog
        dialog.setSizeGripEnabled(False)  # this dialog has the window's own edges
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # Read-only: no renaming, deleting or new folders, and so none of the questions
        # Qt would ask about them in modal boxes of its own.
        dialog.setOption(QFileDialog.Option.ReadOnly, True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setHistory([])
        # Queued: Qt's dialog is deleted in done(), never inside its own signal.
        dialog.finished.connect(self.done, Qt.ConnectionType.QueuedConnection)
        self.content.addWidget(dialog, 1)
        self.resize(820, 560)

    def done(self, result: int) -> None:
        dialog, self.file_dialog = self.file_dialog, None
        chosen: list[str] = []
        if dialog is not None:
            if result == QDialog.DialogCode.Accepted:
                chosen = list(dialog.selectedFiles())
            shiboken6.delete(dialog)  # now, so its settings are written inside our block
        if self._memory is not None:
            self._memory.close()
            self._memory = None
        super().done(result)
        if chosen:
            self._then(chosen)


class FileDialogs(QObject):
    """Every file dialog of the window. Each starts in the Pictures folder (or the home
    folder), remembers nothing afterwards, and calls ``then`` only when something was
    chosen. Tests replace these methods."""

    def __init__(self) -> None:
        super().__init__()
        self.start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        )

    def _start_folder(self) -> str:
        return self.start if os.path.isdir(self.start) else os.path.expanduser("~")

    def choose_photos(self, parent: QWidget, then: Callable[[list[str]], None]) -> FileChooser:
        chooser = FileChooser(parent, self.tr("Choose photos or videos"), then)
        dialog = chooser.file_dialog
        assert dialog is not None
        dialog.setDirectory(self._start_folder())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [fill(self.tr("Photos and videos (%1)"), f"{PHOTO_PATTERNS} {VIDEO_PATTERNS}"),
             fill(self.tr("Photos (%1)"), PHOTO_PATTERNS),
             fill(self.tr("Videos (%1)"), VIDEO_PATTERNS), self.tr("All files (*)")]
        )
        chooser.present()
        return chooser

    def choose_folder(self, parent: QWidget, then: Callable[[str], None]) -> FileChooser:
        title = self.tr("Choose a folder of photos or videos")
        chooser = FileChooser(parent, title, lambda chosen: then(chosen[0]))
        dialog = chooser.file_dialog
        assert dialog is not None
        dialog.setDirectory(self._start_folder())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.present()
        return chooser

    def save_file(
        self, parent: QWidget, title: str, name: str, then: Callable[[str], None]
    ) -> FileChooser:
        def chosen(paths: list[str]) -> None:
            if os.path.exists(paths[0]):
                self._ask_to_replace(parent, paths[0], then)
            else:
                then(paths[0])

        chooser = FileChooser(parent, title, chosen)
        dialog = chooser.file_dialog
        assert dialog is not None
        dialog.setDirectory(os.path.expanduser("~"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(name)
        chooser.present()
        return chooser

    def open_file(self, parent: QWidget, title: str, then: Callable[[str], None]) -> FileChooser:
        chooser = FileChooser(parent, title, lambda chosen: then(chosen[0]))
        dialog = chooser.file_dialog
        assert dialog is not None
        dialog.setDirectory(os.path.expanduser("~"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.present()
        return chooser

    def _ask_to_replace(self, parent: QWidget, path: str, then: Callable[[str], None]) -> None:
        name = clean_for_display(os.path.basename(path), 120)
        ask(
            parent,
            lambda: self.tr("Replace the file?"),
            #: %1 is the name of a file the person chose to save to.
            lambda: fill(self.tr("There is already a file named %1. Replace it?"),
                         isolate(name)),
            lambda: then(path),
            yes=lambda: self.tr("Replace"),
            no=lambda: self.tr("Keep the old file"),
            name="replaceFile",
        )  # fmt: skip


def write_private_file(path: str, text: str) -> None:
    """Write a file only its owner can read (a receipt, a case token)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
