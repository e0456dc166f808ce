"""The keyboard and the look: a focus ring on every kind of control in light, dark and high
contrast, Enter presses the page's primary action, the focus lands on the first thing to
do, the step numbers, the window fits the screen, and the text size."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from safehash.core.settings import settings_path
from safehash.gui.theme import apply_theme, colours, contrast, text_scale

from .helpers import BANK_TIMEOUT_MS, focus_widget, press, tab_to, wait_hashed
from .images import photo


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)


def palette_of(kind: str) -> QPalette:
    """What a system hands every app in dark mode or in a high-contrast theme."""
    palette = QPalette(QApplication.palette())
    roles = QPalette.ColorRole
    if kind == "dark":
        table = {roles.Window: "#202124", roles.WindowText: "#e8eaed", roles.Base: "#17181a",
                 roles.Text: "#e8eaed", roles.Button: "#303134", roles.ButtonText: "#e8eaed",
                 roles.Highlight: "#8ab4f8", roles.HighlightedText: "#202124"}  # fmt: skip
    else:
        table = {roles.Window: "#000000", roles.WindowText: "#ffffff", roles.Base: "#000000",
                 roles.Text: "#ffffff", roles.Button: "#000000", roles.ButtonText: "#ffffff",
                 roles.Highlight: "#ffff00", roles.HighlightedText: "#000000",
                 roles.Link: "#00ffff"}  # fmt: skip
    for role, colour in table.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark", "high contrast"])
def look(request, qapp):
    """Each test runs in the platform's light palette, a dark one and a high-contrast one."""
    light = QApplication.palette()
    if request.param != "light":
        QApplication.setPalette(palette_of("dark" if request.param == "dark" else "hc"))
    apply_theme()
    yield request.param
    QApplication.setPalette(light)
    apply_theme()


def test_every_kind_of_control_shows_where_the_focus_is(qtbot, window, look):
    activate(qtbot, window)
    c = colours(QApplication.palette())
    assert c.high_contrast == (look == "high contrast")
    # The ring (the accent) stands out from the page and the window, as WCAG asks of
    # focus indicators (3:1), in every palette.
    assert contrast(c.accent, c.base) >= 3 and contrast(c.accent, c.window) >= 3
    controls: list[tuple[object, QWidget]] = [
        (window.welcome, window.continue_button),
        (window.welcome, window.status_button),  # a footer link
        (window.welcome, window.quick_exit_button),
        (window.add_photos, window.add_photos.choose_button),
        (window.add_photos, window.add_photos.table),
        (window.check, window.check.consent),
        (window.case, window.case.have_token),
        (window.case, window.case.token_edit),
        (window.settings, window.settings.language),
    ]
    unseen = []
    for page, control in controls:
        window.go_to(page)
        window.log_button.setFocus()  # somewhere else first
        qtbot.waitUntil(lambda control=control: not control.hasFocus())
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        if control.grab().toImage() == before:
            unseen.append(control.accessibleName())
    assert unseen == []


def test_enter_presses_the_primary_action_and_the_focus_waits_where_to_start(
    qtbot, window, bank, tmp_path
):
    _case_id, token = bank.issue_case()
    activate(qtbot, window)
    # Step 1: the focus is on Start; Enter presses it.
    assert focus_widget() is window.continue_button, focus_widget().accessibleName()
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.add_photos
    # Step 2: nothing added yet, so the focus is on "Choose photos or videos…".
    assert focus_widget() is window.add_photos.choose_button
    window.add_photos.add_paths([str(photo(tmp_path / "one.jpg", 5))])
    wait_hashed(qtbot, window, 1)
    tab_to(qtbot, window.add_photos.table)
    press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter
    assert window.current_page() is window.check
    # Step 3: the confirmation is the first thing to do.
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    assert focus_widget() is window.check.consent
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)  # Enter on the check box: Continue, not a toggle
    assert window.check.consent.isChecked()
    assert window.current_page() is window.case
    # Step 4: typing goes straight into the token field; Enter sends.
    assert focus_widget() is window.case.token_edit
    qtbot.keyClicks(focus_widget(), token)
    assert window.case.token_edit.text() == token
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=BANK_TIMEOUT_MS)
    # Done: the receipt is the next thing to keep.
    assert focus_widget() is window.done.save_button


def test_enter_on_a_focused_button_presses_that_button(qtbot, window):
    activate(qtbot, window)
    window.go_to(window.add_photos)
    tab_to(qtbot, window.settings_button)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.settings


def test_step_numbers_and_the_end_of_step_5(qtbot, window):
    for page, step in ((window.welcome, 1), (window.check, 3), (window.send, 5),
                       (window.done, 5)):  # fmt: skip
        window.go_to(page)
        assert window.steps.isVisible() and window.steps.step == step
        assert window.steps.accessibleName() == f"Step {step} of 5"
    assert window.steps.finished  # the receipt: every step taken
    assert window.step_title.text() == "Step 5 of 5: Done"
    window.go_to(window.settings)
    assert not window.steps.isVisible()  # side pages have no number


def test_the_window_fits_the_screen_it_opens_on(qtbot, window):
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert free.contains(frame), (free, frame)
    assert free.contains(window.quick_exit_button.mapToGlobal(
        window.quick_exit_button.rect().bottomRight()))  # fmt: skip
    assert window.minimumSizeHint().width() <= free.width()
    assert window.minimumSizeHint().height() <= free.height()


def test_text_size_is_used_at_once_and_kept_only_when_saved(qtbot, window):
    usual = QApplication.font().pointSizeF()
    window.go_to(window.settings)
    combo = window.settings.text_size
    try:
        combo.setCurrentIndex(combo.findData(150))
        combo.activated.emit(combo.currentIndex())
        assert text_scale() == 150
        assert QApplication.font().pointSizeF() == pytest.approx(usual * 1.5)
        assert combo.currentText() == "Largest (150%)"
        assert not settings_path().exists()
        window.settings.save_button.click()
        assert json.loads(settings_path().read_text("utf-8"))["text_size"] == 150
    finally:
        apply_theme(100)
    assert QApplication.font().pointSizeF() == pytest.approx(usual)
