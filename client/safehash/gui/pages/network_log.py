"""Side page: every request SafeHash made, as the core's ``NetworkLog`` records it
(method, host, path, bytes, status). It lives in memory only; this view replaces telemetry."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from safehash.core.display import clean_for_display
from safehash.core.transport import NetworkLog
from safehash.gui.bidi import LRM, ltr
from safehash.gui.i18n import number
from safehash.gui.widgets import Page, labelled, named, plain_label

PATH_COLUMN = 3


def technical(value: str) -> str:
    """A method, host or path: left to right in every language. A table cell does not
    keep an isolate through its drawing (its slash moved to the end in Arabic), so the
    value is also held between left-to-right marks, which no step of the drawing drops."""
    return LRM + ltr(clean_for_display(value, 120)) + LRM


class NetworkLogPage(Page):
    def __init__(self, log: NetworkLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.body.addWidget(plain_label(lambda: self.tr(
            "Every connection SafeHash made since it started. It never contains your photos "
            "or videos, their names or your case token, and it is forgotten when SafeHash "
            "closes."
        )))  # fmt: skip
        self.table = named(QTableWidget(0, 7), lambda: self.tr("Connections"))
        self._set_headers()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The path takes the room that is left and is shortened in the middle, so every
        # column stays in view whatever the language's column titles.
        header.setSectionResizeMode(PATH_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(240)
        self.body.addWidget(self.table, 1)
        self.refresh_button = labelled(QPushButton(), lambda: self.tr("Refresh"),
                                       lambda: self.tr("Refresh the list"))
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

    def _set_headers(self) -> None:
        #: Column titles of the network log. "Method" is the kind of HTTP request (GET,
        #: POST); "Host" the server's name; "Answer" the server's status code.
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Method"), self.tr("Host"), self.tr("Path"),
             self.tr("Bytes sent"), self.tr("Bytes received"), self.tr("Answer")]
        )  # fmt: skip

    def retranslate(self) -> None:
        super().retranslate()
        self._set_headers()
        self.refresh()

    def title(self) -> str:
        return self.tr("Network log")

    def continue_text(self) -> None:
        return None

    def entered(self) -> None:
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: object) -> None:
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        entries = self.log.entries()
        self.table.setRowCount(len(entries))
        locale = QLocale()
        # The computer's way of writing a time, with seconds ("14:05:09", "2:05:09 PM").
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss")
        # Row numbers and counts in the language's digits, like every number in the window.
        self.table.setVerticalHeaderLabels([number(row + 1) for row in range(len(entries))])
        for row, entry in enumerate(entries):
            answer = locale.toString(entry.status) if entry.status is not None \
                else technical(entry.outcome)  # fmt: skip
            moment = QDateTime.fromSecsSinceEpoch(int(entry.when)).time()
            values = [
                locale.toString(moment, time_format),
                technical(entry.method),
                technical(entry.host),
                technical(entry.path),
                locale.toString(entry.bytes_sent),
                locale.toString(entry.bytes_received),
                answer,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
