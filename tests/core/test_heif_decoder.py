"""HEIC through pi-heif (decoder only) against pillow-heif, which SafeHash used before.

Phone photos (even sizes, turned or not) and odd-sized pictures that are not turned give
the same pixels, orientation and record. One known difference: pi-heif 1.4.0 carries
libheif 1.23.0, which puts the last row or column of an odd-sized picture that the
container turns on the wrong side (libheif 1.23.6 in pillow-heif 1.8.1 does it right);
the test below pins it to that one line, so a pi-heif with a newer libheif passes too.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pi_heif
import pillow_heif
import pytest
from PIL import Image

from safehash.core.hashing import hash_file
from safehash.core.imaging import _load_heif_decoder
from support.reference_images import photo_like


def _heic(path: Path, array: np.ndarray, orientation: int = 1, **options: object) -> Path:
    exif = Image.Exif()
    exif[0x0112] = orientation
    pillow_heif.from_pillow(Image.fromarray(array)).save(path, exif=exif.tobytes(), **options)
    return path


CASES = {
    "photo": (photo_like(640, 480, seed=1), 1, {"quality": 90}),
    "turned-6": (photo_like(300, 200, seed=2), 6, {"quality": 80}),
    "turned-3": (photo_like(200, 300, seed=3), 3, {"quality": 60}),
    "turned-8": (photo_like(256, 130, seed=4), 8, {"quality": 95}),
    "with-alpha": (np.dstack([photo_like(128, 96, seed=5), np.full((96, 128), 200, np.uint8)]),
                   1, {"quality": 90}),
    "grey": (photo_like(160, 120, seed=6)[..., 0], 1, {"quality": 90}),
    "lossless-ish": (photo_like(1200, 900, seed=7), 1, {"quality": 100}),
    "odd-upright": (photo_like(257, 129, seed=8), 1, {"quality": 90}),
    "phone-turned": (photo_like(4032, 3024, seed=9), 6, {"quality": 70}),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_pixels_and_orientation_equal_pillow_heif(tmp_path: Path, name: str) -> None:
    array, orientation, options = CASES[name]
    data = _heic(tmp_path / "p.heic", array, orientation, **options).read_bytes()
    ours = pi_heif.open_heif(io.BytesIO(data)).to_pillow()
    theirs = pillow_heif.open_heif(io.BytesIO(data)).to_pillow()
    assert ours.mode == theirs.mode and ours.size == theirs.size
    assert np.array_equal(np.asarray(ours), np.asarray(theirs))
    assert ours.info.get("original_orientation") == theirs.info.get("original_orientation")


@pytest.mark.parametrize("name", CASES)
def test_records_equal_those_made_with_pillow_heif(tmp_path: Path, name: str) -> None:
    """The whole record (PDQ, its as-stored variant, pHash, size, format) as SafeHash makes
    it, once through pi-heif and once with pillow-heif's decoder put in its place."""
    array, orientation, options = CASES[name]
    path = _heic(tmp_path / "p.heic", array, orientation, **options)
    _load_heif_decoder()  # pi-heif, as in a worker
    ours = hash_file(path)
    try:
        pillow_heif.register_heif_opener()
        theirs = hash_file(path)
    finally:
        pi_heif.register_heif_opener()
    assert ours.format == "HEIF" and ours.pdq
    assert ours == theirs


@pytest.mark.parametrize(("width", "height", "orientation"), [(257, 129, 8), (301, 200, 3)])
def test_odd_sized_turned_pictures_differ_at_most_in_one_edge_line(
    tmp_path: Path, width: int, height: int, orientation: int
) -> None:
    data = _heic(tmp_path / "p.heic", photo_like(width, height, seed=4), orientation,
                 quality=95).read_bytes()  # fmt: skip
    ours = np.asarray(pi_heif.open_heif(io.BytesIO(data)).to_pillow()).astype(int)
    theirs = np.asarray(pillow_heif.open_heif(io.BytesIO(data)).to_pillow()).astype(int)
    assert ours.shape == theirs.shape
    rows, cols = np.nonzero(np.abs(ours - theirs).sum(axis=2))
    inner = (rows > 0) & (rows < ours.shape[0] - 1) & (cols > 0) & (cols < ours.shape[1] - 1)
    assert not inner.any()  # only the outermost row or column of the picture


def test_the_heif_decoder_has_no_hevc_encoder() -> None:
    info = pi_heif.libheif_info()
    assert "libde265" in info["decoders"]
    assert not [name for name in info["encoders"] if name != "mask"]  # x265 is not there
