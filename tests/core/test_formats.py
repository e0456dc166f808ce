"""Each format SafeHash promises, recognised by content and hashed exactly as decoded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from safehash.core.hashing import hash_file
from safehash.core.records import NOTE_FIRST_FRAME
from support.reference_images import (
    hamming,
    photo_like,
    reference_pdq,
    reference_pdq_of_file_pixels,
)

RGB = photo_like(640, 480, seed=3)
LOSSLESS = [
    ("png", "PNG", {}),
    ("webp", "WEBP", {"lossless": True}),
    ("bmp", "BMP", {}),
    ("tif", "TIFF", {"compression": "tiff_lzw"}),
]
LOSSY = [
    ("jpg", "JPEG", {"quality": 90}),
    ("jpg", "JPEG", {"quality": 90, "progressive": True}),
    ("webp", "WEBP", {"quality": 90}),
    ("heic", "HEIF", {"quality": 90}),
    ("avif", "AVIF", {"quality": 90}),
]


@pytest.mark.parametrize(("suffix", "fmt", "options"), LOSSLESS, ids=[f[1] for f in LOSSLESS])
def test_lossless_formats_hash_exactly(
    tmp_path: Path, suffix: str, fmt: str, options: dict
) -> None:
    path = tmp_path / f"picture.{suffix}"
    Image.fromarray(RGB).save(path, fmt, **options)
    record = hash_file(path)
    assert record.format == fmt
    assert (record.pdq, record.pdq_quality) == reference_pdq(RGB)
    assert (record.width, record.height) == (640, 480)


@pytest.mark.parametrize(
    ("suffix", "fmt", "options"), LOSSY, ids=["jpeg", "jpeg-progressive", "webp", "heic", "avif"]
)
def test_lossy_formats_hash_their_decoded_pixels(
    tmp_path: Path, suffix: str, fmt: str, options: dict
) -> None:
    path = tmp_path / f"picture.{suffix}"
    Image.fromarray(RGB).save(path, fmt, **options)
    record = hash_file(path)
    assert record.format == fmt
    assert record.pdq == reference_pdq_of_file_pixels(str(path))[0]
    assert hamming(record.pdq, reference_pdq(RGB)[0]) <= 20  # the same picture, after loss


def test_greyscale_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "grey.jpg"
    Image.fromarray(RGB).convert("L").save(path, quality=95)
    record = hash_file(path)
    assert record.format == "JPEG"
    assert record.pdq == reference_pdq_of_file_pixels(str(path))[0]


def test_format_comes_from_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    Image.fromarray(RGB).save(path, "PNG")
    record = hash_file(path)
    assert record.format == "PNG"
    assert record.pdq == reference_pdq(RGB)[0]


def test_animated_gif_hashes_first_frame_and_says_so(tmp_path: Path) -> None:
    first = Image.fromarray(RGB).quantize(colors=256, dither=Image.Dither.NONE)
    second = Image.fromarray(255 - RGB).quantize(colors=256, dither=Image.Dither.NONE)
    path = tmp_path / "moving.gif"
    first.save(path, save_all=True, append_images=[second], duration=100, loop=0)
    record = hash_file(path)
    assert record.format == "GIF"
    assert NOTE_FIRST_FRAME in record.notes
    palette = np.array(first.getpalette()[: 256 * 3], dtype=np.uint8).reshape(-1, 3)
    assert record.pdq == reference_pdq(palette[np.asarray(first)])[0]


def test_still_gif_has_no_animation_note(tmp_path: Path) -> None:
    path = tmp_path / "still.gif"
    Image.fromarray(RGB).quantize(colors=64).save(path)
    assert NOTE_FIRST_FRAME not in hash_file(path).notes


def test_exact_match_hashes_are_of_the_file_bytes(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "p.png"
    Image.fromarray(RGB).save(path)
    data = path.read_bytes()
    record = hash_file(path)
    assert record.md5 == hashlib.md5(data).hexdigest()
    assert record.sha256 == hashlib.sha256(data).hexdigest()


def test_phash_of_small_pictures_is_imagehash_of_the_file(tmp_path: Path) -> None:
    import imagehash

    small = photo_like(400, 300, seed=5)
    path = tmp_path / "small.png"
    Image.fromarray(small).save(path)
    record = hash_file(path)
    with Image.open(path) as image:
        assert record.phash == str(imagehash.phash(image))
    assert len(record.phash) == 16
