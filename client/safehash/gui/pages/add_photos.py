"""Step 2: add photos and videos by dropping, choosing or pasting; watch them being read (a
video's row shows how far); no pictures are shown unless the person asks for one, and a
video is never played: "Show" gives one still picture of it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehash.gui.accessibility import announce
from safehash.gui.bidi import ltr
from safehash.gui.file_dialogs import FileDialogs
from safehash.gui.hashing import HashController
from safehash.gui.i18n import fill, number
from safehash.gui.paste import (
    EMPTY,
    NOT_HERE,
    PICTURE_UNREADABLE,
    TEXT,
    WEB_ADDRESS,
    local_paths,
    read_clipboard,
)
from safehash.gui.photos import COLUMN_NAME, COLUMN_STATE, ERROR, LOW_QUALITY, READY
from safehash.gui.preview import PreviewDialog
from safehash.gui.preview_loader import PreviewLoader
from safehash.gui.reading_bar import ReadingBarDelegate
from safehash.gui.session import Session
from safehash.gui.widgets import (
    SPACING,
    Page,
    Text,
    flow_row,
    labelled,
    named,
    plain_label,
    retranslate_tree,
    set_text,
)


def paste_keys() -> QKeySequence:
    """The platform's paste shortcut (made once the application exists)."""
    return QKeySequence(QKeySequence.StandardKey.Paste)


