"""Files that give themselves away in their headers are refused there, before any pixel is
decoded; every decoder exception is the file's fault; honest files of the same kinds still hash.

"Before decoding" is checked without timing: the real ``Image.open`` is watched, and so is
``load()`` on every image it opens (the call that runs the decoder), so a refusal is seen to
happen before Pillow opened the file, or after it read the header but before it decoded.
"""

from __future__ import annotations

import io
import random
import struct
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image

from safehash.core import errors, image_headers
from safehash.core.hashing import hash_bytes
from safehash.core.imaging import DEFAULT_LIMITS, DecodeLimits, decode_views
from safehash.core.records import NOTE_FIRST_FRAME
from support import hostile_files
from support.reference_images import photo_like, reference_pdq


@dataclass
class DecodeWatch:
    opened: int = 0  # files Pillow opened (read the header of)
    loaded: int = 0  # images whose decoder was run


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> DecodeWatch:
    """Counts Pillow's opens and decodes while the real ones run."""
    seen = DecodeWatch()
    real_open = Image.open

    def watching_open(*args: object, **kwargs: object) -> Image.Image:
        image = real_open(*args, **kwargs)  # type: ignore[arg-type]
        seen.opened += 1
        real_load = image.load

        def watching_load() -> object:
            seen.loaded += 1
            return real_load()

        image.load = watching_load  # type: ignore[method-assign]
        return image

    monkeypatch.setattr(Image, "open", watching_open)
    return seen


