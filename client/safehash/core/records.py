"""The data that flows from hashing to the bank.

A ``HashRecord`` is everything SafeHash learns about one photo or video. It holds no path,
no name and no pixels, so nothing downstream of hashing can leak them.
"""

from __future__ import annotations

import dataclasses
import json
import math
import uuid
from collections.abc import Iterable, Sequence
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

# A photo's signal types, as SafeHash Bank API v1.0 and bank.signal_types always meant.
IMAGE_SIGNAL_TYPES: tuple[str, ...] = ("pdq", "md5", "sha256", "phash")
# A video's: its vPDQ frames and the file's MD5 and SHA-256 (what StopNCII and HMA's
# video_md5 match). The item's media, not the name, tells a video's MD5 from a photo's.
VIDEO_SIGNAL_TYPES: tuple[str, ...] = ("vpdq", "md5", "sha256")
ALL_SIGNAL_NAMES: tuple[str, ...] = (*IMAGE_SIGNAL_TYPES, "vpdq")
MAX_PDQ_VARIANTS = 8
MAX_VPDQ_VARIANTS = 1  # the upright view; the bank API takes no more
_HEX_LENGTH = {"pdq": 64, "md5": 32, "sha256": 64, "phash": 16}
_HEX_DIGITS = frozenset("0123456789abcdef")
_FRAME_KEYS = {"frame", "timestamp", "pdq", "quality"}

ITEM_ACCEPTED = "accepted"
ITEM_REJECTED = "rejected"
RECEIPT_FORMAT = "safehash-receipt/1"
# Why a file's hashes were not sent at all (a ReceiptItem's reason; never sent to a bank).
REASON_NO_VIDEOS = "bank_takes_no_videos"
REASON_NO_PHOTOS = "bank_takes_no_photos"
REASON_NO_SIGNAL_TAKEN = "no_signal_taken"  # the bank takes none of the hashes it has


class NoSignals(ValueError):
    """Nothing of a record or item is left under the chosen signal types."""


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


def check_frames(frames: tuple[VpdqFrame, ...], where: str = "vpdq") -> None:
    """A frame list as the bank API takes it: 1 to MAX_VPDQ_FRAMES frames, frame numbers
    whole and increasing, timestamps finite and not negative, PDQ hex, qualities 0-100."""
    if not 0 < len(frames) <= MAX_VPDQ_FRAMES:
        raise ValueError(f"{where} must hold from 1 to {MAX_VPDQ_FRAMES} frames")
    previous = -1
    for frame in frames:
        number, seconds = frame.frame, frame.timestamp
        if isinstance(number, bool) or not isinstance(number, int) or number <= previous:
            raise ValueError(f"{where} frame numbers must be whole and increasing")
        previous = number
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not (math.isfinite(seconds) and seconds >= 0)
        ):
            raise ValueError(f"{where} timestamps must be seconds, 0 or more")
        _check_hex("pdq", frame.pdq)
        _check_quality(frame.quality)


def _frames_from_json(data: object, where: str) -> tuple[VpdqFrame, ...]:
    raw = _only_keys(data, {"frames"}, where).get("frames")
    if not isinstance(raw, list):
        raise ValueError(f"{where} frames must be a list")
    frames = []
    for entry in raw:
        frame = _only_keys(entry, _FRAME_KEYS, f"{where} frame")
        if set(frame) != _FRAME_KEYS:
            raise ValueError(f"{where} frame needs frame, timestamp, pdq and quality")
        seconds = frame["timestamp"]
        # A whole number of seconds may come as 2 rather than 2.0; it is the same time.
        if isinstance(seconds, int) and not isinstance(seconds, bool):
            seconds = float(seconds)
        frames.append(VpdqFrame(frame["frame"], seconds, frame["pdq"], frame["quality"]))
    result = tuple(frames)
    check_frames(result, where)
    return result


def _frames_to_json(frames: tuple[VpdqFrame, ...]) -> dict[str, Any]:
    return {"frames": [frame.to_json() for frame in frames]}


