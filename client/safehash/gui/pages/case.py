"""Step 4: the case token: typed in (checked as it is typed) or a new case opened; and
whether this computer remembers it (only with a secure password store)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safehash.core import case_token, errors
from safehash.core.records import Case
from safehash.gui.bank_words import (
    bank_error_sentence,
    practice_not_remembered,
    practice_note,
)
from safehash.gui.error_text import error_sentence, token_error_sentence
from safehash.gui.file_dialogs import write_private_file
from safehash.gui.i18n import fill
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.theme import set_role
from safehash.gui.widgets import (
    SPACING,
    Page,
    labelled,
    ltr_field,
    named,
    plain_label,
    section,
    set_text,
)


class CasePage(Page):
    step = 4

    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.services = session, services
        self._new_case: Case | None = None
        self._remembered_id: str | None = None
        self.body.addWidget(plain_label(lambda: self.tr(
            "A case token links these fingerprints to your case, so that you or your support "
            "worker can check or withdraw them later."
        )))  # fmt: skip
        self.have_token = labelled(QRadioButton(), lambda: self.tr("I have a case token"))
        self.token_edit = named(
            QLineEdit(),
            lambda: self.tr("Case token"),
            lambda: self.tr("Type or paste the case token your support worker gave you"),
        )
        self.token_edit.setPlaceholderText("SH-XXXX-XXXX-XXXX-XXXX-XXXX-X")
        self.token_feedback = plain_label()
        self.new_case = labelled(QRadioButton(), lambda: self.tr("Open a new case"))
        self.open_button = labelled(
            QPushButton(),
            lambda: self.tr("Open a new case now"),
            None,
            lambda: self.tr("Asks the hash bank for a new case and shows its token once"),
        )
        self.new_case_note = plain_label()
        self.new_token = named(QLineEdit(), lambda: self.tr("Your new case token"))
        self.new_token.setReadOnly(True)
        self.copy_button = labelled(
            QPushButton(),
            lambda: self.tr("Copy"),
            lambda: self.tr("Copy the case token"),
            lambda: self.tr("Copies the token so you can paste it somewhere safe"),
        )
        self.save_button = labelled(QPushButton(), lambda: self.tr("Save to a file…"),
                                    lambda: self.tr("Save the case token to a file"))  # fmt: skip
        self.token_once = plain_label(lambda: self.tr(
            "Write this token down or save it now: SafeHash shows it only this once."
        ))  # fmt: skip
        group = QButtonGroup(self)
        group.addButton(self.have_token)
        group.addButton(self.new_case)
        self.have_token.setChecked(True)

        for edit in (self.token_edit, self.new_token):
            # A token reads left to right in every language, also in a right-to-left window.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            set_role(edit, "token")
        set_role(self.token_once, "emphasis")
        # With the practice bank: its cases end when SafeHash closes (said where a case is
        # opened and where its token is shown).
        self.practice = plain_label(practice_note)
        self.practice.setVisible(services.profile.is_demo)

        self.body.addWidget(self.have_token)
        self.body.addWidget(indented(ltr_field(self.token_edit), self.token_feedback))
        self.body.addWidget(self.new_case)
        self.token_box = QWidget()
        token_row = QHBoxLayout(self.token_box)
        token_row.setContentsMargins(0, 0, 0, 0)
        token_row.addWidget(self.new_token, 1)
        token_row.addWidget(self.copy_button)
        token_row.addWidget(self.save_button)
        token_row.addStretch(0)
        open_row = QWidget()
        open_layout = QHBoxLayout(open_row)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addWidget(self.open_button)
        open_layout.addStretch(1)
        self.body.addWidget(
            indented(open_row, self.new_case_note, self.token_box, self.token_once,
                     self.practice)
        )  # fmt: skip

        self.remember = labelled(QCheckBox(),
                                 lambda: self.tr("Remember this case on this computer"))
        self.remember_note = plain_label()
        self.body.addSpacing(SPACING)
        self.body.addWidget(section(lambda: self.tr("On this computer"), self.remember,
                                    self.remember_note))  # fmt: skip
        self.body.addStretch(1)
        status = services.store_status()
        if services.profile.is_demo:
            # A practice case cannot outlive SafeHash, so there is nothing to remember.
            self.remember.setEnabled(False)
            set_text(self.remember_note, practice_not_remembered)
        elif status.available:
            set_text(self.remember_note, lambda: self.tr(
                "The token is kept in this computer's password store, so you can check your "
                "case later without typing it. Anyone who can use this computer account may "
                "be able to find it. If you share this computer, leave this off."
            ))  # fmt: skip
        else:
            self.remember.setEnabled(False)
            #: %1 is a whole sentence saying that there is no secure password store.
            set_text(self.remember_note, lambda: fill(
                self.tr("%1 The case is forgotten when SafeHash closes."),
                error_sentence(errors.KeyringUnavailable.code),
            ))  # fmt: skip

        self.token_edit.textChanged.connect(self._on_token_text)
        self.have_token.toggled.connect(self._update)
        self.open_button.clicked.connect(self.open_new_case)
        self.copy_button.clicked.connect(self.copy_token)
        self.save_button.clicked.connect(self.save_token)
        self.remember.toggled.connect(self._on_remember)
        self._update()

    def title(self) -> str:
        return self.tr("Your case")

    def continue_text(self) -> str:
        return self.tr("Send")

    def first_focus(self) -> QWidget | None:
        if self.have_token.isChecked():
            return self.token_edit
        return self.open_button if self._new_case is None else self.copy_button

    def _size_token_fields(self) -> None:
        """Wide enough for a whole token at the text size in use (``theme``)."""
        for edit in (self.token_edit, self.new_token):
            edit.ensurePolished()
            edit.setMaximumWidth(QFontMetrics(edit.font()).horizontalAdvance("M" * 36))

    def entered(self) -> None:
        self._size_token_fields()
        self.practice.setVisible(self.services.profile.is_demo)
        self._load_remembered()
        if self.session.bank_info is None:
            self.services.bank.call(lambda adapter: adapter.info(), self._on_info,
                                    lambda _code: self._update())  # fmt: skip
        self._update()

    def is_complete(self) -> bool:
        return self.chosen_case() is not None

    def take_continue(self) -> bool:
        case = self.chosen_case()
        if case is None:
            return False
        self.session.case = case
        self.session.remember_case = self.remember.isChecked() and self.remember.isEnabled()
        return True

    def chosen_case(self) -> Case | None:
        if self.new_case.isChecked():
            return self._new_case
        try:
            token = case_token.parse(self.token_edit.text())
        except case_token.CaseTokenError:
            return None
        return Case(self._remembered_id or "", token)

    def forget(self) -> None:
        self._new_case = None
        self._remembered_id = None
        self.have_token.setChecked(True)
        self._update()

    # --- actions ----------------------------------------------------------------------

    def open_new_case(self) -> None:
        self.open_button.setEnabled(False)
        set_text(self.new_case_note, lambda: self.tr("Opening a new case…"))
        self.services.bank.call(lambda adapter: adapter.open_case(), self._on_opened,
                                self._on_open_failed)  # fmt: skip

    def copy_token(self) -> None:
        if self._new_case is not None and self._new_case.token:
            self.services.clipboard.copy(self._new_case.token)
            set_text(self.new_case_note, lambda: self.tr(
                "Copied. SafeHash empties the clipboard again at Quick exit."
            ))  # fmt: skip

    def save_token(self) -> None:
        if self._new_case is None or not self._new_case.token:
            return
        token = self._new_case.token
        self.services.dialogs.save_file(self, self.tr("Save the case token"),
                                        "safehash-case-token.txt",
                                        lambda path: self._write_token(path, token))  # fmt: skip

    def _write_token(self, path: str, token: str) -> None:
        #: The one line written in a saved token file.
        text = fill(self.tr("SafeHash case token: %1"), token)
        try:
            write_private_file(path, text + "\n")
        except OSError:
            set_text(self.new_case_note, lambda: error_sentence(errors.FileUnreadable.code))
        else:
            set_text(self.new_case_note, lambda: self.tr("Saved."))

    def _on_opened(self, case: Case) -> None:
        self._new_case = case
        self.new_token.setText(case.token or "")
        set_text(self.new_case_note, lambda: self.tr("Your new case is open."))
        self._update()
        self.new_token.setFocus()

    def _on_open_failed(self, code: str) -> None:
        set_text(self.new_case_note, lambda: error_sentence(code))
        self._update()

    def _on_info(self, info: object) -> None:
        from safehash.core.bank.base import BankInfo

        if isinstance(info, BankInfo):
            self.session.bank_info = info
        self._update()

    def _on_token_text(self, text: str) -> None:
        if text.strip():
            self.have_token.setChecked(True)
        self._remembered_id = None if text.strip() else self._remembered_id
        self._update()

    def _on_remember(self, checked: bool) -> None:
        self.session.remember_case = checked

    def _load_remembered(self) -> None:
        if self.token_edit.text() or not self.services.settings.remember_case:
            return
        if not self.services.store_status().available:
            return
        try:
            case_id = self.services.secrets.current_case_id()
            token = self.services.secrets.load_case_token(case_id) if case_id else None
        except errors.SafeHashError as exc:
            code = exc.code
            set_text(self.token_feedback, lambda: error_sentence(code))
            return
        if case_id and token:
            self.token_edit.setText(token)
            self._remembered_id = case_id
            self.remember.setChecked(True)

    def _update(self) -> None:
        text = self.token_edit.text()
        self.token_feedback.setVisible(self.have_token.isChecked())
        if not text.strip():
            set_text(self.token_feedback,
                     lambda: self.tr("Letters and numbers only; dashes are optional."))
        else:
            try:
                case_token.parse(text)
            except case_token.CaseTokenError as exc:
                error = exc
                set_text(self.token_feedback, lambda: token_error_sentence(error, text))
            else:
                refused = self.session.refused_token
                if refused is not None and case_token.parse(text) == refused[0]:
                    # The bank has said no to this token: it no longer "looks right".
                    code, profile = refused[1], self.services.profile
                    set_text(self.token_feedback, lambda: bank_error_sentence(code, profile))
                else:
                    set_text(self.token_feedback,
                             lambda: self.tr("This case token looks right."))
        info = self.session.bank_info
        allowed = info is None or info.self_service_cases
        self.new_case.setEnabled(allowed)
        self.open_button.setEnabled(
            allowed and self.new_case.isChecked() and self._new_case is None
        )
        if not allowed:
            set_text(self.new_case_note,
                     lambda: error_sentence(errors.SelfServiceDisabled.code))
        has_new = self._new_case is not None
        self.token_box.setVisible(has_new)
        self.token_once.setVisible(has_new)
        self.complete_changed.emit()


def indented(*widgets: QWidget) -> QWidget:
    """Controls that belong to the choice above them, set in under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(28, 0, 0, 0)
    layout.setSpacing(SPACING // 2)
    for widget in widgets:
        layout.addWidget(widget)
    return box
