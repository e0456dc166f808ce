"""Step 3: what will be sent, in plain words and exactly, with videos counted apart from
photos (their fingerprints differ); what has too little detail; and the person's
confirmation that the photos and videos are of them (or that they may act)."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from safehash.core.bank.base import BankInfo
from safehash.gui.bank_words import bank_name
from safehash.gui.error_text import error_sentence
from safehash.gui.i18n import fill
from safehash.gui.media_words import MediaWords, split
from safehash.gui.photos import ERROR, LOW_QUALITY
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.theme import set_role
from safehash.gui.widgets import (
    SPACING,
    Page,
    labelled,
    named,
    plain_label,
    section,
    set_text,
)


class CheckPage(Page):
    step = 3

    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.services = session, services
        self.summary = set_role(plain_label(), "lead")
        self.body.addWidget(self.summary)
        self.bank_note = plain_label()
        self.body.addWidget(self.bank_note)

        self.signal_lines = [plain_label() for _ in range(4)]
        self.sent_section = section(lambda: self.tr("For each photo, SafeHash sends"),
                                    *self.signal_lines)  # fmt: skip
        self.body.addWidget(self.sent_section)
        # A video's fingerprints are not a photo's: what the bank takes of each, and, when
        # it takes only file fingerprints, what those cannot do.
        self.video_lines = [plain_label() for _ in range(3)]
        self.exact_only = plain_label(lambda: self.tr(
            "This bank takes only file fingerprints of videos: they find exact copies of a "
            "video, not one that was shortened or saved again."
        ))  # fmt: skip
        self.video_section = section(lambda: self.tr("For each video, SafeHash sends"),
                                     *self.video_lines, self.exact_only)  # fmt: skip
        self.body.addWidget(self.video_section)
        self.body.addWidget(
            section(
                lambda: self.tr("Also sent, and never sent"),
                plain_label(lambda: self.tr(
                    "Also sent: your case token, which shows the bank these photos and videos "
                    "belong to your case, and a random reference so that sending twice stores "
                    "them only once."
                )),
                plain_label(lambda: self.tr(
                    "Never sent: the photos and videos themselves, their names, where they are "
                    "on this computer, or when they were taken."
                )),
            )
        )  # fmt: skip

        self.low_text = plain_label()
        self.low_video_text = plain_label()
        self.leave_out = labelled(
            QCheckBox(),
            lambda: self.tr("Leave out the photos and videos with too little detail"),
            None,
            lambda: self.tr("They may not be recognised by platforms"),
        )
        self.leave_out.setChecked(True)
        self.low_section = section(lambda: self.tr("Too little detail"), self.low_text,
                                   self.low_video_text, self.leave_out)  # fmt: skip
        self.body.addWidget(self.low_section)
        self.error_text = plain_label()
        self.body.addWidget(self.error_text)
        # Videos of which the bank takes no fingerprint at all (one that takes only PDQ).
        self.untaken_text = plain_label()
        self.body.addWidget(self.untaken_text)
        self.folder_text = plain_label()
        self.body.addWidget(self.folder_text)

        self.show_json = labelled(
            QPushButton(),
            lambda: self.tr("Show exactly what will be sent"),
            None,
            lambda: self.tr("Shows the message SafeHash will send to the bank, word for word"),
        )
        self.show_json.setCheckable(True)
        self.json_view = named(QPlainTextEdit(), lambda: self.tr("Exactly what will be sent"))
        self.json_view.setReadOnly(True)
        set_role(self.json_view, "code")
        # The message is JSON: it reads left to right in every language.
        self.json_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # As tall as the message, so the page's own scroll bar is the only one; reading it
        # with the arrow keys scrolls the page along (``_follow_cursor``).
        self.json_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.json_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.json_view.cursorPositionChanged.connect(self._follow_cursor)
        self.json_view.setVisible(False)
        self.json_note = plain_label(lambda: self.tr(
            "This is the whole message. The case token travels with it as a password (it is "
            "not shown here), and the reference below as its label."
        ))  # fmt: skip
        self.json_note.setVisible(False)

        self.consent = labelled(
            QCheckBox(),
            lambda: self.tr(
                "These photos and videos are of me, or I am allowed to act for the person in "
                "them."
            ),
            lambda: self.tr(
                "I confirm these photos and videos are of me, or that I may act for the person "
                "in them"
            ),
        )  # fmt: skip
        self.body.addWidget(section(lambda: self.tr("Your confirmation"), self.consent))
        show_row = QHBoxLayout()
        show_row.addWidget(self.show_json)
        show_row.addStretch(1)
        self.body.addLayout(show_row)
        self.body.addWidget(self.json_note)
        self.body.addWidget(self.json_view)
        self.body.addStretch(1)

        self.leave_out.toggled.connect(self._on_leave_out)
        self.show_json.toggled.connect(self._on_show_json)
        self.consent.toggled.connect(self._on_consent)

    # --- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Check what will be sent")

    def entered(self) -> None:
        self.leave_out.setChecked(self.session.leave_out_low_quality)
        self.consent.setChecked(self.session.consent)
        if self.session.bank_info is None:
            set_text(self.bank_note, lambda: self.tr("Asking the hash bank what it accepts…"))
            self.services.bank.call(lambda adapter: adapter.info(), self._on_info,
                                    self._on_info_failed)  # fmt: skip
        self.refresh()

    def is_complete(self) -> bool:
        return self.session.consent and self.session.can_send()

    # --- updates ----------------------------------------------------------------------

    def _on_info(self, info: BankInfo) -> None:
        self.session.bank_info = info
        self.session.photos.set_min_quality(info.min_pdq_quality)
        self.refresh()

    def _on_info_failed(self, code: str) -> None:
        #: %1 is a whole sentence saying what went wrong.
        set_text(self.bank_note, lambda: fill(
            self.tr("The hash bank could not be asked yet: %1 This is checked again when "
                    "sending."),
            error_sentence(code),
        ))  # fmt: skip

    def _on_leave_out(self, checked: bool) -> None:
        self.session.leave_out_low_quality = checked
        self.refresh()

    def _on_consent(self, checked: bool) -> None:
        self.session.consent = checked
        self.complete_changed.emit()

    def _on_show_json(self, shown: bool) -> None:
        self.json_view.setVisible(shown)
        self.json_note.setVisible(shown)
        set_text(self.show_json, lambda: self.tr("Hide the exact message") if shown
                 else self.tr("Show exactly what will be sent"))  # fmt: skip
        if shown:
            self._fit_json()
            # Once laid out: the message's top at the top of the page's view.
            QTimer.singleShot(0, self._scroll_to_message)

    def _fit_json(self) -> None:
        view = self.json_view
        lines = view.document().blockCount()
        frame = view.frameWidth() * 2 + view.contentsMargins().top() * 2
        margin = round(view.document().documentMargin() * 2)
        bar = view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(lines * view.fontMetrics().lineSpacing() + frame + margin + bar + 4)

    def _scroll_to_message(self) -> None:
        if not self.json_view.isVisible():
            return
        inner = self.scroll.widget()
        top = self.json_note.mapTo(inner, QPoint(0, 0)).y()
        self.scroll.verticalScrollBar().setValue(max(0, top - SPACING))

    def _follow_cursor(self) -> None:
        view = self.json_view
        if not view.hasFocus():
            return
        where = view.viewport().mapTo(self.scroll.widget(), view.cursorRect().center())
        line = view.fontMetrics().lineSpacing()
        self.scroll.ensureVisible(where.x(), where.y(), SPACING, line * 2)

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh()

    def bank_name(self) -> str:
        return bank_name(self.services.profile, self.session.bank_info)

    def first_focus(self) -> QWidget | None:
        return None if self.consent.isChecked() else self.consent

    def refresh(self) -> None:
        session = self.session
        profile = self.services.profile
        submission = session.build_submission(profile)
        items = submission.items if submission else ()
        photos, videos = split(items)
        if videos:
            #: %1 counts what is sent: "3 photos and 1 video", "1 video"; %2 is the name
            #: of the hash bank.
            self.summary.setText(fill(
                self.tr("SafeHash will send the fingerprints of %1 to %2."),
                MediaWords().counted(photos, videos), self.bank_name(),
            ))  # fmt: skip
        else:
            #: %1 is the name of the hash bank.
            self.summary.setText(fill(
                self.tr("%n photo(s) will be sent as fingerprints to %1.", "", photos),
                self.bank_name(),
            ))  # fmt: skip
        if session.bank_info is not None:
            set_text(self.bank_note, "")
            self.bank_note.setVisible(False)
        types = session.send_types(profile).image
        words = {
            "pdq": self.tr("A picture fingerprint (PDQ), which still matches after a photo "
                           "is resized or re-saved."),
            "phash": self.tr("A second picture fingerprint (pHash), for platforms that use it."),
            "md5": self.tr("A file fingerprint (MD5), which matches only exact copies."),
            "sha256": self.tr("A second file fingerprint (SHA-256), for exact copies."),
            "vpdq": self.tr("A video fingerprint (vPDQ): a picture fingerprint of one frame "
                            "each second, which still matches after a video is resized or "
                            "re-saved."),
        }  # fmt: skip
        for label, kind in zip(self.signal_lines, [*types, None, None, None, None], strict=False):
            label.setVisible(kind is not None)
            label.setText(words.get(kind or "", ""))
        self.sent_section.setVisible(photos > 0 or not videos)
        # What is in a video's item, exactly as it will be sent.
        sent = next((set(item.signals()) for item in items if item.is_video), set())
        video_kinds = [kind for kind in ("vpdq", "md5", "sha256") if kind in sent]
        for label, kind in zip(self.video_lines, [*video_kinds, None, None, None], strict=False):
            label.setVisible(kind is not None)
            label.setText(words.get(kind or "", ""))
        self.exact_only.setVisible("vpdq" not in video_kinds)
        self.video_section.setVisible(videos > 0)
        low = session.photos.count(LOW_QUALITY, video=False)
        low_videos = session.photos.count(LOW_QUALITY, video=True)
        self.low_section.setVisible(low + low_videos > 0)
        self.low_text.setVisible(low > 0)
        self.low_text.setText(
            self.tr(
                "Too little detail for a dependable match in %n photo(s): very dark, plain or "
                "tiny pictures have little detail. Platforms may not recognise copies of them.",
                "",
                low,
            )
        )
        self.low_video_text.setVisible(low_videos > 0)
        self.low_video_text.setText(self.tr(
            "In %n video(s), no frame has enough detail for a dependable match: the video may "
            "be very dark or plain. If sent, their file fingerprints still find exact copies.",
            "", low_videos,
        ))  # fmt: skip
        # Files the bank cannot take (a video, where it takes none), said plainly.
        untaken = MediaWords().not_sent(
            [n.reason for n in submission.not_sent] if submission else [], self.bank_name()
        )
        self.untaken_text.setVisible(bool(untaken))
        self.untaken_text.setText("\n".join(untaken))
        bad = session.photos.count(ERROR)
        self.error_text.setVisible(bad > 0)
        self.error_text.setText(
            self.tr("%n file(s) could not be read and will not be sent.", "", bad)
        )
        folders = session.photos.count_unopened_folders()
        self.folder_text.setVisible(folders > 0)
        self.folder_text.setText(self.tr(
            "%n folder(s) could not be opened. Photos and videos inside will not be sent; "
            "step 2 shows which folder(s).", "", folders
        ))  # fmt: skip
        if submission is not None and submission.items:
            message = json.dumps(submission.body(), indent=2)
            #: "Idempotency-Key" is the technical name of the reference; keep it as it is.
            reference = fill(self.tr("Reference (Idempotency-Key): %1"),
                             submission.idempotency_key)  # fmt: skip
            self.json_view.setPlainText(reference + "\n\n" + message)
        else:
            self.json_view.setPlainText(
                self.tr("Nothing will be sent: no photo or video is chosen.")
            )
        if self.json_view.isVisible():
            self._fit_json()
        self.complete_changed.emit()
