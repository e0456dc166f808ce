"""SafeHash's PDQ against Meta's C++ reference: our own corpus of edge cases (hashed once by
the reference, see tests/support/pdq-corpus-reference.md), the grey rule both ways, the same
bits from every code path, and why a float64 luma (pdqhash's, HMA's) is not the reference.

Meta's own 49 test images are in test_conformance.py."""

from __future__ import annotations

import math
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from PIL import Image

from safehash.core import pdq
from safehash.core.hashing import hash_bytes, pdq_of
from safehash.core.pdq import luma_from_rgb, pdq_from_luma
from safehash.core.pdq_dct import DCT_16X64_BITS
from support import pdq_corpus
from support.pdq_corpus import CASES, Case, as_rgb, sha256_of

REFERENCE = pdq_corpus.reference_rows()
PHOTOS = [case for case in CASES if case.path == "photo"]
SMALL_PHOTOS = [case for case in PHOTOS if max(case.size) <= 512]  # hashed as they are


def _expected(name: str) -> tuple[str, int]:
    row = REFERENCE[name]
    return row["hash"], int(row["quality"])


def _case(name: str) -> Case:
    return next(case for case in CASES if case.name == name)


def _frame_pdq(pixels: np.ndarray) -> tuple[str, int]:
    result = pdq_from_luma(luma_from_rgb(as_rgb(pixels), grey_rule=False))
    return result.value, result.quality


def _float64_luma(rgb: np.ndarray) -> np.ndarray:
    """pdqhash's luma: computed in float64, then rounded once to float32."""
    red, green, blue = (rgb[..., c].astype(np.float64) for c in range(3))
    return (red * 0.299 + green * 0.587 + blue * 0.114).astype(np.float32)


def _hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


# --- the corpus, hashed by Meta's C++ -------------------------------------------------------


def test_reference_lists_every_case_once() -> None:
    assert list(REFERENCE) == [case.name for case in CASES]
    assert {row["path"] for row in REFERENCE.values()} == {"photo", "frame"}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_corpus_matches_reference_bit_for_bit(case: Case) -> None:
    pixels = case.pixels()
    assert sha256_of(pixels) == REFERENCE[case.name]["sha256"], (
        "not the picture the reference hashed"
    )
    if case.path == "photo":
        record = hash_bytes(case.png())
        assert (record.pdq, record.pdq_quality) == _expected(case.name)
    else:
        assert _frame_pdq(pixels) == _expected(case.name)


def test_corpus_has_each_kind_of_edge_case() -> None:
    sizes = {case.name: case.size for case in CASES}
    assert any(min(size) < 5 for size in sizes.values())  # the all-zero hash
    assert any(size == (64, 64) for size in sizes.values())  # no blur at all
    assert sum(max(size) > 512 for size in sizes.values()) >= 6
    assert sum(int(row["quality"]) < 50 for row in REFERENCE.values()) >= 5
    assert sum(row["path"] == "frame" for row in REFERENCE.values()) >= 8
    assert sum(case.pixels().ndim == 2 for case in PHOTOS if max(case.size) <= 128) >= 3


# --- the grey rule, both ways ---------------------------------------------------------------


def test_grey_luma_is_the_grey_value_only_under_the_grey_rule() -> None:
    grey = pdq_corpus.grating(50, 70, 3, 1)
    rgb = as_rgb(grey)
    assert np.array_equal(luma_from_rgb(rgb, grey_rule=True), grey.astype(np.float32))
    # The formula lands an ulp away from the grey value for 35 of the 256 greys, e.g. 15:
    all_greys = as_rgb(np.arange(256, dtype=np.uint8)[np.newaxis])
    formula = luma_from_rgb(all_greys, grey_rule=False)[0]
    assert int((formula != np.arange(256, dtype=np.float32)).sum()) == 35
    assert formula[15] == np.float32(15.000000953674316)
    assert not np.array_equal(luma_from_rgb(rgb, grey_rule=False), grey.astype(np.float32))

    nearly = pdq_corpus.nearly_grey(grey, 40, 60)  # one value of one pixel off grey
    assert np.array_equal(
        luma_from_rgb(nearly, grey_rule=True), luma_from_rgb(nearly, grey_rule=False)
    )


GREY_RULE_CASES = [
    "grating-256x256-05",
    "grating-200x300-02",
    "checker-128x128-c32-48-215",
    "checker-320x200-c5-74-129",
]


