"""An ordinary close with sendings still waiting asks first; quick exit never asks."""

from __future__ import annotations

from .helpers import BANK_TIMEOUT_MS, click, open_dialog, wait_hashed
from .images import photo


def _fail_one_sending(qtbot, window, bank, tmp_path) -> None:
    _case_id, token = bank.issue_case()
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(photo(tmp_path / "one.jpg", 3))])
    wait_hashed(qtbot, window, 1)
    click(qtbot, window.continue_button)
    window.check.consent.setChecked(True)
    qtbot.waitUntil(window.continue_button.isEnabled, timeout=BANK_TIMEOUT_MS)
    click(qtbot, window.continue_button)
    window.case.token_edit.setText(token)
    bank.faults.add("status", count=20, method="POST", path="/v1/submissions", status=503)
    click(qtbot, window.continue_button)
    qtbot.waitUntil(lambda: window.send.retry_button.isVisible(), timeout=BANK_TIMEOUT_MS)
    assert len(window.services.outbox.entries()) == 1


def _answer(qtbot, window, button_text: str) -> str:
    """Wait for the close question, click one of its buttons, return its text."""
    box = open_dialog(qtbot, window, "closeGuard")
    text = box.message.text()
    (button,) = [b for b in (box.yes_button, box.no_button) if b.text() == button_text]
    click(qtbot, button)
    return text


def _question(window):
    found = [d for d in window.open_dialogs() if d.objectName() == "closeGuard"]
    return found[0] if found and found[0].isVisible() else None


def test_close_with_a_waiting_sending_asks_and_can_stay(qtbot, window, bank, tmp_path):
    _fail_one_sending(qtbot, window, bank, tmp_path)
    window.close()
    assert window.isVisible()  # held back while the question is open
    assert _answer(qtbot, window, "Stay and send") == (
        "1 sending not yet received by the hash bank."
    )
    assert window.isVisible()
    assert len(window.services.outbox.entries()) == 1  # nothing lost

    window.close()
    _answer(qtbot, window, "Close anyway")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.services.outbox.entries() == []


def test_close_with_nothing_waiting_does_not_ask(qtbot, window):
    window.close()
    assert not window.isVisible()


def test_quick_exit_never_asks(qtbot, window, bank, tmp_path):
    _fail_one_sending(qtbot, window, bank, tmp_path)
    window.quick_exit()
    assert not window.isVisible()
    assert _question(window) is None
    assert window.quit_calls == [True]
