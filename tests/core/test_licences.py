"""The licence inventory: every distribution SafeHash runs with and the native libraries
inside them, with licences and sources; the GPL parts named."""

from __future__ import annotations

import subprocess
import sys

import pytest

from safehash.core.licences import Inventory, as_text, from_environment, library_name


@pytest.fixture(scope="module")
def inventory() -> Inventory:
    return from_environment()


@pytest.mark.parametrize(("file_name", "expected"), [
    ("libavcodec-5e6b81c2.so.62.28.102", ("avcodec", "62.28.102")),
    ("libgfortran-040039e1-0352e75f.so.5.0.0", ("gfortran", "5.0.0")),
    ("libQt6Core.so.6", ("Qt6Core", "6")),
    ("libpyside6.abi3.so.6.11", ("pyside6.abi3", "6.11")),
    ("avcodec-62.dll", ("avcodec", "62")),
    ("libx265.216.dylib", ("x265", "216")),
    ("QtCore.abi3.so", None),  # Python extension modules belong to their distribution
    ("_imaging.cpython-311-x86_64-linux-gnu.so", None),
    ("README.txt", None),
])  # fmt: skip
def test_library_names(file_name: str, expected: tuple[str, str] | None) -> None:
    assert library_name(file_name) == expected


def test_every_runtime_distribution_and_no_test_tool(inventory: Inventory) -> None:
    names = {c.name.lower().replace("_", "-") for c in inventory.components if c.kind == "python"}
    for needed in ("safehash", "numpy", "pillow", "pi-heif", "av", "pyside6-essentials",
                   "cryptography", "keyring", "requests", "pysocks"):  # fmt: skip
        assert needed in names, needed
    for tool in ("pytest", "imagehash", "scipy", "pillow-heif", "pyinstaller", "ruff"):
        assert tool not in names, tool
    for part in inventory.components:
        assert part.licence and part.source, part.name


def test_native_libraries_are_all_known_and_the_gpl_ones_named(inventory: Inventory) -> None:
    assert inventory.unknown == ()
    natives = {c.name.split(" (")[0]: c for c in inventory.components if c.kind == "native"}
    assert {"FFmpeg", "x264", "x265", "Qt 6", "ICU", "libheif", "libde265"} <= set(natives)
    assert "libheif" in natives and not [n for n in natives if "pillow" in n.lower()]
    gpl = {c.name.split(" (")[0] for c in inventory.gpl_parts()}
    assert gpl == {"FFmpeg", "x264", "x265"}  # GCC's runtime exception, LGPL, dual: not GPL
    text = as_text(inventory)
    assert "x265" in text and "GPL-2.0-or-later" in text and "https://ffmpeg.org" in text


def test_the_json_round_trip(inventory: Inventory) -> None:
    assert Inventory.from_json(inventory.to_json()) == inventory


def test_the_command_line_lists_them() -> None:
    done = subprocess.run([sys.executable, "-m", "safehash", "--licences"], capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    assert "FFmpeg" in done.stdout and "Apache License 2.0" in done.stdout
