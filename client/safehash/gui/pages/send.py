"""Step 5: sending, with progress; failures in plain words with "Try again"; and the
outbox, where submissions wait until the bank has them (send again, or discard)."""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from safehash.core import errors
from safehash.core.outbox import resend, send
from safehash.core.records import Receipt
from safehash.gui.bank_words import bank_error_sentence, bank_name
from safehash.gui.dialogs import ask
from safehash.gui.error_text import error_sentence
from safehash.gui.i18n import fill
from safehash.gui.media_words import MediaWords, split
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.theme import set_role
from safehash.gui.widgets import (
    Page,
    labelled,
    local_time,
    named,
    plain_label,
    section,
    set_text,
)

# The bank's answers that are about the case token (step 4 says so).
TOKEN_REFUSED = frozenset({errors.Unauthorized.code, errors.Forbidden.code,
                           errors.NotFound.code, errors.CaseWithdrawn.code})  # fmt: skip


class SendPage(Page):
    step = 5
    sent = Signal()

    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.services = session, services
        self.status = set_role(plain_label(), "lead")
        self.progress = named(QProgressBar(), lambda: self.tr("Sending progress"))
        self.progress.setTextVisible(False)
        self.problem = plain_label()
        # Files of this sending the bank cannot take (videos, where it takes none).
        self.not_sent = plain_label()
        self.retry_button = labelled(QPushButton(), lambda: self.tr("Try again"), None,
                                     lambda: self.tr("Sends the same fingerprints again; the "
                                                     "bank stores them only once"))  # fmt: skip
        self.body.addWidget(self.status)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.not_sent)
        self.body.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        self.body.addLayout(row)

        self.outbox_list = named(
            QListWidget(),
            lambda: self.tr("Waiting to be sent"),
            lambda: self.tr("Sendings that the hash bank does not have yet"),
        )
        self.outbox_list.setMinimumHeight(60)
        self.outbox_list.setMaximumHeight(140)
        self.outbox_list.setWordWrap(True)
        self.resend_button = labelled(QPushButton(), lambda: self.tr("Send again"),
                                      lambda: self.tr("Send the selected sending again"))
        self.discard_button = labelled(QPushButton(), lambda: self.tr("Discard"),
                                       lambda: self.tr("Discard the selected sending"),
                                       lambda: self.tr("It will not be sent"))  # fmt: skip
        buttons = QWidget()
        buttons_row = QHBoxLayout(buttons)
        buttons_row.setContentsMargins(0, 0, 0, 0)
        buttons_row.addWidget(self.resend_button)
        buttons_row.addWidget(self.discard_button)
        buttons_row.addStretch(1)
        self.outbox_note = plain_label()
        self.outbox_section = section(lambda: self.tr("Waiting to be sent"), self.outbox_note,
                                      self.outbox_list, buttons)  # fmt: skip
        self.body.addWidget(self.outbox_section)
        self.body.addStretch(1)

        self.retry_button.clicked.connect(self.start)
        self.resend_button.clicked.connect(self.resend_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.outbox_list.itemSelectionChanged.connect(self._update_buttons)
        self._sending = False
        self._set_idle()

    def title(self) -> str:
        return self.tr("Send")

    def continue_text(self) -> str:
        return self.tr("See your receipt")

    def is_complete(self) -> bool:
        return self.session.receipt is not None

    def entered(self) -> None:
        self._say_not_sent()
        if self.session.receipt is None and not self._sending:
            self.start()
        self.refresh_outbox()

    def _say_not_sent(self) -> None:
        submission = self.session.submission
        reasons = [n.reason for n in submission.not_sent] if submission else []
        profile, info = self.services.profile, self.session.bank_info
        set_text(self.not_sent,
                 lambda: "\n".join(MediaWords().not_sent(reasons, bank_name(profile, info))))
        self.not_sent.setVisible(bool(reasons))

    # --- sending ----------------------------------------------------------------------

    def start(self) -> None:
        submission, case = self.session.submission, self.session.case
        if submission is None or case is None:
            set_text(self.problem,
                     lambda: self.tr("There is nothing to send yet; please go back a step."))
            return
        outbox = self.services.outbox
        entry_id = submission.idempotency_key
        self._set_sending()
        if outbox.get(entry_id) is not None:
            job = lambda adapter: resend(adapter, outbox, entry_id, case)  # noqa: E731
        else:
            job = lambda adapter: send(adapter, outbox, submission, case)  # noqa: E731
        self.services.bank.call(job, self._on_sent, self._on_failed)

    def _on_sent(self, receipt: Receipt) -> None:
        self._sending = False
        self.session.receipt = receipt
        case = self.session.case
        if case is not None:
            self.session.case = dataclasses.replace(case, case_id=receipt.case_id)
        self._remember_if_chosen(receipt)
        self._say_sent(receipt)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        set_text(self.problem, "")
        self.retry_button.setVisible(False)
        self.refresh_outbox()
        self.complete_changed.emit()
        self.sent.emit()

    def _on_failed(self, code: str) -> None:
        self._sending = False
        case, profile = self.session.case, self.services.profile
        if code in TOKEN_REFUSED and case is not None and case.token:
            self.session.refused_token = (case.token, code)
        set_text(self.status, lambda: self.tr("Not sent yet."))
        #: %1 is a whole sentence saying what went wrong.
        set_text(self.problem, lambda: fill(
            self.tr("%1 Your fingerprints are kept in the list below until they are sent."),
            bank_error_sentence(code, profile),
        ))  # fmt: skip
        self._set_idle()
        self.refresh_outbox()

    def _remember_if_chosen(self, receipt: Receipt) -> None:
        case = self.session.case
        if not (self.session.remember_case and case and case.token):
            return
        if not self.services.store_status().available:
            return
        try:
            self.services.secrets.save_case_token(receipt.case_id, case.token)
            self.services.save_only(remember_case=True)
        except errors.SafeHashError as exc:
            code = exc.code
            set_text(self.problem, lambda: error_sentence(code))

    def _set_sending(self) -> None:
        self._sending = True
        set_text(self.status, lambda: self.tr("Sending the fingerprints…"))
        self.progress.setRange(0, 0)  # busy: the bank answers all at once
        self.progress.setVisible(True)
        set_text(self.problem, "")
        self.retry_button.setVisible(False)
        self._update_buttons()

    def _set_idle(self) -> None:
        self.progress.setVisible(False)
        failed = self.session.receipt is None and bool(self.problem.text())
        self.retry_button.setVisible(failed)
        self._update_buttons()

    # --- the outbox -------------------------------------------------------------------

    def refresh_outbox(self) -> None:
        self.outbox_list.clear()
        entries = self.services.outbox.entries()
        selected = self._selected_entry()
        for entry in entries:
            #: One sending in the list; %1 counts what it holds ("3 photos and 1 video"),
            #: %2 is a date and time.
            text = fill(self.tr("%1, waiting since %2."),
                        MediaWords().counted(*split(entry.submission.items)),
                        local_time(entry.created_at))  # fmt: skip
            if entry.last_error:
                #: %1 is the line above ("3 photos, waiting since ..."), %2 a whole sentence
                #: saying what went wrong at the last try.
                text = fill(self.tr("%1 Last try: %2"), text,
                            bank_error_sentence(entry.last_error, self.services.profile))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.entry_id)
            self.outbox_list.addItem(item)
            if entry.entry_id == selected:
                self.outbox_list.setCurrentItem(item)
        self.outbox_section.setVisible(bool(entries))
        set_text(self.outbox_note,
                 lambda: self.tr("These are kept only until SafeHash closes.")
                 if not self.services.outbox.persistent
                 else self.tr("These are kept, encrypted, on this computer until they are sent."))
        self._update_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh_outbox()

    def _selected_entry(self) -> str | None:
        items = self.outbox_list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def resend_selected(self) -> None:
        entry_id = self._selected_entry()
        case = self.session.case
        submission = self.session.submission
        if entry_id is None:
            return
        if submission is not None and entry_id == submission.idempotency_key:
            self.start()
            return
        entry = self.services.outbox.get(entry_id)
        if entry is None or case is None or (entry.case_id and entry.case_id != case.case_id):
            set_text(self.problem, lambda: error_sentence(errors.CaseTokenMissing.code))
            return
        outbox = self.services.outbox
        self._set_sending()
        self.services.bank.call(lambda adapter: resend(adapter, outbox, entry_id, case),
                                self._on_other_sent, self._on_failed)  # fmt: skip

    def _say_sent(self, receipt: Receipt) -> None:
        """Only what the bank confirmed: a resend it already had may have been withdrawn."""
        if receipt.withdrawn:
            set_text(self.status, lambda: self.tr("Not held: the hash bank had these "
                                                  "fingerprints, but they were withdrawn."))
        else:
            set_text(self.status, lambda: self.tr("Sent. The hash bank confirmed it."))

    def _on_other_sent(self, receipt: Receipt) -> None:
        self._sending = False
        self._say_sent(receipt)
        self._set_idle()
        self.refresh_outbox()

    def discard_selected(self) -> None:
        entry_id = self._selected_entry()
        if entry_id is None:
            return
        ask(self, lambda: self.tr("Discard this sending?"),
            lambda: self.tr("These fingerprints will not be sent. Your photos and videos are not "
                            "affected."),
            lambda: self._discard(entry_id), yes=lambda: self.tr("Discard"),
            no=lambda: self.tr("Keep it"), name="discardSending")  # fmt: skip

    def _discard(self, entry_id: str) -> None:
        with contextlib.suppress(errors.SafeHashError):
            self.services.outbox.discard(entry_id)
        self.refresh_outbox()

    def _update_buttons(self) -> None:
        selected = self._selected_entry() is not None
        self.resend_button.setEnabled(selected and not self._sending)
        self.discard_button.setEnabled(selected and not self._sending)
