"""Closing the window normally must not lose a sending silently.

Quick exit never asks (it must be instant). An ordinary close with sendings waiting in an
in-memory outbox is held back, and a window-modal question asks, in plain words, whether
to stay and send them; only "Close anyway" closes. The question is not a nested event
loop, so nothing else waits on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from safehash.core.outbox import Outbox


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("CloseGuard", text, disambiguation, n)


def would_lose_sendings(outbox: Outbox) -> bool:
    """A kept (encrypted) outbox survives the restart the person asked for; memory does not."""
    return not outbox.persistent and bool(outbox.entries())


def ask_before_closing(parent: QWidget, outbox: Outbox, close_anyway: Callable[[], None]) -> None:
    """Show the question; ``close_anyway`` runs only if the person chooses to close."""
    waiting = len(outbox.entries())
    box = QMessageBox(parent)
    box.setObjectName("closeGuard")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Close SafeHash?"))
    box.setText(_tr("%n sending(s) not yet received by the hash bank.", "", waiting))
    box.setInformativeText(
        _tr(
            "If you close SafeHash now, they are forgotten: nothing was kept on this "
            "computer. You can stay and press Send again, or close anyway."
        )
    )
    stay = box.addButton(_tr("Stay and send"), QMessageBox.ButtonRole.RejectRole)
    close = box.addButton(_tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
    stay.setAccessibleName(_tr("Stay and send"))
    close.setAccessibleName(_tr("Close anyway"))
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)

    def answered() -> None:
        if box.clickedButton() is close:
            close_anyway()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
