"""The whole flow against a real reference bank on 127.0.0.1."""

from __future__ import annotations

import json

from safehash.gui.bidi import strip_isolates, ungrouped
from safehash.gui.error_text import error_sentence
from safehash.gui.photos import ERROR, LOW_QUALITY, READY

from .helpers import BANK_TIMEOUT_MS, answer, click, drop_files, wait_hashed
from .images import not_a_picture, photo, photo_set


def test_whole_flow_from_drop_to_receipt(qtbot, window, bank, tmp_path):
    photos = photo_set(tmp_path / "photos")
    assert window.step_title.text() == "Step 1 of 5: Welcome"
    click(qtbot, window.continue_button)
    assert window.current_page() is window.add_photos
    assert window.step_title.text() == "Step 2 of 5: Add your photos and videos"

    assert drop_files(window, list(photos.values()))
    wait_hashed(qtbot, window, 5)
    model = window.session.photos
    assert model.count(READY) == 3
    assert model.count(LOW_QUALITY) == 1
    assert model.count(ERROR) == 1
    states = {e.name: e for e in model.entries()}
    assert states["notes.jpg"].error_code == "not_an_image"
    assert "can read" in window.add_photos.summary.text() or window.add_photos.summary.text()

    click(qtbot, window.continue_button)
    assert window.current_page() is window.check
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    assert not window.continue_button.isEnabled()  # not before the person confirms
    assert window.check.low_section.isVisible()
    assert "3 photos will be sent as fingerprints" in window.check.summary.text()
    click(qtbot, window.check.show_json)
    shown = window.check.json_view.toPlainText()
    body = json.loads(shown[shown.index("{") :])
    assert body == window.session.submission.body()
    assert len(body["items"]) == 3
    for name in ("beach", "party", "IMG_0003", str(tmp_path)):
        assert name not in shown

    window.check.consent.setChecked(True)
    click(qtbot, window.continue_button)
    assert window.current_page() is window.case
    assert window.step_title.text() == "Step 4 of 5: Your case"
    window.case.new_case.setChecked(True)
    click(qtbot, window.case.open_button)
    qtbot.waitUntil(lambda: window.case.new_token.text().startswith("SH-"),
                    timeout=BANK_TIMEOUT_MS)  # fmt: skip
    token = window.case.new_token.text()
    assert window.case.token_once.isVisible()

    click(qtbot, window.continue_button)  # "Send"
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=BANK_TIMEOUT_MS)
    receipt = window.session.receipt
    assert receipt is not None and receipt.accepted_count == 3
    # The references are grouped by four, to be read aloud on the phone.
    assert receipt.submission_id in ungrouped(window.done.details.text())
    assert window.step_title.text() == "Step 5 of 5: Done"  # the end of step 5
    assert not window.services.outbox.entries()

    # What was shown is exactly what was sent.
    assert json.loads(bank.recorded_bodies[-1]) == body

    # What reached the bank: hashes only, with the token, and never a name or a path.
    sent = b"".join(bank.recorded_bodies)
    for name in (b"beach", b"party", b"IMG_0003", b"notes", str(tmp_path).encode()):
        assert name not in sent
    assert token not in sent.decode()  # the token travels in a header, not the body

    # The network log shows the requests, without tokens or bodies.
    click(qtbot, window.log_button)
    table = window.network_log.table
    assert table.rowCount() >= 3
    cells = [strip_isolates(table.item(r, c).text())
             for r in range(table.rowCount()) for c in range(7)]  # fmt: skip
    assert "/v1/submissions" in cells
    assert not any(token in cell for cell in cells)


def test_typed_token_and_status_and_withdraw(qtbot, window, bank, tmp_path):
    case_id, token = bank.issue_case()
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(photo(tmp_path / "p" / "one.jpg", 5))])
    wait_hashed(qtbot, window, 1)
    click(qtbot, window.continue_button)
    window.check.consent.setChecked(True)
    qtbot.waitUntil(window.continue_button.isEnabled, timeout=BANK_TIMEOUT_MS)
    click(qtbot, window.continue_button)

    window.case.token_edit.setText(token[:10])
    assert "too short" in window.case.token_feedback.text()
    assert not window.continue_button.isEnabled()
    window.case.token_edit.setText(token.lower().replace("-", " "))
    assert window.case.token_feedback.text() == "This case token looks right."
    click(qtbot, window.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=BANK_TIMEOUT_MS)
    assert window.session.receipt.case_id == case_id

    click(qtbot, window.done.check_button)
    page = window.case_status
    assert ungrouped(page.reference.text()) == case_id
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: page.sendings.count() == 1, timeout=BANK_TIMEOUT_MS)
    assert "open" in page.result.text()

    click(qtbot, page.withdraw_all)
    answer(qtbot, window, "withdrawCase", yes=True)
    qtbot.waitUntil(lambda: "withdrawn" in page.result.text(), timeout=BANK_TIMEOUT_MS)


def test_bad_files_show_their_sentence(qtbot, window, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(not_a_picture(tmp_path / "x.png")), str(empty),
                                 str(tmp_path / "gone.jpg")])  # fmt: skip
    wait_hashed(qtbot, window, 3)
    model = window.session.photos
    texts = {model.entry(r).name: model.index(r, 1).data() for r in range(3)}
    assert texts["x.png"] == error_sentence("not_an_image")
    assert texts["empty.jpg"] == error_sentence("empty_file")
    assert texts["gone.jpg"] == error_sentence("file_missing")
    assert not window.continue_button.isEnabled()  # nothing that can be sent


def test_bank_down_then_outbox_retry(qtbot, window, bank, tmp_path):
    _case_id, token = bank.issue_case()
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(photo(tmp_path / "one.jpg", 7))])
    wait_hashed(qtbot, window, 1)
    click(qtbot, window.continue_button)
    window.check.consent.setChecked(True)
    qtbot.waitUntil(window.continue_button.isEnabled, timeout=BANK_TIMEOUT_MS)
    click(qtbot, window.continue_button)
    window.case.token_edit.setText(token)

    bank.faults.add("status", count=2, method="POST", path="/v1/submissions", status=503)
    click(qtbot, window.continue_button)
    send = window.send
    qtbot.waitUntil(lambda: send.retry_button.isVisible(), timeout=BANK_TIMEOUT_MS)
    assert error_sentence("server_error") in send.problem.text()
    assert send.outbox_list.count() == 1
    entry = window.services.outbox.entries()[0]
    assert entry.last_error == "server_error"

    click(qtbot, send.retry_button)
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=BANK_TIMEOUT_MS)
    assert window.session.receipt.accepted_count == 1
    assert window.services.outbox.entries() == []
    assert window.session.receipt.idempotency_key == entry.submission.idempotency_key
