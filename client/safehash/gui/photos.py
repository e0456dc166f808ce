"""The photos and videos the person added, in memory only: a table model for the list on
step 2.

Each row keeps the file's path (to hash it, or to show it when asked) and, once hashed, its
``HashRecord``; while a video is read, how far its reader is (its row shows it). A folder
that could not be opened has a row of its own, saying so, so that the list never looks
complete when it is not. Nothing here is ever written anywhere; ``clear()`` drops it all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from safehash.core.display import clean_for_display
from safehash.core.records import PDQ_MIN_QUALITY, HashRecord
from safehash.gui.bidi import isolate, ltr
from safehash.gui.error_text import error_sentence, note_sentence
from safehash.gui.i18n import fill, local_digits, number

if TYPE_CHECKING:
    from safehash.core.isolation import VideoProgress

HASHING = "hashing"
READY = "ready"
LOW_QUALITY = "low_quality"
ERROR = "error"

PASTED_PREFIX = "pasted:"  # the key of a pasted picture's row: not a path
COLUMN_NAME = 0
COLUMN_STATE = 1
# How far a video being read is, 0 to 1 (None: not a video being read, or its length is
# not known); the list draws it as a bar under the row's words.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass
class PhotoEntry:
    path: str
    name: str  # cleaned for display
    job: int
    state: str = HASHING
    record: HashRecord | None = None
    error_code: str | None = None
    folder: bool = False  # a folder that could not be opened, not a photo
    pasted: int = 0  # a picture pasted from the clipboard: its number (no file, no name)
    # A video being read: how far its reader is. Only a video's reader reports this, so it
    # also tells a video before its record arrives.
    progress: VideoProgress | None = None

    @property
    def is_video(self) -> bool:
        if self.record is not None:
            return self.record.is_video
        return self.progress is not None

    @property
    def fraction(self) -> float | None:
        """How far a video being read is, 0 to 1; None when unknown or not reading."""
        if self.state != HASHING or self.progress is None:
            return None
        return self.progress.fraction

    @property
    def shown_name(self) -> str:
        """What the list calls it: the file's name, or "Pasted picture 2"."""
        if self.pasted:
            return pasted_name(self.pasted)
        return self.name


def pasted_name(n: int) -> str:
    #: The name of a picture pasted from the clipboard (it has no file name); %1 counts
    #: them: "Pasted picture 1", "Pasted picture 2".
    return fill(QCoreApplication.translate("PhotoListModel", "Pasted picture %1"), number(n))


def display_name(path: str) -> str:
    return clean_for_display(os.path.basename(path) or path, 120)


