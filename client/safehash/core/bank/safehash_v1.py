"""SafeHash Bank API v1 (docs/api/): exactly the contract's JSON, nothing else.

Submissions carry an Idempotency-Key fixed when the Submission was made, so every retry
(by the transport, by the outbox, after a crash) is the same request and the bank stores
it once.

Videos (API 1.1): a bank says in ``GET /v1/info`` what it takes of a video
(``signal_types_by_media.video``); a bank that says nothing (a 1.0 bank) is sent no video
item, since it would refuse the whole submission over a key it does not know.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from safehash.core import case_token, errors
from safehash.core.bank.base import (
    CASE_OPEN,
    CASE_WITHDRAWN,
    SUBMISSION_ACTIVE,
    SUBMISSION_WITHDRAWN,
    BankAdapter,
    BankInfo,
    CaseStatus,
    ItemJournal,
    SubmissionStatus,
    clean_text,
)
from safehash.core.profile import KIND_SAFEHASH_V1
from safehash.core.records import (
    IMAGE_SIGNAL_TYPES,
    ITEM_ACCEPTED,
    ITEM_REJECTED,
    MEDIA_IMAGE,
    MEDIA_VIDEO,
    VIDEO_SIGNAL_TYPES,
    Case,
    Receipt,
    ReceiptItem,
    Submission,
)

MAX_ID = 200
# The body limit of API 1.0, which said no other; a bank that takes more says so.
V1_MAX_BODY_BYTES = 1024 * 1024


class SafeHashV1Adapter(BankAdapter):
    kind = KIND_SAFEHASH_V1

    def info(self) -> BankInfo:
        doc = self.call("GET", "v1", "info", idempotent=True).json_object()
        signal_types = doc.get("signal_types")
        max_items, min_quality = doc.get("max_items_per_submission"), doc.get("min_pdq_quality")
        if (
            doc.get("api_version") != "1"
            or not isinstance(signal_types, list)
            or not _is_int(max_items)
            or not _is_int(min_quality)
            or not isinstance(doc.get("self_service_cases"), bool)
        ):
            raise errors.BadResponse()
        by_media = _by_media(doc.get("signal_types_by_media"), signal_types)
        max_body = doc.get("max_body_bytes", V1_MAX_BODY_BYTES)
        if not _is_int(max_body) or max_body < 1:
            raise errors.BadResponse()
        self._info = BankInfo(
            kind=self.kind,
            bank_name=clean_text(doc.get("bank_name")) or self.endpoint_host,
            signal_types=tuple(t for t in IMAGE_SIGNAL_TYPES if t in by_media[MEDIA_IMAGE]),
            max_items=max_items,
            min_pdq_quality=min_quality,
            self_service_cases=doc["self_service_cases"],
            video_signal_types=tuple(t for t in VIDEO_SIGNAL_TYPES if t in by_media[MEDIA_VIDEO]),
            max_body_bytes=max_body,
        )
        return self._info

    def open_case(self) -> Case:
        # Not retried blindly: a lost answer would leave a case nobody has the token for.
        doc = self.call(
            "POST", "v1", "cases", body={}, idempotent=False, expect=(201,)
        ).json_object()
        case_id = _an_id(doc.get("case_id"))
        try:
            token = case_token.parse(str(doc.get("case_token", "")))
        except case_token.CaseTokenError as exc:
            raise errors.BadResponse() from exc
        return Case(case_id, token)

    def submit(
        self, submission: Submission, case: Case, *, journal: ItemJournal | None = None
    ) -> Receipt:
        self._check_sendable(submission)
        response = self.call(
            "POST",
            "v1",
            "submissions",
            body=submission.body(),
            headers={**_bearer(case), "Idempotency-Key": submission.idempotency_key},
            idempotent=True,
            expect=(200, 201),
        )
        doc = response.json_object()
        items = submission.receipt_items(_receipt_items(doc.get("items"), len(submission.items)))
        received_at = doc.get("received_at")
        if not isinstance(received_at, str) or len(received_at) > 64:
            raise errors.BadResponse()
        receipt = Receipt(
            bank_kind=self.kind,
            bank_name=self.bank_name(),
            endpoint_host=self.endpoint_host,
            case_id=_an_id(doc.get("case_id")),
            submission_id=_an_id(doc.get("submission_id")),
            received_at=received_at,
            items=items,
            idempotency_key=submission.idempotency_key,
        )
        if response.status == 200:  # the stored first answer: it reached the bank before
            return self._as_held_now(receipt, case)
        return receipt

    def _check_sendable(self, submission: Submission) -> None:
        """Refuse, before anything is sent, what this bank would refuse as a whole."""
        if not submission.items:
            raise errors.NothingToSend()
        if any(item.is_video for item in submission.items):
            info = self._info or self.info()
            if not info.video_signal_types:  # the submission was made before we knew
                raise errors.VideosNotTaken()
        limit = self._info.max_body_bytes if self._info else None
        if limit is not None:
            size = len(json.dumps(submission.body(), separators=(",", ":")).encode("utf-8"))
            if size > limit:
                raise errors.TooLarge(
                    "Too much for one sending (many files, or long videos); please send them "
                    "in smaller groups."
                )

    def _as_held_now(self, receipt: Receipt, case: Case) -> Receipt:
        """A replayed receipt, with what the bank says it holds of it now: it may have been
        withdrawn, alone or with its case, since it first arrived."""
        try:
            now = self.status(Case(receipt.case_id, case.token))
        except errors.BankError:
            return dataclasses.replace(receipt, replayed=True)  # held now: unknown, and said so
        sub = next((s for s in now.submissions if s.submission_id == receipt.submission_id), None)
        withdrawn = now.status == CASE_WITHDRAWN or (
            sub is not None and sub.status != SUBMISSION_ACTIVE
        )
        held = 0 if withdrawn or sub is None else sub.held
        return dataclasses.replace(receipt, replayed=True, withdrawn=withdrawn, held_now=held)

    def status(self, case: Case, receipts: Sequence[Receipt] = ()) -> CaseStatus:
        doc = self.call("GET", "v1", "cases", case.case_id, headers=_bearer(case),
                        idempotent=True).json_object()  # fmt: skip
        raw_subs = doc.get("submissions")
        if doc.get("status") not in (CASE_OPEN, CASE_WITHDRAWN) or not isinstance(raw_subs, list):
            raise errors.BadResponse()
        submissions = []
        for raw in raw_subs:
            if not isinstance(raw, dict) or not _is_int(raw.get("items_accepted")):
                raise errors.BadResponse()
            videos = raw.get("videos_accepted", 0)  # a 1.0 bank: no videos
            if not _is_int(videos) or videos > raw["items_accepted"]:
                raise errors.BadResponse()
            state = raw.get("status")
            if state not in (SUBMISSION_ACTIVE, SUBMISSION_WITHDRAWN):
                raise errors.BadResponse()
            submissions.append(
                SubmissionStatus(
                    submission_id=_an_id(raw.get("submission_id")),
                    received_at=clean_text(raw.get("received_at"), 64) or "",
                    status=state,
                    items_accepted=raw["items_accepted"],
                    videos_accepted=videos,
                )
            )
        return CaseStatus(
            case_id=_an_id(doc.get("case_id")),
            status=doc["status"],
            created_at=clean_text(doc.get("created_at"), 64),
            submissions=tuple(submissions),
        )

    def withdraw_submission(self, receipt: Receipt, case: Case) -> None:
        self.call("DELETE", "v1", "submissions", receipt.submission_id, headers=_bearer(case),
                  idempotent=True)  # fmt: skip

    def withdraw_case(self, case: Case, receipts: Sequence[Receipt] = ()) -> None:
        self.call("DELETE", "v1", "cases", case.case_id, headers=_bearer(case), idempotent=True)


def _bearer(case: Case) -> dict[str, str]:
    if not case.token:
        raise errors.CaseTokenMissing()
    return {"Authorization": f"Bearer {case.token}"}


def _by_media(raw: object, image_types: list[object]) -> dict[str, list[object]]:
    """What the bank takes per media; a 1.0 bank lists only photos' types, as
    ``signal_types``, and takes no video."""
    if raw is None:
        return {MEDIA_IMAGE: image_types, MEDIA_VIDEO: []}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise errors.BadResponse()
    return {MEDIA_IMAGE: raw.get(MEDIA_IMAGE, image_types), MEDIA_VIDEO: raw.get(MEDIA_VIDEO, [])}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _an_id(value: object) -> str:
    """An id from the bank, refused unless it is short printable text."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_ID or not value.isprintable():
        raise errors.BadResponse()
    return value


def _receipt_items(raw: Any, expected: int) -> tuple[ReceiptItem, ...]:
    if not isinstance(raw, list) or len(raw) != expected:
        raise errors.BadResponse()
    items: dict[int, ReceiptItem] = {}
    for entry in raw:
        if not isinstance(entry, dict):
            raise errors.BadResponse()
        index, state = entry.get("index"), entry.get("status")
        if not _is_int(index) or index >= expected or index in items:
            raise errors.BadResponse()
        if state not in (ITEM_ACCEPTED, ITEM_REJECTED):
            raise errors.BadResponse()
        items[index] = ReceiptItem(index, state, clean_text(entry.get("reason")))
    return tuple(items[i] for i in range(expected))
