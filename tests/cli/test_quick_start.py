"""A quick command line: each command loads only what it needs. `safehash hash` loads no
HTTP, crypto, password-store or decoder code in its own process, and a file reader loads
no video decoder or HEIF library for a JPEG; `safehash --version` loads no command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from safehash.core.isolation import IsolatedReader
from safehash.core.limits import DEFAULT_LIMITS
from support.reference_images import photo_like

HEAVY = ("requests", "urllib3", "cryptography", "keyring", "scipy", "numpy", "PIL", "av",
         "pi_heif", "PySide6", "safehash.refbank", "safehash.core.transport")  # fmt: skip


def _loaded_after(args: list[str]) -> dict:
    code = (
        "import json, sys\n"
        "from safehash.cli import main\n"
        f"status = main({args!r})\n"
        f"heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        "print(json.dumps({'status': status, 'heavy': heavy,"
        " 'metadata': 'importlib.metadata' in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def jpeg(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    Image.fromarray(photo_like(640, 480, seed=5)).save(path, quality=90)
    return path


def test_hash_loads_no_bank_crypto_or_decoder_code(jpeg: Path) -> None:
    report = _loaded_after(["hash", "--json", str(jpeg)])
    assert report["status"] == 0 and report["heavy"] == []


def test_version_loads_nothing_it_does_not_print() -> None:
    report = _loaded_after(["--version"])
    assert report == {"status": 0, "heavy": [], "metadata": False}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/maps")
def test_a_reader_loads_no_video_decoder_or_heif_library_for_a_jpeg(jpeg: Path) -> None:
    reader = IsolatedReader(1)
    try:
        assert reader.hash(str(jpeg), DEFAULT_LIMITS).pdq
        (worker,) = reader.processes()
        maps = Path(f"/proc/{worker.pid}/maps").read_text()
    finally:
        reader.close()
    for library in ("libavcodec", "libheif", "libde265", "/scipy/", "scipy.libs", "libQt6"):
        assert library not in maps, library
    assert "libjpeg" in maps  # it did decode the photo
