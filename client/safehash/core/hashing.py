"""Hashes of one file. A photo: PDQ (as people see it, plus the as-stored variant), pHash,
MD5, SHA-256. A video: MD5 and SHA-256 of its bytes, and vPDQ of its frames (``video``).

File bytes and pixels stop here: callers get a ``HashRecord`` and nothing else. What a
file is comes from its content (``signatures``), never from its name.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

import numpy as np
from PIL import Image

from safehash.core import errors
from safehash.core.file_access import OpenFile, digests_alongside, open_file, read_all, reader
from safehash.core.imaging import DEFAULT_LIMITS, DecodeLimits, decode_views
from safehash.core.pdq import luma_from_rgb, pdq_from_luma
from safehash.core.phash import phash
from safehash.core.records import (
    MEDIA_VIDEO,
    NOTE_FIRST_FRAME,
    NOTE_ORIENTATION_APPLIED,
    VARIANT_UPRIGHT,
    HashRecord,
    PdqHash,
)
from safehash.core.signatures import looks_like_video

VARIANT_AS_STORED = "as_stored"

# (position, duration) in seconds while a video is read; duration None when not known.
ProgressCallback = Callable[[float, "float | None"], None]


def hash_file(
    path: str | os.PathLike[str] | bytes,
    limits: DecodeLimits = DEFAULT_LIMITS,
    on_progress: ProgressCallback | None = None,
) -> HashRecord:
    """Hash one photo or video. Raises a ``safehash.core.errors.FileError`` subclass on bad
    input. ``on_progress`` hears how far into a video hashing is (never called for photos)."""
    with open_file(path) as opened:
        if looks_like_video(opened.head):
            return hash_video(opened, limits, on_progress)
        return hash_bytes(read_all(opened, limits.max_file_bytes), limits)


def hash_video(
    opened: OpenFile, limits: DecodeLimits, on_progress: ProgressCallback | None = None
) -> HashRecord:
    """Hash an open video file: its header is checked first (duration, frame size, codec),
    then its bytes are hashed while its frames are."""
    from safehash.core.video import OpenedVideo  # only for a video: PyAV is slow to load

    video = OpenedVideo(reader(opened), opened.head, limits)
    try:
        if on_progress is not None:
            on_progress(0.0, video.info.duration)
        with digests_alongside(opened) as file_digests:
            hashed = video.hash_frames(on_progress)
            md5, sha256 = file_digests()
    finally:
        video.close()
    if not opened.unchanged():
        raise errors.FileChanged()
    return HashRecord(
        pdq=None,
        pdq_quality=None,
        md5=md5,
        sha256=sha256,
        phash=None,
        width=hashed.width,
        height=hashed.height,
        format=video.info.format,
        notes=hashed.notes,
        media=MEDIA_VIDEO,
        vpdq=hashed.frames,
        vpdq_variants={VARIANT_UPRIGHT: hashed.upright} if hashed.upright is not None else {},
        duration=hashed.duration,
    )


def hash_bytes(data: bytes, limits: DecodeLimits = DEFAULT_LIMITS) -> HashRecord:
    """Hash the exact bytes of one image file."""
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    sha256 = hashlib.sha256(data).hexdigest()
    views = decode_views(data, limits)

    upright = pdq_of(views.upright)
    variants: dict[str, PdqHash] = {}
    notes: list[str] = []
    if views.as_stored is not None:
        stored = pdq_of(views.as_stored)
        if stored.value != upright.value:  # e.g. a symmetric picture turned 180 degrees
            variants[VARIANT_AS_STORED] = stored
        notes.append(NOTE_ORIENTATION_APPLIED)
    if views.animated:
        notes.append(NOTE_FIRST_FRAME)

    return HashRecord(
        pdq=upright.value,
        pdq_quality=upright.quality,
        md5=md5,
        sha256=sha256,
        # pHash sees the same small upright view as PDQ (at most 512x512): it shrinks to
        # 32x32 anyway, so the full image would cost a full-size greyscale copy for
        # nothing. For pictures up to 512 px this is exactly imagehash.phash of the file.
        phash=phash(views.upright),
        width=views.width,
        height=views.height,
        format=views.format,
        pdq_variants=variants,
        notes=tuple(notes),
    )


def pdq_of(rgb: Image.Image) -> PdqHash:
    """PDQ of an 8-bit RGB image, bit for bit as Meta's reference hashes a photo: an all-grey
    picture's grey value is its luma, as the reference's decoder hands such a picture over."""
    return pdq_from_luma(luma_from_rgb(np.asarray(rgb, dtype=np.uint8), grey_rule=True))