@pytest.mark.parametrize("name", GREY_RULE_CASES)
def test_grey_rule_both_ways(name: str) -> None:
    grey = _case(f"grey-rule-{name}").pixels()
    photo = _expected(f"grey-rule-{name}")
    # The reference hashes an all-grey photo from its grey values; with the RGB formula the
    # hash would be another one, far away.
    assert (pdq_of(Image.fromarray(as_rgb(grey))).value, photo[1]) == photo
    assert _hamming(_frame_pdq(grey)[0], photo[0]) > 31
    # One value of one pixel off grey, and the reference takes the RGB formula: so do we.
    nearly = _case(f"nearly-grey-{name}").pixels()
    assert pdq_of(Image.fromarray(nearly)).value == _expected(f"nearly-grey-{name}")[0]
    assert _expected(f"nearly-grey-{name}")[0] == _frame_pdq(nearly)[0] != photo[0]


@pytest.mark.parametrize("name", GREY_RULE_CASES[:2])
def test_grey_frames_take_the_rgb_formula(name: str) -> None:
    """vPDQ makes every frame's luma with the RGB formula, grey or not: the reference gives
    the same grey picture two hashes, and each path here gives the one its reference does."""
    grey = _case(f"grey-rule-{name}").pixels()
    frame = _expected(f"grey-rule-{name}-as-frame")
    assert _frame_pdq(grey) == frame != _expected(f"grey-rule-{name}")


# --- the same bits from every code path -----------------------------------------------------


@pytest.mark.parametrize("case", SMALL_PHOTOS, ids=[case.name for case in SMALL_PHOTOS])
def test_every_code_path_gives_the_same_bits(case: Case) -> None:
    rgb = as_rgb(case.pixels())
    expected = _expected(case.name)
    luma = luma_from_rgb(rgb, grey_rule=True)
    padded = np.zeros((rgb.shape[0] + 3, rgb.shape[1] + 5), np.float32)
    padded[1:-2, 2:-3] = luma
    layouts = {
        "as returned (column-major)": luma,
        "row-major": np.ascontiguousarray(luma),
        "a view into a larger array": padded[1:-2, 2:-3],
        "read backwards in memory": np.ascontiguousarray(luma[::-1])[::-1],
    }
    for layout, array in layouts.items():
        result = pdq_from_luma(array)
        assert (result.value, result.quality) == expected, layout
    photo = pdq_of(Image.fromarray(rgb))
    assert (photo.value, photo.quality) == expected


def test_threads_give_the_same_bits() -> None:
    pictures = [as_rgb(case.pixels()) for case in SMALL_PHOTOS]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda rgb: pdq_of(Image.fromarray(rgb)), pictures * 2))
    expected = [_expected(case.name) for case in SMALL_PHOTOS] * 2
    assert [(r.value, r.quality) for r in results] == expected


def test_luma_of_every_colour_follows_the_reference_order() -> None:
    """All 2^24 colours: ((0.299 R + 0.587 G) + 0.114 B), each product and each sum rounded
    to float32. Emulated in float64, where every product and sum here is exact, so that
    casting each to float32 is the one rounding the reference makes."""
    red_weight, green_weight, blue_weight = (float(np.float32(w)) for w in (0.299, 0.587, 0.114))

    def rounded(values: np.ndarray) -> np.ndarray:
        return values.astype(np.float32).astype(np.float64)

    green, blue = np.meshgrid(np.arange(256.0), np.arange(256.0), indexing="ij")
    green_term, blue_term = rounded(green * green_weight), rounded(blue * blue_weight)
    differs_from_float64 = 0
    for red in range(256):
        rgb = np.stack([np.full_like(green, red), green, blue], axis=2).astype(np.uint8)
        expected = rounded(rounded(rounded(np.float64(red * red_weight)) + green_term) + blue_term)
        assert np.array_equal(luma_from_rgb(rgb, grey_rule=False), expected), red
        differs_from_float64 += int((_float64_luma(rgb) != expected).sum())
    # pdqhash's float64 luma is another float32 for about a third of all colours.
    assert 0.30 < differs_from_float64 / 2**24 < 0.32


# --- the pieces ------------------------------------------------------------------------------


def test_dct_table_is_the_reference_matrix() -> None:
    """The committed table is what the reference computes with cos at start-up."""
    table = np.array(DCT_16X64_BITS, dtype=np.uint32).view(np.float32).reshape(16, 64)
    scale = float(np.float32(math.sqrt(2.0 / 64.0)))
    expected = np.array(
        [
            [scale * math.cos((math.pi / 2.0 / 64.0) * (i + 1) * (2 * j + 1)) for j in range(64)]
            for i in range(16)
        ]
    ).astype(np.float32)
    assert np.array_equal(table.view(np.uint32), expected.view(np.uint32))


