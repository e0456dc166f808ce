"""The data that flows from hashing to the bank.

A ``HashRecord`` is everything SafeHash learns about one photo or video. It holds no path,
no name and no pixels, so nothing downstream of hashing can leak them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# The field's threshold: PDQ hashes of quality below this are treated as unusable.
PDQ_MIN_QUALITY = 50

# What a record describes; banks take different signal types for each.
MEDIA_IMAGE = "image"
MEDIA_VIDEO = "video"
MEDIA_KINDS = (MEDIA_IMAGE, MEDIA_VIDEO)

# The most vPDQ frames one video may carry (10 hours at one frame a second): the bank API's
# limit too, so every record SafeHash makes can be sent.
MAX_VPDQ_FRAMES = 36_000

# The name of a video's other view: the frames turned as the container says players show
# them (what a platform that bakes the rotation in will hash).
VARIANT_UPRIGHT = "upright"

# Note codes: facts about how a file was hashed that the person should hear about.
NOTE_FIRST_FRAME = "first_frame_of_animation"
NOTE_ORIENTATION_APPLIED = "orientation_applied"
NOTE_VIDEO_ROTATED = "video_rotated"
NOTE_FIRST_VIDEO_STREAM = "first_video_stream_only"
NOTE_VIDEO_CUT_SHORT = "video_cut_short"
NOTE_ODD_FRAME_RATE = "video_frame_rate_unusual"

NOTE_TEXT = {
    NOTE_FIRST_FRAME: "This is an animation; only its first frame was hashed.",
    NOTE_ORIENTATION_APPLIED: (
        "The photo was turned upright (as your phone shows it) before hashing."
    ),
    NOTE_VIDEO_ROTATED: (
        "The video is stored turned; it was hashed as stored and also upright (as players "
        "show it)."
    ),
    NOTE_FIRST_VIDEO_STREAM: "The file holds more than one video; only the first was hashed.",
    NOTE_VIDEO_CUT_SHORT: (
        "The video is cut short or damaged; only the part that could be played was hashed."
    ),
    NOTE_ODD_FRAME_RATE: (
        "The video declares an unusual frame rate; frames were picked for hashing by it, as "
        "other video hashers do, so their times may not be real seconds."
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
class VpdqFrame:
    """One hashed frame of a video, exactly as Meta's vpdq reports it.

    ``frame``: the frame's 0-based position in the decoder's output (vpdq's frame number);
    ``timestamp``: ``float32(frame) / float32(fps)`` as vpdq computes it, in seconds (a
    float32 value, kept exactly as a Python float); ``pdq``: 64 lowercase hex digits;
    ``quality``: 0-100.
    """

    frame: int
    timestamp: float
    pdq: str
    quality: int

    def to_json(self) -> dict[str, Any]:
        return {
            "frame": self.frame,
            "timestamp": self.timestamp,
            "pdq": self.pdq,
            "quality": self.quality,
        }


@dataclass(frozen=True, slots=True)
class HashRecord:
    """The hashes of one photo (as people see it) or one video (as stored).

    One shape for both, told apart by ``media``; ``to_json()`` is the shape the command
    line prints and the documentation (docs/hashing.md, "The record") describes.

    Photos (``media == "image"``): ``pdq``/``pdq_quality`` of the upright picture,
    ``pdq_variants`` (``"as_stored"`` when the EXIF orientation changes the hash),
    ``phash``, ``md5``/``sha256`` of the file's bytes, ``width``/``height`` as people see
    it, ``format`` (JPEG, PNG, WEBP, GIF, BMP, TIFF, HEIF, AVIF). ``vpdq`` is empty,
    ``vpdq_variants`` empty and ``duration`` None.

    Videos (``media == "video"``): ``pdq``, ``pdq_quality`` and ``phash`` are None and
    ``pdq_variants`` empty; ``md5``/``sha256`` of the file's bytes (what StopNCII and HMA's
    ``video_md5`` match); ``vpdq``: the hashed frames in frame order, the frames as stored
    (rotation metadata ignored, as Meta's vpdq does); ``vpdq_variants``: ``{"upright": ...}``
    when the container says the video is rotated; ``duration`` in seconds;
    ``width``/``height`` of the stored frames; ``format`` (MP4, QuickTime, 3GP, Matroska,
    WebM, AVI). A video is ``reliable`` when at least one hashed frame has quality 50 or
    more.
    """

    pdq: str | None
    pdq_quality: int | None
    md5: str
    sha256: str
    phash: str | None
    width: int
    height: int
    format: str
    # Other views of the same picture, e.g. "as_stored" (EXIF orientation ignored), which
    # platforms that ignore EXIF will compute.
    pdq_variants: dict[str, PdqHash] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    media: str = MEDIA_IMAGE
    vpdq: tuple[VpdqFrame, ...] = ()
    vpdq_variants: dict[str, tuple[VpdqFrame, ...]] = field(default_factory=dict)
    duration: float | None = None

    @property
    def is_video(self) -> bool:
        return self.media == MEDIA_VIDEO

    @property
    def quality(self) -> int:
        """The quality that decides reliability: the photo's PDQ quality, or the best
        hashed frame's for a video (0 when no frame was hashed)."""
        if self.is_video:
            return max((f.quality for f in self.vpdq), default=0)
        return self.pdq_quality or 0

    @property
    def reliable(self) -> bool:
        return self.quality >= PDQ_MIN_QUALITY

    @property
    def unreliable_reason(self) -> str | None:
        if self.reliable:
            return None
        if self.is_video:
            return (
                f"No frame of the video has enough detail for a dependable match (best "
                f"quality {self.quality} of 100, below {PDQ_MIN_QUALITY}); it may be very "
                "dark or plain. Its MD5 and SHA-256 still match exact copies."
            )
        return (
            f"The picture has too little detail for a dependable match (quality "
            f"{self.pdq_quality} of 100, below {PDQ_MIN_QUALITY}); it may be very dark, "
            "plain or tiny."
        )

    def to_json(self) -> dict[str, Any]:
        """The record's fields as JSON-ready values (no path: the caller adds it)."""
        out: dict[str, Any] = {
            "media": self.media,
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
        if self.is_video:
            out["duration"] = self.duration
            out["vpdq"] = [f.to_json() for f in self.vpdq]
            out["vpdq_variants"] = {
                name: [f.to_json() for f in frames] for name, frames in self.vpdq_variants.items()
            }
        return out


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
        # A video has no PDQ of its own (its vPDQ frames are the bank API's next step).
        with_pdq = "pdq" in signal_types and record.pdq is not None
        return cls(
            pdq=PdqHash(record.pdq, record.pdq_quality or 0) if with_pdq else None,
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
    """What the bank confirmed. Holds no token, no hash and no file name.

    A resend of a sending the bank already had is answered with the bank's first answer
    (``replayed``); its counts are then from back then, so the bank is asked what it holds
    *now* (``held_now``, None when it could not be asked), and whether the sending or its
    case was withdrawn since (``withdrawn``). Nothing here is the app's own guess."""

    bank_kind: str
    bank_name: str
    endpoint_host: str
    case_id: str
    submission_id: str
    received_at: str
    items: tuple[ReceiptItem, ...]
    idempotency_key: str = ""
    replayed: bool = False
    withdrawn: bool = False
    held_now: int | None = None

    @property
    def accepted_count(self) -> int:
        return sum(1 for item in self.items if item.accepted)

    @property
    def rejected_count(self) -> int:
        return len(self.items) - self.accepted_count

    @property
    def held_count(self) -> int | None:
        """Pictures the bank holds now, as the bank said; None when it could not be asked."""
        if self.withdrawn:
            return 0
        return self.held_now if self.replayed else self.accepted_count

    def to_json(self) -> dict[str, Any]:
        # A first answer is written exactly as before, so older versions still read it.
        replay = (
            {"replayed": True, "withdrawn": self.withdrawn, "held_now": self.held_now}
            if self.replayed
            else {}
        )
        return {
            **replay,
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
        replay = {"replayed", "withdrawn", "held_now"}
        raw = _only_keys(data, fields | replay, "receipt")
        if raw.get("format") != RECEIPT_FORMAT:
            raise ValueError(f"receipt format must be {RECEIPT_FORMAT!r}")
        replayed, withdrawn = raw.get("replayed", False), raw.get("withdrawn", False)
        held_now = raw.get("held_now")
        if (
            not isinstance(replayed, bool)
            or not isinstance(withdrawn, bool)
            or not (held_now is None or (type(held_now) is int and held_now >= 0))
        ):
            raise ValueError("receipt replay fields are malformed")
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
        return cls(
            items=tuple(items), replayed=replayed, withdrawn=withdrawn, held_now=held_now, **text
        )

    @classmethod
    def loads(cls, text: str) -> Receipt:
        return cls.from_json(json.loads(text))
