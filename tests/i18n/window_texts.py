"""Every word the window shows or speaks, wherever it is: labels, buttons, tooltips,
accessible names and descriptions, list and table items, column titles, combo box items."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidget,
    QWidget,
)

# The photo list and the network log (QTableWidget's model is a table model too).
TABLES = (QAbstractTableModel,)


def window_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every non-empty text under ``root``, shown or not."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        if text and text.strip():
            found.append((where, text))

    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            add(f"{kind}.text", widget.text())
        add(f"{kind}.toolTip", widget.toolTip())
        add(f"{kind}.accessibleName", widget.accessibleName())
        add(f"{kind}.accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{kind}.item", widget.itemText(i))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(f"{kind}.item", widget.item(i).text())
        if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), TABLES):
            model = widget.model()
            columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
            for column in range(columns):
                add(f"{kind}.header", str(model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
            if not isinstance(widget, QListWidget):
                for row in range(rows):
                    for column in range(columns):
                        value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                        add(f"{kind}.cell", str(value or ""))
    return found
