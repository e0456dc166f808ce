"""Packaging tests: the real PyInstaller bundle and .deb, run as real programs.

The bundle is built once per test session (build/build_bundle.py --if-stale: reused when
no source, resource, build file or installed package changed since it was built), so a
plain `make test` pays for a build only after a change. Without PyInstaller these tests
skip and say how to install it, unless SAFEHASH_REQUIRE_PACKAGING=1 (set by
`make test-packaging`), which turns the skip into a failure.

No __init__.py here on purpose: tests/ is on sys.path, and a package named "packaging"
would shadow the real `packaging` library that pip and PyInstaller import.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from support.reference_images import photo_like

REPO_ROOT = Path(__file__).resolve().parents[2]
INSTALL_HINT = "pip install -e '.[build]' -c build/constraints.txt (`make test-packaging` does it)"
Runner = Callable[..., subprocess.CompletedProcess[bytes]]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "packaging: builds and runs the installable bundle")


def unavailable(reason: str) -> None:
    if os.environ.get("SAFEHASH_REQUIRE_PACKAGING") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def child_env(**extra: str) -> dict[str, str]:
    """The test's environment (its temporary HOME), offscreen Qt, UTF-8 output."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **extra}


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hard-linked snapshot of build/dist/safehash/, built now unless an identical build
    is already there: another test run rebuilding the bundle cannot pull it away."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the packaging tests build the Linux bundle")
    if importlib.util.find_spec("PyInstaller") is None:
        unavailable(f"PyInstaller is not installed: {INSTALL_HINT}")
    home = tmp_path_factory.mktemp("build-home")  # PyInstaller's cache, not the real HOME
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    snapshot = tmp_path_factory.mktemp("bundle") / "safehash"
    done = subprocess.run([sys.executable, str(REPO_ROOT / "build" / "build_bundle.py"),
                           "--if-stale", "--snapshot", str(snapshot)], env=env,
                          capture_output=True, text=True, timeout=1200, check=False)  # fmt: skip
    assert done.returncode == 0, f"bundle build failed:\n{done.stdout}\n{done.stderr[-6000:]}"
    assert (snapshot / "safehash").is_file()
    return snapshot


@pytest.fixture(scope="session")
def run() -> Runner:
    """Run a command with the test environment; bytes out, never raises on failure."""

    def runner(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([str(a) for a in args], env=child_env(), capture_output=True,
                              timeout=timeout, check=False)  # fmt: skip

    return runner


def _samples(folder: Path) -> list[Path]:
    """One picture per decoding path that matters: formats, pixel modes, EXIF orientation,
    animation, a size over 512 px (stretched), and two files that must fail."""
    rgb = photo_like(640, 480, seed=11)
    paths: dict[str, Callable[[Path], None]] = {
        "photo.png": lambda p: Image.fromarray(rgb).save(p),
        "photo.jpg": lambda p: Image.fromarray(rgb).save(p, quality=90),
        "large.jpg": lambda p: Image.fromarray(photo_like(2000, 1500, seed=12)).save(p),
        "rotated.jpg": lambda p: _rotated(rgb, p),
        "cmyk.jpg": lambda p: Image.fromarray(rgb).convert("CMYK").save(p),
        "deep.png": lambda p: Image.fromarray(rgb[..., 0].astype(np.uint16) * 257).save(p),
        "palette.gif": lambda p: _animated(rgb, p),
        "photo.webp": lambda p: Image.fromarray(rgb).save(p, quality=90),
        "photo.tiff": lambda p: Image.fromarray(rgb).save(p),
        "photo.bmp": lambda p: Image.fromarray(rgb).save(p),
        "photo.avif": lambda p: Image.fromarray(rgb).save(p, quality=80),
        "photo.heic": lambda p: _heic(rgb, p),
        "not-a-picture.jpg": lambda p: p.write_bytes(b"this is text, not a photo\n"),
        "truncated.jpg": lambda p: p.write_bytes((folder / "photo.jpg").read_bytes()[:2000]),
    }  # fmt: skip
    for name, write in paths.items():
        write(folder / name)
    return [folder / name for name in paths]


def _rotated(rgb: np.ndarray, path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view"
    Image.fromarray(rgb).save(path, exif=exif)


def _animated(rgb: np.ndarray, path: Path) -> None:
    first = Image.fromarray(rgb).convert("P")
    second = Image.fromarray(rgb[::-1]).convert("P")
    first.save(path, save_all=True, append_images=[second], duration=100)


def _heic(rgb: np.ndarray, path: Path) -> None:
    import pillow_heif

    pillow_heif.from_bytes(mode="RGB", size=(rgb.shape[1], rgb.shape[0]),
                           data=rgb.tobytes()).save(path, quality=90)  # fmt: skip


@pytest.fixture(scope="session")
def reference_hashes() -> dict[Path, str]:
    """Every fifth of Meta's 49 PDQ test images with the reference's hash, when present."""
    from conftest import pdq_vectors_dir  # tests/conftest.py

    csv_path = pdq_vectors_dir() / "expected-cpp-reference.csv"
    if not csv_path.is_file():
        return {}
    rows = sorted(line.split(",") for line in csv_path.read_text().splitlines()[1:] if line)
    return {csv_path.parent / name: pdq for pdq, _quality, name in rows[::5]}


@pytest.fixture(scope="session")
def sample_images(
    tmp_path_factory: pytest.TempPathFactory, reference_hashes: dict[Path, str]
) -> list[Path]:
    """Generated pictures, plus some of Meta's PDQ test images when present."""
    return _samples(tmp_path_factory.mktemp("samples")) + sorted(reference_hashes)


@pytest.fixture(scope="session")
def dpkg_deb() -> str:
    tool = shutil.which("dpkg-deb")
    if tool is None:
        unavailable("dpkg-deb is not installed (apt-get install dpkg)")
    return str(tool)
