"""Drive the window through every page with realistic content, so that every text a
person can meet is on screen somewhere: photos read (one too plain, one not a photo), the
exact message shown, a mistyped token, a new case, a failed sending in the outbox, the
receipt, a checked case, the settings and the network log."""

from __future__ import annotations

from pathlib import Path

from gui.images import not_a_picture, photo, plain_picture
from safehash.gui.main_window import MainWindow

TIMEOUT_MS = 30_000
PHOTO_NAMES = ("IMG_2041.jpg", "beach-2023.png", "صورة-العيد.jpg")


def fill_every_page(qtbot, window: MainWindow, refbank, folder: Path) -> None:
    window.go_on()
    paths = [photo(folder / name, seed) for seed, name in enumerate(PHOTO_NAMES, start=3)]
    paths += [plain_picture(folder / "night.png"), not_a_picture(folder / "chat.jpg")]
    window.add_photos.add_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: not window.hasher.busy and window.session.photos.rowCount() == 5,
                    timeout=TIMEOUT_MS)  # fmt: skip
    window.add_photos.table.selectRow(0)

    window.go_on()
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=TIMEOUT_MS)
    window.check.show_json.setChecked(True)
    window.check.consent.setChecked(True)

    window.go_on()
    window.case.token_edit.setText("SH-7K2M")
    window.case.new_case.setChecked(True)
    window.case.open_new_case()
    qtbot.waitUntil(lambda: window.case.new_token.text() != "", timeout=TIMEOUT_MS)

    refbank.faults.add("status", count=1, method="POST", path="/v1/submissions", status=503)
    window.go_on()
    qtbot.waitUntil(lambda: window.send.retry_button.isVisible(), timeout=TIMEOUT_MS)
    window.send.outbox_list.setCurrentRow(0)
    window.send.start()
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=TIMEOUT_MS)

    window.go_to(window.case_status)
    window.case_status.check()
    qtbot.waitUntil(lambda: window.case_status.sendings.count() > 0, timeout=TIMEOUT_MS)
    window.case_status.sendings.setCurrentRow(0)
    window.go_to(window.settings)
    window.go_to(window.network_log)
