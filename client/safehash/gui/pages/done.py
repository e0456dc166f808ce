"""Step 5, done: what the bank confirmed, how to check or withdraw later, the receipt, and
"Forget everything on this computer"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from safehash.core.display import clean_for_display
from safehash.core.records import Receipt
from safehash.gui.bank_words import bank_name
from safehash.gui.bidi import grouped, ltr
from safehash.gui.error_text import error_sentence
from safehash.gui.file_dialogs import write_private_file
from safehash.gui.forget import confirm_forget
from safehash.gui.i18n import fill
from safehash.gui.media_words import NOT_SENT_REASONS, MediaWords, split
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.theme import set_role
from safehash.gui.widgets import (
    SPACING,
    Page,
    flow_row,
    labelled,
    local_time,
    named,
    plain_label,
    section,
    set_text,
)


class DonePage(Page):
    step = 5  # the end of step 5: what the bank confirmed
    check_case_requested = Signal()
    forget_requested = Signal()
    start_again_requested = Signal()

    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.services = session, services
        self.headline = set_role(plain_label(), "lead")
        self.counts = plain_label()
        self.details = plain_label(selectable=True)
        named(self.details, lambda: self.tr("Receipt details"))
        self.body.addWidget(self.headline)
        self.body.addWidget(self.counts)
        self.body.addWidget(section(lambda: self.tr("Your receipt"), self.details))
        self.body.addWidget(
            section(
                lambda: self.tr("Checking or withdrawing later"),
                #: %1 is the name of the button "Check or withdraw a case".
                plain_label(lambda: fill(self.tr(
                    "To see what the bank holds, or to ask it to delete these fingerprints, "
                    "press “%1” at the bottom of the window and enter your case "
                    "token and case reference. Saving the receipt keeps the case reference "
                    "for you; it holds no token, photo or fingerprint."
                ), QCoreApplication.translate("MainWindow", "Check or withdraw a case"))),
            )
        )  # fmt: skip
        self.save_button = labelled(QPushButton(), lambda: self.tr("Save receipt…"),
                                    lambda: self.tr("Save the receipt to a file"))
        self.check_button = labelled(QPushButton(), lambda: self.tr("Check this case now"))
        self.again_button = labelled(QPushButton(), lambda: self.tr("Send more photos or videos"),
                                     None,
                                     lambda: self.tr("Starts again at step 2 with the same "
                                                     "case"))  # fmt: skip
        self.forget_button = labelled(
            QPushButton(),
            lambda: self.tr("Forget everything on this computer…"),
            lambda: self.tr("Forget everything on this computer"),
            lambda: self.tr("Deletes everything SafeHash kept here: settings, remembered "
                            "case, waiting sendings"),
        )  # fmt: skip
        set_role(self.save_button, "primary")
        self.body.addWidget(flow_row(self.save_button, self.check_button, self.again_button))
        self.note = plain_label()
        self.body.addWidget(self.note)
        forget_box = QWidget()
        forget_row = QHBoxLayout(forget_box)
        forget_row.setContentsMargins(0, 0, 0, 0)
        forget_row.addWidget(self.forget_button)
        forget_row.addStretch(1)
        self.body.addSpacing(SPACING)
        self.body.addWidget(section(lambda: self.tr("On this computer"), plain_label(
            lambda: self.tr("When you close SafeHash, it forgets the photos, videos, "
                            "fingerprints and case token of this session by itself.")
        ), plain_label(
            lambda: self.tr("Anything you asked it to keep (settings, a remembered case, "
                            "sendings waiting to be sent) stays until you press the button "
                            "below. Files you saved yourself, such as this receipt or a case "
                            "token file, are never deleted by SafeHash.")
        ), forget_box))  # fmt: skip
        self.body.addStretch(1)
        self.save_button.clicked.connect(self.save_receipt)
        self.check_button.clicked.connect(self.check_case_requested)
        self.again_button.clicked.connect(self.start_again_requested)
        self.forget_button.clicked.connect(self.confirm_forget)

    def title(self) -> str:
        return self.tr("Done")

    def continue_text(self) -> None:
        return None

    def entered(self) -> None:
        set_text(self.note, "")
        self.show_receipt()

    def retranslate(self) -> None:
        super().retranslate()
        self.show_receipt()

    def show_receipt(self) -> None:
        receipt = self.session.receipt
        if receipt is None:
            self.headline.setText(self.tr("Nothing has been sent yet."))
            self.counts.setText("")
            self.details.setText("")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        bank = bank_name(self.services.profile, reported=receipt.bank_name)
        if receipt.withdrawn:  # a resend of a sending the bank had, withdrawn since
            #: %1 is the name of the hash bank.
            self.headline.setText(fill(self.tr("These fingerprints had reached %1 before, but "
                                               "they were withdrawn since."), bank))  # fmt: skip
            self.counts.setText(
                self.tr("The bank deleted them: it holds none of these photos or videos. To "
                        "send them again, open a new case.") if self._with_videos(receipt)
                else self.tr("The bank deleted them: it holds none of these photos. To send "
                             "them again, open a new case."))  # fmt: skip
        else:
            #: %1 is the name of the hash bank.
            self.headline.setText(fill(self.tr("Your fingerprints were sent to %1."), bank))
            self.counts.setText(self._counts(receipt))
        #: Three lines of the receipt; the references are codes (in groups of four, to be
        #: read aloud), the last a date and time.
        self.details.setText(fill(
            self.tr("Case reference: %1\nSending reference: %2\nReceived: %3"),
            ltr(grouped(clean_for_display(receipt.case_id, 100))),
            ltr(grouped(clean_for_display(receipt.submission_id, 100))),
            local_time(receipt.received_at),
        ))  # fmt: skip

    @staticmethod
    def _with_videos(receipt: Receipt) -> bool:
        """The receipt counts a video (sent, or not sent because the bank takes none)."""
        return any(item.is_video for item in receipt.items)

    def _counts(self, receipt: Receipt) -> str:
        """What the bank confirmed; for a resend it already had, what it holds now."""
        if receipt.replayed:
            held = receipt.held_count
            if held is None:
                return self.tr("The bank already had these fingerprints. Check the case to "
                               "see what it holds now.")  # fmt: skip
            if self._with_videos(receipt):
                return self.tr("The bank already had these fingerprints; it holds %n "
                               "photo(s) or video(s) of them now.", "", held)  # fmt: skip
            return self.tr("The bank already had these fingerprints; it holds %n photo(s) "
                           "of them now.", "", held)  # fmt: skip
        never_sent = any(not i.accepted and i.reason in NOT_SENT_REASONS for i in receipt.items)
        if self._with_videos(receipt) or never_sent:
            return self._counts_with_videos(receipt)
        accepted, rejected = receipt.accepted_count, receipt.rejected_count
        text = self.tr("The bank accepted %n photo(s).", "", accepted)
        if rejected:
            #: %1 is the sentence "The bank accepted 3 photos."; %n how many it did not.
            text = fill(self.tr("%1 It did not accept %n photo(s), usually because of too "
                                "little detail.", "", rejected), text)  # fmt: skip
        return text

    def _counts_with_videos(self, receipt: Receipt) -> str:
        """Photos and videos counted apart, as the receipt's items say; files never sent
        (the bank takes no videos) said on their own, with why."""
        sent = [i for i in receipt.items if i.accepted or i.reason not in NOT_SENT_REASONS]
        accepted = split(i for i in sent if i.accepted)
        rejected = split(i for i in sent if not i.accepted)
        words = MediaWords()
        if any(accepted):
            #: %1 counts what the bank accepted: "3 photos and 1 video", "1 video".
            text = fill(self.tr("The bank accepted %1."), words.counted(*accepted))
        else:
            text = self.tr("The bank accepted none of them.")
        if any(rejected):
            #: %1 is the sentence "The bank accepted 3 photos and 1 video."; %2 counts what
            #: it did not accept: "1 video".
            text = fill(self.tr("%1 It did not accept %2."), text, words.counted(*rejected))
        bank = bank_name(self.services.profile, reported=receipt.bank_name)
        not_sent = words.not_sent([i.reason for i in receipt.items if not i.accepted], bank)
        return "\n".join([text, *not_sent])

    def save_receipt(self) -> None:
        receipt = self.session.receipt
        if receipt is None:
            return
        self.services.dialogs.save_file(
            self, self.tr("Save the receipt"), "safehash-receipt.json",
            lambda path: self._write_receipt(path, receipt),
        )  # fmt: skip

    def _write_receipt(self, path: str, receipt: Receipt) -> None:
        try:
            write_private_file(path, receipt.dumps())
        except OSError:
            set_text(self.note, lambda: error_sentence("file_unreadable"))
        else:
            set_text(self.note, lambda: self.tr("The receipt was saved."))

    def confirm_forget(self) -> None:
        confirm_forget(self, self.forget_requested.emit)

    def default_button(self) -> QPushButton | None:
        return self.save_button if self.save_button.isEnabled() else None

    def first_focus(self) -> QWidget | None:
        return self.save_button if self.save_button.isEnabled() else None
