"""The clipboard, used only when the person asks (copy the case token), and emptied at
Quick exit or "Forget everything" if what SafeHash put there is still there."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard:
    def __init__(self) -> None:
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        self._ours = text

    @property
    def holds_ours(self) -> bool:
        return self._ours is not None

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what SafeHash copied; True if it did."""
        if self._ours is None:
            return False
        clipboard = QGuiApplication.clipboard()
        cleared = clipboard.text(QClipboard.Mode.Clipboard) == self._ours
        if cleared:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None
        return cleared
