"""Side page: check what the bank holds for a case, and withdraw a sending or the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from safehash.core import case_token
from safehash.core.bank.base import CASE_WITHDRAWN, SUBMISSION_ACTIVE, CaseStatus
from safehash.core.display import clean_for_display
from safehash.core.records import Case, Receipt
from safehash.gui.error_text import error_sentence, token_error_sentence
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.widgets import Page, local_time, named, plain_label


class CaseStatusPage(Page):
    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.services = session, services
        self._receipts: dict[str, Receipt] = {}
        self.body.addWidget(
            plain_label(
                self.tr(
                    "See what the hash bank holds for your case, or ask it to delete the "
                    "fingerprints. You need the case reference (it is on your receipt) and "
                    "your case token."
                )
            )
        )
        form = QFormLayout()
        self.reference = named(QLineEdit(), self.tr("Case reference"),
                               self.tr("From your receipt"))  # fmt: skip
        self.token = named(QLineEdit(), self.tr("Case token"))
        self.token.setPlaceholderText("SH-XXXX-XXXX-XXXX-XXXX-XXXX-X")
        for field in (self.reference, self.token):
            field.setMaximumWidth(520)
        for text, field in ((self.tr("Case reference"), self.reference),
                            (self.tr("Case token"), self.token)):  # fmt: skip
            label = plain_label(text, wrap=False)
            label.setBuddy(field)
            form.addRow(label, field)
        self.body.addLayout(form)
        self.open_receipt = named(
            QPushButton(self.tr("Open a saved receipt…")),
            self.tr("Open a saved receipt"),
            self.tr("Fills in the case reference from a receipt you saved"),
        )
        self.check_button = named(QPushButton(self.tr("Check status")), self.tr("Check status"))
        row = QHBoxLayout()
        row.addWidget(self.open_receipt)
        row.addWidget(self.check_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.result = plain_label()
        self.body.addWidget(self.result)
        self.sendings = named(QListWidget(), self.tr("Sendings in this case"))
        self.sendings.setMinimumHeight(120)
        self.body.addWidget(self.sendings)
        self.withdraw_one = named(QPushButton(self.tr("Withdraw this sending…")),
                                  self.tr("Withdraw the selected sending"))  # fmt: skip
        self.withdraw_all = named(
            QPushButton(self.tr("Withdraw the whole case…")),
            self.tr("Withdraw the whole case"),
            self.tr("Asks the bank to delete every fingerprint in it"),
        )
        row2 = QHBoxLayout()
        row2.addWidget(self.withdraw_one)
        row2.addWidget(self.withdraw_all)
        row2.addStretch(1)
        self.body.addLayout(row2)
        self.body.addStretch(1)
        self.open_receipt.clicked.connect(self.load_receipt)
        self.check_button.clicked.connect(self.check)
        self.withdraw_one.clicked.connect(self.withdraw_selected)
        self.withdraw_all.clicked.connect(self.withdraw_case)
        self.sendings.itemSelectionChanged.connect(self._update_buttons)
        self._status: CaseStatus | None = None
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Check or withdraw a case")

    def continue_text(self) -> None:
        return None

    def entered(self) -> None:
        case, receipt = self.session.case, self.session.receipt
        if case is not None and not self.reference.text():
            self.reference.setText(case.case_id)
            self.token.setText(case.token or "")
        if receipt is not None:
            self._receipts[receipt.submission_id] = receipt

    def forget(self) -> None:
        self._receipts.clear()
        self._status = None
        self.sendings.clear()
        self.result.setText("")

    def _case(self) -> Case | None:
        try:
            token = case_token.parse(self.token.text())
        except case_token.CaseTokenError as exc:
            self.result.setText(token_error_sentence(exc, self.token.text()))
            return None
        reference = self.reference.text().strip()
        if not reference:
            self.result.setText(self.tr("Please enter the case reference from your receipt."))
            return None
        return Case(reference, token)

    def load_receipt(self) -> None:
        path = self.services.dialogs.open_file(self, self.tr("Open a saved receipt"))
        if not path:
            return
        try:
            receipt = Receipt.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.result.setText(self.tr("This file is not a SafeHash receipt."))
            return
        self._receipts[receipt.submission_id] = receipt
        self.reference.setText(receipt.case_id)
        self.result.setText(self.tr("Receipt opened. Now enter your case token."))

    def check(self) -> None:
        case = self._case()
        if case is None:
            return
        receipts = [r for r in self._receipts.values() if r.case_id == case.case_id]
        self.result.setText(self.tr("Asking the hash bank…"))
        self.services.bank.call(lambda adapter: adapter.status(case, receipts),
                                self._show, self._failed)  # fmt: skip

    def _show(self, status: CaseStatus) -> None:
        self._status = status
        self.result.setText(
            self.tr("This case was withdrawn: the bank deleted its fingerprints.")
            if status.status == CASE_WITHDRAWN
            else self.tr("This case is open. The bank holds the sendings below.")
        )
        self.sendings.clear()
        for sub in status.submissions:
            if sub.status == SUBMISSION_ACTIVE:
                state = self.tr("%n photo(s) held", "", sub.items_accepted)
            else:
                state = self.tr("withdrawn")
            text = self.tr("Sent %1: %2 (reference %3)").replace(
                "%1", local_time(sub.received_at)
            ).replace("%2", state).replace("%3", clean_for_display(sub.submission_id, 100))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sub.submission_id)
            self.sendings.addItem(item)
        self._update_buttons()

    def _failed(self, code: str) -> None:
        self.result.setText(error_sentence(code))

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def withdraw_selected(self) -> None:
        items = self.sendings.selectedItems()
        case = self._case()
        if not items or case is None or self._status is None:
            return
        submission_id = items[0].data(Qt.ItemDataRole.UserRole)
        sub = next(s for s in self._status.submissions if s.submission_id == submission_id)
        receipt = self._receipts.get(submission_id) or Receipt(
            bank_kind=self.services.profile.bank_kind, bank_name="",
            endpoint_host=self.services.profile.endpoint_host, case_id=case.case_id,
            submission_id=submission_id, received_at=sub.received_at, items=(),
        )  # fmt: skip
        if self._confirm(self.tr("Withdraw this sending?"),
                         self.tr("The bank will delete these fingerprints. Platforms will no "
                                 "longer be able to match copies of these photos.")):  # fmt: skip
            self.services.bank.call(
                lambda adapter: adapter.withdraw_submission(receipt, case),
                lambda _r: self.check(), self._failed,
            )

    def withdraw_case(self) -> None:
        case = self._case()
        if case is None:
            return
        receipts = [r for r in self._receipts.values() if r.case_id == case.case_id]
        if self._confirm(self.tr("Withdraw the whole case?"),
                         self.tr("The bank will delete every fingerprint in this case, and "
                                 "nothing more can be sent to it.")):  # fmt: skip
            self.services.bank.call(
                lambda adapter: adapter.withdraw_case(case, receipts),
                lambda _r: self.check(), self._failed,
            )

    def _update_buttons(self) -> None:
        self.withdraw_one.setEnabled(bool(self.sendings.selectedItems()))
