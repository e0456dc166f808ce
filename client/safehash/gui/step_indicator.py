"""The 1-2-3-4-5 row at the top of the window: where the person is in the guided flow, in
numbers a support worker can name on the phone ("you are at 3 now"). Steps already taken
are filled softly, the current one in the accent colour, those to come only outlined; a
right-to-left window counts from the right. Colours come from the palette (``theme``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safehash.gui.i18n import fill, number
from safehash.gui.theme import colours, mix


class StepIndicator(QWidget):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.step: int | None = None
        self.finished = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_step(self, step: int | None, *, finished: bool = False) -> None:
        """Show ``step`` as the current one (None hides the row); ``finished``: every step
        taken (the receipt)."""
        self.step, self.finished = step, finished
        self.setVisible(step is not None)
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        if self.step is None:
            self.setAccessibleName("")  # hidden on side pages: nothing to say
        else:
            #: What a screen reader says for the row of step numbers at the top.
            self.setAccessibleName(fill(self.tr("Step %1 of %2"), number(self.step),
                                        number(self.count)))  # fmt: skip

    def _diameter(self) -> int:
        return round(self.fontMetrics().height() * 1.7)

    def _gap(self) -> int:
        return round(self._diameter() * 0.75)

    def sizeHint(self) -> QSize:
        d = self._diameter()
        return QSize(self.count * d + (self.count - 1) * self._gap() + 4, d + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if self.step is None:
            return
        c = colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d, gap = self._diameter(), self._gap()
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        soft = c.accent if c.high_contrast else mix(c.base, c.accent, 0.22)
        line = 2 if c.high_contrast else 1.5
        for i in range(self.count):
            slot = self.count - 1 - i if rtl else i
            x = 2 + slot * (d + gap)
            circle = QRectF(x, 2, d, d)
            n = i + 1
            if i < self.count - 1:  # the line towards the next step
                towards = (slot - 1) if rtl else (slot + 1)
                start = x + (0 if rtl else d)
                end = 2 + towards * (d + gap) + (d if rtl else 0)
                taken = n < self.step or self.finished
                painter.setPen(QPen(c.accent if taken else c.border, line))
                painter.drawLine(QPointF(start, 2 + d / 2), QPointF(end, 2 + d / 2))
            if n == self.step and not self.finished:
                painter.setPen(QPen(c.text if c.high_contrast else c.accent, line))
                painter.setBrush(c.accent)
                text = c.accent_text
            elif n < self.step or self.finished:
                painter.setPen(QPen(c.accent, line))
                painter.setBrush(soft)
                text = c.accent_text if c.high_contrast else c.text
            else:
                painter.setPen(QPen(c.border, line))
                painter.setBrush(c.base)
                text = c.text
            painter.drawEllipse(circle.adjusted(line / 2, line / 2, -line / 2, -line / 2))
            painter.setPen(text)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, number(n))
        painter.end()