@dataclass(frozen=True, slots=True)
class MediaSignalTypes:
    """Which signal types are sent (or a bank takes), for photos and for videos apart.

    A plain list of names given where this is expected means photos' types only (what
    ``bank.signal_types`` and a v1.0 bank's ``signal_types`` always meant): a video is sent
    only where the bank, or the caller, says videos are taken."""

    image: tuple[str, ...] = IMAGE_SIGNAL_TYPES
    video: tuple[str, ...] = VIDEO_SIGNAL_TYPES

    def __post_init__(self) -> None:
        if not set(self.image) <= set(IMAGE_SIGNAL_TYPES):
            raise ValueError(f"photos' signal types are some of {', '.join(IMAGE_SIGNAL_TYPES)}")
        if not set(self.video) <= set(VIDEO_SIGNAL_TYPES):
            raise ValueError(f"videos' signal types are some of {', '.join(VIDEO_SIGNAL_TYPES)}")

    @classmethod
    def of(cls, types: MediaSignalTypes | Iterable[str]) -> MediaSignalTypes:
        if isinstance(types, MediaSignalTypes):
            return types
        names = tuple(types)
        return cls(tuple(t for t in IMAGE_SIGNAL_TYPES if t in names), ())

    @classmethod
    def from_names(cls, names: Iterable[str]) -> MediaSignalTypes:
        """Each name for every media that has it (``pdq,md5``: photos' PDQ and MD5, and
        videos' MD5), as ``safehash export --signals`` reads them."""
        wanted = set(names)
        unknown = wanted - set(ALL_SIGNAL_NAMES)
        if unknown:
            raise ValueError(f"unknown signal type {sorted(unknown)[0]!r}")
        return cls(
            tuple(t for t in IMAGE_SIGNAL_TYPES if t in wanted),
            tuple(t for t in VIDEO_SIGNAL_TYPES if t in wanted),
        )

    def for_media(self, media: str) -> tuple[str, ...]:
        return self.video if media == MEDIA_VIDEO else self.image

    def restricted_to(self, other: MediaSignalTypes | Iterable[str]) -> MediaSignalTypes:
        """Only the types both take, for each media (in this one's order)."""
        taken = MediaSignalTypes.of(other)
        return MediaSignalTypes(
            tuple(t for t in self.image if t in taken.image),
            tuple(t for t in self.video if t in taken.video),
        )

    @property
    def takes_videos(self) -> bool:
        return bool(self.video)

    def __bool__(self) -> bool:
        return bool(self.image or self.video)


ALL_SIGNAL_TYPES = MediaSignalTypes()


