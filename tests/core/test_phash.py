"""Our pHash is imagehash's, bit for bit, on photos and on the degenerate pictures where only
the DCT's last bits decide; and it gets there with numpy alone, never importing SciPy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import imagehash
import numpy as np
import pytest
from PIL import Image

from safehash.core import phash as phash_module
from safehash.core.phash import phash


def _pictures() -> list[Image.Image]:
    rng = np.random.default_rng(7)
    pictures = [Image.new("RGB", (90, 70), (v, v, v)) for v in (0, 1, 127, 255)]
    for i in range(160):
        height, width = (int(n) for n in rng.integers(1, 700, 2))
        kind = i % 4
        if kind == 0:  # noise
            array = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
        elif kind == 1:  # flat with one line: the DCT is nearly all rounding noise
            array = np.full((height, width, 3), int(rng.integers(0, 256)), np.uint8)
            array[int(rng.integers(0, height)), :, :] = int(rng.integers(0, 256))
        elif kind == 2:  # checkerboards
            cell = int(rng.integers(1, 20))
            yy, xx = np.mgrid[0:height, 0:width]
            array = ((((yy // cell) + (xx // cell)) % 2) * 255).astype(np.uint8)
            array = np.repeat(array[..., None], 3, axis=2)
        else:  # flat colour
            array = np.full((height, width, 3), rng.integers(0, 256, 3), np.uint8)
        pictures.append(Image.fromarray(array))
    return pictures


@pytest.mark.parametrize("picture", _pictures(), ids=lambda p: f"{p.size[0]}x{p.size[1]}")
def test_equal_to_imagehash(picture: Image.Image) -> None:
    assert phash(picture) == str(imagehash.phash(picture))


def test_equal_to_imagehash_on_metas_test_images(pdq_vectors: Path) -> None:
    files = sorted(pdq_vectors.rglob("*.jpg"))[:30]
    assert files
    for path in files:
        with Image.open(path) as image:
            rgb = image.convert("RGB")
        assert phash(rgb) == str(imagehash.phash(rgb)), path.name


def test_the_transform_is_scipys_bit_for_bit() -> None:
    """Our DCT-II equals SciPy's (imagehash's) exactly, on noise, on near-flat rows where
    only rounding decides, and along both axes as pHash takes it."""
    from scipy.fftpack import dct  # imagehash's own, installed with it for the tests

    rng = np.random.default_rng(11)
    for trial in range(600):
        if trial % 3 == 0:
            values = rng.integers(0, 256, (32, 32)).astype(np.float64)
        elif trial % 3 == 1:
            values = np.full((32, 32), float(rng.integers(0, 256)))
            values[int(rng.integers(0, 32)), :] = float(rng.integers(0, 256))
        else:
            values = rng.normal(size=(32, 32)) * 1000
        ours = phash_module.dct2_rows(phash_module.dct2_rows(values.T).T)
        assert np.array_equal(ours, dct(dct(values, axis=0), axis=1))


def test_hashing_does_not_import_scipys_package() -> None:
    code = (
        "import io, sys\n"
        "from PIL import Image\n"
        "from safehash.core.hashing import hash_bytes\n"
        "png = io.BytesIO()\n"
        "Image.new('RGB', (40, 30), (9, 80, 200)).save(png, 'PNG')\n"
        "assert hash_bytes(png.getvalue()).phash\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
