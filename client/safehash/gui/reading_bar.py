"""How far a video is read, drawn in its row: a thin bar under the row's words.

A video can take minutes to read while a photo takes a moment, so a video's row shows how
far its reader is (the words say it too, in per cent, for screen readers). The bar is
drawn in the platform's own colours (its highlight on a quiet track) and fills from the
start of the line: from the right in a right-to-left window.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from safehash.gui.photos import PROGRESS_ROLE

BAR_HEIGHT = 4  # px: seen, but quieter than the words above it
BAR_MARGIN = 6  # px from the cell's edges


class ReadingBarDelegate(QStyledItemDelegate):
    """Draws a cell as usual; a cell with a ``PROGRESS_ROLE`` fraction gets a bar."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(PROGRESS_ROLE)
        if not isinstance(fraction, float):
            super().paint(painter, option, index)
            return
        # The words a little higher, so that the bar has a line of its own below them.
        words = QStyleOptionViewItem(option)
        words.rect = option.rect.adjusted(0, 0, 0, -(BAR_HEIGHT + BAR_MARGIN // 2))
        super().paint(painter, words, index)
        track = QRectF(bar_rect(option.rect))
        done = QRectF(track)
        done.setWidth(track.width() * min(1.0, max(0.0, fraction)))
        if option.direction == Qt.LayoutDirection.RightToLeft:
            done.moveRight(track.right())
        palette = option.palette
        fill = palette.color(QPalette.ColorRole.Highlight)
        rest = palette.color(QPalette.ColorRole.Mid)
        if option.state & QStyle.StateFlag.State_Selected:  # on the highlight itself
            fill = palette.color(QPalette.ColorRole.HighlightedText)
            rest = QColor(fill)
            rest.setAlphaF(0.35)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(rest)
        painter.drawRoundedRect(track, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        if done.width() > 0:
            painter.setBrush(fill)
            painter.drawRoundedRect(done, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        painter.restore()


def bar_rect(cell: QRect) -> QRect:
    """Where the bar of a cell goes: its own line at the bottom of the cell."""
    return QRect(
        cell.left() + BAR_MARGIN,
        cell.bottom() - BAR_MARGIN - BAR_HEIGHT + 1,
        max(0, cell.width() - 2 * BAR_MARGIN),
        BAR_HEIGHT,
    )
