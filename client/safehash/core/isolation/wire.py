"""What crosses the process boundary, in both directions, as small JSON messages.

The parent never unpickles anything a worker sends: a worker that a hostile file took over
could make pickle run code in the parent. Answers are JSON, capped in size by the caller,
and every field is checked here before it becomes a ``HashRecord``, an error or a preview.
Paths travel as ``str`` with undecodable bytes as lone surrogates (``os.fsdecode``), which
JSON carries as ``\\udcXX`` escapes.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from safehash.core import errors
from safehash.core.records import (
    MAX_VPDQ_FRAMES,
    MEDIA_IMAGE,
    MEDIA_VIDEO,
    NOTE_TEXT,
    VARIANT_UPRIGHT,
    HashRecord,
    PdqHash,
    VpdqFrame,
)

OP_HASH = "hash"
OP_PREVIEW = "preview"
# Hash bytes the parent holds but must not parse (a picture pasted from the clipboard):
# the bytes follow the request as a second message, capped at the file size limit.
OP_HASH_DATA = "hash_data"

# A hash answer is a few hundred bytes; anything near this is not an honest answer.
MAX_ANSWER_BYTES = 64 * 1024
# A video's answer: at most MAX_VPDQ_FRAMES frames, twice (stored and upright), each
# ``[frame, timestamp, "hex", quality], `` at most 120 bytes on the wire, plus the rest.
MAX_VIDEO_ANSWER_BYTES = 2 * MAX_VPDQ_FRAMES * 120 + MAX_ANSWER_BYTES
# A progress message, ``{"progress": [position, duration]}``, is far shorter than this.
MAX_PROGRESS_BYTES = 128
_PROGRESS_PREFIX = b'{"progress": '
_MAX_SECONDS = 1e7  # no video lasts four months
_MAX_FRAME = 1 << 31
# The largest picture a worker may hand back for a preview (its longest side).
MAX_PREVIEW_SIDE = 1024
_MAX_SIDE = 1 << 20  # no real picture is a million pixels wide; larger is a lie
if TYPE_CHECKING:  # the parent never loads the decoders' module, only the worker does
    from safehash.core.imaging import DecodeLimits

_HEX = {"pdq": 64, "md5": 32, "sha256": 64, "phash": 16}
_HEX_RE = re.compile(r"[0-9a-f]+")
_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "HEIF", "AVIF"})
_VIDEO_FORMATS = frozenset({"MP4", "QuickTime", "3GP", "Matroska", "WebM", "AVI"})
_VARIANTS = frozenset({"as_stored"})
_VIDEO_VARIANTS = frozenset({VARIANT_UPRIGHT})


def _file_error_classes() -> dict[str, type[errors.FileError]]:
    """Every per-file error a worker may report, by code (InternalError included)."""
    found: dict[str, type[errors.FileError]] = {}
    pending: list[type[errors.FileError]] = [errors.FileError]
    while pending:
        cls = pending.pop()
        found[cls.code] = cls
        pending.extend(cls.__subclasses__())
    return found


_ERRORS_BY_CODE = _file_error_classes()


@dataclass(frozen=True, slots=True)
class VideoProgress:
    """How far into a video its worker is: seconds decoded, and the video's length in
    seconds once known (from its header; None when the header does not say)."""

    position: float
    duration: float | None

    @property
    def fraction(self) -> float | None:
        """Between 0 and 1, or None when the length is not known."""
        if not self.duration:
            return None
        return min(1.0, self.position / self.duration)


@dataclass(frozen=True, slots=True)
class Preview:
    """A small upright copy of a picture: 8-bit RGB rows, ``3 * width`` bytes each."""

    width: int
    height: int
    rgb: bytes


# --- Requests (parent -> worker; trusted, but still checked by the worker) ---------------


def request(op: str, path: str, limits: DecodeLimits, preview_side: int = 0) -> bytes:
    message = {
        "op": op,
        "path": path,
        "limits": dataclasses.asdict(limits),
        "preview_side": preview_side,
    }
    return json.dumps(message).encode("utf-8", "surrogatepass")


def parse_request(data: bytes) -> tuple[str, str, DecodeLimits, int]:
    """In the worker: the request's operation, path, limits and preview side."""
    from safehash.core.imaging import DecodeLimits

    message = json.loads(data.decode("utf-8", "surrogatepass"))
    op, path = message["op"], message["path"]
    if op not in (OP_HASH, OP_PREVIEW, OP_HASH_DATA) or not isinstance(path, str):
        raise ValueError("bad request")
    limits = DecodeLimits(**{k: int(v) for k, v in message["limits"].items()})
    side = int(message["preview_side"])
    return op, path, limits, min(max(side, 1), MAX_PREVIEW_SIDE)


