"""What the window shows of reading in worker processes: a folder that could not be opened
is listed in plain words, the photo preview opens calmly and shows the picture or the
file's own sentence, and no dialog of the window is modal."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safehash.gui.error_text import error_sentence
from safehash.gui.photos import COLUMN_STATE
from safehash.gui.preview import PreviewDialog
from support.folders import nest_too_deep

from .helpers import click, wait_hashed
from .images import not_a_picture, photo

GUI = Path(__file__).resolve().parents[2] / "client" / "safehash" / "gui"


def _closed_by_permissions(top: Path, request: pytest.FixtureRequest) -> str:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder whatever its permissions")
    private = top / "Private"
    private.mkdir()
    photo(private / "b.jpg", 5)
    private.chmod(0)
    request.addfinalizer(lambda: private.chmod(0o755))
    return os.path.join("Pictures", "Private")


def _too_deep_to_open(top: Path, _request: pytest.FixtureRequest) -> str:
    """Folders nested beyond the longest path the system opens (even for root)."""
    return os.path.join("Pictures", nest_too_deep(top, "nested-" + "x" * 200, levels=25))


@pytest.mark.parametrize("close", [_closed_by_permissions, _too_deep_to_open],
                         ids=["permissions", "too deep"])  # fmt: skip
def test_a_folder_that_could_not_be_opened_is_listed(qtbot, window, tmp_path, request, close):
    top = tmp_path / "Pictures"
    top.mkdir()
    photo(top / "a.jpg", 4)
    shown = close(top, request)
    window.go_to(window.add_photos)
    page = window.add_photos
    page.add_paths([str(top)])
    wait_hashed(qtbot, window, 2)

    model = window.session.photos
    (row,) = [r for r in range(model.rowCount()) if model.entry(r).folder]
    entry = model.entry(row)
    assert entry.name.startswith(shown[:60])  # from the folder the person added, down
    sentence = model.index(row, COLUMN_STATE).data()
    assert sentence == error_sentence("folder_unreadable")
    assert "folder could not be opened" in sentence and "were not added" in sentence
    assert page.summary.text() == "1 photo ready."
    assert page.folder_summary.isVisible()
    assert page.folder_summary.text() == (
        "1 folder could not be opened. Photos and videos inside were not added; "
        "the list shows which folder."
    )
    assert not page.bad_summary.isVisible()  # a folder is not counted as a bad photo
    page.table.selectRow(row)
    assert not page.show_button.isEnabled()  # there is no photo to show

    click(qtbot, window.continue_button)  # what is sent says so too
    assert window.check.folder_text.isVisible()
    assert window.check.folder_text.text().startswith("1 folder could not be opened.")


def test_the_photo_opens_calmly_then_shows(qtbot, window, tmp_path):
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(photo(tmp_path / "IMG_1.jpg", 4, (900, 1200)))])
    wait_hashed(qtbot, window, 1)
    window.add_photos.table.selectRow(0)
    click(qtbot, window.add_photos.show_button)
    (dialog,) = window.open_dialogs()  # at once, before the reader can answer:
    assert dialog.loading and dialog.isVisible()
    assert dialog.status.text() == "Opening the photo…" and not dialog.picture.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30_000)
    pixmap = dialog.picture.pixmap()
    assert dialog.picture.isVisible() and not dialog.status.isVisible()
    assert (pixmap.width(), pixmap.height()) == (384, 512)  # upright, at most 512
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.isVisible() and window.open_dialogs() == []
    assert window.held_part.isEnabled()


def test_a_file_that_is_not_a_photo_shows_its_sentence(qtbot, window, tmp_path):
    path = not_a_picture(tmp_path / "x.jpg")
    dialog = PreviewDialog("x.jpg", str(path), window.previews, window)
    dialog.present()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30_000)
    assert dialog.status.text() == error_sentence("not_an_image")
    assert not dialog.picture.isVisible()
    dialog.close()


def test_no_dialog_of_the_window_is_modal():
    """Every dialog is a ``SafeDialog`` (not modal, with its own Quick exit): no message
    box, no ``exec()``. Only the set-up error, shown before there is a window, is one."""
    found = []
    for path in GUI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for line in re.findall(r".*(?:QMessageBox|QInputDialog|\.exec\(\)|\.open\(\)).*", text):
            found.append(f"{path.relative_to(GUI)}: {line.strip()}")
    assert found == [
        "app.py: from PySide6.QtWidgets import QApplication, QMessageBox",
        'app.py: QMessageBox.critical(None, "SafeHash", fill(text, error_sentence(exc.code), '
        "exc.message))",
        "app.py: code = app.exec()",
    ]
