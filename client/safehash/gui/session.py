"""Everything the window knows about this sitting, in memory only, and how to drop it.

The photos (paths and hashes), the case and its token, what is about to be sent and what
the bank confirmed. ``wipe()`` forgets all of it: Quick exit, "Forget everything" and
closing the window call it. Nothing here is ever written to disk by the session itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from safehash.core.bank.base import BankInfo, types_to_send
from safehash.core.profile import Profile
from safehash.core.records import Case, HashRecord, MediaSignalTypes, Receipt, Submission
from safehash.gui.photos import LOW_QUALITY, READY, PhotoListModel


class Session(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.photos = PhotoListModel()
        self.bank_info: BankInfo | None = None
        self.leave_out_low_quality = True
        self.consent = False
        self.case: Case | None = None
        self.remember_case = False
        self.submission: Submission | None = None
        self._submission_key: tuple[object, ...] | None = None
        self.receipt: Receipt | None = None
        # The token the bank last refused, and its error code: step 4 says so, instead of
        # "looks right", until another token is typed.
        self.refused_token: tuple[str, str] | None = None
        self.photos.counts_changed.connect(self.changed)

    def records_to_send(self) -> list[HashRecord]:
        wanted = {READY} if self.leave_out_low_quality else {READY, LOW_QUALITY}
        return [e.record for e in self.photos.entries() if e.state in wanted and e.record]

    def send_types(self, profile: Profile) -> MediaSignalTypes:
        """What is sent of a photo and of a video: the profile's choice, narrowed to what
        the bank said it takes (once it has said)."""
        return types_to_send(profile, self.bank_info)

    def build_submission(self, profile: Profile) -> Submission | None:
        """The submission for what is chosen now; the same object (and so the same
        Idempotency-Key, which makes every retry safe) while the choice is unchanged.
        Files the bank cannot take (a video, where it takes no videos) are in its
        ``not_sent``; it may then have no item at all, and nothing can be sent."""
        types = self.send_types(profile)
        records = self.records_to_send()
        if not records:
            self.submission, self._submission_key = None, None
            return None
        key = (tuple(r.sha256 for r in records), types)
        if self.submission is None or key != self._submission_key:
            self.submission = Submission.from_records(records, types)
            self._submission_key = key
        return self.submission

    def wipe(self) -> None:
        self.photos.clear()
        self.bank_info = None
        self.leave_out_low_quality = True
        self.consent = False
        self.case = None
        self.remember_case = False
        self.submission, self._submission_key = None, None
        self.receipt = None
        self.refused_token = None
        self.changed.emit()

    def can_send(self) -> bool:
        """A submission with something in it that the bank takes."""
        return self.submission is not None and bool(self.submission.items)