class PhotoListModel(QAbstractTableModel):
    """Rows of ``PhotoEntry``; ``counts_changed`` after every change."""

    counts_changed = Signal()

    def __init__(self, min_quality: int = PDQ_MIN_QUALITY) -> None:
        super().__init__()
        self._entries: list[PhotoEntry] = []
        self._paths: set[str] = set()
        self._pasted = 0  # pictures pasted so far, to number them
        self.min_quality = min_quality

    # --- changes ----------------------------------------------------------------------

    def has_path(self, path: str) -> bool:
        return _key(path) in self._paths

    def add(self, paths: list[str], job: int) -> list[int]:
        """Add rows in the hashing state; returns each path's row (-1 for a duplicate)."""
        new = [p for p in dict.fromkeys(paths) if not self.has_path(p)]
        rows = []
        if new:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for path in new:
                self._entries.append(PhotoEntry(path, display_name(path), job))
                self._paths.add(_key(path))
            self.endInsertRows()
        by_path = {e.path: i for i, e in enumerate(self._entries) if e.job == job}
        rows = [by_path.get(p, -1) for p in paths]
        self.counts_changed.emit()
        return rows

    def add_pasted(self, key: str, job: int) -> None:
        """A row for a pasted picture, in the reading state, numbered in paste order."""
        self._pasted += 1
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(PhotoEntry(key, "", job, pasted=self._pasted))
        self._paths.add(_key(key))
        self.endInsertRows()
        self.counts_changed.emit()

    def add_unopened(self, folders: list[tuple[str, str, str]], job: int) -> None:
        """Rows for folders that could not be opened: (path, name to show, error code)."""
        new = [f for f in folders if not self.has_path(f[0])]
        if not new:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for path, shown, code in new:
            name = clean_for_display(shown, 160)
            self._entries.append(PhotoEntry(path, name, job, ERROR, None, code, folder=True))
            self._paths.add(_key(path))
        self.endInsertRows()
        self.counts_changed.emit()

    def set_results(self, results: list[tuple[str, HashRecord | None, str | None]]) -> None:
        """Apply a batch of (path, record, error code); one repaint for the whole batch."""
        by_path = {_key(e.path): i for i, e in enumerate(self._entries)}
        touched = []
        for path, record, error_code in results:
            row = by_path.get(_key(path))
            if row is None:
                continue  # removed while it was being hashed
            entry = self._entries[row]
            entry.record, entry.error_code = record, error_code
            entry.progress = None
            if record is None:
                entry.state = ERROR
            elif record.quality < self.min_quality:  # a video's: its best frame's
                entry.state = LOW_QUALITY
            else:
                entry.state = READY
            touched.append(row)
        if touched:
            self.dataChanged.emit(
                self.index(min(touched), 0), self.index(max(touched), COLUMN_STATE)
            )
            self.counts_changed.emit()

    def set_progress(self, path: str, progress: VideoProgress) -> None:
        """How far the reader of a video is; only its state cell is drawn again."""
        key = _key(path)
        for row, entry in enumerate(self._entries):
            if entry.state == HASHING and _key(entry.path) == key:
                entry.progress = progress
                cell = self.index(row, COLUMN_STATE)
                self.dataChanged.emit(cell, cell)
                return

    def reading_share(self) -> float:
        """The fractions of videos being read, added up (for the whole progress bar)."""
        return sum(e.fraction or 0.0 for e in self._entries)

    def set_min_quality(self, min_quality: int) -> None:
        """Use the bank's threshold for "too little detail" (it may differ from 50)."""
        self.min_quality = min_quality
        for entry in self._entries:
            if entry.record is not None:
                low = entry.record.quality < min_quality
                entry.state = LOW_QUALITY if low else READY
        if self._entries:
            last = len(self._entries) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMN_STATE))
        self.counts_changed.emit()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._entries):
                self.beginRemoveRows(QModelIndex(), row, row)
                entry = self._entries.pop(row)
                self._paths.discard(_key(entry.path))
                self.endRemoveRows()
        self.counts_changed.emit()

    def remove_unfinished(self, job: int) -> None:
        self.remove_rows(
            [i for i, e in enumerate(self._entries) if e.job == job and e.state == HASHING]
        )

    def retranslate(self) -> None:
        """Column titles and states again, in the window's new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_STATE)
        if self._entries:
            last = len(self._entries) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMN_STATE))

    def clear(self) -> None:
        self.beginResetModel()
        self._entries = []
        self._paths = set()
        self._pasted = 0
        self.endResetModel()
        self.counts_changed.emit()

    # --- reading ----------------------------------------------------------------------

    def entries(self) -> list[PhotoEntry]:
        return list(self._entries)

    def entry(self, row: int) -> PhotoEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def count(self, state: str | None = None, video: bool | None = None) -> int:
        """Files (not folders) in ``state``, or all of them; only videos (``video=True``)
        or only photos (``False``), as far as known (a file not read yet is a photo)."""
        return sum(
            1
            for e in self._entries
            if state in (None, e.state) and not e.folder and video in (None, e.is_video)
        )

    def count_unopened_folders(self) -> int:
        return sum(1 for e in self._entries if e.folder)

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return number(section + 1)
        return (
            QCoreApplication.translate("PhotoListModel", "Photo or video")
            if section == COLUMN_NAME
            else QCoreApplication.translate("PhotoListModel", "What happened")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # A name keeps its own direction inside a right-to-left window ("IMG_2041.jpg"
            # would otherwise show as "jpg.IMG_2041").
            if index.column() == COLUMN_NAME:
                return isolate(entry.shown_name)
            return state_sentence(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COLUMN_NAME:
                return isolate(entry.shown_name)
            notes = [note_sentence(n) for n in (entry.record.notes if entry.record else ())]
            return "\n".join([state_sentence(entry), *[n for n in notes if n]])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return state_sentence(entry) if index.column() == COLUMN_STATE else entry.shown_name
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COLUMN_STATE:
            return _state_icon(entry.state)
        if role == PROGRESS_ROLE and index.column() == COLUMN_STATE:
            return entry.fraction
        return None


def state_sentence(entry: PhotoEntry) -> str:
    if entry.state == HASHING:
        if entry.progress is None:
            return QCoreApplication.translate("PhotoListModel", "Reading…")
        fraction = entry.fraction
        if fraction is None:
            #: A video being read whose length is not known; %1 is how much of it was read,
            #: as minutes:seconds ("1:05").
            return fill(QCoreApplication.translate(
                "PhotoListModel", "Reading the video: %1 read so far…"
            ), duration_text(entry.progress.position))  # fmt: skip
        #: A video being read; %1 is how much of it is done, in percent ("40"): write the
        #: percent sign as your language does ("40 %", "40٪").
        return fill(QCoreApplication.translate("PhotoListModel", "Reading the video: %1%"),
                    number(int(fraction * 100)))  # fmt: skip
    if entry.state == READY:
        if entry.record is not None and entry.record.is_video and entry.record.duration:
            #: A video whose fingerprint is made; %1 is its length, as minutes:seconds
            #: ("0:12") or hours:minutes:seconds.
            return fill(QCoreApplication.translate("PhotoListModel", "Ready (video, %1)"),
                        duration_text(entry.record.duration))  # fmt: skip
        return QCoreApplication.translate("PhotoListModel", "Ready")
    if entry.state == LOW_QUALITY:
        return QCoreApplication.translate(
            "PhotoListModel", "Too little detail for a dependable match"
        )
    return error_sentence(entry.error_code)


def duration_text(seconds: float) -> str:
    """A length as players show it ("0:12", "1:02:05"), in the window's digits, kept left
    to right inside a right-to-left sentence."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return ltr(local_digits(text))


def _state_icon(state: str) -> object:
    style = QApplication.style()
    pixmap = {
        HASHING: QStyle.StandardPixmap.SP_BrowserReload,
        READY: QStyle.StandardPixmap.SP_DialogApplyButton,
        LOW_QUALITY: QStyle.StandardPixmap.SP_MessageBoxInformation,
        ERROR: QStyle.StandardPixmap.SP_MessageBoxWarning,
    }[state]
    return style.standardIcon(pixmap)


def _key(path: str) -> str:
    if path.startswith(PASTED_PREFIX):
        return path
    return os.path.normcase(os.path.abspath(path))
