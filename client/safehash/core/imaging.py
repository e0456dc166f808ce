"""Safe decoding: from file bytes to the small RGB view that PDQ and pHash see.

Meta's reference hasher decodes to 8-bit RGB and, when a side is over 512 px, stretches the
picture to exactly 512x512 by nearest-neighbour sampling (source index ``floor(i*old/512)``).
We never build a full-size RGB copy: the decoded image, in whatever mode it came in, is
sampled straight to at most 512x512 (with the EXIF orientation folded into the sampling),
and only that small image is converted to RGB. Sampling and per-pixel mode conversion
commute, so the result is the reference's, at a fraction of the memory.
"""

from __future__ import annotations

import io
import struct
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import numpy as np
from PIL import Image, ImageFile, UnidentifiedImageError

from safehash.core import errors, image_headers
from safehash.core.limits import DEFAULT_LIMITS, DecodeLimits  # re-exported for callers

REFERENCE_SIDE = 512

# Only these decoders may look at a file; formats are recognised from content, not names.
ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "HEIF", "AVIF")
# Formats that are the same thing to a person (JPEG opens multi-picture phone files as MPO).
FORMAT_NAMES = {"MPO": "JPEG"}

# We enforce our own pixel limit (DecodeLimits) before decoding, per call; Pillow's global
# one would refuse some legitimate panoramas first and cannot be set per call.
Image.MAX_IMAGE_PIXELS = None
ImageFile.LOAD_TRUNCATED_IMAGES = False

EXIF_ORIENTATION_TAG = 0x0112
TIFF_BITS_PER_SAMPLE_TAG = 258


@dataclass(frozen=True, slots=True)
class ImageViews:
    """The small RGB pictures to hash, and facts about the original."""

    upright: Image.Image  # as people see it (EXIF orientation applied)
    as_stored: Image.Image | None  # pixels as stored, when orientation changes the picture
    width: int  # of the picture as people see it
    height: int
    format: str
    animated: bool
    orientation: int


# --- Pixel memory ---------------------------------------------------------------------

# Pillow gives each decoded image's memory back to the system and faults it in again for
# the next one. Two threads faulting pages into one process contend on the kernel's memory
# map lock, which costs more than a third of decoding time on a 2-core machine. Keeping a
# few of Pillow's 16 MB blocks for reuse during a batch removes that cost.
_BLOCKS_PER_WORKER = 6  # a 24-megapixel RGB image is 96 MB (Pillow stores RGB as 4 bytes)
_pool_lock = threading.Lock()
_pool_users = 0


@contextmanager
def reuse_pixel_memory(workers: int) -> Iterator[None]:
    """While active, decoded-image memory is recycled; released when the last user leaves."""
    global _pool_users
    with _pool_lock:
        _pool_users += 1
        wanted = _BLOCKS_PER_WORKER * workers
        if Image.core.get_blocks_max() < wanted:
            Image.core.set_blocks_max(wanted)
    try:
        yield
    finally:
        with _pool_lock:
            _pool_users -= 1
            if _pool_users == 0:
                Image.core.set_blocks_max(0)
                Image.core.clear_cache()


# --- Decoding --------------------------------------------------------------------------


def decode_views(data: bytes, limits: DecodeLimits = DEFAULT_LIMITS) -> ImageViews:
    """Decode ``data`` and return the views to hash. Raises a FileError subclass on bad input.

    Whatever goes wrong from the first byte read to the small RGB views is the file's fault
    (the bytes are hostile, the decoders are not ours), so it is always a FileError.
    """
    if not data:
        raise errors.EmptyFile()
    with warnings.catch_warnings(), _faults_of_the_file():
        warnings.simplefilter("ignore")  # Pillow's warnings about odd files are not for people
        declared = image_headers.check_header(data, limits)
        if data[4:8] == b"ftyp":  # an ISO media file: HEIC/HEIF may need libheif
            _load_heif_decoder()
        # Pillow stops with KeyError at a format nobody registered: HEIF until libheif loads.
        formats = [f for f in ALLOWED_FORMATS if f != "HEIF" or f in Image.OPEN]
        image = Image.open(io.BytesIO(data), formats=formats)
        with image:
            return _views_of(image, declared, limits, len(data))


