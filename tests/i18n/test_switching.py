"""Switching language in Settings: every page speaks the new language at once, nothing a
person entered is lost, Arabic lays the window out right to left, mixed-direction values
keep their order, and the choice is written only when the person saves."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui.images import photo
from safehash.core.settings import settings_path
from safehash.gui import i18n
from safehash.gui.bidi import RLM, isolate, ltr, on_its_own, strip_isolates
from safehash.gui.main_window import MainWindow

from .visual_order import drawn_left_to_right

TIMEOUT_MS = 30_000
RTL = Qt.LayoutDirection.RightToLeft


def choose_language(qtbot, window: MainWindow, code: str) -> None:
    """As a person does it: open Settings, pick the language from the list."""
    window.go_to(window.settings)
    combo = window.settings.language
    index = combo.findData(code)
    assert index > 0, f"{code} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: i18n.current_language() == code)


def x_in_window(widget: QWidget, window: MainWindow) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_every_page_changes_at_once_and_nothing_is_lost(qtbot, window, tmp_path):
    window.go_on()
    window.add_photos.add_paths([str(photo(tmp_path / f"p{i}.jpg", i)) for i in (3, 4)])
    qtbot.waitUntil(lambda: not window.hasher.busy and window.session.photos.rowCount() == 2,
                    timeout=TIMEOUT_MS)  # fmt: skip
    window.go_on()
    window.check.consent.setChecked(True)
    window.go_on()
    window.case.token_edit.setText("SH-7K2M")

    choose_language(qtbot, window, "es")
    qtbot.waitUntil(lambda: window.step_title.text() == "Ajustes")
    # Said in the new language, and nothing written: the person did not save.
    assert window.settings.feedback.text() == "Idioma cambiado: Español."
    assert not settings_path().exists()
    # Every page, also those not on screen, and everything entered is still there.
    assert window.add_photos.summary.text() == "2 fotos listas."
    assert window.check.consent.text().startswith("Estas fotos y videos son míos")
    assert window.check.consent.isChecked()
    assert window.case.token_edit.text() == "SH-7K2M"
    assert "le faltan" in window.case.token_feedback.text()
    assert window.session.photos.index(0, 1).data() == "Lista"
    assert window.quick_exit_button.text() == "Salida rápida"
    window.go_back()
    assert window.step_title.text() == "Paso 4 de 5: Tu caso"
    assert window.continue_button.text() == "Enviar"

    window.go_to(window.settings)
    window.settings.save_button.click()
    assert json.loads(settings_path().read_text("utf-8"))["language"] == "es"


def test_arabic_lays_the_window_out_right_to_left(qtbot, window):
    choose_language(qtbot, window, "ar")
    qtbot.waitUntil(lambda: window.layoutDirection() == RTL)
    assert QApplication.layoutDirection() == RTL and window.isRightToLeft()
    window.go_to(window.welcome)
    assert window.step_title.text() == "الخطوة ١ من ٥: مرحبًا"
    # The primary action sits on the left, the quick exit on the left of the header too.
    assert x_in_window(window.continue_button, window) < window.width() // 2
    assert x_in_window(window.quick_exit_button, window) < window.width() // 2
    window.go_on()
    assert x_in_window(window.continue_button, window) < x_in_window(window.back_button, window)
    # Rows of buttons start at the right.
    page = window.add_photos
    assert x_in_window(page.choose_button, window) > x_in_window(page.paste_button, window)


def test_mixed_directions_keep_their_order(qtbot, window, tmp_path):
    # What goes wrong without isolates: a path, or a phone's file name, in an RTL line.
    assert drawn_left_to_right("/v1/cases", RTL) != "/v1/cases"
    assert drawn_left_to_right("20230501_123456.jpg", RTL) != "20230501_123456.jpg"
    assert drawn_left_to_right(ltr("/v1/cases"), RTL) == "/v1/cases"
    assert drawn_left_to_right(isolate("20230501_123456.jpg"), RTL) == "20230501_123456.jpg"

    choose_language(qtbot, window, "ar")
    window.add_photos.add_paths([str(photo(tmp_path / "20230501_123456.jpg", 3))])
    qtbot.waitUntil(lambda: window.session.photos.rowCount() == 1 and not window.hasher.busy,
                    timeout=TIMEOUT_MS)  # fmt: skip
    shown = window.session.photos.index(0, 0).data()
    assert drawn_left_to_right(shown, RTL) == "20230501_123456.jpg"
    # A case token inside an Arabic sentence, and the token fields themselves.
    window.case.token_edit.setText("SH-UUUU-7K2M")
    sentence = window.case.token_feedback.text()
    assert "\u2066U\u2069" in sentence
    assert window.case.token_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.case_status.reference.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # A name alone on its line (over a shown photo) is aligned as the window is.
    assert on_its_own("IMG_2041.jpg").startswith(RLM)
    # References copied from the receipt come back without the marks.
    window.case_status.reference.setText(ltr("case_7b93"))
    window.case_status.token.setText("SH-0000-0000-0000-0000-0000-0")
    assert strip_isolates(window.case_status.reference.text()) == "case_7b93"


def test_profile_texts_and_support_link_follow_the_language(qtbot, window):
    def welcome_texts() -> str:
        return " ".join(w.text() for w in window.welcome.findChildren(QWidget)
                        if hasattr(w, "text") and isinstance(w.text(), str))  # fmt: skip

    choose_language(qtbot, window, "fr")
    qtbot.waitUntil(lambda: "Démonstration de SafeHash" in welcome_texts())
    assert "utilisez plutôt Take It Down" in welcome_texts()
    choose_language(qtbot, window, "pt_BR")
    qtbot.waitUntil(lambda: "Abrir SaferNet Brasil" in strip_isolates(welcome_texts()))


def test_qt_s_own_dialog_buttons_speak_the_language(qtbot, window):
    choose_language(qtbot, window, "de")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", buttons, window)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ja"
    box.deleteLater()


def test_back_to_the_computer_s_language(qtbot, window):
    choose_language(qtbot, window, "ko")
    combo = window.settings.language
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: i18n.current_language() == "en")  # this computer speaks "C"
    assert window.services.settings.language is None
    qtbot.waitUntil(lambda: combo.itemText(0) == "The computer's language")


def test_remembering_a_case_does_not_save_an_unsaved_language(qtbot, window):
    choose_language(qtbot, window, "nl")
    window.services.save_only(remember_case=True)  # what "Remember this case" writes
    saved = json.loads(settings_path().read_text("utf-8"))
    assert saved["remember_case"] is True and saved["language"] is None
    assert window.services.settings.language == "nl"  # still in use until closing