@dataclass(frozen=True, slots=True)
class SubmissionItem:
    """The signals of one photo or one video, as the bank will see them.

    A photo's: ``pdq`` (with ``pdq_variants``), ``md5``, ``sha256``, ``phash``. A video's
    (``media == "video"``): ``vpdq`` frames (with ``vpdq_variants``, e.g. the upright
    view), ``md5`` and ``sha256`` of the file; never a PDQ or pHash of its own."""

    pdq: PdqHash | None = None
    pdq_variants: tuple[PdqHash, ...] = ()
    md5: str | None = None
    sha256: str | None = None
    phash: str | None = None
    media: str = MEDIA_IMAGE
    vpdq: tuple[VpdqFrame, ...] = ()
    vpdq_variants: tuple[tuple[VpdqFrame, ...], ...] = ()

    def __post_init__(self) -> None:
        if self.media not in MEDIA_KINDS:
            raise ValueError(f"media must be one of {', '.join(MEDIA_KINDS)}")
        for pdq in (self.pdq, *self.pdq_variants):
            if pdq is not None:
                _check_hex("pdq", pdq.value)
                _check_quality(pdq.quality)
        if self.pdq_variants and self.pdq is None:
            raise ValueError("pdq variants need a pdq hash")
        if len(self.pdq_variants) > MAX_PDQ_VARIANTS:
            raise ValueError(f"pdq has at most {MAX_PDQ_VARIANTS} variants")
        for kind in ("md5", "sha256", "phash"):
            value = getattr(self, kind)
            if value is not None:
                _check_hex(kind, value)
        if self.media == MEDIA_VIDEO:
            if self.pdq is not None or self.phash is not None:
                raise ValueError("a video item has no pdq or phash of its own")
            if self.vpdq:
                check_frames(self.vpdq)
            if self.vpdq_variants and not self.vpdq:
                raise ValueError("vpdq variants need vpdq frames")
            if len(self.vpdq_variants) > MAX_VPDQ_VARIANTS:
                raise ValueError(f"vpdq has at most {MAX_VPDQ_VARIANTS} variant")
            for variant in self.vpdq_variants:
                check_frames(variant, "vpdq variant")
        elif self.vpdq or self.vpdq_variants:
            raise ValueError("a photo item has no vpdq")
        if not (self.pdq or self.md5 or self.sha256 or self.phash or self.vpdq):
            raise NoSignals("an item needs at least one signal")

    @property
    def is_video(self) -> bool:
        return self.media == MEDIA_VIDEO

    @classmethod
    def from_record(
        cls, record: HashRecord, signal_types: MediaSignalTypes | Iterable[str] = ALL_SIGNAL_TYPES
    ) -> SubmissionItem:
        """The record's signals of these types; ``NoSignals`` (a ValueError) when none is
        left, e.g. for a video and a plain list of photos' types."""
        types = MediaSignalTypes.of(signal_types).for_media(record.media)
        if record.is_video:
            vpdq = record.vpdq if "vpdq" in types else ()
            return cls(
                media=MEDIA_VIDEO,
                vpdq=vpdq,
                vpdq_variants=tuple(record.vpdq_variants.values()) if vpdq else (),
                md5=record.md5 if "md5" in types else None,
                sha256=record.sha256 if "sha256" in types else None,
            )
        with_pdq = "pdq" in types and record.pdq is not None
        return cls(
            pdq=PdqHash(record.pdq, record.pdq_quality or 0) if with_pdq else None,
            pdq_variants=tuple(record.pdq_variants.values()) if with_pdq else (),
            md5=record.md5 if "md5" in types else None,
            sha256=record.sha256 if "sha256" in types else None,
            phash=record.phash if "phash" in types else None,
        )

    def restricted_to(
        self, signal_types: MediaSignalTypes | Iterable[str]
    ) -> SubmissionItem | None:
        """The same item with only these signal types; None when nothing is left."""
        types = MediaSignalTypes.of(signal_types).for_media(self.media)
        with_pdq = "pdq" in types and self.pdq is not None
        with_vpdq = "vpdq" in types and bool(self.vpdq)
        kept = {k: getattr(self, k) for k in ("md5", "sha256", "phash") if k in types}
        if not with_pdq and not with_vpdq and not any(kept.values()):
            return None
        return SubmissionItem(
            pdq=self.pdq if with_pdq else None,
            pdq_variants=self.pdq_variants if with_pdq else (),
            media=self.media,
            vpdq=self.vpdq if with_vpdq else (),
            vpdq_variants=self.vpdq_variants if with_vpdq else (),
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
        if self.vpdq:
            vpdq = _frames_to_json(self.vpdq)
            if self.vpdq_variants:
                vpdq["variants"] = [_frames_to_json(v) for v in self.vpdq_variants]
            out["vpdq"] = vpdq
        for kind in ("md5", "sha256", "phash"):
            value = getattr(self, kind)
            if value is not None:
                out[kind] = {"value": value}
        return out

    def to_wire(self) -> dict[str, Any]:
        """The item as the bank API and the hash file hold it: a photo's exactly as in
        v1.0 (``{"signals": ...}``), a video's with ``"media": "video"``."""
        if self.is_video:
            return {"media": MEDIA_VIDEO, "signals": self.signals()}
        return {"signals": self.signals()}

    @classmethod
    def from_wire(cls, data: object) -> SubmissionItem:
        """Strict inverse of ``to_wire()``; ValueError says what is wrong (never a value)."""
        raw = _only_keys(data, {"media", "signals"}, "item")
        if "signals" not in raw:
            raise ValueError('an item must be {"signals": {...}}')
        media = raw.get("media", MEDIA_IMAGE)
        if media not in MEDIA_KINDS:
            raise ValueError(f"media must be one of {', '.join(MEDIA_KINDS)}")
        return cls.from_signals(raw["signals"], media)

    @classmethod
    def from_signals(cls, data: object, media: str = MEDIA_IMAGE) -> SubmissionItem:
        """Strict inverse of ``signals()``; ValueError says what is wrong (never a value)."""
        names = VIDEO_SIGNAL_TYPES if media == MEDIA_VIDEO else IMAGE_SIGNAL_TYPES
        signals = _only_keys(data, set(names), "signals")
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
        vpdq: tuple[VpdqFrame, ...] = ()
        vpdq_variants: list[tuple[VpdqFrame, ...]] = []
        if "vpdq" in signals:
            raw = _only_keys(signals["vpdq"], {"frames", "variants"}, "vpdq")
            vpdq = _frames_from_json({"frames": raw.get("frames")}, "vpdq")
            raw_variants = raw.get("variants", [])
            if not isinstance(raw_variants, list):
                raise ValueError("vpdq variants must be a list")
            vpdq_variants = [_frames_from_json(v, "vpdq variant") for v in raw_variants]
        plain = {}
        for kind in ("md5", "sha256", "phash"):
            if kind in signals:
                raw_plain = _only_keys(signals[kind], {"value"}, kind)
                plain[kind] = _check_hex(kind, raw_plain.get("value"))
        return cls(
            pdq=pdq,
            pdq_variants=tuple(variants),
            media=media,
            vpdq=vpdq,
            vpdq_variants=tuple(vpdq_variants),
            **plain,
        )


@dataclass(frozen=True, slots=True)
class NotSent:
    """A file whose hashes could not be sent to this bank at all, and why (a ``REASON_*``
    code): ``position`` is its place among the files chosen, as a receipt item's index."""

    position: int
    media: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "media": self.media, "reason": self.reason}

    @classmethod
    def from_json(cls, data: object) -> NotSent:
        raw = _only_keys(data, {"position", "media", "reason"}, "not_sent")
        position, media, reason = raw.get("position"), raw.get("media"), raw.get("reason")
        if (
            isinstance(position, bool)
            or not isinstance(position, int)
            or position < 0
            or media not in MEDIA_KINDS
            or not isinstance(reason, str)
        ):
            raise ValueError("not_sent entry is malformed")
        return cls(position, media, reason)


