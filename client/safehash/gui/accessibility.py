"""Headings that assistive technology knows as headings, and sentences it is asked to say.

Qt reports every label as plain text, so a screen reader could not tell the step's title
("Step 2 of 5: Add your photos") or a section's heading from the sentences under it, nor
jump from heading to heading. Labels the theme marks as headings (role "title" or
"heading", ``widgets.heading``) get an accessible interface of role Heading, with the
label's words as its name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

from safehash.gui.theme import ROLE

HEADING_ROLES = ("title", "heading")
_installed = False
# Qt owns the interfaces it asks for; the Python side is kept until the label goes away.
_alive: dict[int, QAccessibleInterface] = {}


class HeadingInterface(QAccessibleWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    del key
    if not isinstance(obj, QLabel) or obj.property(ROLE) not in HEADING_ROLES:
        return None
    interface = HeadingInterface(obj)
    ident = id(obj)
    _alive[ident] = interface
    obj.destroyed.connect(lambda *_: _alive.pop(ident, None))
    return interface


def install_heading_roles() -> None:
    """Once per process, before any heading is asked for by assistive technology."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` (about ``widget``) without moving the focus."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
