"""The data that flows from hashing to the bank.

A ``HashRecord`` is everything SafeHash learns about one image. It holds no path, no name
and no pixels, so nothing downstream of hashing can leak them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# The field's threshold: PDQ hashes of quality below this are treated as unusable.
PDQ_MIN_QUALITY = 50

# Note codes: facts about how a file was hashed that the person should hear about.
NOTE_FIRST_FRAME = "first_frame_of_animation"
NOTE_ORIENTATION_APPLIED = "orientation_applied"

NOTE_TEXT = {
    NOTE_FIRST_FRAME: "This is an animation; only its first frame was hashed.",
    NOTE_ORIENTATION_APPLIED: (
        "The photo was turned upright (as your phone shows it) before hashing."
    ),
}


@dataclass(frozen=True, slots=True)
class PdqHash:
    """One PDQ hash: 64 lowercase hex digits and its quality (0-100)."""

    value: str
    quality: int

    def to_json(self) -> dict[str, Any]:
        return {"pdq": self.value, "quality": self.quality}


@dataclass(frozen=True, slots=True)
class HashRecord:
    """The hashes of one image, as people see it."""

    pdq: str
    pdq_quality: int
    md5: str
    sha256: str
    phash: str
    width: int
    height: int
    format: str
    # Other views of the same picture, e.g. "as_stored" (EXIF orientation ignored), which
    # platforms that ignore EXIF will compute.
    pdq_variants: dict[str, PdqHash] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def reliable(self) -> bool:
        return self.pdq_quality >= PDQ_MIN_QUALITY

    @property
    def unreliable_reason(self) -> str | None:
        if self.reliable:
            return None
        return (
            f"The picture has too little detail for a dependable match (quality "
            f"{self.pdq_quality} of 100, below {PDQ_MIN_QUALITY}); it may be very dark, "
            "plain or tiny."
        )

    def to_json(self) -> dict[str, Any]:
        """The record's fields as JSON-ready values (no path: the caller adds it)."""
        return {
            "pdq": self.pdq,
            "pdq_quality": self.pdq_quality,
            "pdq_variants": {name: v.to_json() for name, v in self.pdq_variants.items()},
            "reliable": self.reliable,
            "md5": self.md5,
            "sha256": self.sha256,
            "phash": self.phash,
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "notes": [NOTE_TEXT.get(n, n) for n in self.notes],
        }


# --- What is sent to a hash bank, and what comes back -----------------------------------
# Built only from HashRecords (never from paths), so a Submission cannot carry a file name.

SIGNAL_TYPES: tuple[str, ...] = ("pdq", "md5", "sha256", "phash")
_HEX_LENGTH = {"pdq": 64, "md5": 32, "sha256": 64, "phash": 16}
_HEX_DIGITS = frozenset("0123456789abcdef")

ITEM_ACCEPTED = "accepted"
ITEM_REJECTED = "rejected"
RECEIPT_FORMAT = "safehash-receipt/1"


def _check_hex(kind: str, value: object) -> str:
    if (
        not isinstance(value, str)
        or len(value) != _HEX_LENGTH[kind]
        or not (set(value) <= _HEX_DIGITS)
    ):
        raise ValueError(f"{kind} must be {_HEX_LENGTH[kind]} lowercase hex digits")
    return value


