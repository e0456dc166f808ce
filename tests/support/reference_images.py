"""Deterministic test pictures, and PDQ computed the reference's way, independently of
SafeHash's own sampling code (plain numpy indexing of a full RGB array). The PDQ step itself
is ``safehash.core.pdq``, which tests/core/test_pdq.py holds to Meta's C++ build bit for bit."""

from __future__ import annotations

import numpy as np
from PIL import Image

from safehash.core.pdq import luma_from_rgb, pdq_from_luma


def photo_like(width: int, height: int, seed: int = 1) -> np.ndarray:
    """An RGB picture with gradients and shapes, so PDQ quality is high. Same seed, same pixels."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    image = np.zeros((height, width, 3))
    for channel in range(3):
        fx, fy = rng.uniform(1, 6, size=2)
        phase = rng.uniform(0, 2 * np.pi)
        image[..., channel] = 127 + 100 * np.sin(fx * 2 * np.pi * x / width + phase) * np.cos(
            fy * 2 * np.pi * y / height
        )
    for _ in range(6):  # a few bright rectangles break the symmetry
        x0, y0 = rng.integers(0, width // 2), rng.integers(0, height // 2)
        w, h = rng.integers(width // 8, width // 2), rng.integers(height // 8, height // 2)
        image[y0 : y0 + h, x0 : x0 + w] = rng.uniform(0, 255, size=3)
    return np.clip(image, 0, 255).astype(np.uint8)


def reference_pdq(rgb: np.ndarray) -> tuple[str, int]:
    """PDQ as Meta's reference computes it from 8-bit RGB pixels."""
    height, width = rgb.shape[:2]
    if height > 512 or width > 512:
        rows = (np.arange(512) * height) // 512
        cols = (np.arange(512) * width) // 512
        rgb = rgb[rows][:, cols]
    # The reference's decoder hands an all-grey picture over as grey: the grey rule.
    result = pdq_from_luma(luma_from_rgb(np.asarray(rgb, dtype=np.uint8), grey_rule=True))
    return result.value, result.quality


def reference_pdq_of_file_pixels(path: str) -> tuple[str, int]:
    """The reference hash of whatever Pillow decodes from a file, as RGB."""
    with Image.open(path) as image:
        return reference_pdq(np.asarray(image.convert("RGB")))


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")
