"""pHash exactly as ``imagehash.phash`` computes it, without SciPy's 200 ms import.

imagehash shrinks the picture to 32x32 grey (Lanczos), takes SciPy's unnormalised DCT-II
along each axis, keeps the top-left 8x8 coefficients and sets a bit for each one above
their median. The DCT is the only part that needs SciPy, and importing ``scipy.fftpack``
costs about 200 ms of CPU in every file reader. The transform itself lives in one
compiled module inside SciPy (pocketfft), which loads in under a millisecond on its own;
we load that same module and call it with the arguments ``scipy.fftpack.dct`` passes, so
the coefficients are the same bits. When it cannot be found (another SciPy layout), we
fall back to ``scipy.fftpack`` itself: slower to start, same answer.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image

HASH_SIZE = 8
IMAGE_SIDE = 32  # imagehash's hash_size (8) x highfreq_factor (4)
_DCT_TYPE_2 = 2
_NO_NORMALISATION = 0  # SciPy's norm=None for a forward transform


def phash(image: Image.Image) -> str:
    """16 hex digits, as ``str(imagehash.phash(image))``."""
    small = image.convert("L").resize((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS)
    pixels = np.asarray(small).astype(np.float64)  # SciPy turns integers into float64
    dct = _dct_along(_dct_along(pixels, 0), 1)
    low = dct[:HASH_SIZE, :HASH_SIZE]
    bits = (low > np.median(low)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def _dct_along(values: np.ndarray, axis: int) -> np.ndarray:
    return _pocketfft_dct()(values, _DCT_TYPE_2, (axis,), _NO_NORMALISATION, None, 1, None)


@cache
def _pocketfft_dct() -> Callable[..., np.ndarray]:
    module = _load_pocketfft()
    if module is not None:
        return module.dct  # type: ignore[no-any-return]
    import scipy.fftpack  # the same transform, through SciPy's own (slow to import) path

    def through_scipy(values: np.ndarray, _type: int, axes: tuple[int], *_: object) -> object:
        return scipy.fftpack.dct(values, axis=axes[0])

    return through_scipy


def _load_pocketfft() -> object | None:
    """SciPy's compiled pocketfft module, loaded by itself (no SciPy package import)."""
    spec = importlib.util.find_spec("scipy")  # finds the folder; imports nothing
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        return None
    for folder in folders:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / "fft" / "_pocketfft" / f"pypocketfft{suffix}"
            if not path.is_file():
                continue
            loader = importlib.machinery.ExtensionFileLoader("pypocketfft", str(path))
            found = importlib.util.spec_from_file_location("pypocketfft", path, loader=loader)
            if found is None:
                continue
            module = importlib.util.module_from_spec(found)
            loader.exec_module(module)
            return module
    return None