def _check_quality(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError("quality must be a whole number from 0 to 100")
    return value


def _only_keys(data: object, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{where} must be an object")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"{where} has unknown key {unknown[0]!r}")
    return data


@dataclass(frozen=True, slots=True)
class SubmissionItem:
    """The signals of one picture, as the bank will see them."""

    pdq: PdqHash | None = None
    pdq_variants: tuple[PdqHash, ...] = ()
    md5: str | None = None
    sha256: str | None = None
    phash: str | None = None

    def __post_init__(self) -> None:
        for pdq in (self.pdq, *self.pdq_variants):
            if pdq is not None:
                _check_hex("pdq", pdq.value)
                _check_quality(pdq.quality)
        if self.pdq_variants and self.pdq is None:
            raise ValueError("pdq variants need a pdq hash")
        for kind in ("md5", "sha256", "phash"):
            value = getattr(self, kind)
            if value is not None:
                _check_hex(kind, value)
        if self.pdq is None and self.md5 is None and self.sha256 is None and self.phash is None:
            raise ValueError("an item needs at least one signal")

    @classmethod
    def from_record(
        cls, record: HashRecord, signal_types: tuple[str, ...] = SIGNAL_TYPES
    ) -> SubmissionItem:
        with_pdq = "pdq" in signal_types
        return cls(
            pdq=PdqHash(record.pdq, record.pdq_quality) if with_pdq else None,
            pdq_variants=tuple(record.pdq_variants.values()) if with_pdq else (),
            md5=record.md5 if "md5" in signal_types else None,
            sha256=record.sha256 if "sha256" in signal_types else None,
            phash=record.phash if "phash" in signal_types else None,
        )

    def restricted_to(self, signal_types: tuple[str, ...]) -> SubmissionItem | None:
        """The same item with only these signal types; None when nothing is left."""
        with_pdq = "pdq" in signal_types and self.pdq is not None
        kept = {k: getattr(self, k) for k in ("md5", "sha256", "phash") if k in signal_types}
        if not with_pdq and not any(kept.values()):
            return None
        return SubmissionItem(
            pdq=self.pdq if with_pdq else None,
            pdq_variants=self.pdq_variants if with_pdq else (),
            **kept,
        )

    def signals(self) -> dict[str, Any]:
        """The item's ``signals`` object, exactly as the SafeHash Bank API v1 defines it."""
        out: dict[str, Any] = {}
        if self.pdq is not None:
            pdq: dict[str, Any] = {"value": self.pdq.value, "quality": self.pdq.quality}
            if self.pdq_variants:
                pdq["variants"] = [
                    {"value": v.value, "quality": v.quality} for v in self.pdq_variants
                ]
            out["pdq"] = pdq
        for kind in ("md5", "sha256", "phash"):
            value = getattr(self, kind)
            if value is not None:
                out[kind] = {"value": value}
        return out

    @classmethod
    def from_signals(cls, data: object) -> SubmissionItem:
        """Strict inverse of ``signals()``; ValueError says what is wrong (never a value)."""
        signals = _only_keys(data, set(SIGNAL_TYPES), "signals")
        pdq = None
        variants: list[PdqHash] = []
        if "pdq" in signals:
            raw = _only_keys(signals["pdq"], {"value", "quality", "variants"}, "pdq")
            pdq = PdqHash(_check_hex("pdq", raw.get("value")), _check_quality(raw.get("quality")))
            raw_variants = raw.get("variants", [])
            if not isinstance(raw_variants, list):
                raise ValueError("pdq variants must be a list")
            for variant in raw_variants:
                v = _only_keys(variant, {"value", "quality"}, "pdq variant")
                variants.append(
                    PdqHash(_check_hex("pdq", v.get("value")), _check_quality(v.get("quality")))
                )
        plain = {}
        for kind in ("md5", "sha256", "phash"):
            if kind in signals:
                raw_plain = _only_keys(signals[kind], {"value"}, kind)
                plain[kind] = _check_hex(kind, raw_plain.get("value"))
        return cls(pdq=pdq, pdq_variants=tuple(variants), **plain)


@dataclass(frozen=True, slots=True)
class Submission:
    """One sending: its items and the Idempotency-Key that every retry of it reuses."""

    items: tuple[SubmissionItem, ...]
    idempotency_key: str = field(default_factory=lambda: str(uuid.uuid4()))

    def __post_init__(self) -> None:
        if not self.items:
            raise ValueError("a submission needs at least one item")
        uuid.UUID(self.idempotency_key)  # ValueError if it is not a UUID

    @classmethod
    def from_records(
        cls, records: Iterable[HashRecord], signal_types: tuple[str, ...] = SIGNAL_TYPES
    ) -> Submission:
        return cls(tuple(SubmissionItem.from_record(r, signal_types) for r in records))

    def body(self) -> dict[str, Any]:
        """The request body of ``POST /v1/submissions``; nothing else is sent."""
        return {"items": [{"signals": item.signals()} for item in self.items]}

    def to_json(self) -> dict[str, Any]:
        return {"idempotency_key": self.idempotency_key, **self.body()}

    @classmethod
    def from_json(cls, data: object) -> Submission:
        raw = _only_keys(data, {"idempotency_key", "items"}, "submission")
        items = raw.get("items")
        if not isinstance(items, list):
            raise ValueError("submission items must be a list")
        parsed = tuple(
            SubmissionItem.from_signals(_only_keys(i, {"signals"}, "item").get("signals"))
            for i in items
        )
        key = raw.get("idempotency_key")
        if not isinstance(key, str):
            raise ValueError("submission needs an idempotency_key")
        return cls(parsed, key)


@dataclass(frozen=True, slots=True)
class Case:
    """A case at a bank. The token lives only in memory (and the keyring, if asked)."""

    case_id: str
    token: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class ReceiptItem:
    index: int
    status: str  # ITEM_ACCEPTED or ITEM_REJECTED
    reason: str | None = None
    # Where the bank keeps the item (HMA content ids: the picture, then its variants);
    # needed to ask about it or withdraw it later.
    content_ids: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.status == ITEM_ACCEPTED


@dataclass(frozen=True, slots=True)
class Receipt:
    """What the bank confirmed. Holds no token, no hash and no file name."""

    bank_kind: str
    bank_name: str
    endpoint_host: str
    case_id: str
    submission_id: str
    received_at: str
    items: tuple[ReceiptItem, ...]
    idempotency_key: str = ""

    @property
    def accepted_count(self) -> int:
        return sum(1 for item in self.items if item.accepted)

    @property
    def rejected_count(self) -> int:
        return len(self.items) - self.accepted_count

    def to_json(self) -> dict[str, Any]:
        return {
            "format": RECEIPT_FORMAT,
            "bank_kind": self.bank_kind,
            "bank_name": self.bank_name,
            "endpoint_host": self.endpoint_host,
            "case_id": self.case_id,
            "submission_id": self.submission_id,
            "received_at": self.received_at,
            "idempotency_key": self.idempotency_key,
            "items": [
                {
                    "index": i.index,
                    "status": i.status,
                    "reason": i.reason,
                    "content_ids": list(i.content_ids),
                }
                for i in self.items
            ],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, data: object) -> Receipt:
        fields = {
            "format", "bank_kind", "bank_name", "endpoint_host", "case_id",
            "submission_id", "received_at", "idempotency_key", "items",
        }  # fmt: skip
        raw = _only_keys(data, fields, "receipt")
        if raw.get("format") != RECEIPT_FORMAT:
            raise ValueError(f"receipt format must be {RECEIPT_FORMAT!r}")
        text = {k: raw.get(k) for k in fields - {"format", "items"}}
        for key, value in text.items():
            if not isinstance(value, str):
                raise ValueError(f"receipt {key} must be text")
        raw_items = raw.get("items")
        if not isinstance(raw_items, list):
            raise ValueError("receipt items must be a list")
        items = []
        for entry in raw_items:
            item = _only_keys(entry, {"index", "status", "reason", "content_ids"}, "item")
            index, status, reason = item.get("index"), item.get("status"), item.get("reason")
            ids = item.get("content_ids", [])
            if (
                not isinstance(index, int)
                or status not in (ITEM_ACCEPTED, ITEM_REJECTED)
                or not (reason is None or isinstance(reason, str))
                or not (isinstance(ids, list) and all(isinstance(c, str) for c in ids))
            ):
                raise ValueError("receipt item is malformed")
            items.append(ReceiptItem(index, status, reason, tuple(ids)))
        return cls(items=tuple(items), **text)

    @classmethod
    def loads(cls, text: str) -> Receipt:
        return cls.from_json(json.loads(text))
