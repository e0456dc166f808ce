"""PDQ, Meta's perceptual hash, bit for bit as Meta's reference C++ computes it.

Two steps, shared by photos and video frames:

- ``luma_from_rgb``: 8-bit RGB to the reference's float32 luma;
- ``pdq_from_luma``: PDQ hash and quality of a float32 luma array of any size.

The algorithm is Meta's (``hashing.pdf``; reference ``pdq/cpp`` in facebook/ThreatExchange):
two rounds of box filters (Jarosz) along the rows, then along the columns; 64x64 samples;
a quality from their gradients; the 16x16 low frequencies of the DCT; one bit per frequency,
set when it is above the median. Every float32 operation happens in the reference's order, so
every rounding is the same: numpy's ufuncs round each multiply and each add to float32 (they
never fuse the two), and every sum here is a chain of single adds in the reference's order,
never numpy's pairwise sums or BLAS. IEEE float32 arithmetic is the same on every platform
numpy runs on, so the bits are too.
"""

from __future__ import annotations

import numpy as np

from safehash.core.pdq_dct import DCT_16X64_BITS
from safehash.core.records import PdqHash

# The reference's rgb-to-luma weights are C floats: these are the same float32 values.
_RED_WEIGHT, _GREEN_WEIGHT, _BLUE_WEIGHT = np.float32(0.299), np.float32(0.587), np.float32(0.114)

_DCT = np.array(DCT_16X64_BITS, dtype=np.uint32).view(np.float32).reshape(16, 64)
_DCT_T = np.ascontiguousarray(_DCT.T)  # (k, i): the factor of step k, for every row i

_BAND = 32  # rows per band in the cache-friendly loops

_MIN_SIDE = 5  # the reference gives an all-zero hash of quality 0 below this
_SIDE = 64  # the reference's sample grid
_EMPTY = PdqHash(value="0" * 64, quality=0)


def luma_from_rgb(rgb: np.ndarray, *, grey_rule: bool) -> np.ndarray:
    """The reference's float32 luma of an 8-bit RGB array (height x width x 3).

    ``0.299 R + 0.587 G`` rounded to float32, then ``+ 0.114 B`` rounded, each product
    rounded too, as in ``fillFloatLumaFromRGB``. With ``grey_rule``, a picture whose R, G and
    B are equal everywhere has its grey value itself as the luma: the photo reference's
    decoder hands such a picture over as grey (``fillFloatLumaFromGrey``). Video frames
    (vPDQ) always take the RGB formula.

    The result is height x width, laid out column by column (Fortran order): the order in
    which PDQ's first pass reads it, so ``pdq_from_luma`` does not copy it again.
    """
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected 8-bit RGB (height x width x 3), got {rgb.dtype} {rgb.shape}")
    rows, cols = rgb.shape[:2]
    by_column = np.empty((cols, rows), dtype=np.float32)
    grey = grey_rule and _is_grey(rgb)
    # A band of rows at a time, so the band is still in cache when it is written transposed.
    luma = np.empty((_BAND, cols), dtype=np.float32)
    term = np.empty((_BAND, cols), dtype=np.float32)
    for top in range(0, rows, _BAND):
        band = rgb[top : top + _BAND]
        out, extra = luma[: len(band)], term[: len(band)]
        if grey:
            np.copyto(out, band[..., 0], casting="safe")
        else:
            np.multiply(band[..., 0], _RED_WEIGHT, out=out, dtype=np.float32)
            np.multiply(band[..., 1], _GREEN_WEIGHT, out=extra, dtype=np.float32)
            np.add(out, extra, out=out)
            np.multiply(band[..., 2], _BLUE_WEIGHT, out=extra, dtype=np.float32)
            np.add(out, extra, out=out)
        by_column[:, top : top + len(band)] = out.T
    return by_column.T


def _is_grey(rgb: np.ndarray) -> bool:
    # (R, G) == (G, B) at every pixel. Most pictures already differ in their first row.
    if not np.array_equal(rgb[:1, :, 1:], rgb[:1, :, :2]):
        return False
    return bool(np.array_equal(rgb[:, :, 1:], rgb[:, :, :2]))


