"""Driving the window the way a person does, and a keyring stand-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from bank.memory_keyring import MemoryKeyring  # the bank tests' in-memory store
from safehash.gui.main_window import MainWindow

__all__ = ["MemoryKeyring"]

HASH_TIMEOUT_MS = 60_000
BANK_TIMEOUT_MS = 20_000


def drop_files(win: MainWindow, paths: list[Path]) -> bool:
    """Drop files on the window as a file manager does: drag enter, then drop, with
    file URLs. True when the window accepted the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(win.width() / 2, win.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(where.toPoint(), *args)  # QDragEnterEvent takes whole pixels
    QApplication.sendEvent(win, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(where, *args)
    QApplication.sendEvent(win, drop)
    return drop.isAccepted()


def wait_hashed(qtbot, win: MainWindow, count: int) -> None:
    model = win.session.photos

    def done() -> bool:
        assert not win.hasher.busy
        assert model.rowCount() == count
        assert model.count("hashing") == 0

    qtbot.waitUntil(done, timeout=HASH_TIMEOUT_MS)


def open_dialog(qtbot, win: MainWindow, name: str):
    """The window's open dialog with this object name, once it is on screen."""

    def shown():
        found = [d for d in win.open_dialogs() if d.objectName() == name and d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown() is not None)
    return shown()


def answer(qtbot, win: MainWindow, name: str, yes: bool) -> None:
    """Answer the question ``name`` (its object name) as a person does, with a click."""
    question = open_dialog(qtbot, win, name)
    click(qtbot, question.yes_button if yes else question.no_button)
    qtbot.waitUntil(lambda: question not in win.open_dialogs())


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focus_widget():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person's keyboard sends it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, widget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus (fails if Tab never reaches it)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")