# --- Answers (worker -> parent; untrusted) -----------------------------------------------


def record_answer(record: HashRecord) -> bytes:
    body: dict[str, Any] = {
        "ok": True,
        "media": record.media,
        "pdq": record.pdq,
        "pdq_quality": record.pdq_quality,
        "md5": record.md5,
        "sha256": record.sha256,
        "phash": record.phash,
        "width": record.width,
        "height": record.height,
        "format": record.format,
        "pdq_variants": {k: [v.value, v.quality] for k, v in record.pdq_variants.items()},
        "notes": list(record.notes),
    }
    if record.is_video:
        body["duration"] = record.duration
        body["vpdq"] = [_frame_out(f) for f in record.vpdq]
        body["vpdq_variants"] = {
            name: [_frame_out(f) for f in frames] for name, frames in record.vpdq_variants.items()
        }
    return json.dumps(body).encode()


def _frame_out(frame: VpdqFrame) -> list[Any]:
    return [frame.frame, frame.timestamp, frame.pdq, frame.quality]


def progress_message(position: float, duration: float | None) -> bytes:
    """A worker's note, before its answer, of how far into a video it is."""
    return _PROGRESS_PREFIX + json.dumps([position, duration]).encode() + b"}"


def parse_progress(data: bytes) -> VideoProgress | None:
    """A progress message, or None when ``data`` is the final answer; raises
    ReaderMisbehaved for a progress message that is too long or not well formed."""
    if not data.startswith(_PROGRESS_PREFIX):
        return None
    try:
        if len(data) > MAX_PROGRESS_BYTES:
            raise ValueError("progress size")
        body = json.loads(data.decode("utf-8"))
        if not isinstance(body, dict) or set(body) != {"progress"}:
            raise ValueError("progress keys")
        values = body["progress"]
        if not isinstance(values, list) or len(values) != 2:
            raise ValueError("progress values")
        position, duration = values
        return VideoProgress(
            _seconds(position), None if duration is None else _seconds(duration)
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise errors.ReaderMisbehaved() from exc


def error_answer(error: errors.FileError) -> bytes:
    return json.dumps({"ok": False, "code": error.code}).encode()


def preview_answer(width: int, height: int, rgb: bytes) -> bytes:
    header = json.dumps({"ok": True, "width": width, "height": height}).encode()
    return header + b"\n" + rgb


def parse_record(data: bytes) -> HashRecord:
    """The worker's answer to a hash request; raises the file's error, or ReaderMisbehaved."""
    try:
        body = json.loads(data.decode("utf-8"))
        _raise_if_error(body)
        notes = body["notes"]
        if not isinstance(notes, list) or not all(n in NOTE_TEXT for n in notes):
            raise ValueError("notes")
        if body["media"] == MEDIA_VIDEO:
            return _video_record(body, tuple(notes))
        if body["media"] != MEDIA_IMAGE or set(body) - _IMAGE_KEYS:
            raise ValueError("media")
        variants = body["pdq_variants"]
        if not isinstance(variants, dict) or not set(variants) <= _VARIANTS:
            raise ValueError("variants")
        if body["format"] not in _FORMATS:
            raise ValueError("format")
        return HashRecord(
            pdq=_hex("pdq", body["pdq"]),
            pdq_quality=_quality(body["pdq_quality"]),
            md5=_hex("md5", body["md5"]),
            sha256=_hex("sha256", body["sha256"]),
            phash=_hex("phash", body["phash"]),
            width=_side(body["width"]),
            height=_side(body["height"]),
            format=body["format"],
            pdq_variants={
                name: PdqHash(_hex("pdq", value[0]), _quality(value[1]))
                for name, value in variants.items()
            },
            notes=tuple(notes),
        )
    except errors.FileError:
        raise
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        raise errors.ReaderMisbehaved() from exc


_IMAGE_KEYS = frozenset(
    {"ok", "media", "pdq", "pdq_quality", "md5", "sha256", "phash", "width", "height",
     "format", "pdq_variants", "notes"}
)  # fmt: skip
_VIDEO_KEYS = _IMAGE_KEYS | {"duration", "vpdq", "vpdq_variants"}


def _video_record(body: dict[str, Any], notes: tuple[str, ...]) -> HashRecord:
    """A video's record: every frame checked, none more than MAX_VPDQ_FRAMES, in order."""
    if set(body) != _VIDEO_KEYS:
        raise ValueError("keys")
    if body["pdq"] is not None or body["pdq_quality"] is not None or body["phash"] is not None:
        raise ValueError("a video has no PDQ or pHash of its own")
    if body["pdq_variants"] != {} or body["format"] not in _VIDEO_FORMATS:
        raise ValueError("format")
    frames = _frames_in(body["vpdq"])
    variants = body["vpdq_variants"]
    if not isinstance(variants, dict) or not set(variants) <= _VIDEO_VARIANTS:
        raise ValueError("variants")
    turned = {name: _frames_in(value) for name, value in variants.items()}
    for other in turned.values():  # the same frames, seen another way
        if [(f.frame, f.timestamp) for f in other] != [(f.frame, f.timestamp) for f in frames]:
            raise ValueError("variant frames")
    return HashRecord(
        pdq=None,
        pdq_quality=None,
        md5=_hex("md5", body["md5"]),
        sha256=_hex("sha256", body["sha256"]),
        phash=None,
        width=_side(body["width"]),
        height=_side(body["height"]),
        format=body["format"],
        notes=notes,
        media=MEDIA_VIDEO,
        vpdq=frames,
        vpdq_variants=turned,
        duration=_seconds(body["duration"]),
    )


def _frames_in(value: Any) -> tuple[VpdqFrame, ...]:
    if not isinstance(value, list) or not 0 < len(value) <= MAX_VPDQ_FRAMES:
        raise ValueError("frame count")
    frames = []
    previous = -1
    for item in value:
        if not isinstance(item, list) or len(item) != 4:
            raise ValueError("frame")
        number, timestamp, pdq, quality = item
        if isinstance(number, bool) or not isinstance(number, int):
            raise ValueError("frame number")
        if not previous < number < _MAX_FRAME:  # strictly increasing
            raise ValueError("frame order")
        previous = number
        frames.append(VpdqFrame(number, _timestamp(timestamp), _hex("pdq", pdq), _quality(quality)))
    return tuple(frames)


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("seconds")
    if not (math.isfinite(value) and 0 <= value <= _MAX_SECONDS):
        raise ValueError("seconds")
    return float(value)


def _timestamp(value: Any) -> float:
    """vpdq's timestamps are float32 values: anything else did not come from hashing."""
    seconds = _seconds(value)
    if struct.unpack("f", struct.pack("f", seconds))[0] != seconds:
        raise ValueError("timestamp")
    return seconds


def parse_preview(data: bytes, max_side: int) -> Preview:
    """The worker's answer to a preview request; raises the file's error, or ReaderMisbehaved."""
    head, sep, rgb = data.partition(b"\n")
    try:
        body = json.loads(head.decode("utf-8"))
        _raise_if_error(body)
        width, height = _side(body["width"]), _side(body["height"])
        if not sep or max(width, height) > max_side or len(rgb) != 3 * width * height:
            raise ValueError("preview size")
    except errors.FileError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise errors.ReaderMisbehaved() from exc
    return Preview(width, height, rgb)


def _raise_if_error(body: Any) -> None:
    if not isinstance(body, dict) or not isinstance(body.get("ok"), bool):
        raise ValueError("answer")
    if body["ok"]:
        return
    cls = _ERRORS_BY_CODE.get(body.get("code"))  # type: ignore[arg-type]
    raise cls() if cls is not None else errors.ReaderMisbehaved()


def _hex(kind: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) != _HEX[kind] or not _HEX_RE.fullmatch(value):
        raise ValueError(kind)
    return value


def _quality(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError("quality")
    return value


def _side(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= _MAX_SIDE:
        raise ValueError("side")
    return value
