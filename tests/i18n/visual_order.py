"""The order in which Qt really draws a text's characters, from left to right, as laid out
by Qt's own text engine (HarfBuzz glyph runs), in a left-to-right or right-to-left line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextLayout, QTextOption

from safehash.gui.bidi import strip_isolates


def drawn_left_to_right(text: str, direction: Qt.LayoutDirection) -> str:
    layout = QTextLayout(text, QGuiApplication.font())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    placed = []
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        placed += [(pos.x(), index) for index, pos in zip(run.stringIndexes(), run.positions(),
                                                           strict=True)]  # fmt: skip
    order, seen = [], set()
    for _x, index in sorted(placed):
        if index not in seen:
            seen.add(index)
            order.append(text[index])
    return strip_isolates("".join(order))