@cache
def _load_heif_decoder() -> None:
    """HEIC/HEIF (iPhone photos) through pi-heif: libheif with only its HEVC decoder
    (libde265), no encoder. Loaded by the first such file, not by every worker's start."""
    from pi_heif import register_heif_opener

    register_heif_opener()


@contextmanager
def _faults_of_the_file() -> Iterator[None]:
    """Any exception raised while reading or decoding becomes the file's typed error."""
    try:
        yield
    except errors.FileError:
        raise
    except UnidentifiedImageError as exc:
        raise errors.NotAnImage() from exc
    except Exception as exc:  # decoders raise anything at all on hostile bytes
        raise _decode_error(exc) from exc


def _views_of(
    image: Image.Image,
    declared: image_headers.Declared | None,
    limits: DecodeLimits,
    data_size: int,
) -> ImageViews:
    image_headers.check_opened(image, declared, data_size, limits)  # before any pixel
    width, height = image.size
    fmt = FORMAT_NAMES.get(image.format or "", image.format or "unknown")
    animated = bool(getattr(image, "is_animated", False))
    orientation = _orientation(image)
    bits = _declared_bits(image)
    # Feed the decoder the whole file at once: in 64 KB pieces it needs the GIL back 50
    # times per photo and stalls whenever another worker is inside PDQ (which holds it).
    image.decodermaxblock = max(image.decodermaxblock, data_size)
    image.load()  # the first frame only, for animations
    if image.size != (width, height):  # a decoder that changed its mind is not trusted
        raise errors.CorruptImage()

    applied = _orientation_applied_by_decoder(image)
    if applied != 1:  # HEIF: libheif already turned the picture upright
        upright = to_rgb(sample_for_pdq(image, 1), bits)
        as_stored = to_rgb(sample_for_pdq(image, _INVERSE_ORIENTATION[applied]), bits)
        return ImageViews(upright, as_stored, width, height, fmt, animated, applied)
    upright = to_rgb(sample_for_pdq(image, orientation), bits)
    as_stored = to_rgb(sample_for_pdq(image, 1), bits) if orientation != 1 else None
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return ImageViews(upright, as_stored, width, height, fmt, animated, orientation)


# Turning by an orientation and then by its inverse gives the stored picture back.
_INVERSE_ORIENTATION = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 8, 7: 7, 8: 6}


