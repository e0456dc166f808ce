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
    QPushButton,
    QWidget,
)

from safehash.core import case_token
from safehash.core.bank.base import (
    CASE_WITHDRAWN,
    SUBMISSION_ACTIVE,
    SUBMISSION_WITHDRAWN,
    CaseStatus,
)
from safehash.core.display import clean_for_display
from safehash.core.records import Case, Receipt
from safehash.gui.bank_words import bank_error_sentence
from safehash.gui.bidi import grouped, ltr, ungrouped
from safehash.gui.dialogs import ask
from safehash.gui.error_text import token_error_sentence
from safehash.gui.i18n import fill
from safehash.gui.media_words import MediaWords
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.theme import set_role
from safehash.gui.widgets import (
    Page,
    flow_row,
    labelled,
    local_time,
    named,
    plain_label,
    set_text,
)


class CaseStatusPage(Page):
    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.services = session, services
        self._receipts: dict[str, Receipt] = {}
        self.body.addWidget(plain_label(lambda: self.tr(
            "See what the hash bank holds for your case, or ask it to delete the fingerprints. "
            "You need the case reference (it is on your receipt) and your case token."
        )))  # fmt: skip
        form = QFormLayout()
        self.reference = named(QLineEdit(), lambda: self.tr("Case reference"),
                               lambda: self.tr("From your receipt"))  # fmt: skip
        self.token = named(QLineEdit(), lambda: self.tr("Case token"),
                           lambda: self.tr("Hidden as it is typed; “Show” shows it"))  # fmt: skip
        self.token.setPlaceholderText("SH-XXXX-XXXX-XXXX-XXXX-XXXX-X")
        # A token is a password: hidden unless the person asks to see it (a screen may be
        # shared, and step 4 said it is shown only once).
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_token = labelled(QPushButton(), lambda: self.tr("Show"),
                                   lambda: self.tr("Show the case token"))  # fmt: skip
        self.show_token.setCheckable(True)
        for field in (self.reference, self.token):
            field.setMaximumWidth(520)
            # References and tokens read left to right in every language.
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        token_row = QWidget()
        token_layout = QHBoxLayout(token_row)
        token_layout.setContentsMargins(0, 0, 0, 0)
        token_layout.addWidget(self.token, 1)
        token_layout.addWidget(self.show_token)
        rows = ((lambda: self.tr("Case reference"), self.reference, self.reference),
                (lambda: self.tr("Case token"), self.token, token_row))
        for text, field, shown in rows:
            label = plain_label(text, wrap=False)
            label.setBuddy(field)
            form.addRow(label, shown)
        self.body.addLayout(form)
        self.open_receipt = labelled(
            QPushButton(),
            lambda: self.tr("Open a saved receipt…"),
            lambda: self.tr("Open a saved receipt"),
            lambda: self.tr("Fills in the case reference from a receipt you saved"),
        )
        self.check_button = labelled(QPushButton(), lambda: self.tr("Check status"))
        set_role(self.check_button, "primary")
        self.body.addWidget(flow_row(self.open_receipt, self.check_button))
        self.withdrawn_note = set_role(plain_label(), "emphasis")
        self.withdrawn_note.setVisible(False)
        self.body.addWidget(self.withdrawn_note)
        self.result = plain_label()
        self.body.addWidget(self.result)
        self.sendings = named(QListWidget(), lambda: self.tr("Sendings in this case"))
        self.sendings.setMinimumHeight(120)
        self.body.addWidget(self.sendings)
        self.withdraw_one = labelled(QPushButton(), lambda: self.tr("Withdraw this sending…"),
                                     lambda: self.tr("Withdraw the selected sending"))
        self.withdraw_all = labelled(
            QPushButton(),
            lambda: self.tr("Withdraw the whole case…"),
            lambda: self.tr("Withdraw the whole case"),
            lambda: self.tr("Asks the bank to delete every fingerprint in it"),
        )
        self.body.addWidget(flow_row(self.withdraw_one, self.withdraw_all))
        self.body.addStretch(1)
        self.open_receipt.clicked.connect(self.load_receipt)
        self.check_button.clicked.connect(self.check)
        self.withdraw_one.clicked.connect(self.withdraw_selected)
        self.withdraw_all.clicked.connect(self.withdraw_case)
        self.sendings.itemSelectionChanged.connect(self._update_buttons)
        self.show_token.toggled.connect(self._on_show_token)
        self._status: CaseStatus | None = None
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Check or withdraw a case")

    def continue_text(self) -> None:
        return None

    def entered(self) -> None:
        case, receipt = self.session.case, self.session.receipt
        if case is not None and not self.reference.text():
            # This sitting's own case: filled in, the token hidden as it is everywhere.
            self.reference.setText(grouped(case.case_id))
            self.token.setText(case.token or "")
        if receipt is not None:
            self._receipts[receipt.submission_id] = receipt
        self.show_token.setChecked(False)

    def first_focus(self) -> QWidget | None:
        if not self.reference.text():
            return self.reference
        return self.token if not self.token.text() else self.check_button

    def default_button(self) -> QPushButton | None:
        return self.check_button

    def forget(self) -> None:
        self._receipts.clear()
        self._status = None
        self.sendings.clear()
        self.show_token.setChecked(False)
        set_text(self.result, "")
        self._update_buttons()

    def _on_show_token(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token.setEchoMode(mode)
        set_text(self.show_token, lambda: self.tr("Hide") if shown else self.tr("Show"))
        named(self.show_token, lambda: self.tr("Hide the case token") if shown
              else self.tr("Show the case token"))  # fmt: skip

    def retranslate(self) -> None:
        super().retranslate()
        if self._status is not None:
            self._list_sendings(self._status)

    def _case(self) -> Case | None:
        text = self.token.text()
        try:
            token = case_token.parse(text)
        except case_token.CaseTokenError as exc:
            error = exc
            set_text(self.result, lambda: token_error_sentence(error, text))
            return None
        # A reference copied from the receipt may carry the marks that keep it left to right,
        # and the spaces that group it for reading aloud.
        reference = ungrouped(self.reference.text())
        if not reference:
            set_text(self.result,
                     lambda: self.tr("Please enter the case reference from your receipt."))
            return None
        return Case(reference, token)

    def load_receipt(self) -> None:
        self.services.dialogs.open_file(self, self.tr("Open a saved receipt"), self._read_receipt)

    def _read_receipt(self, path: str) -> None:
        try:
            receipt = Receipt.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            set_text(self.result, lambda: self.tr("This file is not a SafeHash receipt."))
            return
        self._receipts[receipt.submission_id] = receipt
        if ungrouped(self.reference.text()) != receipt.case_id:
            # Another case: a token typed for the one before must not go with this receipt.
            self.token.clear()
            self._status = None
            self.sendings.clear()
            self._update_buttons()
        self.reference.setText(grouped(receipt.case_id))
        set_text(self.result, lambda: self.tr(
            "Receipt opened. Now enter the case token of this case."
        ))  # fmt: skip
        self.token.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self, *, keep_note: bool = False) -> None:
        if not keep_note:
            self.withdrawn_note.setVisible(False)
        case = self._case()
        if case is None:
            return
        receipts = [r for r in self._receipts.values() if r.case_id == case.case_id]
        set_text(self.result, lambda: self.tr("Asking the hash bank…"))
        self.services.bank.call(lambda adapter: adapter.status(case, receipts),
                                self._show, self._failed)  # fmt: skip

    def _show(self, status: CaseStatus) -> None:
        self._status = status
        set_text(self.result, lambda: self._status_sentence(status))
        self._list_sendings(status)

    def _status_sentence(self, status: CaseStatus) -> str:
        """What the bank said, in words that stay true after a withdrawal."""
        if status.status == CASE_WITHDRAWN:
            return self.tr("This case was withdrawn: the bank deleted its fingerprints.")
        held = sum(sub.held for sub in status.submissions)
        gone = sum(1 for sub in status.submissions if sub.status != SUBMISSION_ACTIVE)
        if not status.submissions:
            return self.tr("This case is open. Nothing has been sent to it yet.")
        if held == 0:
            return self.tr("This case is open, but the bank holds none of its fingerprints: "
                           "every sending below was withdrawn.")  # fmt: skip
        videos = sum(sub.videos_held_now for sub in status.submissions)
        #: %1 counts what the bank holds: "3 photos and 1 video", "1 video".
        text = fill(self.tr("This case is open. The bank holds fingerprints of %1 in it."),
                    MediaWords().counted(held - videos, videos))  # fmt: skip
        if gone:
            #: %1 is the sentence "This case is open. The bank holds fingerprints of 3
            #: photos in it."
            text = fill(self.tr("%1 %n sending(s) below were withdrawn.", "", gone), text)
        return text

    def _list_sendings(self, status: CaseStatus) -> None:
        selected = [item.data(Qt.ItemDataRole.UserRole) for item in self.sendings.selectedItems()]
        self.sendings.clear()
        for sub in status.submissions:
            when = local_time(sub.received_at)
            reference = ltr(grouped(clean_for_display(sub.submission_id, 100)))
            if sub.status != SUBMISSION_WITHDRAWN and sub.held > 0:
                #: One sending in the case: %1 a date and time, %2 what the bank holds of
                #: it ("3 photos and 1 video"), %3 its reference code.
                held = MediaWords().counted(sub.held - sub.videos_held_now, sub.videos_held_now)
                text = fill(self.tr("Sent %1: %2 held (reference %3)"), when, held,
                            reference)  # fmt: skip
            else:
                #: One withdrawn sending: %1 a date and time, %2 its reference code.
                text = fill(self.tr("Sent %1: withdrawn (reference %2)"), when, reference)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sub.submission_id)
            self.sendings.addItem(item)
            if sub.submission_id in selected:
                self.sendings.setCurrentItem(item)
        self._update_buttons()

    def _failed(self, code: str) -> None:
        profile = self.services.profile
        set_text(self.result, lambda: bank_error_sentence(code, profile))

    def _withdrawn(self) -> None:
        """The bank confirmed a withdrawal: say so, then ask it what it holds now."""
        set_text(self.withdrawn_note, lambda: self.tr(
            "Withdrawn: the bank confirmed that it deleted these fingerprints."
        ))  # fmt: skip
        self.withdrawn_note.setVisible(True)
        self.check(keep_note=True)

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
        ask(self, lambda: self.tr("Withdraw this sending?"),
            lambda: self.tr("The bank will delete these fingerprints. Platforms will no "
                            "longer be able to match copies of these photos and videos."),
            lambda: self.services.bank.call(
                lambda adapter: adapter.withdraw_submission(receipt, case),
                lambda _r: self._withdrawn(), self._failed,
            ), yes=lambda: self.tr("Withdraw"), no=lambda: self.tr("Keep it"),
            name="withdrawSending")  # fmt: skip

    def withdraw_case(self) -> None:
        case = self._case()
        if case is None:
            return
        receipts = [r for r in self._receipts.values() if r.case_id == case.case_id]
        ask(self, lambda: self.tr("Withdraw the whole case?"),
            lambda: self.tr("The bank will delete every fingerprint in this case, and "
                            "nothing more can be sent to it."),
            lambda: self.services.bank.call(
                lambda adapter: adapter.withdraw_case(case, receipts),
                lambda _r: self._withdrawn(), self._failed,
            ), yes=lambda: self.tr("Withdraw the case"), no=lambda: self.tr("Keep it"),
            name="withdrawCase")  # fmt: skip

    def _update_buttons(self) -> None:
        """Withdrawing is offered only for what the bank still holds (a second withdrawal
        would change nothing); the list and the sentence above it say what is held."""
        status = self._status
        held = {s.submission_id for s in status.submissions if s.held > 0} if status else set()
        items = self.sendings.selectedItems()
        chosen = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        self.withdraw_one.setEnabled(chosen in held)
        self.withdraw_all.setEnabled(status is None or status.status != CASE_WITHDRAWN)
