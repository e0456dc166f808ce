"""EXIF orientation: the hash is of the picture as people see it, plus the stored view."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from safehash.core.hashing import VARIANT_AS_STORED, hash_file
from support.reference_images import photo_like, reference_pdq


def _stored_from_upright(upright: np.ndarray, orientation: int) -> np.ndarray:
    """The pixels a camera would store for ``upright`` with this orientation tag."""
    ops = {
        1: lambda a: a,
        2: lambda a: a[:, ::-1],
        3: lambda a: a[::-1, ::-1],
        4: lambda a: a[::-1, :],
        5: lambda a: a.transpose(1, 0, 2),
        6: lambda a: np.rot90(a, 1),  # stored turned left; shown turned right
        7: lambda a: a[::-1, ::-1].transpose(1, 0, 2),  # transverse is its own inverse
        8: lambda a: np.rot90(a, -1),
    }
    return np.ascontiguousarray(ops[orientation](upright))


@pytest.mark.parametrize("size", [(700, 540), (300, 200), (1201, 513)], ids=str)
@pytest.mark.parametrize("orientation", range(1, 9))
def test_upright_and_stored_views(tmp_path: Path, orientation: int, size: tuple[int, int]) -> None:
    upright = photo_like(*size, seed=orientation)
    stored = _stored_from_upright(upright, orientation)
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "photo.png"
    Image.fromarray(stored).save(path, exif=exif)

    # Pillow's own transpose is the independent definition of "as people see it".
    from PIL import ImageOps

    with Image.open(path) as image:
        seen = np.asarray(ImageOps.exif_transpose(image).convert("RGB"))
    assert np.array_equal(seen, upright)

    record = hash_file(path)
    assert record.pdq == reference_pdq(upright)[0]
    assert (record.width, record.height) == size
    if orientation == 1:
        assert record.pdq_variants == {}
    else:
        assert record.pdq_variants[VARIANT_AS_STORED].value == reference_pdq(stored)[0]


def test_broken_orientation_value_is_ignored(tmp_path: Path) -> None:
    picture = photo_like(600, 400, seed=9)
    exif = Image.Exif()
    exif[0x0112] = 77
    path = tmp_path / "odd.png"
    Image.fromarray(picture).save(path, exif=exif)
    record = hash_file(path)
    assert record.pdq == reference_pdq(picture)[0]
    assert record.pdq_variants == {}


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_heic_orientation_applied_by_the_decoder(tmp_path: Path, orientation: int) -> None:
    upright = photo_like(300, 200, seed=orientation)
    stored = _stored_from_upright(upright, orientation)
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "photo.heic"
    Image.fromarray(stored).save(path, "HEIF", exif=exif.tobytes(), quality=100)
    record = hash_file(path)
    with Image.open(path) as image:  # pillow-heif hands the picture over already upright
        seen = np.asarray(image.convert("RGB"))
        assert image.info["original_orientation"] == orientation
    assert (record.width, record.height) == (300, 200)
    assert record.pdq == reference_pdq(seen)[0]
    assert record.pdq_variants[VARIANT_AS_STORED].value == reference_pdq(
        _stored_from_upright(seen, orientation)
    )[0]
