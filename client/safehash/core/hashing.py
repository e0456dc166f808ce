"""Hashes of one file: PDQ (as people see it, plus the as-stored variant), pHash, MD5, SHA-256.

File bytes and pixels stop here: callers get a ``HashRecord`` and nothing else.
"""

from __future__ import annotations

import hashlib
import os

import numpy as np
from PIL import Image

from safehash.core.imaging import DEFAULT_LIMITS, DecodeLimits, decode_views, read_file_bytes
from safehash.core.pdq import luma_from_rgb, pdq_from_luma
from safehash.core.phash import phash
from safehash.core.records import NOTE_FIRST_FRAME, NOTE_ORIENTATION_APPLIED, HashRecord, PdqHash

VARIANT_AS_STORED = "as_stored"


def hash_file(
    path: str | os.PathLike[str] | bytes, limits: DecodeLimits = DEFAULT_LIMITS
) -> HashRecord:
    """Hash one file. Raises a ``safehash.core.errors.FileError`` subclass on bad input."""
    return hash_bytes(read_file_bytes(path, limits), limits)


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
