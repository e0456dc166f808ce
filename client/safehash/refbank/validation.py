"""Request validation for SafeHash Bank API v1: exactly the contract, nothing more.

The privacy rule is enforced here: a body may hold hashes and PDQ qualities and nothing
else, so an unknown key anywhere (a file name, a size, a date, a locale...) is an error and
never silently dropped. Error messages name the place (``items[2].signals.pdq.quality``) but
never repeat a value, because clients may log them.

Videos (API 1.1): an item ``{"media": "video", "signals": {...}}`` holds ``vpdq`` (a frame
list), ``md5`` and ``sha256``; a bank configured without videos refuses ``media`` as the
unknown key it is to a 1.0 bank.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass
from typing import Any

HEX_LENGTHS = {"pdq": 64, "md5": 32, "sha256": 64, "phash": 16}
SIGNAL_TYPES = ("pdq", "md5", "sha256", "phash")  # a photo's
VIDEO_SIGNAL_TYPES = ("vpdq", "md5", "sha256")
MEDIA_IMAGE, MEDIA_VIDEO = "image", "video"
MAX_VARIANTS = 8
MAX_VPDQ_FRAMES = 36_000  # 10 hours at one frame a second
MAX_VPDQ_VARIANTS = 1
_FRAME_KEYS = {"frame", "timestamp", "pdq", "quality"}
_HEX_RE = re.compile(r"[0-9a-f]+")
_FIELD = re.compile(r"[a-z_][a-z0-9_]{0,39}")
_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"
)


class Invalid(Exception):
    """The request breaks the contract; carries the HTTP status and error code to send."""

    def __init__(self, message: str, *, status: int = 422, code: str = "invalid") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class PdqSignal:
    value: str
    quality: int
    variants: tuple[tuple[str, int], ...] = ()


# (frame, timestamp, pdq, quality) of one hashed frame.
Frame = tuple[int, float, str, int]


@dataclass(frozen=True, slots=True)
class VpdqSignal:
    frames: tuple[Frame, ...]
    variants: tuple[tuple[Frame, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    pdq: PdqSignal | None = None
    md5: str | None = None
    sha256: str | None = None
    phash: str | None = None
    media: str = MEDIA_IMAGE
    vpdq: VpdqSignal | None = None


def parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8 only, no duplicate keys, no NaN or Infinity."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid("The body is not UTF-8 text.") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise Invalid("The body is not valid JSON.") from None


def canonical_hash(doc: Any) -> bytes:
    """SHA-256 of the body as parsed, so key order and spacing do not make a new request."""
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).digest()


def check_idempotency_key(value: str | None) -> str:
    if value is None or not value.strip():
        raise Invalid("The Idempotency-Key header is missing; send a new random UUID.")
    value = value.strip()
    # Only version 4 (random): a version 1 UUID carries the device's network address.
    if not _UUID.fullmatch(value):
        raise Invalid("The Idempotency-Key header must be a random (version 4) UUID.")
    return str(uuid.UUID(value))


def check_case_request(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise Invalid("The body must be a JSON object.")
    if doc:
        raise Invalid("Opening a case takes no fields; send {}.")


def check_submission(doc: Any, max_items: int, *, videos: bool = True) -> list[Item]:
    if not isinstance(doc, dict):
        raise Invalid("The body must be a JSON object.")
    _only_keys(doc, {"items"}, "the body", required={"items"})
    items = doc["items"]
    if not isinstance(items, list):
        raise Invalid("items must be a list.")
    if not items:
        raise Invalid("items must hold at least one item.")
    if len(items) > max_items:
        raise Invalid(
            f"A submission may hold at most {max_items} items; send them in parts.",
            status=413,
            code="too_large",
        )
    return [_item(entry, f"items[{i}]", videos) for i, entry in enumerate(items)]


def _item(entry: Any, where: str, videos: bool) -> Item:
    _object(entry, where)
    _only_keys(entry, {"signals", "media"} if videos else {"signals"}, where,
               required={"signals"})  # fmt: skip
    media = entry.get("media", MEDIA_IMAGE)
    if media not in (MEDIA_IMAGE, MEDIA_VIDEO):
        raise Invalid(f'{where}.media must be "image" or "video".')
    signals = entry["signals"]
    where = f"{where}.signals"
    _object(signals, where)
    _only_keys(signals, set(VIDEO_SIGNAL_TYPES if media == MEDIA_VIDEO else SIGNAL_TYPES), where)
    if not signals:
        raise Invalid(f"{where} must hold at least one signal.")
    exact: dict[str, str] = {}
    for name in ("md5", "sha256", "phash"):
        if name in signals:
            signal = signals[name]
            _object(signal, f"{where}.{name}")
            _only_keys(signal, {"value"}, f"{where}.{name}", required={"value"})
            exact[name] = _hex(signal["value"], HEX_LENGTHS[name], f"{where}.{name}.value")
    pdq = _pdq(signals["pdq"], f"{where}.pdq") if "pdq" in signals else None
    vpdq = _vpdq(signals["vpdq"], f"{where}.vpdq") if "vpdq" in signals else None
    return Item(pdq=pdq, media=media, vpdq=vpdq, **exact)


def _vpdq(signal: Any, where: str) -> VpdqSignal:
    _object(signal, where)
    _only_keys(signal, {"frames", "variants"}, where, required={"frames"})
    variants = signal.get("variants", [])
    if not isinstance(variants, list):
        raise Invalid(f"{where}.variants must be a list.")
    if len(variants) > MAX_VPDQ_VARIANTS:
        raise Invalid(f"{where}.variants may hold at most {MAX_VPDQ_VARIANTS} entry.")
    views = []
    for i, variant in enumerate(variants):
        vwhere = f"{where}.variants[{i}]"
        _object(variant, vwhere)
        _only_keys(variant, {"frames"}, vwhere, required={"frames"})
        views.append(_frames(variant["frames"], f"{vwhere}.frames"))
    return VpdqSignal(_frames(signal["frames"], f"{where}.frames"), tuple(views))


def _frames(frames: Any, where: str) -> tuple[Frame, ...]:
    """1 to MAX_VPDQ_FRAMES frames, in increasing frame order, as vpdq reports them."""
    if not isinstance(frames, list):
        raise Invalid(f"{where} must be a list.")
    if not 0 < len(frames) <= MAX_VPDQ_FRAMES:
        raise Invalid(f"{where} must hold from 1 to {MAX_VPDQ_FRAMES} frames.")
    checked: list[Frame] = []
    previous = -1
    for i, frame in enumerate(frames):
        fwhere = f"{where}[{i}]"
        _object(frame, fwhere)
        _only_keys(frame, _FRAME_KEYS, fwhere, required=_FRAME_KEYS)
        number, seconds = frame["frame"], frame["timestamp"]
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise Invalid(f"{fwhere}.frame must be a whole number, 0 or more.")
        if number <= previous:
            raise Invalid(f"{fwhere}.frame must be larger than the frame before it.")
        previous = number
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise Invalid(f"{fwhere}.timestamp must be a number of seconds.")
        # JSON has no Infinity, but 1e999 parses as one.
        if not math.isfinite(seconds) or seconds < 0:
            raise Invalid(f"{fwhere}.timestamp must be a finite number of seconds, 0 or more.")
        checked.append((number, float(seconds), _hex(frame["pdq"], 64, f"{fwhere}.pdq"),
                        _quality(frame["quality"], fwhere)))  # fmt: skip
    return tuple(checked)


def _pdq(signal: Any, where: str) -> PdqSignal:
    _object(signal, where)
    _only_keys(signal, {"value", "quality", "variants"}, where, required={"value", "quality"})
    variants = signal.get("variants", [])
    if not isinstance(variants, list):
        raise Invalid(f"{where}.variants must be a list.")
    if len(variants) > MAX_VARIANTS:
        raise Invalid(f"{where}.variants may hold at most {MAX_VARIANTS} entries.")
    checked = []
    for i, variant in enumerate(variants):
        vwhere = f"{where}.variants[{i}]"
        _object(variant, vwhere)
        _only_keys(variant, {"value", "quality"}, vwhere, required={"value", "quality"})
        checked.append(
            (_hex(variant["value"], 64, f"{vwhere}.value"), _quality(variant["quality"], vwhere))
        )
    return PdqSignal(
        _hex(signal["value"], 64, f"{where}.value"),
        _quality(signal["quality"], where),
        tuple(checked),
    )


def _object(value: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise Invalid(f"{where} must be a JSON object.")


def _only_keys(
    doc: dict[str, Any], allowed: set[str], where: str, required: set[str] | None = None
) -> None:
    unknown = sorted(set(doc) - allowed)
    if unknown:
        # Only field-like names are repeated: a key could itself be a file name.
        shown = ", ".join(k if _FIELD.fullmatch(k) else "(a field)" for k in unknown[:5])
        raise Invalid(
            f"{where} has fields this API does not take ({shown}); only hashes may be sent."
        )
    missing = sorted((required or set()) - set(doc))
    if missing:
        raise Invalid(f"{where} is missing {', '.join(missing)}.")


def _hex(value: Any, length: int, where: str) -> str:
    if not isinstance(value, str) or len(value) != length:
        raise Invalid(f"{where} must be {length} hexadecimal digits.")
    if not _HEX_RE.fullmatch(value):
        raise Invalid(f"{where} must use only the digits 0-9 and lower-case a-f.")
    return value


def _quality(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise Invalid(f"{where}.quality must be a whole number from 0 to 100.")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key, value in pairs:
        if key in doc:
            raise ValueError("duplicate key")
        doc[key] = value
    return doc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
