"""Quick exit: the visible button, and its keyboard twins watched for the whole application.

Press Esc twice within ``DOUBLE_ESC_MS``, or Ctrl+Shift+X once, wherever the focus is
(also inside a dialog). The window then runs its quick exit: it hides at once, drops every
hash and token, empties the clipboard if SafeHash filled it, stops hashing and reading, and
quits without saving anything. The button looks and reads the same in the window and in
every dialog (``quick_exit_button``), so it is recognised wherever the person looks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from safehash.gui.bidi import ltr
from safehash.gui.i18n import fill
from safehash.gui.theme import set_role
from safehash.gui.widgets import labelled, live

DOUBLE_ESC_MS = 700
SHORTCUT = QKeySequence("Ctrl+Shift+X")
ESCAPE = QKeySequence(Qt.Key.Key_Escape)


def shortcut_hint() -> str:
    """The words for the tooltip, the README and the welcome page."""
    #: %1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.
    text = QCoreApplication.translate(
        "QuickExit", "Press %1 twice quickly, or %2, to leave at once."
    )
    native = QKeySequence.SequenceFormat.NativeText
    return fill(text, ltr(ESCAPE.toString(native)), ltr(SHORTCUT.toString(native)))


def quick_exit_button(on_click: Callable[[], None]) -> QPushButton:
    """The Quick exit button: bold, with a firmer border than its neighbours (``theme``),
    its shortcuts in the tooltip and in what screen readers announce."""
    button = labelled(
        QPushButton(),
        lambda: QCoreApplication.translate("QuickExit", "Quick exit"),
        None,
        lambda: fill(QCoreApplication.translate(
            "QuickExit", "Closes SafeHash at once and forgets everything. %1"
        ), shortcut_hint()),
    )  # fmt: skip
    live(button, "setToolTip", lambda: fill(QCoreApplication.translate(
        "QuickExit", "Leave at once: the window closes and SafeHash forgets everything. %1"
    ), shortcut_hint()))  # fmt: skip
    set_role(button, "quickExit")
    button.setAutoDefault(False)  # Enter in a dialog answers the dialog, never leaves
    button.clicked.connect(on_click)
    return button


class QuickExitWatcher(QObject):
    """An application-wide event filter that calls ``on_exit`` on the shortcut."""

    def __init__(
        self, on_exit: Callable[[], None], clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self._on_exit = on_exit
        self._clock = clock
        self._last_esc: float | None = None
        self._last_event: tuple[int, QWidget] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or self._is_propagated_copy(watched, event):
            return False
        key, mods = event.key(), event.modifiers()
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_X and mods & wanted == wanted:
            self._fire()
            return True
        if key == Qt.Key.Key_Escape and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            now = self._clock()
            if self._last_esc is not None and (now - self._last_esc) * 1000 <= DOUBLE_ESC_MS:
                self._fire()
                return True
            self._last_esc = now
        else:
            self._last_esc = None
        return False

    def _is_propagated_copy(self, watched: QWidget, event: QKeyEvent) -> bool:
        # A key press nobody accepts travels up to the parents as the same event object;
        # the filter sees it at each of them but must count it once.
        pointer = shiboken6.getCppPointer(event)[0]
        last = self._last_event
        self._last_event = (pointer, watched)
        if last is None or last[0] != pointer or not shiboken6.isValid(last[1]):
            return False
        if last[1] is not watched and watched.isAncestorOf(last[1]):
            self._last_event = (pointer, last[1])
            return True
        return False

    def _fire(self) -> None:
        self._last_esc = None
        self._on_exit()