def _orientation_applied_by_decoder(image: Image.Image) -> int:
    """libheif (pi-heif) applies the orientation itself and says which one it was."""
    value = image.info.get("original_orientation", 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


_CUT_SHORT = ("truncated", "premature end", "broken data stream", "not enough image data")


def _decode_error(exc: BaseException) -> errors.FileError:
    if isinstance(exc, MemoryError):
        return errors.NeedsTooMuchMemory()
    if isinstance(exc, Image.DecompressionBombError):
        return errors.ImageTooLarge()
    # Pillow's readers written in Python index and unpack past the end of a cut file.
    if isinstance(exc, EOFError | IndexError | struct.error):
        return errors.TruncatedImage()
    text = str(exc).lower()
    if any(words in text for words in _CUT_SHORT):
        return errors.TruncatedImage()
    return errors.CorruptImage()


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(EXIF_ORIENTATION_TAG, 1)
    except Exception:  # noqa: BLE001 - a broken EXIF block must not lose the picture
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _declared_bits(image: Image.Image) -> int | None:
    """Bits per sample the file declares, for 32-bit integer images (mode "I")."""
    if image.mode != "I":
        return None
    if image.format == "PNG":
        return 16  # PNG tops out at 16 bits; Pillow may hand 16-bit PNGs over as "I"
    tags = getattr(image, "tag_v2", None)
    if tags is not None:
        declared = tags.get(TIFF_BITS_PER_SAMPLE_TAG)
        if isinstance(declared, tuple):
            declared = declared[0] if declared else None
        if isinstance(declared, int) and declared in (8, 16, 32):
            return declared
    return None


# --- Sampling --------------------------------------------------------------------------

# For each EXIF orientation: (swap axes, flip the upright x axis, flip the upright y axis),
# where "flip" means the stored index runs backwards along that upright axis.
_ORIENTATION_MAP: dict[int, tuple[bool, bool, bool]] = {
    1: (False, False, False),
    2: (False, True, False),  # mirrored left-right
    3: (False, True, True),  # rotated 180
    4: (False, False, True),  # mirrored top-bottom
    5: (True, False, False),  # transposed
    6: (True, True, False),  # shown turned 90 degrees clockwise
    7: (True, True, True),  # transversed
    8: (True, False, True),  # shown turned 90 degrees counter-clockwise
}
# The reference's sample points are multiples of 1/512 apart; a smaller nudge turns
# "floor" into "floor from the other end" exactly, with no float rounding at all.
_FLIP_EPSILON = 1.0 / (4 * REFERENCE_SIDE)


def sample_for_pdq(image: Image.Image, orientation: int) -> Image.Image:
    """The upright picture, stretched to 512x512 by the reference's sampling if too large.

    Pillow's nearest-neighbour affine transform reads source pixel ``floor(a*(x+0.5)+c)``;
    the coefficients below make that exactly the reference's ``floor(x*old/512)``,
    counted from the far end for mirrored axes. It never copies the full-size image.
    """
    swap, flip_x, flip_y = _ORIENTATION_MAP.get(orientation, (False, False, False))
    stored_w, stored_h = image.size
    upright_w, upright_h = (stored_h, stored_w) if swap else (stored_w, stored_h)
    if max(upright_w, upright_h) <= REFERENCE_SIDE:
        out_w, out_h = upright_w, upright_h
    else:
        out_w = out_h = REFERENCE_SIDE

    # Along upright x: which stored axis it reads and how.
    x_size = stored_h if swap else stored_w
    y_size = stored_w if swap else stored_h
    ax, cx = _axis_coefficients(x_size, out_w, flip_x)
    ay, cy = _axis_coefficients(y_size, out_h, flip_y)
    if swap:  # stored x depends on upright y, stored y on upright x
        data = (0.0, ay, cy, ax, 0.0, cx)
    else:
        data = (ax, 0.0, cx, 0.0, ay, cy)
    if orientation == 1 and (out_w, out_h) == image.size:
        return image.copy()  # small already; a copy, because the caller closes the original
    return image.transform(
        (out_w, out_h), Image.Transform.AFFINE, data, Image.Resampling.NEAREST
    )


def _axis_coefficients(size: int, out: int, flip: bool) -> tuple[float, float]:
    """Coefficients (a, c) so that floor(a*(k+0.5)+c) is the stored index for output k."""
    scale = size / out
    if not flip:
        return scale, -0.5 * scale  # floor(k*scale)
    return -scale, size - _FLIP_EPSILON + 0.5 * scale  # size-1-floor(k*scale)


# --- Pixel modes ------------------------------------------------------------------------

_SIXTEEN_BIT_MODES = ("I;16", "I;16L", "I;16B", "I;16N")


def to_rgb(image: Image.Image, declared_bits: int | None = None) -> Image.Image:
    """8-bit RGB as the reference decodes it: alpha dropped, deep images scaled, not clipped."""
    mode = image.mode
    if mode == "RGB":
        return image
    if mode in _SIXTEEN_BIT_MODES:
        return _grey_to_rgb(_scale_to_8bit(np.asarray(image).astype(np.float64), 16))
    if mode == "I":
        values = np.asarray(image).astype(np.float64)
        bits = declared_bits or (16 if values.size == 0 or values.max() <= 65535 else 32)
        return _grey_to_rgb(_scale_to_8bit(values, bits))
    if mode == "F":
        values = np.nan_to_num(np.asarray(image).astype(np.float64), nan=0.0)
        # Float images are usually normalised to 0..1; otherwise they hold 0..255 values.
        peak = float(values.max()) if values.size else 0.0
        scaled = values * 255.0 if peak <= 1.0 else values
        return _grey_to_rgb(np.clip(np.rint(scaled), 0, 255).astype(np.uint8))
    if mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")  # palette with transparency: colours kept, alpha dropped
    return image.convert("RGB")


def _scale_to_8bit(values: np.ndarray, bits: int) -> np.ndarray:
    # Pillow's 32-bit mode "I" is signed: its white is 2**31 - 1, and negatives are black.
    top = float((1 << min(bits, 31)) - 1)
    return np.rint(np.clip(values, 0, top) * (255.0 / top)).astype(np.uint8)


def _grey_to_rgb(grey: np.ndarray) -> Image.Image:
    return Image.fromarray(np.ascontiguousarray(grey), mode="L").convert("RGB")
