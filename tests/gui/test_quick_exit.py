"""Quick exit: hidden at once, everything in memory dropped, clipboard emptied, quit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from .helpers import BANK_TIMEOUT_MS, click, wait_hashed
from .images import photo, photo_set


def _fill(qtbot, window, bank, tmp_path) -> str:
    _case_id, token = bank.issue_case()
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(p) for p in photo_set(tmp_path / "photos").values()])
    wait_hashed(qtbot, window, 5)
    click(qtbot, window.continue_button)
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    window.check.consent.setChecked(True)
    click(qtbot, window.check.show_json)
    click(qtbot, window.continue_button)
    window.case.token_edit.setText(token)
    window.services.clipboard.copy(token)
    return token


def _assert_everything_dropped(window, token: str) -> None:
    assert not window.isVisible()
    assert window.quit_calls == [True]
    session = window.session
    assert session.photos.rowCount() == 0
    assert session.case is None and session.submission is None and session.receipt is None
    assert session.bank_info is None
    assert QGuiApplication.clipboard().text() == ""
    for editor in window.findChildren(QLineEdit):
        assert token not in editor.text()
    for view in window.findChildren(QPlainTextEdit):
        assert view.toPlainText() == ""
    assert window.services.network_log.entries() == []
    assert window.services.outbox.entries() == []


def test_quick_exit_button(qtbot, window, bank, tmp_path):
    token = _fill(qtbot, window, bank, tmp_path)
    assert "Esc" in window.quick_exit_button.toolTip()
    assert "Ctrl+Shift+X" in window.quick_exit_button.toolTip()
    click(qtbot, window.quick_exit_button)
    _assert_everything_dropped(window, token)


def test_quick_exit_by_pressing_escape_twice(qtbot, window, bank, tmp_path):
    token = _fill(qtbot, window, bank, tmp_path)
    qtbot.keyClick(window.case.token_edit, Qt.Key.Key_Escape)
    assert window.quit_calls == []  # one Esc is not enough
    qtbot.keyClick(window.case.token_edit, Qt.Key.Key_Escape)
    _assert_everything_dropped(window, token)


def test_quick_exit_by_ctrl_shift_x(qtbot, window, bank, tmp_path):
    token = _fill(qtbot, window, bank, tmp_path)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.case.token_edit, Qt.Key.Key_X, both)
    _assert_everything_dropped(window, token)


def test_separate_escapes_do_not_exit(qtbot, window):
    times = iter([10.0, 12.0, 14.0])
    window.quick_exit_watcher._clock = lambda: next(times)
    for _ in range(3):
        qtbot.keyClick(window.continue_button, Qt.Key.Key_Escape)
    assert window.quit_calls == []
    assert window.isVisible()


def test_quick_exit_while_hashing_drops_late_results(qtbot, window, tmp_path):
    paths = [str(photo(tmp_path / f"p{i}.jpg", i, (1600, 1200))) for i in range(12)]
    window.go_to(window.add_photos)
    window.add_photos.add_paths(paths)
    qtbot.waitUntil(lambda: window.session.photos.rowCount() > 0, timeout=10_000)
    window.quick_exit()
    assert not window.isVisible()
    assert window.session.photos.rowCount() == 0
    assert not window.hasher.busy
    # Whatever the worker still finishes arrives to no one.
    assert window.hasher.shutdown(10_000)
    assert window.session.photos.rowCount() == 0