@dataclass(frozen=True, slots=True)
class Submission:
    """One sending: its items and the Idempotency-Key that every retry of it reuses.

    ``not_sent``: files chosen whose hashes this bank cannot take (a video, where the bank
    takes no videos); they are never sent, and the receipt lists them with their reason.
    Receipt items are numbered by the files' positions, sent or not."""

    items: tuple[SubmissionItem, ...]
    idempotency_key: str = field(default_factory=lambda: str(uuid.uuid4()))
    not_sent: tuple[NotSent, ...] = ()

    def __post_init__(self) -> None:
        if not self.items and not self.not_sent:
            raise ValueError("a submission needs at least one item")
        uuid.UUID(self.idempotency_key)  # ValueError if it is not a UUID
        total = len(self.items) + len(self.not_sent)
        places = {n.position for n in self.not_sent}
        if len(places) != len(self.not_sent) or not places <= set(range(total)):
            raise ValueError("not_sent positions must be distinct places among the files")

    @classmethod
    def from_records(
        cls,
        records: Iterable[HashRecord],
        signal_types: MediaSignalTypes | Iterable[str] = ALL_SIGNAL_TYPES,
    ) -> Submission:
        return cls.from_items([SubmissionItem.from_record(r) for r in records], signal_types)

    @classmethod
    def from_items(
        cls,
        items: Iterable[SubmissionItem],
        signal_types: MediaSignalTypes | Iterable[str] = ALL_SIGNAL_TYPES,
    ) -> Submission:
        """The items with only the signal types given for their media; an item left with
        none is not sent, and said so (``not_sent``)."""
        types = MediaSignalTypes.of(signal_types)
        kept: list[SubmissionItem] = []
        not_sent: list[NotSent] = []
        for position, item in enumerate(items):
            narrowed = item.restricted_to(types)
            if narrowed is not None:
                kept.append(narrowed)
            elif not types.for_media(item.media):
                reason = REASON_NO_VIDEOS if item.is_video else REASON_NO_PHOTOS
                not_sent.append(NotSent(position, item.media, reason))
            else:
                not_sent.append(NotSent(position, item.media, REASON_NO_SIGNAL_TAKEN))
        return cls(tuple(kept), not_sent=tuple(not_sent))

    @property
    def positions(self) -> tuple[int, ...]:
        """Each item's position among the files chosen (receipt numbering)."""
        skipped = {n.position for n in self.not_sent}
        total = len(self.items) + len(self.not_sent)
        return tuple(p for p in range(total) if p not in skipped)

    def body(self) -> dict[str, Any]:
        """The request body of ``POST /v1/submissions``; nothing else is sent."""
        return {"items": [item.to_wire() for item in self.items]}

    def receipt_items(self, sent: Sequence[ReceiptItem]) -> tuple[ReceiptItem, ...]:
        """The receipt's items: the bank's answers for the items sent (in the items'
        order), numbered by position, and one rejected item for each file not sent."""
        if len(sent) != len(self.items):
            raise ValueError("one answer per item sent")
        out = [
            dataclasses.replace(answer, index=position, media=item.media)
            for answer, position, item in zip(sent, self.positions, self.items, strict=True)
        ]
        out += [ReceiptItem(n.position, ITEM_REJECTED, n.reason, media=n.media)
                for n in self.not_sent]  # fmt: skip
        return tuple(sorted(out, key=lambda i: i.index))

    def to_json(self) -> dict[str, Any]:
        out = {"idempotency_key": self.idempotency_key, **self.body()}
        if self.not_sent:  # absent otherwise, so older versions still read the outbox
            out["not_sent"] = [n.to_json() for n in self.not_sent]
        return out

    @classmethod
    def from_json(cls, data: object) -> Submission:
        raw = _only_keys(data, {"idempotency_key", "items", "not_sent"}, "submission")
        items = raw.get("items")
        not_sent = raw.get("not_sent", [])
        if not isinstance(items, list) or not isinstance(not_sent, list):
            raise ValueError("submission items must be a list")
        key = raw.get("idempotency_key")
        if not isinstance(key, str):
            raise ValueError("submission needs an idempotency_key")
        return cls(
            tuple(SubmissionItem.from_wire(i) for i in items),
            key,
            tuple(NotSent.from_json(n) for n in not_sent),
        )


