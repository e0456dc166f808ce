"""Smaller behaviours of the pages: removing photos, stopping, showing one photo, settings,
and Quick exit from inside a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from safehash.gui.preview import PreviewDialog

from .helpers import click, wait_hashed
from .images import photo, photo_set


def test_remove_clear_and_duplicates(qtbot, window, tmp_path):
    paths = [str(p) for p in photo_set(tmp_path / "photos").values()]
    window.go_to(window.add_photos)
    page = window.add_photos
    page.add_paths(paths)
    wait_hashed(qtbot, window, 5)
    page.add_paths(paths[:2])  # the same files again are not added twice
    assert not window.hasher.busy and window.session.photos.rowCount() == 5
    page.table.selectRow(1)
    click(qtbot, page.remove_button)
    assert window.session.photos.rowCount() == 4
    assert "party.png" not in [e.name for e in window.session.photos.entries()]
    click(qtbot, page.clear_button)
    assert window.session.photos.rowCount() == 0
    assert page.summary.text() == "No photos or videos added yet."
    assert not window.continue_button.isEnabled()


def test_stop_takes_unread_photos_off_the_list(qtbot, window, tmp_path):
    paths = [str(photo(tmp_path / f"p{i}.jpg", i, (2000, 1500))) for i in range(16)]
    window.go_to(window.add_photos)
    window.add_photos.add_paths(paths)
    qtbot.waitUntil(lambda: window.add_photos.stop_button.isVisible())
    with qtbot.waitSignal(window.hasher.stopped, timeout=30_000):
        click(qtbot, window.add_photos.stop_button)
    model = window.session.photos
    assert model.count("hashing") == 0
    assert model.rowCount() < 16
    assert model.rowCount() == model.count("ready")


def test_show_this_photo_uses_no_cache(qtbot, window, tmp_path):
    QPixmapCache.clear()
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(photo(tmp_path / "p.jpg", 4, (1200, 900)))])
    wait_hashed(qtbot, window, 1)
    dialog = PreviewDialog("p.jpg", str(tmp_path / "p.jpg"), window.previews, window)
    dialog.present()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30_000)
    assert dialog.picture.isVisible() and not dialog.status.isVisible()
    pixmap = dialog.picture.pixmap()
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) == 512
    assert (pixmap.width(), pixmap.height()) == (512, 384)  # its own shape, not stretched
    assert QPixmapCache.find(str(tmp_path / "p.jpg")) is None
    dialog.close()


def test_quick_exit_from_inside_a_dialog(qtbot, window, tmp_path):
    dialog = PreviewDialog("p.jpg", str(photo(tmp_path / "p.jpg", 4)), window.previews, window)
    dialog.present()
    qtbot.waitExposed(dialog)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_X, both)
    assert window.quit_calls == [True]
    assert not dialog.isVisible() and not window.isVisible()


def test_settings_are_written_only_when_saved(qtbot, window, isolated_home):
    click(qtbot, window.settings_button)
    page = window.settings
    settings_file = isolated_home / ".config" / "SafeHash" / "settings.json"
    page.proxy.setText("ftp://nowhere")
    click(qtbot, page.apply_button)
    assert "proxy address is not valid" in page.feedback.text()
    page.proxy.setText("socks5h://127.0.0.1:9050")
    click(qtbot, page.apply_button)
    assert window.services.settings.proxy == "socks5h://127.0.0.1:9050"
    assert not settings_file.exists()
    page.proxy.clear()
    page.override.setChecked(True)
    page.endpoint.setText("http://example.org/bank")  # not https: refused
    click(qtbot, page.save_button)
    assert not settings_file.exists()
    assert page.feedback.text() != "Saved on this computer."
    page.override.setChecked(False)
    click(qtbot, page.save_button)
    assert page.feedback.text() == "Saved on this computer."
    assert settings_file.exists()
    assert not page.remember_case.isEnabled()  # no secure store on this machine
    click(qtbot, window.back_button)
    assert window.current_page() is window.welcome
