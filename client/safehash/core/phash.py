"""pHash exactly as ``imagehash.phash`` computes it, with numpy alone (no SciPy).

imagehash shrinks the picture to 32x32 grey (Lanczos), takes SciPy's unnormalised DCT-II
along each axis, keeps the top-left 8x8 coefficients and sets a bit for each one above
their median. On flat or nearly flat pictures the coefficients are rounding noise around
the median, so only the same float operations in the same order give the same bits.

SciPy's DCT is pocketfft's ``T_dcst23``: a few butterflies, a backward real FFT of the
same length, and twiddle factors. numpy (2.0 and later) carries the same pocketfft, so
the FFT in the middle is ``numpy.fft.irfft`` with no scaling, and the steps around it are
written out below in pocketfft's order. The twiddles are pocketfft's own values for
length 32 (its table differs from ``math.cos`` in the last bit of 14 of them).
``tests/core/test_phash.py`` checks the transform against SciPy's and the hash against
imagehash's, which stays the reference. Not importing SciPy saves about 200 ms in every
file reader, and leaving it out saves 35 MB in every bundle.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

HASH_SIZE = 8
IMAGE_SIDE = 32  # imagehash's hash_size (8) x highfreq_factor (4)
_N = IMAGE_SIDE
# cos(2*pi*(i+1)/128) for i in 0..30, as pocketfft's sincos_2pibyn(4*32) makes them.
_TWIDDLE = np.array([float.fromhex(v) for v in (
    "0x1.ff621e3796d7ep-1", "0x1.fd88da3d12526p-1", "0x1.fa7557f08a517p-1",
    "0x1.f6297cff75cb0p-1", "0x1.f0a7efb9230d7p-1", "0x1.e9f4156c62ddap-1",
    "0x1.e212104f686e5p-1", "0x1.d906bcf328d46p-1", "0x1.ced7af43cc773p-1",
    "0x1.c38b2f180bdb1p-1", "0x1.b728345196e3ep-1", "0x1.a9b66290ea1a3p-1",
    "0x1.9b3e047f38741p-1", "0x1.8bc806b151741p-1", "0x1.7b5df226aafafp-1",
    "0x1.6a09e667f3bccp-1", "0x1.57d69348cec9fp-1", "0x1.44cf325091dd6p-1",
    "0x1.30ff7fce17034p-1", "0x1.1c73b39ae68c8p-1", "0x1.073879922ffedp-1",
    "0x1.e2b5d3806f639p-2", "0x1.b5d1009e15cbfp-2", "0x1.87de2a6aea961p-2",
    "0x1.58f9a75ab1fdbp-2", "0x1.294062ed59f04p-2", "0x1.f19f97b215f1cp-3",
    "0x1.8f8b83c69a60ap-3", "0x1.2c8106e8e6136p-3", "0x1.917a6bc29b424p-4",
    "0x1.91f65f10dd810p-5",
)])  # fmt: skip


def phash(image: Image.Image) -> str:
    """16 hex digits, as ``str(imagehash.phash(image))``."""
    small = image.convert("L").resize((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS)
    pixels = np.asarray(small).astype(np.float64)  # SciPy turns integers into float64
    dct = dct2_rows(dct2_rows(pixels.T).T)  # along the columns (axis 0), then the rows
    low = dct[:HASH_SIZE, :HASH_SIZE]
    bits = (low > np.median(low)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def dct2_rows(values: np.ndarray) -> np.ndarray:
    """SciPy's ``dct(values, type=2, axis=-1)`` (no normalisation) for rows of 32 values."""
    c = np.array(values, dtype=np.float64)
    if c.shape[-1] != _N:
        raise ValueError(f"rows of {_N} values expected")
    c[..., 0] *= 2
    c[..., _N - 1] *= 2
    for k in range(1, _N - 1, 2):  # pocketfft's MPINPLACE(c[k+1], c[k])
        following = c[..., k + 1].copy()
        c[..., k + 1] = following - c[..., k]
        c[..., k] = c[..., k] + following
    # c is now a half-complex spectrum (r0, r1, i1, ..., r15, i15, r16); pocketfft
    # transforms it backwards, which is numpy's irfft without its 1/n.
    spectrum = np.empty((*c.shape[:-1], _N // 2 + 1), np.complex128)
    spectrum[..., 0] = c[..., 0]
    spectrum[..., 1 : _N // 2] = c[..., 1 : _N - 1 : 2] + 1j * c[..., 2 : _N - 1 : 2]
    spectrum[..., _N // 2] = c[..., _N - 1]
    c = np.fft.irfft(spectrum, n=_N, norm="forward")
    out = c.copy()
    half = _N // 2
    for k in range(1, half):
        kc = _N - k
        t1 = _TWIDDLE[k - 1] * c[..., kc] + _TWIDDLE[kc - 1] * c[..., k]
        t2 = _TWIDDLE[k - 1] * c[..., k] - _TWIDDLE[kc - 1] * c[..., kc]
        out[..., k] = 0.5 * (t1 + t2)
        out[..., kc] = 0.5 * (t1 - t2)
    out[..., half] = c[..., half] * _TWIDDLE[half - 1]
    return out
