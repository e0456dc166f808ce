"""Small building blocks shared by the pages: plain-text labels, named controls, the page
base class. Colours come only from the platform palette; sizes only from its font.

Texts that follow the language: every visible or spoken text is given as a ``Text``, either
a plain string (a name, a number: never translated) or a function that translates it now,
``lambda: self.tr("Start")``. ``live()`` sets it and keeps the function on the widget, so
that when the language changes (``QEvent.LanguageChange``) ``retranslate_tree()`` sets it
again in the new language. Whatever is on screen stays as it was; only the words change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehash.core.display import clean_for_display
from safehash.gui.flow_layout import FlowLayout
from safehash.gui.theme import set_role

W = TypeVar("W", bound=QObject)
Text = str | Callable[[], str]
SPACING = 16
MARGIN = 24
_LIVE = "_safehash_live_texts"


def live(widget: W, setter: str, text: Text) -> W:
    """``widget.<setter>(text)`` now, and again after every change of language (until the
    next ``live()`` for the same setter replaces it)."""
    texts: dict[str, Text] = widget.__dict__.setdefault(_LIVE, {})
    texts[setter] = text
    getattr(widget, setter)(text() if callable(text) else text)
    return widget


def set_text(widget: W, text: Text) -> W:
    """Show ``text`` on a label or button, in the current language from now on."""
    return live(widget, "setText", text)


def retranslate_tree(root: QObject) -> None:
    """Set every live text of ``root`` and its children again, in the current language.
    Pages below ``root`` are left alone: each retranslates itself."""
    pending = [root]
    while pending:
        widget = pending.pop()
        for setter, text in widget.__dict__.get(_LIVE, {}).items():
            if callable(text):
                getattr(widget, setter)(text())
        pending.extend(c for c in widget.children() if not isinstance(c, Page))


def named(widget: W, name: Text, description: Text = "") -> W:
    """Give a control the name (and description) that screen readers announce."""
    live(widget, "setAccessibleName", name)
    if description:
        live(widget, "setAccessibleDescription", description)
    return widget


def labelled(widget: W, text: Text, name: Text | None = None, description: Text = "") -> W:
    """A button or check box with its words, and the name screen readers announce
    (the words themselves unless ``name`` says more)."""
    set_text(widget, text)
    return named(widget, text if name is None else name, description)


def plain_label(text: Text = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as rich text (file names, server words)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    set_text(label, text)
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


def heading(text: Text = "", role: str = "heading") -> QLabel:
    """A heading ("title" for the step's own, "heading" for a section): sized by the
    theme, and a heading for screen readers too (``accessibility``)."""
    label = plain_label(text)
    set_role(label, role)
    live(label, "setAccessibleName", text)
    return label


def ltr_field(field: QWidget) -> QWidget:
    """A field whose value reads left to right in every language (a token, an address),
    placed where the window's direction puts fields: at the right in a right-to-left one.
    (Qt aligns a widget by its own direction, so the field alone would go left.)"""
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    row.addStretch(0)
    return holder


def flow_row(*widgets: QWidget, spacing: int = 12) -> QWidget:
    """Buttons side by side that continue on a second line when there is no room (long
    words in some languages, large text), starting at the right in right-to-left ones."""
    row = QWidget()
    layout = FlowLayout(row, spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return row


def section(title: Text, *body: QWidget) -> QFrame:
    """A titled group of plain widgets, set off by spacing rather than colour."""
    frame = QFrame()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING // 2)
    layout.addWidget(heading(title))
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
        # The page's one scroll area, drawn as a card on the window (``theme``).
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_role(self.scroll, "card")
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(MARGIN, MARGIN * 3 // 4, MARGIN, MARGIN * 3 // 4)
        self.body.setSpacing(SPACING)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll)
        for bar in (self.scroll.verticalScrollBar(), self.scroll.horizontalScrollBar()):
            named(bar, lambda: QCoreApplication.translate("Page", "Scroll the page"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The page's words in the current language; pages with texts made from their state
        (counts, lists) extend this to rebuild them."""
        retranslate_tree(self)

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

    def first_focus(self) -> QWidget | None:
        """Where the keyboard focus goes on arrival: the first thing to do here (None: the
        primary action if it can be taken, else the first control)."""
        return None

    def default_button(self) -> QAbstractButton | None:
        """What Enter presses on a page without a primary action in the footer."""
        return None

    def follow_focus(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` (inside this page) is in view."""
        self.scroll.ensureWidgetVisible(widget, SPACING, SPACING)