class AddPhotosPage(Page):
    step = 2

    def __init__(
        self,
        session: Session,
        hasher: HashController,
        dialogs: FileDialogs,
        previews: PreviewLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.hasher, self.dialogs = session, hasher, dialogs
        self.previews = previews
        self.model = session.photos
        self._show_video = False  # the selected row is a video: "Show" gives a still of it
        self.body.addWidget(plain_label(lambda: self.tr(
            "Add the photos and videos you want to protect: drag them, or whole folders, "
            "onto this window, or choose them below. Nothing is shown here unless you ask to "
            "see it, and videos are never played."
        )))  # fmt: skip
        self.choose_button = labelled(
            QPushButton(),
            lambda: self.tr("Choose photos or videos…"),
            lambda: self.tr("Choose photos or videos"),
            lambda: self.tr("Opens a window to pick photos and videos on this computer"),
        )
        self.folder_button = labelled(
            QPushButton(),
            lambda: self.tr("Choose a folder…"),
            lambda: self.tr("Choose a folder"),
            lambda: self.tr("Adds every photo and video in a folder"),
        )
        self.paste_button = labelled(
            QPushButton(),
            lambda: self.tr("Paste copied photos or videos"),
            None,
            #: %1 is the paste shortcut, Ctrl+V on most computers.
            lambda: fill(self.tr("Adds photos and videos you copied in your file manager, "
                                 "or a picture you copied (%1)"),
                         ltr(paste_keys().toString(QKeySequence.SequenceFormat.NativeText))),
        )  # fmt: skip
        self.body.addWidget(flow_row(self.choose_button, self.folder_button, self.paste_button))
        # What pasting found, when it added nothing or added a picture from memory.
        self.paste_note = plain_label()
        self.paste_note.setVisible(False)
        self.body.addWidget(self.paste_note)

        drop = QFrame()
        drop.setFrameShape(QFrame.Shape.StyledPanel)
        drop.setFrameShadow(QFrame.Shadow.Sunken)
        drop_layout = QVBoxLayout(drop)
        drop_layout.setContentsMargins(16, 12, 16, 12)
        hint = plain_label(
            lambda: self.tr("You can also drop photos, videos or folders anywhere on this "
                            "window.")
        )  # fmt: skip
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_layout.addWidget(hint)
        self.body.addWidget(drop)

        progress_row = QHBoxLayout()
        self.progress = named(QProgressBar(), lambda: self.tr("Reading progress"))
        self.progress.setTextVisible(False)
        self.progress_text = plain_label()
        self.stop_button = labelled(
            QPushButton(),
            lambda: self.tr("Stop"),
            lambda: self.tr("Stop reading"),
            lambda: self.tr("Photos and videos not read yet are taken off the list"),
        )
        progress_row.addWidget(self.progress_text, 2)
        progress_row.addWidget(self.progress, 3)
        progress_row.addWidget(self.stop_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.body.addWidget(self.progress_box)

        self.table = QTableView()
        named(self.table, lambda: self.tr("Your photos and videos"),
              lambda: self.tr("The name of each photo and video, and what happened to "
                              "it"))  # fmt: skip
        self.table.setModel(self.model)
        # A video's row shows how far it is read, as a bar under its words.
        self.table.setItemDelegateForColumn(COLUMN_STATE, ReadingBarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_STATE, QHeaderView.ResizeMode.Stretch)
        # Rows follow the system font; once reading is done they grow to fit long sentences
        # (measuring every row on every update would stall the window with 200 photos).
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(round(self.table.fontMetrics().height() * 1.8))
        self.table.setMinimumHeight(200)
        self.body.addWidget(self.table, 1)

        self.show_button = labelled(
            QPushButton(),
            lambda: self.tr("Show a still of this video") if self._show_video
            else self.tr("Show this photo"),
            None,
            lambda: self.tr("Shows one still picture from the selected video in a separate "
                            "window; the video is not played, and nothing is saved")
            if self._show_video
            else self.tr("Shows the selected photo in a separate window; it is not saved"),
        )  # fmt: skip
        self.remove_button = labelled(
            QPushButton(),
            lambda: self.tr("Remove"),
            lambda: self.tr("Remove the selected photos and videos"),
            lambda: self.tr("Takes the selected photos and videos off the list (the files are "
                            "not touched)"),
        )  # fmt: skip
        self.clear_button = labelled(
            QPushButton(),
            lambda: self.tr("Clear all"),
            lambda: self.tr("Clear all photos and videos"),
            lambda: self.tr("Takes every photo and video off the list (the files are not "
                            "touched)"),
        )  # fmt: skip
        self.body.addWidget(flow_row(self.show_button, self.remove_button, self.clear_button))
        # One sentence per fact, each its own label: sentences are never glued together.
        self.summary = plain_label(wrap=False)
        self.video_summary = plain_label(wrap=False)
        self.low_summary = plain_label(wrap=False)
        self.bad_summary = plain_label(wrap=False)
        self.body.addWidget(flow_row(self.summary, self.video_summary, self.low_summary,
                                     self.bad_summary, spacing=SPACING))  # fmt: skip
        # On its own line, so that it cannot be overlooked at the end of the others.
        self.folder_summary = plain_label()
        self.body.addWidget(self.folder_summary)

        self.choose_button.clicked.connect(self.choose_photos)
        self.folder_button.clicked.connect(self.choose_folder)
        self.paste_button.clicked.connect(self.paste)
        self.stop_button.clicked.connect(self.hasher.cancel)
        self.show_button.clicked.connect(self.show_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_all)
        paste = QShortcut(paste_keys(), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.show_selected())
        self.model.counts_changed.connect(self._update)
        self.hasher.busy_changed.connect(self._on_busy)
        self.hasher.progress.connect(self._on_progress)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    # --- adding -----------------------------------------------------------------------

    def add_paths(self, paths: list[str]) -> None:
        if paths:
            self.hasher.add(paths)

    def add_urls(self, urls: list[QUrl]) -> None:
        self.add_paths(local_paths(urls))

    def choose_photos(self) -> None:
        self.dialogs.choose_photos(self, self.add_paths)

    def choose_folder(self) -> None:
        self.dialogs.choose_folder(self, lambda folder: self.add_paths([folder]))

    def paste(self) -> None:
        """Add what the clipboard holds (``paste.read_clipboard``), or say why nothing."""
        found = read_clipboard(QGuiApplication.clipboard().mimeData())
        if found.paths:
            self._say("")
            self.add_paths(found.paths)
        elif found.picture is not None:
            added = self.hasher.add_picture(found.picture)
            name = self.model.entries()[-1].shown_name if added else ""
            self._say(lambda: self._picture_sentence(name))
        else:
            problem = found.problem or EMPTY
            self._say(lambda: self._problem_sentence(problem))

    def _say(self, text: Text) -> None:
        set_text(self.paste_note, text)
        shown = self.paste_note.text()
        self.paste_note.setVisible(bool(shown))
        announce(self.paste_note, shown)  # said, as the focus stays where it is

    def _picture_sentence(self, name: str) -> str:
        if not name:
            return self.tr("This picture is on the list already.")
        #: %1 is the name it gets in the list: "Pasted picture 1".
        return fill(self.tr("The copied picture was added as “%1”. It is read from memory "
                            "and never saved anywhere."), name)  # fmt: skip

    def _problem_sentence(self, problem: str) -> str:
        sentences = {
            EMPTY: self.tr("Nothing to paste: the clipboard is empty. Copy photos or videos "
                           "in your file manager, or copy a picture, then paste again."),
            TEXT: self.tr("The clipboard holds text, not photos or videos, so nothing was "
                          "added."),
            NOT_HERE: self.tr("The clipboard names files that are not on this computer (or "
                              "no longer there), so nothing was added."),
            WEB_ADDRESS: self.tr("The clipboard holds a web address, not a photo on this "
                                 "computer. Save the photo first, then add the file."),
            PICTURE_UNREADABLE: self.tr("The clipboard holds a picture in a form SafeHash "
                                        "cannot read safely. Save it as a file first, then "
                                        "add the file."),
        }  # fmt: skip
        return sentences.get(problem, sentences[EMPTY])

    # --- the list ---------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def show_selected(self) -> None:
        rows = self.selected_rows()
        entry = self.model.entry(rows[0]) if rows else None
        if entry is not None and not entry.folder and not entry.pasted:
            dialog = PreviewDialog(entry.name, entry.path, self.previews, self, entry.is_video)
            dialog.present()

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        self.model.remove_rows(rows)
        if rows and self.model.rowCount():
            row = min(rows[0], self.model.rowCount() - 1)
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def clear_all(self) -> None:
        self.hasher.reset()
        self.model.clear()

    def _on_busy(self, busy: bool) -> None:
        if not busy:
            self.table.resizeRowsToContents()
        self._update()

    def _on_progress(self, done: int, total: int) -> None:
        # In hundredths of a file, so that the bar moves while a long video is read.
        self.progress.setRange(0, max(total, 1) * 100)
        reading = round(100 * self.model.reading_share())
        self.progress.setValue(min(total * 100, done * 100 + reading))
        set_text(self.progress_text, lambda: fill(
            self.tr("Reading photos and videos: %1 of %2 done"), number(done), number(total)
        ))  # fmt: skip

    def _update(self) -> None:
        busy = self.hasher.busy
        self.progress_box.setVisible(busy)
        has_photos = self.model.count() > 0
        rows = self.selected_rows()
        selected = bool(rows)
        first = self.model.entry(rows[0]) if rows else None
        # A pasted picture is not kept, so it cannot be shown again.
        self.show_button.setEnabled(first is not None and not first.folder and not first.pasted)
        video = first is not None and first.is_video
        if video != self._show_video:
            self._show_video = video
            retranslate_tree(self.show_button)
        self.remove_button.setEnabled(selected)
        self.clear_button.setEnabled(self.model.rowCount() > 0)
        ready = self.model.count(READY, video=False)
        videos = self.model.count(READY, video=True)
        low = self.model.count(LOW_QUALITY)
        bad = self.model.count(ERROR)
        self.summary.setText(
            self.tr("%n photo(s) ready.", "", ready) if has_photos
            else self.tr("No photos or videos added yet.")
        )  # fmt: skip
        # Photos only when there are any, or nothing else is ready: "1 video ready." alone.
        self.summary.setVisible(not has_photos or ready > 0 or videos == 0)
        self.video_summary.setText(self.tr("%n video(s) ready.", "", videos))
        self.video_summary.setVisible(videos > 0)
        #: Shown after "4 photos ready.": how many of the photos and videos have too little
        #: detail.
        self.low_summary.setText(self.tr("%n with too little detail.", "", low))
        self.low_summary.setVisible(low > 0)
        #: Shown after "4 photos ready.": how many of the files could not be read.
        self.bad_summary.setText(self.tr("%n could not be read.", "", bad))
        self.bad_summary.setVisible(bad > 0)
        folders = self.model.count_unopened_folders()
        self.folder_summary.setText(self.tr(
            "%n folder(s) could not be opened. Photos and videos inside were not added; the "
            "list shows which folder(s).", "", folders
        ))  # fmt: skip
        self.folder_summary.setVisible(folders > 0)
        self.complete_changed.emit()

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()
        self._update()

    # --- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Add your photos and videos")

    def first_focus(self) -> QWidget | None:
        return self.choose_button if self.model.rowCount() == 0 else None

    def is_complete(self) -> bool:
        return not self.hasher.busy and (
            self.model.count(READY) + self.model.count(LOW_QUALITY) > 0
        )
