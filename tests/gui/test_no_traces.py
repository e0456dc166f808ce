"""Nothing left behind: after a whole session with HOME and the XDG folders in a temporary
folder, only what the person chose to keep is there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from safehash.core.secrets import SecretStore
from safehash.gui.main_window import MainWindow
from safehash.gui.services import create_services

from .conftest import FAST_RETRY
from .helpers import (
    BANK_TIMEOUT_MS,
    MemoryKeyring,
    answer,
    click,
    drop_files,
    open_dialog,
    wait_hashed,
)
from .images import photo_set


def _files(root: Path) -> set[str]:
    return {
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _dirs, names in os.walk(root)
        for name in names
    }


def _cancel(qtbot, win: MainWindow, name: str) -> None:
    """Wait for the dialog, then close it as a person does (Cancel, or Close)."""
    dialog = open_dialog(qtbot, win, name)
    dialog.reject()
    qtbot.waitUntil(lambda: dialog not in win.open_dialogs())


def _run_session(qtbot, win: MainWindow, bank, tmp_path: Path, receipt_path: Path) -> None:
    photos = photo_set(tmp_path / "photos")
    click(qtbot, win.continue_button)
    # The real file dialogs, opened and cancelled: Qt's dialog memory must not stay.
    chosen: list[object] = []
    win.services.dialogs.choose_photos(win, chosen.append)
    _cancel(qtbot, win, "fileChooser")
    win.services.dialogs.choose_folder(win, chosen.append)
    _cancel(qtbot, win, "fileChooser")
    assert chosen == []
    assert drop_files(win, list(photos.values()))
    wait_hashed(qtbot, win, 5)
    # Looking at one photo leaves no thumbnail anywhere.
    win.add_photos.table.selectRow(0)
    click(qtbot, win.add_photos.show_button)
    preview = open_dialog(qtbot, win, "preview")
    qtbot.waitUntil(lambda: not preview.loading, timeout=30_000)
    _cancel(qtbot, win, "preview")
    click(qtbot, win.continue_button)
    qtbot.waitUntil(lambda: win.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    win.check.consent.setChecked(True)
    click(qtbot, win.continue_button)
    win.case.new_case.setChecked(True)
    click(qtbot, win.case.open_button)
    qtbot.waitUntil(lambda: win.case.new_token.text() != "", timeout=BANK_TIMEOUT_MS)
    click(qtbot, win.case.copy_button)
    if win.case.remember.isEnabled():
        win.case.remember.setChecked(True)
    click(qtbot, win.continue_button)
    qtbot.waitUntil(lambda: win.current_page() is win.done, timeout=BANK_TIMEOUT_MS)
    win.services.dialogs.save_file = lambda parent, title, name, then: then(str(receipt_path))
    click(qtbot, win.done.save_button)
    win.close()


def test_only_the_saved_receipt_is_left(qtbot, bank, isolated_home, tmp_path):
    before = _files(isolated_home)
    photos_before = None
    services = create_services(
        bank_profile(bank), secrets=SecretStore(), retry=FAST_RETRY
    )
    win = MainWindow(services, ["en"], quit_app=lambda: None)
    qtbot.addWidget(win)
    win.show()
    receipt = isolated_home / "Documents" / "my-receipt.json"
    receipt.parent.mkdir()
    try:
        _run_session(qtbot, win, bank, tmp_path, receipt)
        photos_before = _files(tmp_path / "photos")
    finally:
        win.shutdown()
        services.shutdown()
    assert before == set()
    assert _files(isolated_home) == {"Documents/my-receipt.json"}
    text = receipt.read_text()
    assert "SH-" not in text and str(tmp_path) not in text and "beach" not in text
    assert oct(receipt.stat().st_mode & 0o777) == "0o600"
    assert photos_before == _files(tmp_path / "photos")  # no thumbnails beside the photos
    assert QApplication.clipboard().text() == ""  # the copied token was taken back


def test_remembering_is_the_only_other_trace_and_forget_removes_it(
    qtbot, bank, isolated_home, tmp_path
):
    keyring = MemoryKeyring()
    services = create_services(
        bank_profile(bank), secrets=SecretStore(keyring), retry=FAST_RETRY
    )
    win = MainWindow(services, ["en"], quit_app=lambda: None)
    qtbot.addWidget(win)
    win.show()
    receipt = isolated_home / "receipt.json"
    try:
        win.closeEvent = lambda event: event.ignore()  # keep it open for "Forget"
        _run_session(qtbot, win, bank, tmp_path, receipt)
        # The person chose to remember: settings say so, the token is in the keyring.
        assert _files(isolated_home) == {"receipt.json", ".config/SafeHash/settings.json"}
        assert any(name.startswith("case-token:") for _s, name in keyring.items)
        settings_text = (isolated_home / ".config/SafeHash/settings.json").read_text()
        assert "SH-" not in settings_text and str(tmp_path) not in settings_text

        click(qtbot, win.done.forget_button)
        answer(qtbot, win, "forgetEverything", yes=True)
        assert _files(isolated_home) == {"receipt.json"}
        assert keyring.items == {}
        assert win.current_page() is win.welcome
        assert win.session.photos.rowCount() == 0
    finally:
        win.shutdown()
        services.shutdown()


def bank_profile(bank):
    from safehash.core.profile import load_profile

    return load_profile().with_overrides(endpoint=bank.url)