def _transposed(array: np.ndarray) -> np.ndarray:
    """``array.T`` in C order (a view when it already is), copied a band of rows at a time:
    twice as fast as numpy's own copy of a large transposed array, which strides through
    memory."""
    if array.T.flags.c_contiguous:
        return array.T
    rows, cols = array.shape
    out = np.empty((cols, rows), dtype=array.dtype)
    for top in range(0, rows, _BAND):
        out[:, top : top + _BAND] = array[top : top + _BAND].T
    return out


def pdq_from_luma(luma: np.ndarray) -> PdqHash:
    """PDQ hash (Meta's hex: the first digit holds bits 255-252) and quality of a luma array.

    ``luma`` is float32, height x width, any size and layout, with the values
    ``luma_from_rgb`` gives (0-255). Sides under 5 pixels give the reference's all-zero hash
    of quality 0. A 64x64 array is used as it is, without blurring, as the reference does.
    """
    if luma.dtype != np.float32 or luma.ndim != 2:
        raise ValueError(f"expected a float32 height x width array, got {luma.dtype} {luma.shape}")
    rows, cols = luma.shape
    if rows < _MIN_SIDE or cols < _MIN_SIDE:
        return _EMPTY
    if (rows, cols) == (_SIDE, _SIDE):
        samples = np.array(luma, dtype=np.float32, order="C")
    else:
        samples = _blur_and_sample(luma)
    dct = _dct_16x16(samples)
    if not np.isfinite(dct).all():
        raise ValueError("the luma array holds values that are not finite")
    flat = dct.ravel()
    bits = flat > _median(flat)  # bit k = i * 16 + j
    return PdqHash(value=np.packbits(bits[::-1]).tobytes().hex(), quality=_quality(samples))


def _median(values: np.ndarray) -> np.float32:
    """The median the reference takes with Torben's method, for 256 values.

    Torben's method stops with at most 128 values on either side of its guess and returns
    the largest value under the guess when exactly 128 are under it, else the guess, which
    is then one of the values and the 128th smallest: either way the 128th smallest value,
    which ``partition`` finds directly. Tests compare the two.
    """
    return np.partition(values, 127)[127]


def _blur_and_sample(luma: np.ndarray) -> np.ndarray:
    """Two rounds of box filters along rows then columns, then the 64x64 samples."""
    rows, cols = luma.shape
    window_along_rows = (cols + 2 * _SIDE - 1) // (2 * _SIDE)
    window_along_cols = (rows + 2 * _SIDE - 1) // (2 * _SIDE)
    # Sample centres, computed in double precision as the reference does.
    sample_rows = [int((i + 0.5) * rows / _SIDE) for i in range(_SIDE)]
    sample_cols = [int((j + 0.5) * cols / _SIDE) for j in range(_SIDE)]
    # Each pass filters down axis 0, whole rows of the array at a time, and writes its
    # result transposed, ready for the next pass along the other axis.
    by_row = _box_down_transposed(_transposed(luma), window_along_rows)
    by_column = _box_down_transposed(by_row, window_along_cols)
    # The second round only divides out the 64 sampled columns and then rows: no other
    # value reaches the samples (each running sum still goes through every pixel).
    sampled_columns = _box_down_rows(by_column, window_along_rows, sample_cols)
    return _box_down_rows(_transposed(sampled_columns), window_along_cols, sample_rows)


# The reference's ``box1DFloat``, down axis 0 of an array, for all its columns at once: a
# running float32 sum that first takes in values while the window grows, then at each step
# adds the value entering the window and subtracts the one leaving it, and at the end only
# subtracts; each output is the sum divided by the window's current width. The order of these
# adds and subtracts decides the rounding, so it is kept exactly (a difference of cumulative
# sums would round differently).


