"""Closing the window normally must not lose a sending silently.

Quick exit never asks (it must be instant). An ordinary close with sendings waiting in an
in-memory outbox is held back, and a window-modal question asks, in plain words, whether
to stay and send them; only "Close anyway" closes. The question is not a nested event
loop, so nothing else waits on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from safehash.core.outbox import Outbox


class CloseGuard(QObject):
    """The sentence that counts. (lupdate sees a plural only in ``self.tr()`` inside a
    class; the class name is the context, as for the other sentences here.)"""

    def waiting(self, n: int) -> str:
        return self.tr("%n sending(s) not yet received by the hash bank.", "", n)


def would_lose_sendings(outbox: Outbox) -> bool:
    """A kept (encrypted) outbox survives the restart the person asked for; memory does not."""
    return not outbox.persistent and bool(outbox.entries())


def ask_before_closing(parent: QWidget, outbox: Outbox, close_anyway: Callable[[], None]) -> None:
    """Show the question; ``close_anyway`` runs only if the person chooses to close."""
    waiting = len(outbox.entries())
    box = QMessageBox(parent)
    box.setObjectName("closeGuard")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CloseGuard", "Close SafeHash?"))
    box.setText(CloseGuard().waiting(waiting))
    box.setInformativeText(
        QCoreApplication.translate(
            "CloseGuard",
            "If you close SafeHash now, they are forgotten: nothing was kept on this "
            "computer. You can stay and press Send again, or close anyway.",
        )
    )
    stay_text = QCoreApplication.translate("CloseGuard", "Stay and send")
    close_text = QCoreApplication.translate("CloseGuard", "Close anyway")
    stay = box.addButton(stay_text, QMessageBox.ButtonRole.RejectRole)
    close = box.addButton(close_text, QMessageBox.ButtonRole.DestructiveRole)
    stay.setAccessibleName(stay_text)
    close.setAccessibleName(close_text)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)

    def answered() -> None:
        if box.clickedButton() is close:
            close_anyway()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
