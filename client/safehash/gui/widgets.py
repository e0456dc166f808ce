"""Small building blocks shared by the pages: plain-text labels, named controls, the page
base class. Colours come only from the platform palette; sizes only from its font."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehash.core.display import clean_for_display

W = TypeVar("W", bound=QWidget)
SPACING = 16
MARGIN = 24


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the name (and description) that screen readers announce."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as rich text (file names, server words)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def local_time(iso: str) -> str:
    """A time from the bank (RFC 3339, UTC) in the person's own time and words."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return clean_for_display(iso, 64)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading(text: str = "", factor: float = 1.25) -> QLabel:
    label = plain_label(text)
    label.setFont(scaled_font(label.font(), factor, bold=True))
    label.setAccessibleName(text)
    return label


def section(title: str, *body: QWidget) -> QFrame:
    """A titled group of plain widgets, set off by spacing rather than colour."""
    frame = QFrame()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING // 2)
    layout.addWidget(heading(title, 1.1))
    for widget in body:
        layout.addWidget(widget)
    return frame


class Page(QWidget):
    """One page of the window. ``step`` 1-5 for the guided flow, None for side pages.

    The window draws the title, the step number and the Back / Continue buttons; a page
    says what its primary action is called and whether it may be taken now."""

    complete_changed = Signal()
    step: int | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        self.body.setSpacing(SPACING)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

    def title(self) -> str:
        raise NotImplementedError

    def continue_text(self) -> str | None:
        """The primary action's label; None hides it on this page."""
        return self.tr("Continue")

    def is_complete(self) -> bool:
        return True

    def entered(self) -> None:
        """Called each time the page is shown."""

    def take_continue(self) -> bool:
        """Called when the person presses the primary action; True moves on."""
        return True
