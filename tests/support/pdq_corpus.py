"""SafeHash's own PDQ corpus: synthetic edge cases, made by code, hashed once by Meta's C++.

Every picture is built with integer arithmetic (sine gratings read a table rounded from
``math.sin`` far from any rounding tie), so it is the same on every platform; the expected
hashes in ``pdq-corpus-reference.csv`` also record each picture's SHA-256, so a picture that
ever came out differently would be reported as such rather than as a wrong hash. How the
expected hashes were made: ``pdq-corpus-reference.md``.

Two paths:
- ``photo``: the picture saved as PNG (grey pictures as greyscale PNG) and hashed as a file,
  like any photo (over 512 px, stretched to 512x512 first, as the reference does);
- ``frame``: the RGB pixels at full size through the RGB luma formula, as vPDQ hashes a
  video frame (no grey rule, no 512 px limit).
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

REFERENCE_CSV = Path(__file__).with_name("pdq-corpus-reference.csv")


@dataclass(frozen=True)
class Case:
    name: str
    path: str  # "photo" or "frame"
    build: Callable[..., np.ndarray]  # uint8, height x width (grey) or height x width x 3
    args: tuple[object, ...]  # height, width, then the builder's own

    @property
    def size(self) -> tuple[int, int]:
        """(height, width), known without building the picture."""
        height, width = self.args[:2]
        assert isinstance(height, int) and isinstance(width, int)
        return height, width

    def pixels(self) -> np.ndarray:
        pixels = self.build(*self.args)
        assert pixels.shape[:2] == self.size
        return pixels

    def png(self) -> bytes:
        """The picture as a PNG file: greyscale for a 2-D array, RGB otherwise."""
        buffer = io.BytesIO()
        Image.fromarray(self.pixels()).save(buffer, format="PNG")
        return buffer.getvalue()


def sha256_of(pixels: np.ndarray) -> str:
    shape = "x".join(map(str, pixels.shape)).encode()
    return hashlib.sha256(shape + b":" + np.ascontiguousarray(pixels).tobytes()).hexdigest()


def as_rgb(pixels: np.ndarray) -> np.ndarray:
    return np.repeat(pixels[..., None], 3, axis=2) if pixels.ndim == 2 else pixels


# --- building blocks, all integer ------------------------------------------------------------


def noise(height: int, width: int, seed: int) -> np.ndarray:
    """A uint32 hash of (x, y, seed): deterministic noise without a random generator."""
    y, x = np.indices((height, width), dtype=np.uint32)
    v = x * np.uint32(0x9E3779B1) + y * np.uint32(0x85EBCA77) + np.uint32(seed * 0xC2B2AE3D % 2**32)
    v ^= v >> np.uint32(15)
    v *= np.uint32(0x2C1B3C6D)
    v ^= v >> np.uint32(12)
    v *= np.uint32(0x297A2D39)
    v ^= v >> np.uint32(15)
    return v


def sine_table(period: int, amplitude: int, centre: int = 128) -> np.ndarray:
    values = [centre + amplitude * math.sin(2 * math.pi * k / period) for k in range(period)]
    # Far from a rounding tie, any libm's sin rounds to the same integers.
    assert all(abs(v - math.floor(v) - 0.5) > 1e-6 for v in values)
    return np.array([math.floor(v + 0.5) for v in values], dtype=np.int64)


def grating(
    height: int,
    width: int,
    fx: int,
    fy: int,
    period: int = 96,
    amplitude: int = 100,
    shift: int = 0,
) -> np.ndarray:
    """A sine grating: table[(fx * x + fy * y + shift) mod period]."""
    y, x = np.indices((height, width), dtype=np.int64)
    return sine_table(period, amplitude)[(fx * x + fy * y + shift) % period].astype(np.uint8)


def colour_grating(
    height: int, width: int, freqs: tuple[int, ...], amplitude: int = 100
) -> np.ndarray:
    """Three gratings, one per channel: freqs = (fx_r, fy_r, fx_g, fy_g, fx_b, fy_b)."""
    channels = [
        grating(height, width, freqs[2 * c], freqs[2 * c + 1], amplitude=amplitude, shift=29 * c)
        for c in range(3)
    ]
    return np.stack(channels, axis=2)


def checkerboard(
    height: int, width: int, cell: int, dark: tuple[int, ...], light: tuple[int, ...]
) -> np.ndarray:
    y, x = np.indices((height, width))
    light_cell = ((x // cell + y // cell) % 2).astype(bool)
    colours = np.array([dark, light], dtype=np.uint8)
    out = colours[light_cell.astype(int)]
    return out[..., 0] if len(dark) == 1 else out


def near_flat(
    height: int, width: int, colour: tuple[int, ...], seed: int, every: int = 7
) -> np.ndarray:
    """A flat colour with +-1 on about one value in ``every``, channel by channel."""
    base = np.broadcast_to(np.array(colour, dtype=np.int64), (height, width, len(colour)))
    h = noise(height, width * len(colour), seed).reshape(height, width, len(colour))
    step = np.where(h % np.uint32(every) == 0, np.where(h & np.uint32(1 << 20), 1, -1), 0)
    out = np.clip(base + step, 0, 255).astype(np.uint8)
    return out[..., 0] if len(colour) == 1 else out


def flat(height: int, width: int, colour: tuple[int, ...]) -> np.ndarray:
    out = np.broadcast_to(np.array(colour, dtype=np.uint8), (height, width, len(colour))).copy()
    return out[..., 0] if len(colour) == 1 else out


def photo_like(height: int, width: int, seed: int) -> np.ndarray:
    """Smooth blobs plus sensor-like noise, in colour."""
    y, x = np.indices((height, width), dtype=np.int64)
    out = np.empty((height, width, 3), dtype=np.int64)
    for c in range(3):
        cx, cy = (seed * 37 + c * 101) % width, (seed * 53 + c * 61) % height
        radius2 = (x - cx) ** 2 + (y - cy) ** 2
        scale = (width * width + height * height) // 4 + 1
        out[..., c] = (
            40
            + 170 * scale // (scale + radius2)
            + (x * (c + 1) + y * (3 - c)) * 40 // (width + height)
        )
    jitter = (noise(height, width * 3, seed).reshape(height, width, 3) % np.uint32(13)).astype(
        np.int64
    ) - 6
    return np.clip(out + jitter, 0, 255).astype(np.uint8)


def nearly_grey(pixels: np.ndarray, y: int, x: int) -> np.ndarray:
    """A grey picture as RGB with one channel of one pixel one step off grey."""
    rgb = as_rgb(pixels).copy()
    rgb[y, x, 1] = rgb[y, x, 1] + 1 if rgb[y, x, 1] < 255 else 254
    return rgb


# --- the corpus -----------------------------------------------------------------------------


def _noise_rgb(height: int, width: int, seed: int) -> np.ndarray:
    values = noise(height, width * 3, seed) % np.uint32(256)
    return values.astype(np.uint8).reshape(height, width, 3)


def _grey_frame(height: int, width: int, fx: int, fy: int) -> np.ndarray:
    return as_rgb(grating(height, width, fx, fy))


def _nearly_grey_grating(height: int, width: int, fx: int, fy: int) -> np.ndarray:
    return nearly_grey(grating(height, width, fx, fy), height // 2, width // 3)


def _nearly_grey_checker(height: int, width: int, cell: int, dark: int, light: int) -> np.ndarray:
    return nearly_grey(checkerboard(height, width, cell, (dark,), (light,)), 0, 0)


def _joined(values: tuple[int, ...]) -> str:
    return "-".join(map(str, values))


def _cases() -> list[Case]:
    cases: list[Case] = []

    def add(name: str, path: str, build: Callable[..., np.ndarray], *args: object) -> None:
        cases.append(Case(name, path, build, args))

    # Checkerboards, colour and grey, from 1 px cells to cells of a quarter of the picture.
    for h, w, cell, dark, light in [
        (256, 256, 8, (10, 20, 30), (240, 230, 220)),
        (256, 256, 32, (200, 40, 90), (30, 160, 210)),
        (300, 200, 5, (0, 0, 0), (255, 255, 255)),
        (512, 512, 64, (17, 99, 201), (222, 188, 3)),
        (512, 512, 1, (90, 91, 92), (93, 94, 95)),
        (480, 640, 40, (120, 10, 60), (60, 200, 120)),
        (700, 1000, 125, (255, 0, 0), (0, 0, 255)),
        (128, 128, 16, (77,), (177,)),
        (333, 333, 37, (12,), (243,)),
    ]:
        name = f"checker-{w}x{h}-c{cell}-{_joined(dark + light)}"
        add(name, "photo", checkerboard, h, w, cell, dark, light)

    # Sine gratings: horizontal, vertical, diagonal; colour and grey; fine and coarse.
    for h, w, freqs in [
        (512, 512, (1, 0, 0, 1, 1, 1)),
        (512, 512, (3, 2, 2, 3, 5, 1)),
        (300, 300, (4, 0, 4, 0, 4, 0)),
        (256, 384, (0, 6, 1, 5, 2, 4)),
        (600, 800, (2, 1, 1, 2, 3, 3)),
        (1080, 1920, (1, 1, 2, 0, 0, 2)),
    ]:
        add(f"grating-{w}x{h}-{''.join(map(str, freqs))}", "photo", colour_grating, h, w, freqs)
    for h, w, fx, fy in [(512, 512, 2, 1), (200, 300, 0, 3), (640, 640, 5, 5)]:
        add(f"grating-grey-{w}x{h}-{fx}{fy}", "photo", grating, h, w, fx, fy)

    # Colour pictures where a float64 luma (pdqhash's) moves bits: chosen from random
    # checkerboards and gratings, most of quality 100, some far beyond the match distance.
    for h, w, cell, dark, light in [
        (128, 128, 3, (209, 200, 252), (189, 229, 103)),
        (200, 320, 5, (100, 99, 26), (89, 180, 81)),
        (128, 128, 16, (25, 165, 152), (57, 28, 86)),
        (512, 512, 5, (255, 36, 36), (247, 62, 223)),
        (200, 320, 2, (196, 154, 72), (156, 20, 96)),
        (128, 128, 64, (159, 222, 94), (37, 130, 113)),
    ]:
        name = f"luma-edge-checker-{w}x{h}-c{cell}-{_joined(dark + light)}"
        add(name, "photo", checkerboard, h, w, cell, dark, light)
    for h, w, freqs, amplitude in [
        (200, 320, (3, 0, 3, 0, 1, 0), 60),
        (128, 128, (0, 1, 0, 3, 3, 2), 100),
        (512, 512, (3, 3, 3, 0, 0, 2), 100),
    ]:
        name = f"luma-edge-grating-{w}x{h}-{''.join(map(str, freqs))}-a{amplitude}"
        add(name, "photo", colour_grating, h, w, freqs, amplitude)

    # All-grey pictures where the grey rule moves bits (the RGB formula gives other hashes),
    # as photos (grey rule) and as frames (RGB formula); and nearly grey ones, one pixel off.
    for h, w, fx, fy in [(256, 256, 0, 5), (300, 200, 0, 2)]:
        name = f"grating-{w}x{h}-{fx}{fy}"
        add(f"grey-rule-{name}", "photo", grating, h, w, fx, fy)
        add(f"grey-rule-{name}-as-frame", "frame", _grey_frame, h, w, fx, fy)
        add(f"nearly-grey-{name}", "photo", _nearly_grey_grating, h, w, fx, fy)
    for h, w, cell, dark, light in [(128, 128, 32, 48, 215), (200, 320, 5, 74, 129)]:
        name = f"checker-{w}x{h}-c{cell}-{dark}-{light}"
        add(f"grey-rule-{name}", "photo", checkerboard, h, w, cell, (dark,), (light,))
        add(f"nearly-grey-{name}", "photo", _nearly_grey_checker, h, w, cell, dark, light)

    # Near-flat and flat pictures: hashes of quality near zero, ties everywhere.
    for h, w, colour, seed in [
        (256, 256, (128, 128, 128), 1),
        (512, 512, (40, 200, 90), 2),
        (300, 500, (250, 250, 5), 3),
        (512, 512, (128,), 4),
        (100, 100, (3,), 5),
    ]:
        add(f"near-flat-{w}x{h}-{_joined(colour)}-s{seed}", "photo", near_flat, h, w, colour, seed)
    for h, w, colour in [(256, 256, (200, 30, 90)), (64, 64, (1, 2, 3)), (512, 512, (77,))]:
        add(f"flat-{w}x{h}-{_joined(colour)}", "photo", flat, h, w, colour)

    # Tiny pictures (under 5 px: the all-zero hash) and exactly 64x64 (no blur at all).
    for h, w in [(4, 4), (4, 100), (5, 5), (6, 9), (5, 64), (8, 8), (63, 64), (65, 64), (64, 64)]:
        colours = ((20, 60, 200), (250, 180, 0))
        add(f"tiny-checker-{w}x{h}", "photo", checkerboard, h, w, 2, *colours)
    add("exact-64-grating", "photo", colour_grating, 64, 64, (1, 2, 2, 1, 3, 0))
    add("exact-64-noise", "photo", _noise_rgb, 64, 64, 9)
    add("exact-64-grey", "photo", grating, 64, 64, 3, 1)

    # Photo-like pictures, under and over 512 px.
    for h, w, seed in [(384, 512, 1), (900, 1200, 2)]:
        add(f"photo-like-{w}x{h}-s{seed}", "photo", photo_like, h, w, seed)

    # Video frames at full size, RGB formula always (even for grey frames).
    for name, build, *args in [
        ("grating-1920x1080", colour_grating, 1080, 1920, (2, 1, 1, 3, 4, 2)),
        ("checker-1280x720", checkerboard, 720, 1280, 40, (30, 60, 90), (200, 180, 20)),
        ("photo-like-1280x720", photo_like, 720, 1280, 3),
        ("near-flat-640x360", near_flat, 360, 640, (90, 90, 90), 6),
        ("grey-grating-720x576", _grey_frame, 576, 720, 3, 2),
        ("noise-1000x1000", _noise_rgb, 1000, 1000, 7),
        ("exact-64", colour_grating, 64, 64, (1, 0, 0, 2, 2, 2)),
        ("65x63", photo_like, 63, 65, 4),
        ("5x5", checkerboard, 5, 5, 1, (0, 0, 0), (255, 128, 0)),
        ("4x100", photo_like, 4, 100, 5),
    ]:
        add(f"frame-{name}", "frame", build, *args)
    return cases


CASES: list[Case] = _cases()


def reference_rows() -> dict[str, dict[str, str]]:
    """The expected hashes: name -> {path, sha256, hash, quality}."""
    with REFERENCE_CSV.open(newline="") as handle:
        return {row["name"]: row for row in csv.DictReader(handle)}