def _box_down_transposed(source: np.ndarray, window: int) -> np.ndarray:
    """The box filter down axis 0 of ``source``, returned transposed (in C order).

    The sums go through a small ring of rows, divided and written out transposed a band at
    a time while still in cache: no full-size array of sums, no separate transposing pass.
    """
    length, width = source.shape
    out = np.empty((width, length), dtype=np.float32)
    widths = _widths(length, window)
    ring = np.empty((_BAND, width), dtype=np.float32)
    quotients = np.empty_like(ring)
    sums = list(ring) * -(-length // _BAND)  # step k writes ring row k % _BAND
    values = list(source)
    running = _first_sum(values, window)
    for begin in range(0, length, _BAND):
        end = min(begin + _BAND, length)
        running = _sum_steps(values, window, sums, begin, end, running)
        band = quotients[: end - begin]
        np.divide(ring[: end - begin], widths[begin:end], out=band)
        out[:, begin:end] = band.T
    return out


def _box_down_rows(source: np.ndarray, window: int, keep: list[int]) -> np.ndarray:
    """Rows ``keep`` of the box filter down axis 0 of ``source``."""
    length, width = source.shape
    slot = {position: index for index, position in enumerate(sorted(set(keep)))}
    kept = np.empty((len(slot) + 1, width), dtype=np.float32)
    rows = list(kept)
    scratch = rows[-1]  # every sum that is not kept
    sums = [rows[slot[k]] if k in slot else scratch for k in range(length)]
    values = list(source)
    _sum_steps(values, window, sums, 0, length, _first_sum(values, window))
    return kept[[slot[position] for position in keep]] / _widths(length, window)[keep]


def _widths(length: int, window: int) -> np.ndarray:
    """The window's width at each output: growing, full, then shrinking at the end."""
    half = (window + 2) // 2
    widths = np.concatenate(
        [
            np.arange(half, window + 1),
            np.full(length - window, window),
            np.arange(window - 1, window - half, -1),
        ]
    )
    return widths.astype(np.float32)[:, np.newaxis]


def _first_sum(values: list[np.ndarray], window: int) -> np.ndarray:
    """The running sum before the first output: 0.0 plus the first values, in order."""
    running = np.zeros(values[0].shape, dtype=np.float32)
    for value in values[: (window + 2) // 2 - 1]:
        np.add(running, value, running)
    return running


def _sum_steps(
    values: list[np.ndarray],
    window: int,
    sums: list[np.ndarray],
    begin: int,
    end: int,
    running: np.ndarray,
) -> np.ndarray:
    """Steps ``begin`` to ``end`` of the running sum: step k writes the sum for output k
    into ``sums[k]``. Returns the last sum written."""
    length = len(values)
    half = (window + 2) // 2
    lead = window - half + 1  # outputs while the window still grows
    tail = length - half + 1  # first output while it shrinks
    add, subtract = np.add, np.subtract
    start, stop = begin, min(end, lead)
    for row, entering in zip(
        sums[start:stop], values[start + half - 1 : stop + half - 1], strict=True
    ):
        add(running, entering, row)
        running = row
    start, stop = max(begin, lead), min(end, tail)
    for row, entering, leaving in zip(
        sums[start:stop],
        values[start + half - 1 : stop + half - 1],
        values[start - lead : stop - lead],
        strict=True,
    ):
        add(running, entering, row)
        subtract(row, leaving, row)
        running = row
    start, stop = max(begin, tail), end
    for row, leaving in zip(sums[start:stop], values[start - lead : stop - lead], strict=True):
        subtract(running, leaving, row)
        running = row
    return running


def _dct_16x16(samples: np.ndarray) -> np.ndarray:
    """Frequencies 1-16 x 1-16 of the 64x64 samples: D A D^T, D the 16x64 table.

    Each sum runs over k = 0..63 in order, one rounded product and one rounded add at a time,
    as the reference's loops do (a matrix product would sum in another order).
    """
    # half[i, j] = sum over k of D[i, k] * A[k, j]
    products = _DCT_T[:, :, np.newaxis] * samples[:, np.newaxis, :]  # (k, i, j)
    half = np.zeros((16, _SIDE), dtype=np.float32)
    for product in products:
        np.add(half, product, half)
    # full[i, j] = sum over k of half[i, k] * D[j, k]
    products = half.T[:, :, np.newaxis] * _DCT_T[:, np.newaxis, :]  # (k, i, j)
    full = np.zeros((16, 16), dtype=np.float32)
    for product in products:
        np.add(full, product, full)
    return full


def _quality(samples: np.ndarray) -> int:
    """The reference's quality: the sum of quantised gradients of the 64x64 samples, / 90."""
    hundred, scale = np.float32(100), np.float32(255)
    down = ((samples[:-1, :] - samples[1:, :]) * hundred) / scale
    across = ((samples[:, :-1] - samples[:, 1:]) * hundred) / scale
    # float32 to int truncates toward zero, as C's conversion does
    total = int(np.abs(down.astype(np.int32)).sum()) + int(np.abs(across.astype(np.int32)).sum())
    return min(total // 90, 100)