def _save(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


RGB = Image.fromarray(photo_like(320, 240, seed=11))


# --- Attacks, each refused from its header ------------------------------------------------


def test_jpeg_with_thousands_of_empty_scans(watch: DecodeWatch) -> None:
    data = hostile_files.jpeg_with_many_scans()
    assert len(data) < 40_000
    with pytest.raises(errors.ImageTooComplex):
        decode_views(data)
    assert watch.opened == 0


def test_baseline_jpeg_followed_by_thousands_of_scans_is_refused_by_libjpeg() -> None:
    # The header walk stops after a baseline picture's one scan (a camera photo's check costs
    # nothing); libjpeg must then refuse the second scan rather than decode it.
    with pytest.raises((errors.TruncatedImage, errors.CorruptImage)):
        decode_views(hostile_files.jpeg_with_many_scans(3000, 4096, 4096, progressive=False))


def test_jpeg_scan_limit_is_exact_and_configurable(watch: DecodeWatch) -> None:
    at_limit = hostile_files.jpeg_with_many_scans(DEFAULT_LIMITS.max_jpeg_scans, 64, 64)
    assert decode_views(at_limit).format == "JPEG"  # empty scans decode to grey
    with pytest.raises(errors.ImageTooComplex):
        decode_views(hostile_files.jpeg_with_many_scans(DEFAULT_LIMITS.max_jpeg_scans + 1, 64, 64))
    progressive = _save(RGB, "JPEG", progressive=True)  # libjpeg-turbo writes 10 scans
    assert decode_views(progressive, DecodeLimits(max_jpeg_scans=10)).format == "JPEG"
    with pytest.raises(errors.ImageTooComplex):
        decode_views(progressive, DecodeLimits(max_jpeg_scans=9))


def test_jpeg_declaring_a_huge_picture_with_no_data(watch: DecodeWatch) -> None:
    data = hostile_files.jpeg_huge_with_tiny_data()
    assert len(data) < 1000
    with pytest.raises(errors.NeedsTooMuchMemory):
        decode_views(data)
    assert watch.opened == 0


def test_jpeg_memory_estimate_counts_progressive_coefficients() -> None:
    # 10000x10000 colour: 400 MB as Pillow's RGB; progressive adds 300 MB of coefficients.
    baseline = hostile_files.jpeg_huge_with_tiny_data(10_000, 10_000, progressive=False)
    progressive = hostile_files.jpeg_huge_with_tiny_data(10_000, 10_000, progressive=True)
    limits = DecodeLimits(max_decode_bytes=600_000_000)
    with pytest.raises(errors.NeedsTooMuchMemory):
        decode_views(progressive, limits)
    assert image_headers.check_header(baseline, limits) is not None  # would be decoded
    with pytest.raises(errors.NeedsTooMuchMemory):
        decode_views(baseline, DecodeLimits(max_decode_bytes=390_000_000))


def test_run_length_bmp_too_large_for_pillows_python_decoder(watch: DecodeWatch) -> None:
    data = hostile_files.bmp_rle_huge()
    assert len(data) < 60_000
    with pytest.raises(errors.ImageTooLarge):
        decode_views(data)
    assert watch.opened == 1 and watch.loaded == 0


def test_run_length_bmp_with_endless_codes(watch: DecodeWatch) -> None:
    data = hostile_files.bmp_rle_endless_codes(DEFAULT_LIMITS.max_python_decode_pixels // 2)
    with pytest.raises(errors.ImageTooComplex):
        decode_views(data)
    assert watch.opened == 1 and watch.loaded == 0
    few = hostile_files.bmp_rle_endless_codes(1000)  # a picture of the same kind, decoded
    assert decode_views(few).width == 100


def test_gif_of_millions_of_tiny_blocks(watch: DecodeWatch) -> None:
    with pytest.raises(errors.ImageTooComplex):
        decode_views(hostile_files.gif_with_tiny_blocks())
    assert watch.opened == 0
    few = hostile_files.gif_with_tiny_blocks(1000)  # the same shape, within reason
    with pytest.raises(errors.FileError) as refused:
        decode_views(few)
    assert not isinstance(refused.value, errors.ImageTooComplex)  # its data is not LZW


def test_animated_webp_with_a_huge_canvas(watch: DecodeWatch) -> None:
    data = hostile_files.webp_animated_huge_canvas()
    assert len(data) < 1000
    with pytest.raises(errors.NeedsTooMuchMemory):
        decode_views(data)
    assert watch.opened == 0  # libwebp allocates its canvases as soon as the file is opened


def test_webp_canvas_over_the_pixel_limit(watch: DecodeWatch) -> None:
    with pytest.raises(errors.ImageTooLarge):
        decode_views(hostile_files.webp_animated_huge_canvas(16_000, 16_000))
    assert watch.opened == 0


def test_avif_with_an_edited_size(watch: DecodeWatch) -> None:
    data = hostile_files.avif_with_edited_size()
    assert len(data) < 5000
    with pytest.raises(errors.CorruptImage):
        decode_views(data)
    assert watch.loaded == 0


def test_avif_with_a_modestly_edited_size_is_not_hashed_at_the_wrong_size(
    watch: DecodeWatch,
) -> None:
    # Within every memory limit: libavif would stretch the 64x64 picture to 1000x1000 and
    # SafeHash report a sharp 1000x1000 photo the file does not hold.
    with pytest.raises(errors.CorruptImage):
        decode_views(hostile_files.avif_with_edited_size(1000, 1000))
    assert watch.loaded == 0


@pytest.mark.parametrize("declared", [1000, 64], ids=["frame-smaller-than-declared", "honest"])
def test_avif_frame_size_is_read_from_the_av1_frame_header(
    watch: DecodeWatch, declared: int
) -> None:
    # The sequence header and 'ispe' agree on the declared size; only the key frame's own
    # header says it is 64x64. (The crafted stream has no picture data: it fails to decode.)
    data = hostile_files.avif_with_small_frame(declared, declared, frame=64)
    with pytest.raises(errors.CorruptImage):
        decode_views(data)
    assert watch.loaded == (1 if declared == 64 else 0)


def test_avif_sequence_with_an_edited_track_size(watch: DecodeWatch) -> None:
    with pytest.raises(errors.CorruptImage):
        decode_views(hostile_files.avif_sequence_with_edited_size())
    assert watch.loaded == 0


def test_heic_with_an_edited_size(watch: DecodeWatch) -> None:
    with pytest.raises(errors.CorruptImage):
        decode_views(hostile_files.heic_with_edited_size())
    assert watch.loaded == 0


def test_large_honest_avif_is_refused_by_its_memory_estimate(watch: DecodeWatch) -> None:
    data = _save(RGB, "AVIF", quality=50, speed=9)
    with pytest.raises(errors.NeedsTooMuchMemory):
        decode_views(data, DecodeLimits(max_decode_bytes=320 * 240 * 5))
    assert watch.loaded == 0
    assert decode_views(data, DecodeLimits(max_decode_bytes=320 * 240 * 14)).width == 320


def test_a_video_is_not_an_image() -> None:
    # ISO media like AVIF, but an MP4: "not a photo", not "a damaged photo".
    ftyp = struct.pack(">I4s4sI4s", 20, b"ftyp", b"isom", 512, b"mp41")
    moov = struct.pack(">I4s", 8, b"moov")
    with pytest.raises(errors.NotAnImage):
        decode_views(ftyp + moov + struct.pack(">I4s", 16, b"mdat") + bytes(8))


# --- Every decoder exception is the file's fault -------------------------------------------


def test_gif_cut_in_its_second_frame_is_truncated_not_internal() -> None:
    with pytest.raises(errors.TruncatedImage):
        hash_bytes(hostile_files.gif_cut_in_second_frame())


def _samples() -> dict[str, bytes]:
    small = Image.fromarray(photo_like(96, 64, seed=4))
    palette = small.quantize(16)
    indices = np.asarray(palette)
    colours = palette.getpalette()[: 16 * 3]
    return {
        "jpeg": _save(small, "JPEG", quality=80),
        "progressive-jpeg": _save(small, "JPEG", progressive=True),
        "png": _save(small, "PNG"),
        "gif": _save(palette, "GIF", save_all=True, append_images=[palette.rotate(90)]),
        "webp": _save(small, "WEBP"),
        "lossless-webp": _save(small, "WEBP", lossless=True),
        "animated-webp": _save(small, "WEBP", save_all=True, append_images=[small.rotate(90)]),
        "bmp": _save(small, "BMP"),
        "rle-bmp": hostile_files.bmp_rle8(indices, list(zip(*[iter(colours)] * 3, strict=True))),
        "tiff": _save(small, "TIFF", compression="tiff_lzw"),
        "avif": _save(small, "AVIF", speed=9),
        "heic": _save(small, "HEIF"),
    }


@pytest.mark.parametrize("name", list(_samples()))
def test_cut_and_damaged_files_only_ever_give_file_errors(name: str) -> None:
    """Cut at 15 places and with a few bytes changed 25 times, each file either decodes or
    gives a per-file error; never an exception that would be reported as SafeHash's fault."""
    data = _samples()[name]
    rng = random.Random(name)
    variants = [data[: rng.randrange(8, len(data))] for _ in range(15)]
    for _ in range(25):
        damaged = bytearray(data)
        for _ in range(rng.randrange(1, 6)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        variants.append(bytes(damaged))
    for variant in variants:
        try:
            decode_views(variant)
        except errors.FileError as exc:
            assert not isinstance(exc, errors.InternalError)


# --- Honest files of the same kinds still hash ------------------------------------------------


def test_progressive_jpeg_still_hashes() -> None:
    record = hash_bytes(_save(RGB, "JPEG", progressive=True, quality=90))
    assert (record.format, record.width, record.height) == ("JPEG", 320, 240)
    assert record.pdq_quality >= 50


@pytest.mark.parametrize("fmt", ["WEBP", "GIF", "AVIF"])
def test_animations_with_a_normal_canvas_still_hash(fmt: str) -> None:
    first = RGB if fmt != "GIF" else RGB.quantize(64)
    data = _save(first, fmt, save_all=True, append_images=[first.rotate(180)], duration=100)
    record = hash_bytes(data)
    assert (record.format, record.width, record.height) == (fmt, 320, 240)
    assert NOTE_FIRST_FRAME in record.notes


@pytest.mark.parametrize("fmt", ["AVIF", "HEIF"])
def test_stills_of_odd_sizes_and_with_alpha_still_hash(fmt: str) -> None:
    odd = Image.fromarray(photo_like(321, 241, seed=5))  # HEVC codes 322x242 and crops
    with_alpha = odd.convert("RGBA")
    for image in (odd, with_alpha):
        record = hash_bytes(_save(image, fmt, quality=80))
        assert (record.width, record.height) == (321, 241)


def test_run_length_bmp_still_hashes_exactly() -> None:
    indices = (np.add.outer(np.arange(120) // 10, np.arange(200) // 25) % 8).astype(np.uint8)
    palette = [(30 * i, 255 - 30 * i, (70 * i) % 256) for i in range(8)]
    record = hash_bytes(hostile_files.bmp_rle8(indices, palette))
    assert (record.format, record.width, record.height) == ("BMP", 200, 120)
    rgb = np.array(palette, dtype=np.uint8)[indices]
    assert (record.pdq, record.pdq_quality) == reference_pdq(rgb)


def test_every_crafted_file_is_small() -> None:
    builders: list[Callable[[], bytes]] = [
        hostile_files.jpeg_with_many_scans,
        hostile_files.jpeg_huge_with_tiny_data,
        hostile_files.bmp_rle_huge,
        hostile_files.webp_animated_huge_canvas,
        hostile_files.avif_with_edited_size,
        hostile_files.avif_sequence_with_edited_size,
        hostile_files.heic_with_edited_size,
        hostile_files.gif_cut_in_second_frame,
    ]
    for build in builders:
        assert len(build()) < 64_000, build.__name__
