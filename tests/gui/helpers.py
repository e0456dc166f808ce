"""Driving the window the way a person does, and a keyring stand-in."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import keyring.errors
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from safehash.gui.main_window import MainWindow

HASH_TIMEOUT_MS = 60_000
BANK_TIMEOUT_MS = 20_000


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure store stand-in: the real keyring API, kept in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def drop_files(win: MainWindow, paths: list[Path]) -> bool:
    """Drop files on the window as a file manager does: drag enter, then drop, with
    file URLs. True when the window accepted the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(win.width() / 2, win.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(where.toPoint(), *args)
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
