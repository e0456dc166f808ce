"""Every interactive control on every page has a name for screen readers, and the whole
flow works with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .helpers import BANK_TIMEOUT_MS, press, tab_to, wait_hashed
from .images import photo_set

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
               QTextEdit, QAbstractSlider, QAbstractSpinBox)  # fmt: skip


def _inside_other_control(widget: QWidget) -> bool:
    """Parts of a composite control (a table's header, a combo box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(window) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        interactive = isinstance(widget, INTERACTIVE) or (
            isinstance(widget, QLabel) and focusable
        )
        if not interactive or not widget.isVisibleTo(window) or _inside_other_control(widget):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_control_on_every_page_has_a_name(qtbot, window, tmp_path):
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(p) for p in photo_set(tmp_path / "photos").values()])
    wait_hashed(qtbot, window, 5)
    window.add_photos.table.selectRow(0)
    window.check.show_json.setChecked(True)
    pages = [*window.flow, window.case_status, window.settings, window.network_log]
    problems = {}
    for page in pages:
        window.go_to(page)
        missing = _unnamed(window)
        if missing:
            problems[type(page).__name__] = missing
    assert problems == {}


def test_whole_flow_with_the_keyboard_only(qtbot, window, bank, tmp_path):
    _case_id, token = bank.issue_case()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)

    # Step 1: the primary action has the focus; Space presses it.
    tab_to(qtbot, window.continue_button)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page() is window.add_photos

    # Step 2: photos copied in a file manager, pasted with Ctrl+V.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photo_set(tmp_path / "photos").values()])
    QGuiApplication.clipboard().setMimeData(mime)
    tab_to(qtbot, window.add_photos.choose_button)
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_hashed(qtbot, window, 5)
    tab_to(qtbot, window.add_photos.table)
    press(qtbot, Qt.Key.Key_Down)
    tab_to(qtbot, window.continue_button)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page() is window.check

    # Step 3: confirm with the checkbox, then continue.
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    tab_to(qtbot, window.check.consent)
    press(qtbot, Qt.Key.Key_Space)
    assert window.check.consent.isChecked()
    tab_to(qtbot, window.continue_button)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page() is window.case

    # Step 4: type the token.
    tab_to(qtbot, window.case.token_edit)
    qtbot.keyClicks(window.case.token_edit, token)
    assert window.case.token_feedback.text() == "This case token looks right."
    tab_to(qtbot, window.continue_button)
    press(qtbot, Qt.Key.Key_Space)

    # Step 5 sends by itself; the receipt follows.
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=BANK_TIMEOUT_MS)
    assert window.session.receipt.accepted_count == 3
    tab_to(qtbot, window.done.save_button)


def test_plain_text_only_for_untrusted_names(qtbot, window, tmp_path):
    hostile = tmp_path / "<b>bold</b>\u202egpj.exe\x07.jpg"
    from .images import photo

    photo(hostile, 3)
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(hostile)])
    wait_hashed(qtbot, window, 1)
    name = window.session.photos.index(0, 0).data()
    assert "\u202e" not in name and "\x07" not in name
    for label in window.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
