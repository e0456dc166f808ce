"""Meta's Hasher-Matcher-Actioner (HMA 2.0) curation API.

One ``POST /c/bank/<BANK>/signal`` per PDQ hash (a picture's hash, then its variants); the
content ids HMA returns go in the receipt, for status (``GET .../content/<id>``) and
withdrawal (``DELETE .../content/<id>``). The body is ``{"pdq": ...}`` and nothing else:
HMA's code reads every key of that object as a signal type, so even a harmless ``note``
is refused with 400 by a real HMA (and free text is a privacy risk anyway).

A video is one content: ``{"video_md5": ..., "vpdq": ...}`` (HMA's default configuration
has ``video_md5``; ``vpdq`` only where ``GET /c/signal_type`` lists it with a non-zero
``enabled_ratio``, since HMA does not match a disabled type), then one content
``{"vpdq": ...}`` for its upright view. vPDQ goes in HMA's own serialisation
(``vpdq_signal``).

HMA has no cases, tokens or idempotency. Each content id is written to the journal the
moment it arrives, so sending again posts only the hashes not yet stored. Residual risk:
if HMA stores a hash and the answer is then lost (connection cut after processing),
SafeHash cannot know its id and sends it once more. The bank then holds that hash twice;
an operator can find the orphan by its hash, but a withdrawal from the app removes only
the copy it knows. Such a POST is never
retried automatically (only when no connection was made, or on 429/503).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from safehash.core import errors
from safehash.core.bank.base import (
    CASE_OPEN,
    CASE_WITHDRAWN,
    SUBMISSION_ACTIVE,
    SUBMISSION_PARTLY_WITHDRAWN,
    SUBMISSION_WITHDRAWN,
    BankAdapter,
    BankInfo,
    CaseStatus,
    ItemJournal,
    MemoryJournal,
    SubmissionStatus,
    clean_text,
)
from safehash.core.profile import KIND_HMA, Profile
from safehash.core.records import (
    ITEM_ACCEPTED,
    ITEM_REJECTED,
    PDQ_MIN_QUALITY,
    REASON_NO_SIGNAL_TAKEN,
    REASON_NO_VIDEOS,
    Case,
    Receipt,
    ReceiptItem,
    Submission,
    SubmissionItem,
    VpdqFrame,
)
from safehash.core.transport import HttpClient, HttpResponse

ALIVE = b"I-AM-ALIVE"
LOCAL_CASE_PREFIX = "local-"
REASON_LOW_QUALITY = "pdq_quality_too_low"
REASON_NO_PDQ = "no_pdq_hash"
# HMA's signal type names for what SafeHash calls a video's md5 and vpdq.
HMA_NAMES = {"md5": "video_md5", "vpdq": "vpdq"}


class HmaAdapter(BankAdapter):
    kind = KIND_HMA

    def __init__(
        self,
        profile: Profile,
        client: HttpClient,
        *,
        endpoint: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(profile, client, endpoint=endpoint, extra_headers=extra_headers)
        # Progress of submissions sent from this process without an outbox journal.
        self._journals: dict[str, MemoryJournal] = {}

    def error_for(self, response: HttpResponse) -> errors.BankError:
        error: errors.BankError
        if response.status in (401, 403):
            error = errors.BankAccessRefused()  # HMA's own proxy said no, not a case token
        elif response.status == 404:
            error = errors.NotFound(
                "The hash bank has no bank of this name; check bank.name in the profile."
            )
        else:
            return super().error_for(response)
        error.status = response.status
        return error

    @property
    def bank(self) -> str:
        return self.profile.bank_name or ""

    def info(self) -> BankInfo:
        response = self.call("GET", "status", idempotent=True)
        if response.content.strip() != ALIVE:
            raise errors.BadResponse()
        self._info = BankInfo(
            kind=self.kind,
            bank_name=self.bank,
            signal_types=("pdq",),
            max_items=None,
            min_pdq_quality=PDQ_MIN_QUALITY,
            self_service_cases=True,
            video_signal_types=self._video_types(),
        )
        return self._info

    def _video_types(self) -> tuple[str, ...]:
        """What HMA takes of a video, from its signal type configuration."""
        response = self.call("GET", "c", "signal_type", idempotent=True, expect=(200, 404))
        if response.status == 404:  # an HMA without this route: its default configuration
            return ("md5",)
        doc = response.json()
        if not isinstance(doc, list):
            raise errors.BadResponse()
        ratios: dict[str, float] = {}
        for entry in doc:
            name = entry.get("name") if isinstance(entry, dict) else None
            ratio = entry.get("enabled_ratio") if isinstance(entry, dict) else None
            if not isinstance(name, str) or isinstance(ratio, bool):
                raise errors.BadResponse()
            if not isinstance(ratio, int | float):
                raise errors.BadResponse()
            ratios[name] = float(ratio)
        types = ["vpdq"] if ratios.get(HMA_NAMES["vpdq"], 0.0) > 0 else []
        if HMA_NAMES["md5"] in ratios:  # stored whatever its ratio: HMA's default has it
            types.append("md5")
        return tuple(types)

    def open_case(self) -> Case:
        # HMA has no cases: a local id groups the receipts; there is no token.
        return Case(LOCAL_CASE_PREFIX + uuid.uuid4().hex)

    def submit(
        self, submission: Submission, case: Case, *, journal: ItemJournal | None = None
    ) -> Receipt:
        if not submission.items:
            raise errors.NothingToSend()
        if journal is None:
            journal = self._journals.setdefault(submission.idempotency_key, MemoryJournal())
        items = []
        for index, item in enumerate(submission.items):
            bodies = self._video_bodies(item) if item.is_video else _photo_bodies(item)
            if isinstance(bodies, str):  # not sent, for this reason
                items.append(ReceiptItem(index, ITEM_REJECTED, bodies))
            else:
                items.append(self._post(index, bodies, journal))
        self._journals.pop(submission.idempotency_key, None)
        return Receipt(
            bank_kind=self.kind,
            bank_name=self.bank,
            endpoint_host=self.endpoint_host,
            case_id=case.case_id,
            submission_id=submission.idempotency_key,
            received_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            items=submission.receipt_items(items),
            idempotency_key=submission.idempotency_key,
        )

    def _video_bodies(self, item: SubmissionItem) -> list[dict[str, str]] | str:
        """One content per view of the video: its MD5 and vPDQ together, then each other
        view's vPDQ; or the reason nothing is sent."""
        taken = (self._info or self.info()).video_signal_types
        if not taken:
            return REASON_NO_VIDEOS
        first: dict[str, str] = {}
        if item.md5 is not None and "md5" in taken:
            first[HMA_NAMES["md5"]] = item.md5
        with_vpdq = bool(item.vpdq) and "vpdq" in taken
        if with_vpdq:
            first[HMA_NAMES["vpdq"]] = vpdq_signal(item.vpdq)
        if not first:
            return REASON_NO_SIGNAL_TAKEN
        views = item.vpdq_variants if with_vpdq else ()
        return [first, *({HMA_NAMES["vpdq"]: vpdq_signal(view)} for view in views)]

    def _post(self, index: int, bodies: list[dict[str, str]], journal: ItemJournal) -> ReceiptItem:
        """POST each content of one item (the file itself first, then its other views),
        skipping those the journal says are stored already."""
        ids: list[str] = []
        reason = None
        for view, body in enumerate(bodies):
            key = f"{index}.{view}"
            content_id = journal.get(key)
            if content_id is None:
                response = self.call(
                    "POST", "c", "bank", self.bank, "signal",
                    body=body, idempotent=False, expect=(200, 400),
                )  # fmt: skip
                if response.status == 400:
                    reason = reason or _message(response)
                    if view == 0:
                        break  # the file itself was refused: no other views either
                    continue
                content_id = _content_id(response)
                journal.record(key, content_id)
            ids.append(content_id)
        state = ITEM_ACCEPTED if ids else ITEM_REJECTED
        return ReceiptItem(index, state, None if ids else reason, tuple(ids))

    def status(self, case: Case, receipts: Sequence[Receipt] = ()) -> CaseStatus:
        submissions = []
        for receipt in receipts:
            held, total, videos_held, videos = 0, 0, 0, 0
            for item in receipt.items:
                if not item.content_ids:
                    continue
                total += 1
                videos += item.is_video
                present = all([self._exists(cid) for cid in item.content_ids])
                held += present
                videos_held += present and item.is_video
            if total == 0 or held == total:
                state = SUBMISSION_ACTIVE if total else SUBMISSION_WITHDRAWN
            else:
                state = SUBMISSION_WITHDRAWN if held == 0 else SUBMISSION_PARTLY_WITHDRAWN
            submissions.append(
                SubmissionStatus(
                    receipt.submission_id,
                    receipt.received_at,
                    state,
                    total,
                    held,
                    videos_accepted=videos,
                    videos_held=videos_held,
                )
            )
        active = any(s.held for s in submissions)
        return CaseStatus(
            case.case_id, CASE_OPEN if active else CASE_WITHDRAWN, None, tuple(submissions)
        )

    def withdraw_submission(self, receipt: Receipt, case: Case) -> None:
        for item in receipt.items:
            for content_id in item.content_ids:
                self.call("DELETE", *self._content(content_id), idempotent=True,
                          expect=(200, 404))  # fmt: skip  # 404: already gone

    def withdraw_case(self, case: Case, receipts: Sequence[Receipt] = ()) -> None:
        for receipt in receipts:
            self.withdraw_submission(receipt, case)

    def _exists(self, content_id: str) -> bool:
        response = self.call("GET", *self._content(content_id), idempotent=True,
                             expect=(200, 404))  # fmt: skip
        return response.status == 200

    def _content(self, content_id: str) -> tuple[str, ...]:
        return ("c", "bank", self.bank, "content", content_id)


