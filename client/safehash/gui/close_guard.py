"""Closing the window normally must not lose a sending silently.

Quick exit never asks (it must be instant). An ordinary close with sendings waiting in an
in-memory outbox is held back, and a question asks, in plain words, whether to stay and
send them; only "Close anyway" closes. The question is not a nested event loop, so
nothing else waits on it, and Quick exit stays in reach (``dialogs``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from safehash.core.outbox import Outbox
from safehash.gui.dialogs import ask


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
    ask(
        parent,
        lambda: QCoreApplication.translate("CloseGuard", "Close SafeHash?"),
        lambda: CloseGuard().waiting(waiting),
        close_anyway,
        details=lambda: QCoreApplication.translate(
            "CloseGuard",
            "If you close SafeHash now, they are forgotten: nothing was kept on this "
            "computer. You can stay and press Send again, or close anyway.",
        ),
        yes=lambda: QCoreApplication.translate("CloseGuard", "Close anyway"),
        no=lambda: QCoreApplication.translate("CloseGuard", "Stay and send"),
        name="closeGuard",
    )
