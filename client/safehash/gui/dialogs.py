"""Dialogs that never stand between the person and Quick exit.

A modal dialog blocks every click on the window behind it, so the window's Quick exit
button would do nothing while a photo or a question is open. SafeHash's dialogs are
therefore not modal. While one is open, the window behind it is greyed out except for its
Quick exit button (``DialogHost.hold_for``), so nothing else can be changed underneath;
and the dialog carries its own Quick exit button in its top corner, because that is where
the person is looking, and a large dialog may cover the window's corner. Esc twice and
Ctrl+Shift+X work in dialogs too (``quick_exit.QuickExitWatcher``).

Nothing here runs a nested event loop: a question calls back when it is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehash.gui.quick_exit import quick_exit_button
from safehash.gui.widgets import (
    MARGIN,
    SPACING,
    Text,
    heading,
    labelled,
    live,
    plain_label,
    retranslate_tree,
)


@runtime_checkable
class DialogHost(Protocol):
    """The window a dialog belongs to (``MainWindow``)."""

    def quick_exit(self) -> None: ...

    def hold_for(self, dialog: QDialog) -> None:
        """Grey out everything but Quick exit until ``dialog`` is finished."""


def host_of(widget: QWidget | None) -> DialogHost | None:
    window = widget.window() if widget is not None else None
    return window if isinstance(window, DialogHost) else None


class SafeDialog(QDialog):
    """A dialog window with a heading and Quick exit on top, then ``self.content``.

    Open it with ``present()``; it is deleted when it closes.
    """

    def __init__(self, parent: QWidget, title: Text, heading_text: Text = "") -> None:
        # A child window of SafeHash's window (not of a page, which is held still while
        # the dialog is open): it stays above the window.
        super().__init__(parent.window())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        live(self, "setWindowTitle", title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN)
        outer.setSpacing(SPACING)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        self.heading: QLabel = heading(heading_text or title)
        top.addWidget(self.heading, 1)
        self.quick_exit_button = quick_exit_button(self._quick_exit)
        top.addWidget(self.quick_exit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.content = QVBoxLayout()
        self.content.setSpacing(SPACING)
        outer.addLayout(self.content, 1)

    def present(self) -> None:
        host = host_of(self.parentWidget())
        if host is not None:
            host.hold_for(self)
        self.show()
        self.raise_()
        self.activateWindow()

    def _quick_exit(self) -> None:
        host = host_of(self.parentWidget())
        if host is not None:
            host.quick_exit()
        else:  # not in a SafeHash window: at least take it off the screen
            self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)
        super().changeEvent(event)


class Question(SafeDialog):
    """A question answered with verbs ("Withdraw", "Keep it"), never a bare Yes or No;
    the safe answer has the focus and is what Enter and Esc choose."""

    def __init__(
        self, parent: QWidget, title: Text, text: Text, yes: Text, no: Text, details: Text = ""
    ) -> None:
        super().__init__(parent, title)
        self.message = plain_label(text)
        self.content.addWidget(self.message)
        if details:
            self.content.addWidget(plain_label(details))
        buttons = QDialogButtonBox()
        self.yes_button = labelled(QPushButton(), yes)
        self.no_button = labelled(QPushButton(), no)
        buttons.addButton(self.yes_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.no_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        self.yes_button.setAutoDefault(False)  # Enter on the dialog never means yes
        self.no_button.setDefault(True)
        self.content.addWidget(buttons)
        self.setMinimumWidth(460)

    def present(self) -> None:
        super().present()
        self.no_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def ask(
    parent: QWidget,
    title: Text,
    text: Text,
    on_yes: Callable[[], None],
    *,
    yes: Text,
    no: Text,
    details: Text = "",
    name: str = "",
) -> Question:
    """Show a question; ``on_yes`` runs only if the person chooses ``yes`` (a verb that
    says what happens); ``no`` (what keeps things as they are) is the default."""
    question = Question(parent, title, text, yes, no, details)
    question.setObjectName(name)
    question.accepted.connect(on_yes)
    question.present()
    return question
