"""Side page: every request SafeHash made, as the core's ``NetworkLog`` records it
(method, host, path, bytes, status). It lives in memory only; this view replaces telemetry."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
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
from safehash.gui.widgets import Page, named, plain_label


class NetworkLogPage(Page):
    def __init__(self, log: NetworkLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.body.addWidget(
            plain_label(
                self.tr(
                    "Every connection SafeHash made since it started. It never contains "
                    "your photos, their names or your case token, and it is forgotten when "
                    "SafeHash closes."
                )
            )
        )
        self.table = named(QTableWidget(0, 7), self.tr("Connections"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Method"), self.tr("Host"), self.tr("Path"),
             self.tr("Bytes sent"), self.tr("Bytes received"), self.tr("Answer")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(240)
        self.body.addWidget(self.table, 1)
        self.refresh_button = named(QPushButton(self.tr("Refresh")), self.tr("Refresh the list"))
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

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
        for row, entry in enumerate(entries):
            answer = str(entry.status) if entry.status is not None else entry.outcome
            values = [
                time.strftime("%H:%M:%S", time.localtime(entry.when)),
                entry.method,
                entry.host,
                entry.path,
                str(entry.bytes_sent),
                str(entry.bytes_received),
                answer,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(clean_for_display(value, 120)))