def _photo_bodies(item: SubmissionItem) -> list[dict[str, str]] | str:
    """One content per PDQ hash (the picture, then its other views); or the reason nothing
    is sent."""
    if item.pdq is None:
        return REASON_NO_PDQ
    if item.pdq.quality < PDQ_MIN_QUALITY:
        # HMA does not look at quality; an unreliable hash would only cause false matches.
        return REASON_LOW_QUALITY
    return [{"pdq": pdq.value} for pdq in (item.pdq, *item.pdq_variants)]


def vpdq_signal(frames: Sequence[VpdqFrame]) -> str:
    """vPDQ as HMA stores and matches it: python-threatexchange's ``VpdqCompactFeature``
    list, a JSON array of ``"hex,quality,timestamp"`` strings, the timestamp written as
    Python's ``f"{t:.3}"`` (three significant digits). Frame numbers are not part of it."""
    return json.dumps([f"{f.pdq},{f.quality},{float(f.timestamp):.3}" for f in frames])


def _content_id(response: HttpResponse) -> str:
    doc = response.json_object()
    raw = doc.get("id")
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise errors.BadResponse()
    text = str(raw)
    if not 0 < len(text) <= 64 or not text.isprintable() or "/" in text:
        raise errors.BadResponse()
    return text


def _message(response: HttpResponse) -> str:
    try:
        doc = response.json()
    except errors.BadResponse:
        return "refused"
    return (clean_text(doc.get("message")) if isinstance(doc, dict) else None) or "refused"
