"""Settings' "About SafeHash and its licences" shows the inventory: SafeHash's licence,
every part with its licence and source, and Quick exit on top like every dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from safehash.gui.about import AboutDialog

from .helpers import click


def test_about_shows_every_part_and_its_licence(qtbot, window) -> None:
    click(qtbot, window.settings_button)
    click(qtbot, window.settings.about_button)
    qtbot.waitUntil(lambda: any(isinstance(w, AboutDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))  # fmt: skip
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
    text = dialog.inventory.toPlainText()
    assert "Apache License 2.0" in text
    for part in ("FFmpeg", "x265", "Qt 6", "libheif", "numpy", "PySide6_Essentials"):
        assert part.lower() in text.lower(), part
    assert dialog.inventory.isReadOnly()
    assert dialog.quick_exit_button.isVisible()
    dialog.reject()
