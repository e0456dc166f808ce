"""Paste copied photos: files copied in a file manager, a picture copied from another app
(hashed from memory in a reader process, never written anywhere), a path copied as text,
and a plain sentence for everything that cannot be used."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from safehash.core.isolation import IsolatedReader, use_shared_reader
from safehash.gui.photos import READY

from .helpers import wait_hashed
from .images import photo


def clipboard_holds(**formats: bytes | str | list[QUrl]) -> None:
    mime = QMimeData()
    for kind, value in formats.items():
        if kind == "urls":
            mime.setUrls(value)  # type: ignore[arg-type]
        elif kind == "text":
            mime.setText(value)  # type: ignore[arg-type]
        else:
            mime.setData(kind.replace("_", "/"), value)  # type: ignore[arg-type]
    QGuiApplication.clipboard().setMimeData(mime)


def files_under(root: Path) -> set[str]:
    return {os.path.join(folder, name) for folder, _d, names in os.walk(root) for name in names}


@pytest.fixture
def page(window):
    window.go_to(window.add_photos)
    return window.add_photos


@pytest.fixture
def own_temp(tmp_path, monkeypatch):
    """A temporary folder of this test's own, for this process and fresh readers: any
    temporary file made while pasting would land there."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    use_shared_reader(IsolatedReader())
    yield folder
    use_shared_reader(IsolatedReader())


def test_a_copied_picture_is_hashed_from_memory(
    qtbot, window, page, tmp_path, isolated_home, own_temp
):
    source = photo(tmp_path / "copied.png", 7)
    data = source.read_bytes()
    home_before = files_under(isolated_home)
    clipboard_holds(image_png=data, text_html=b"<img src='x'>")
    page.paste()
    wait_hashed(qtbot, window, 1)
    entry = window.session.photos.entry(0)
    assert entry.pasted == 1 and entry.state == READY
    assert window.session.photos.index(0, 0).data() == "\u2068Pasted picture 1\u2069"
    assert entry.record.sha256 == hashlib.sha256(data).hexdigest()
    assert "Pasted picture 1" in page.paste_note.text() and "never saved" in page.paste_note.text()
    assert not page.show_button.isEnabled()  # nothing is kept to show

    # The same picture read from its file gives the same fingerprints.
    page.add_paths([str(source)])
    wait_hashed(qtbot, window, 2)
    from_file = window.session.photos.entry(1).record
    assert (from_file.pdq, from_file.md5) == (entry.record.pdq, entry.record.md5)

    # Pasting it again adds nothing, and says so.
    page.paste()
    assert window.session.photos.rowCount() == 2
    assert page.paste_note.text() == "This picture is on the list already."
    # Nothing was written: not under HOME, not in the temporary folder.
    assert files_under(isolated_home) == home_before
    assert files_under(own_temp) == set()


def test_qt_is_never_asked_to_decode_the_picture(page, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMimeData, "imageData", lambda self: asked.append("imageData"))
    clipboard_holds(image_png=b"\x89PNG\r\n\x1a\n not really")
    mime = QGuiApplication.clipboard().mimeData()
    from safehash.gui.paste import read_clipboard

    found = read_clipboard(mime)
    assert found.picture == b"\x89PNG\r\n\x1a\n not really" and asked == []


def test_a_damaged_copied_picture_gets_its_own_sentence(qtbot, window, page):
    clipboard_holds(image_png=b"\x89PNG\r\n\x1a\n not really a picture")
    page.paste()
    wait_hashed(qtbot, window, 1)
    text = window.session.photos.index(0, 1).data()
    assert "could not be read" in text or "damaged" in text or "not a photo" in text


def test_a_path_copied_as_text_is_a_file_to_add(qtbot, window, page, tmp_path):
    first = photo(tmp_path / "a b.jpg", 2)
    second = photo(tmp_path / "second.jpg", 3)
    clipboard_holds(text=f'"{first}"\n{QUrl.fromLocalFile(str(second)).toString()}\n')
    page.paste()
    wait_hashed(qtbot, window, 2)
    assert {e.name for e in window.session.photos.entries()} == {"a b.jpg", "second.jpg"}
    assert not page.paste_note.isVisible()


@pytest.mark.parametrize(
    ("formats", "words"),
    [
        ({}, "the clipboard is empty"),
        ({"text": "Meet me at 6, and bring the photos"}, "holds text, not photos"),
        ({"text": "/nowhere/at/all.jpg"}, "not on this computer"),
        ({"urls": [QUrl("https://example.org/p.jpg")]}, "web address"),
        ({"image_svg+xml": b"<svg/>"}, "cannot read safely"),
    ],
)
def test_what_cannot_be_used_is_named_not_shown(qtbot, window, page, formats, words):
    clipboard_holds(**formats)
    if not formats:
        QGuiApplication.clipboard().clear()
    page.paste()
    assert window.session.photos.rowCount() == 0
    assert page.paste_note.isVisible() and words in page.paste_note.text()
    assert "Meet me" not in page.paste_note.text()  # clipboard text is never repeated


def test_quick_exit_forgets_a_pasted_picture(qtbot, window, page, tmp_path):
    clipboard_holds(image_png=photo(tmp_path / "p.png", 4).read_bytes())
    page.paste()
    assert window.session.photos.entry(0).pasted == 1  # on the list, being read
    window.quick_exit()
    assert window.session.photos.rowCount() == 0
