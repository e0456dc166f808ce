"""Everything the window knows about this sitting, in memory only, and how to drop it.

The photos (paths and hashes), the case and its token, what is about to be sent and what
the bank confirmed. ``wipe()`` forgets all of it: Quick exit, "Forget everything" and
closing the window call it. Nothing here is ever written to disk by the session itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from safehash.core.bank.base import BankInfo
from safehash.core.records import Case, HashRecord, Receipt, Submission, SubmissionItem
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
        # The records behind ``submission``, item for item (to count photos and videos).
        self.submitted: list[HashRecord] = []
        self.receipt: Receipt | None = None
        # The token the bank last refused, and its error code: step 4 says so, instead of
        # "looks right", until another token is typed.
        self.refused_token: tuple[str, str] | None = None
        self.photos.counts_changed.connect(self.changed)

    def records_to_send(self) -> list[HashRecord]:
        wanted = {READY} if self.leave_out_low_quality else {READY, LOW_QUALITY}
        return [e.record for e in self.photos.entries() if e.state in wanted and e.record]

    def signal_types(self, profile_types: tuple[str, ...]) -> tuple[str, ...]:
        if self.bank_info is None:
            return profile_types
        return tuple(t for t in profile_types if t in self.bank_info.signal_types)

    def untaken(self, profile_types: tuple[str, ...]) -> list[HashRecord]:
        """Chosen records the bank takes no fingerprint of (a bank that takes only PDQ has
        nothing to take from a video): they cannot be sent, and step 3 says so."""
        types = self.signal_types(profile_types)
        return [r for r in self.records_to_send() if not _has_signal(r, types)]

    def build_submission(self, profile_types: tuple[str, ...]) -> Submission | None:
        """The submission for what is chosen now; the same object (and so the same
        Idempotency-Key, which makes every retry safe) while the choice is unchanged."""
        types = self.signal_types(profile_types)
        records = [r for r in self.records_to_send() if _has_signal(r, types)]
        if not records or not types:
            self.submission, self._submission_key, self.submitted = None, None, []
            return None
        key = (tuple(r.sha256 for r in records), types)
        if self.submission is None or key != self._submission_key:
            self.submission = Submission.from_records(records, types)
            self._submission_key = key
            self.submitted = records
        return self.submission

    def wipe(self) -> None:
        self.photos.clear()
        self.bank_info = None
        self.leave_out_low_quality = True
        self.consent = False
        self.case = None
        self.remember_case = False
        self.submission, self._submission_key, self.submitted = None, None, []
        self.receipt = None
        self.refused_token = None
        self.changed.emit()


def _has_signal(record: HashRecord, types: tuple[str, ...]) -> bool:
    """Whether the bank's signal types leave anything of this record to send."""
    try:
        SubmissionItem.from_record(record, types)
    except ValueError:  # "an item needs at least one signal"
        return False
    return True
