"""Every attack of the untrusted-files issue, through the real command line and its workers.

Each crafted file gets its own error within its limit plus 5 seconds, the honest photos
beside it are still hashed, and the command exits 1 (some files failed), never hangs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from support import hostile_files
from support.reference_images import photo_like

TIME_LIMIT = 30.0  # the default for a photo
GRACE = 5.0

# name -> (builder, error codes accepted for it): each is refused from its header or
# stopped by a worker limit, never hashed as if it were a good picture.
ATTACKS: dict[str, tuple[Callable[[], bytes], set[str]]] = {
    "3000-scans.jpg": (hostile_files.jpeg_with_many_scans, {"image_too_complex"}),
    "rle-14000.bmp": (hostile_files.bmp_rle_huge, {"image_too_large", "needs_too_much_memory"}),
    "canvas-14000.webp": (
        hostile_files.webp_animated_huge_canvas,
        {"needs_too_much_memory", "image_too_large"},
    ),
    "edited-size.avif": (hostile_files.avif_with_edited_size, {"corrupt_image"}),
    "edited-size.heic": (hostile_files.heic_with_edited_size, {"corrupt_image"}),
    "tiny-data-huge.jpg": (
        hostile_files.jpeg_huge_with_tiny_data,
        {"needs_too_much_memory", "image_too_large"},
    ),
    "damaged.gif": (hostile_files.gif_cut_in_second_frame, {"truncated_image", "corrupt_image"}),
}


@pytest.fixture(scope="module")
def attack_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("attacks")
    for name, (build, _codes) in ATTACKS.items():
        (folder / name).write_bytes(build())
    for i in range(3):
        Image.fromarray(photo_like(160, 120, seed=i)).save(folder / f"honest-{i}.png")
    os.mkfifo(folder / "a-fifo")  # must be skipped, never waited on
    os.symlink("/dev/stdin", folder / "stdin-link")
    return folder


def test_every_attack_gets_its_own_error_and_honest_photos_are_hashed(
    attack_folder: Path,
) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "safehash", "hash", "--json", str(attack_folder)],
        capture_output=True, text=True, timeout=TIME_LIMIT + GRACE + 60, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    lines = {Path(r["path"]).name: r for r in map(json.loads, done.stdout.splitlines())}
    assert set(lines) == {*ATTACKS, "honest-0.png", "honest-1.png", "honest-2.png"}
    for name, (_build, codes) in ATTACKS.items():
        assert not lines[name]["ok"], name
        assert lines[name]["error_code"] in codes, (name, lines[name]["error_code"])
    assert all(lines[f"honest-{i}.png"]["ok"] for i in range(3))
    # No attack used up its time limit: all were refused or stopped early.
    assert elapsed < TIME_LIMIT + GRACE


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_each_attack_alone_is_refused_quickly(attack_folder: Path, name: str) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "safehash", "hash", "--json", str(attack_folder / name)],
        capture_output=True, text=True, timeout=TIME_LIMIT + GRACE + 60, check=False,
    )  # fmt: skip
    assert time.monotonic() - started < TIME_LIMIT + GRACE
    assert done.returncode == 1
    (line,) = map(json.loads, done.stdout.splitlines())
    assert line["error_code"] in ATTACKS[name][1]
    assert line["error_code"] != "internal_error"
