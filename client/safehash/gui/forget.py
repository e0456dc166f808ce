"""Forgetting everything on this computer: the question, asked the same way from Done and
from Settings, and what it deletes, said plainly (also what it cannot delete)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from safehash.gui.dialogs import Question, ask


def confirm_forget(parent: QWidget, on_yes: Callable[[], None]) -> Question:
    """Ask before forgetting; ``on_yes`` runs only if the person chooses to forget."""
    return ask(
        parent,
        lambda: QCoreApplication.translate("Forget", "Forget everything?"),
        lambda: QCoreApplication.translate(
            "Forget",
            "SafeHash will delete everything it kept on this computer: your settings, "
            "a remembered case token and fingerprints waiting to be sent.",
        ),
        on_yes,
        details=lambda: QCoreApplication.translate(
            "Forget",
            "Files you saved yourself, such as a receipt or a case token file, stay where "
            "you saved them: delete them yourself if you no longer need them. What was "
            "sent to the bank stays there; withdraw it first if you want it gone.",
        ),
        yes=lambda: QCoreApplication.translate("Forget", "Forget everything"),
        no=lambda: QCoreApplication.translate("Forget", "Keep it"),
        name="forgetEverything",
    )
