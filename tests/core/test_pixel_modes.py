"""Every pixel mode reaches PDQ as the reference's 8-bit RGB, not clipped or mis-converted."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from safehash.core.hashing import hash_file
from support.reference_images import hamming, photo_like, reference_pdq

WIDTH, HEIGHT = 700, 520  # over 512: exercises the reference's stretch


@pytest.fixture(scope="module")
def rgb() -> np.ndarray:
    return photo_like(WIDTH, HEIGHT, seed=7)


@pytest.fixture(scope="module")
def grey(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(Image.fromarray(rgb).convert("L"))


def _save(tmp_path: Path, image: Image.Image, name: str, **options: object) -> Path:
    path = tmp_path / name
    image.save(path, **options)
    return path


def _grey_rgb(grey: np.ndarray) -> np.ndarray:
    return np.repeat(grey[..., None], 3, axis=2)


def test_rgba_drops_alpha(tmp_path: Path, rgb: np.ndarray) -> None:
    alpha = np.random.default_rng(1).integers(0, 256, rgb.shape[:2], dtype=np.uint8)
    path = _save(tmp_path, Image.fromarray(np.dstack([rgb, alpha]), "RGBA"), "a.png")
    assert hash_file(path).pdq == reference_pdq(rgb)[0]


def test_la_drops_alpha(tmp_path: Path, grey: np.ndarray) -> None:
    alpha = np.full(grey.shape, 30, dtype=np.uint8)
    path = _save(tmp_path, Image.fromarray(np.dstack([grey, alpha]), "LA"), "la.png")
    assert hash_file(path).pdq == reference_pdq(_grey_rgb(grey))[0]


def test_greyscale(tmp_path: Path, grey: np.ndarray) -> None:
    path = _save(tmp_path, Image.fromarray(grey, "L"), "l.png")
    assert hash_file(path).pdq == reference_pdq(_grey_rgb(grey))[0]


def test_one_bit(tmp_path: Path, grey: np.ndarray) -> None:
    bilevel = Image.fromarray(grey, "L").convert("1")
    path = _save(tmp_path, bilevel, "one.png")
    expected = _grey_rgb(np.where(np.asarray(bilevel), 255, 0).astype(np.uint8))
    assert hash_file(path).pdq == reference_pdq(expected)[0]


@pytest.mark.parametrize("transparent", [False, True])
def test_palette(tmp_path: Path, rgb: np.ndarray, transparent: bool) -> None:
    palette_image = Image.fromarray(rgb).quantize(colors=200, dither=Image.Dither.NONE)
    options = {"transparency": 3} if transparent else {}
    path = _save(tmp_path, palette_image, "p.png", **options)
    with Image.open(path) as reread:
        assert reread.mode == "P"
        assert ("transparency" in reread.info) == transparent
    palette = np.array(palette_image.getpalette()[: 256 * 3], dtype=np.uint8).reshape(-1, 3)
    expected = palette[np.asarray(palette_image)]
    assert hash_file(path).pdq == reference_pdq(expected)[0]


def test_cmyk_tiff(tmp_path: Path, rgb: np.ndarray) -> None:
    cmyk = Image.fromarray(rgb).convert("CMYK")
    path = _save(tmp_path, cmyk, "c.tif")
    c, m, y, k = (np.asarray(cmyk)[..., i].astype(np.float64) for i in range(4))
    expected = np.dstack([(255 - c) * (255 - k) / 255, (255 - m) * (255 - k) / 255,
                          (255 - y) * (255 - k) / 255])  # fmt: skip
    assert hash_file(path).pdq == reference_pdq(np.rint(expected).astype(np.uint8))[0]


def test_adobe_inverted_cmyk_jpeg(tmp_path: Path, rgb: np.ndarray) -> None:
    # Pillow writes CMYK JPEGs the Photoshop way: inverted, with an Adobe APP14 marker.
    path = _save(tmp_path, Image.fromarray(rgb).convert("CMYK"), "c.jpg", quality=98)
    with Image.open(path) as reread:
        assert reread.mode == "CMYK" and "adobe" in reread.info
    record = hash_file(path)
    assert hamming(record.pdq, reference_pdq(rgb)[0]) <= 16  # only JPEG loss apart
    inverted = Image.fromarray(255 - np.asarray(Image.open(path)), "CMYK").convert("RGB")
    assert hamming(record.pdq, reference_pdq(np.asarray(inverted))[0]) > 64  # the classic bug


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path: Path, grey: np.ndarray) -> None:
    deep = grey.astype(np.uint16) * 257  # 0..65535, exactly grey after scaling
    path = _save(tmp_path, Image.fromarray(deep), "g16.png")  # uint16 -> mode I;16
    record = hash_file(path)
    assert record.pdq == reference_pdq(_grey_rgb(grey))[0]
    clipped = np.minimum(deep, 255).astype(np.uint8)  # what a naive convert("L") gives
    assert hamming(record.pdq, reference_pdq(_grey_rgb(clipped))[0]) > 30


def test_thirty_two_bit_integer(tmp_path: Path, grey: np.ndarray) -> None:
    values = np.rint(grey.astype(np.float64) / 255 * (2**31 - 1)).astype(np.int32)
    path = _save(tmp_path, Image.fromarray(values, "I"), "i32.tif")
    assert hash_file(path).pdq == reference_pdq(_grey_rgb(grey))[0]


def test_float(tmp_path: Path, grey: np.ndarray) -> None:
    values = (grey.astype(np.float32) / 255.0).astype(np.float32)
    path = _save(tmp_path, Image.fromarray(values, "F"), "f.tif")
    assert hash_file(path).pdq == reference_pdq(_grey_rgb(grey))[0]


def test_sixteen_bit_rgb_png(tmp_path: Path, rgb: np.ndarray) -> None:
    path = tmp_path / "rgb16.png"
    path.write_bytes(_png_rgb16(rgb.astype(np.uint16) * 257))
    assert hash_file(path).pdq == reference_pdq(rgb)[0]


def _png_rgb16(pixels: np.ndarray) -> bytes:
    """A 16-bit RGB PNG, written by hand (Pillow cannot write one)."""
    import struct
    import zlib

    height, width = pixels.shape[:2]
    raw = b"".join(b"\x00" + pixels[row].astype(">u2").tobytes() for row in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
        )

    header = struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))  # fmt: skip


def test_ycbcr_pixels_convert_to_the_rgb_they_stand_for(rgb: np.ndarray) -> None:
    """YCbCr pixels (TIFF can carry them) come out as the RGB they stand for."""
    from safehash.core.imaging import to_rgb

    ycbcr = Image.fromarray(rgb).convert("YCbCr")
    assert np.abs(np.asarray(to_rgb(ycbcr), dtype=int) - rgb).max() <= 3