def _torben(values: np.ndarray) -> np.float32:
    """Torben Mogensen's median exactly as the reference runs it, in float32."""
    n = len(values)
    low, high = values.min(), values.max()
    while True:
        guess = np.float32(np.float32(low + high) / np.float32(2))
        below, above = values[values < guess], values[values > guess]
        less, greater = len(below), len(above)
        equal = n - less - greater
        max_below = below.max() if less else low
        min_above = above.min() if greater else high
        if less <= (n + 1) // 2 and greater <= (n + 1) // 2:
            break
        if less > greater:
            high = max_below
        else:
            low = min_above
    if less >= (n + 1) // 2:
        return max_below
    if less + equal >= (n + 1) // 2:
        return guess
    return min_above


def test_median_is_torbens() -> None:
    rng = np.random.default_rng(3)
    samples = [
        rng.normal(size=256).astype(np.float32),
        rng.integers(-2, 3, 256).astype(np.float32),  # many ties
        np.zeros(256, np.float32),
        np.r_[np.zeros(128), np.ones(128)].astype(np.float32),
        np.r_[np.zeros(127), np.ones(129)].astype(np.float32),
        rng.permutation(np.arange(256, dtype=np.float32)),
    ]
    for case in SMALL_PHOTOS[:12]:  # real DCT outputs, ties and all
        luma = luma_from_rgb(as_rgb(case.pixels()), grey_rule=True)
        if min(luma.shape) >= 5 and luma.shape != (64, 64):
            samples.append(pdq._dct_16x16(pdq._blur_and_sample(luma)).ravel())
    for values in samples:
        assert pdq._median(values) == _torben(values)


def test_sides_under_five_give_the_all_zero_hash() -> None:
    for shape in [(4, 4), (4, 500), (500, 4), (1, 1)]:
        result = pdq_from_luma(np.full(shape, 100, np.float32))
        assert (result.value, result.quality) == ("0" * 64, 0)
    assert pdq_from_luma(np.full((5, 5), 100, np.float32)).value != "0" * 64


def test_wrong_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="float32"):
        pdq_from_luma(np.zeros((64, 64), np.float64))
    with pytest.raises(ValueError, match="float32"):
        pdq_from_luma(np.zeros((64, 64, 3), np.float32))
    with pytest.raises(ValueError, match="not finite"):
        pdq_from_luma(np.full((100, 80), np.nan, np.float32))
    with pytest.raises(ValueError, match="8-bit RGB"):
        luma_from_rgb(np.zeros((8, 8, 4), np.uint8), grey_rule=True)
    with pytest.raises(ValueError, match="8-bit RGB"):
        luma_from_rgb(np.zeros((8, 8, 3), np.uint16), grey_rule=True)


# --- why not pdqhash ------------------------------------------------------------------------


def test_float64_luma_moves_bits_where_the_reference_does_not() -> None:
    """pdqhash (and so HMA's hasher) computes the luma in float64: on our edge cases that
    moves bits, most of them on pictures of quality 100, some far beyond the match distance."""
    moved = {}
    for case in SMALL_PHOTOS:
        rgb = as_rgb(case.pixels())
        variant = pdq_from_luma(_float64_luma(rgb)).value
        if variant != _expected(case.name)[0]:
            moved[case.name] = _hamming(variant, _expected(case.name)[0])
    edge_cases = {case.name for case in SMALL_PHOTOS if case.name.startswith("luma-edge-")}
    assert edge_cases <= set(moved)
    assert max(moved.values()) > 31
    high_quality = [name for name in moved if int(REFERENCE[name]["quality"]) == 100]
    assert len(high_quality) >= 5


def test_pdqhash_is_the_float64_variant() -> None:
    """Cross-check with pdqhash where it is installed (`make bench` installs it; it needs a
    C++ compiler, which SafeHash itself no longer does)."""
    pdqhash = pytest.importorskip(
        "pdqhash", reason="pdqhash is not installed (it needs a C++ compiler; make bench has it)"
    )
    for case in SMALL_PHOTOS:
        rgb = np.ascontiguousarray(as_rgb(case.pixels()))
        bits, quality = pdqhash.compute(rgb)
        value = np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()
        variant = pdq_from_luma(_float64_luma(rgb))
        assert (value, int(quality)) == (variant.value, variant.quality), case.name


def test_hashing_needs_no_pdqhash() -> None:
    code = (
        "import sys, safehash.core.hashing as h, numpy as np\n"
        "from PIL import Image\n"
        "h.pdq_of(Image.new('RGB', (100, 80), (9, 200, 40)))\n"
        "print('pdqhash' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
