"""Nothing misleading: the practice bank's cases end when SafeHash closes and the window says
so; a refused token no longer "looks right"; Check or withdraw hides the token, keeps a
receipt and its token together, and says what the bank holds after a withdrawal;
questions answer with verbs and default to the safe choice; the exact message is in view;
references are grouped for reading aloud; "Forget everything" is in Settings too."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit

from safehash.core import case_token
from safehash.core.profile import load_profile
from safehash.core.records import Receipt
from safehash.gui.bidi import grouped, ungrouped
from safehash.gui.main_window import MainWindow
from safehash.gui.services import create_services

from .conftest import FAST_RETRY
from .helpers import BANK_TIMEOUT_MS, answer, click, focus_widget, open_dialog, wait_hashed
from .images import photo

PRACTICE_GONE = "Practice cases last only until SafeHash closes"


def practice_window(qtbot) -> MainWindow:
    """The window on the practice bank (the default profile), as a first-time person has it."""
    services = create_services(load_profile(), retry=FAST_RETRY)
    assert services.profile.is_demo
    win = MainWindow(services, ["en"], quit_app=lambda: None)
    qtbot.addWidget(win)
    win.show()
    return win


def to_step_4(qtbot, win: MainWindow, picture) -> None:
    win.go_to(win.add_photos)
    win.add_photos.add_paths([str(picture)])
    wait_hashed(qtbot, win, 1)
    win.go_on()
    qtbot.waitUntil(lambda: win.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    win.check.consent.setChecked(True)
    win.go_on()
    assert win.current_page() is win.case


def test_a_practice_case_from_an_earlier_time_is_said_to_be_gone(qtbot, tmp_path):
    picture = photo(tmp_path / "p.jpg", 5)
    first = practice_window(qtbot)
    try:
        to_step_4(qtbot, first, picture)
        # Where a case is opened, the window says practice cases end with SafeHash.
        assert first.case.practice.isVisible()
        assert PRACTICE_GONE.lower() in first.case.practice.text().lower()
        assert not first.case.remember.isEnabled()
        first.case.new_case.setChecked(True)
        click(qtbot, first.case.open_button)
        qtbot.waitUntil(lambda: first.case.new_token.text() != "", timeout=BANK_TIMEOUT_MS)
        token = first.case.new_token.text()
        assert first.check.summary.text().endswith("to the practice bank on this computer.")
    finally:
        first.shutdown()
        first.services.shutdown()

    again = practice_window(qtbot)  # SafeHash started again: a new practice bank
    try:
        to_step_4(qtbot, again, picture)
        again.case.token_edit.setText(token)
        assert again.case.token_feedback.text() == "This case token looks right."
        click(qtbot, again.continue_button)
        qtbot.waitUntil(lambda: again.send.retry_button.isVisible(), timeout=BANK_TIMEOUT_MS)
        assert PRACTICE_GONE in again.send.problem.text()
        assert "did not accept this case token" not in again.send.problem.text()
        # Back at step 4 the token no longer "looks right".
        click(qtbot, again.back_button)
        assert PRACTICE_GONE in again.case.token_feedback.text()
        # Another token is judged on its own again.
        again.case.token_edit.setText(token[:-1])
        assert again.case.token_feedback.text() != again.send.problem.text()
        assert PRACTICE_GONE not in again.case.token_feedback.text()
        again.case.token_edit.setText(case_token.new_token())
        assert again.case.token_feedback.text() == "This case token looks right."
    finally:
        again.shutdown()
        again.services.shutdown()


def test_a_token_the_bank_refused_no_longer_looks_right(qtbot, window, bank, tmp_path):
    to_step_4(qtbot, window, photo(tmp_path / "p.jpg", 6))
    other = case_token.new_token()  # well formed, but no case at the bank has it
    window.case.token_edit.setText(other)
    assert window.case.token_feedback.text() == "This case token looks right."
    click(qtbot, window.continue_button)
    qtbot.waitUntil(lambda: window.send.retry_button.isVisible(), timeout=BANK_TIMEOUT_MS)
    click(qtbot, window.back_button)
    assert "did not accept this case token" in window.case.token_feedback.text()


def test_check_or_withdraw_hides_the_token_and_says_what_is_held(qtbot, window, bank, tmp_path):
    case_id, token = bank.issue_case()
    to_step_4(qtbot, window, photo(tmp_path / "p.jpg", 7))
    window.case.token_edit.setText(token)
    click(qtbot, window.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=BANK_TIMEOUT_MS)
    click(qtbot, window.done.check_button)
    page = window.case_status
    # Filled in from this sitting, the token hidden until the person asks.
    assert ungrouped(page.reference.text()) == case_id
    assert page.token.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, page.show_token)
    assert page.token.echoMode() == QLineEdit.EchoMode.Normal
    assert page.show_token.text() == "Hide"
    click(qtbot, page.show_token)
    assert page.token.echoMode() == QLineEdit.EchoMode.Password

    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: page.sendings.count() == 1, timeout=BANK_TIMEOUT_MS)
    assert page.result.text() == (
        "This case is open. The bank holds fingerprints of 1 photo in it."
    )
    page.sendings.setCurrentRow(0)
    click(qtbot, page.withdraw_one)
    question = open_dialog(qtbot, window, "withdrawSending")
    # Verbs, and the safe answer is the one Enter and the focus choose.
    assert (question.yes_button.text(), question.no_button.text()) == ("Withdraw", "Keep it")
    qtbot.waitUntil(lambda: focus_widget() is question.no_button)
    assert question.no_button.isDefault() and not question.yes_button.isDefault()
    answer(qtbot, window, "withdrawSending", yes=True)
    qtbot.waitUntil(lambda: page.withdrawn_note.isVisible(), timeout=BANK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "holds none" in page.result.text(), timeout=BANK_TIMEOUT_MS)
    assert "withdrawn" in page.sendings.item(0).text()
    page.sendings.setCurrentRow(0)
    assert not page.withdraw_one.isEnabled()  # nothing left to withdraw there

    click(qtbot, page.withdraw_all)
    answer(qtbot, window, "withdrawCase", yes=True)
    qtbot.waitUntil(lambda: "This case was withdrawn" in page.result.text(),
                    timeout=BANK_TIMEOUT_MS)  # fmt: skip
    assert not page.withdraw_all.isEnabled()  # a second withdrawal would change nothing


def test_a_receipt_of_another_case_never_keeps_this_case_s_token(qtbot, window, tmp_path):
    window.go_to(window.case_status)
    page = window.case_status
    page.reference.setText("case_" + "1" * 32)
    page.token.setText("SH-0000-0000-0000-0000-0000-0")
    other = Receipt(bank_kind="safehash-v1", bank_name="", endpoint_host="x",
                    case_id="case_" + "2" * 32, submission_id="sub_" + "3" * 32,
                    received_at="2026-01-01T00:00:00Z", items=())  # fmt: skip
    saved = tmp_path / "receipt.json"
    saved.write_text(other.dumps(), "utf-8")
    page._read_receipt(str(saved))
    assert ungrouped(page.reference.text()) == other.case_id
    assert page.token.text() == ""
    assert page.result.text() == "Receipt opened. Now enter the case token of this case."
    assert focus_widget() is page.token or not window.isActiveWindow()


def test_references_are_grouped_for_reading_aloud():
    assert grouped("case_7b93c2d10a9f1234" + "5678" * 3) == \
        "case_7b93 c2d1 0a9f 1234 5678 5678 5678"  # fmt: skip
    assert ungrouped("\u2066case_7b93 c2d1\u2069 ") == "case_7b93c2d1"
    assert grouped("short") == "short"


def test_the_exact_message_opens_in_view_with_one_scroll_bar(qtbot, window, tmp_path):
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(photo(tmp_path / f"p{i}.jpg", i)) for i in (3, 4, 5)])
    wait_hashed(qtbot, window, 3)
    window.go_on()
    page = window.check
    click(qtbot, page.show_json)
    view = page.json_view
    lines = view.document().blockCount()
    assert lines > 40
    assert view.height() >= lines * view.fontMetrics().lineSpacing()  # all of it
    assert not view.verticalScrollBar().isVisible()  # the page's is the only one
    viewport = page.scroll.viewport()
    qtbot.waitUntil(lambda: viewport.rect().contains(
        page.json_note.mapTo(viewport, QPoint(0, 0))))  # fmt: skip


def test_forget_everything_is_in_settings_too(qtbot, window):
    window.go_to(window.settings)
    click(qtbot, window.settings.forget_button)
    question = open_dialog(qtbot, window, "forgetEverything")
    assert question.yes_button.text() == "Forget everything"
    details = " ".join(label.text() for label in question.findChildren(type(question.heading)))
    assert "case token file" in details
    answer(qtbot, window, "forgetEverything", yes=True)
    assert window.current_page() is window.welcome