@dataclass(frozen=True, slots=True)
class Case:
    """A case at a bank. The token lives only in memory (and the keyring, if asked)."""

    case_id: str
    token: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class ReceiptItem:
    index: int  # the file's position among those chosen
    status: str  # ITEM_ACCEPTED or ITEM_REJECTED
    reason: str | None = None
    # Where the bank keeps the item (HMA content ids: the picture, then its variants);
    # needed to ask about it or withdraw it later.
    content_ids: tuple[str, ...] = ()
    media: str = MEDIA_IMAGE

    @property
    def accepted(self) -> bool:
        return self.status == ITEM_ACCEPTED

    @property
    def is_video(self) -> bool:
        return self.media == MEDIA_VIDEO


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

    def count(self, media: str, *, accepted: bool | None = None) -> int:
        """Items of one media (photos or videos), all or only the accepted (or not)."""
        return sum(
            1
            for item in self.items
            if item.media == media and (accepted is None or item.accepted == accepted)
        )

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
            "items": [_receipt_item_json(i) for i in self.items],
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
            keys = {"index", "status", "reason", "content_ids", "media"}
            item = _only_keys(entry, keys, "item")
            index, status, reason = item.get("index"), item.get("status"), item.get("reason")
            ids, media = item.get("content_ids", []), item.get("media", MEDIA_IMAGE)
            if (
                not isinstance(index, int)
                or status not in (ITEM_ACCEPTED, ITEM_REJECTED)
                or not (reason is None or isinstance(reason, str))
                or not (isinstance(ids, list) and all(isinstance(c, str) for c in ids))
                or media not in MEDIA_KINDS
            ):
                raise ValueError("receipt item is malformed")
            items.append(ReceiptItem(index, status, reason, tuple(ids), media))
        return cls(
            items=tuple(items), replayed=replayed, withdrawn=withdrawn, held_now=held_now, **text
        )

    @classmethod
    def loads(cls, text: str) -> Receipt:
        return cls.from_json(json.loads(text))


def _receipt_item_json(item: ReceiptItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "index": item.index,
        "status": item.status,
        "reason": item.reason,
        "content_ids": list(item.content_ids),
    }
    if item.is_video:  # a photo's is written as before, so older versions still read it
        out["media"] = item.media
    return out
