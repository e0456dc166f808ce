"""``safehash hash`` through a real subprocess, as scripts will run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from support.reference_images import photo_like, reference_pdq

EXPECTED_KEYS = {
    "path", "ok", "error", "pdq", "pdq_quality", "pdq_variants", "reliable",
    "md5", "sha256", "phash", "width", "height", "format",
}  # fmt: skip


def run_cli(*args: str | bytes, user: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehash", *args],
        capture_output=True, text=True, check=False, timeout=120, user=user,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(3):
        path = tmp_path / f"p{i}.png"
        Image.fromarray(photo_like(600, 400, seed=i)).save(path)
        paths.append(path)
    return paths


def test_json_lines_for_every_file(photos: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_text("nope")
    done = run_cli("hash", "--json", *map(str, photos), str(bad))
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 4
    by_path = {line["path"]: line for line in lines}
    for i, photo in enumerate(photos):
        line = by_path[str(photo)]
        assert EXPECTED_KEYS <= set(line)
        assert line["ok"] is True and line["error"] is None
        assert line["pdq"] == reference_pdq(photo_like(600, 400, seed=i))[0]
        assert (line["width"], line["height"], line["format"]) == (600, 400, "PNG")
    failed = by_path[str(bad)]
    assert failed["ok"] is False and failed["pdq"] is None
    assert "not a photo" in failed["error"]


def test_exit_zero_when_all_hashed(photos: list[Path]) -> None:
    done = run_cli("hash", str(photos[0]))
    assert done.returncode == 0, done.stderr
    assert "p0.png" in done.stdout and "1 of 1 files hashed" in done.stdout


def test_folder_argument_is_walked(photos: list[Path], tmp_path: Path) -> None:
    done = run_cli("hash", "--json", str(tmp_path))
    assert done.returncode == 0
    assert sorted(json.loads(line)["path"] for line in done.stdout.splitlines()) == sorted(
        map(str, photos)
    )


def test_usage_errors_exit_two() -> None:
    assert run_cli("hash").returncode == 2
    assert run_cli("hash", "--no-such-flag", "x").returncode == 2
    assert run_cli("hash", "--workers", "0", "x").returncode == 2


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0 and done.stdout.startswith("safehash ")


def test_name_that_is_not_utf8_round_trips(tmp_path: Path, photos: list[Path]) -> None:
    raw = os.fsencode(tmp_path) + b"/\xff-\xe9t\xe9.png"
    with open(raw, "wb") as handle:
        handle.write(photos[0].read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "safehash", "hash", "--json", raw],
        capture_output=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout)
    assert os.fsencode(line["path"]) == raw
    table = subprocess.run(
        [sys.executable, "-m", "safehash", "hash", raw], capture_output=True, check=False
    )
    assert table.returncode == 0 and b"\xef\xbf\xbd" in table.stdout  # shown as U+FFFD


def test_unreadable_file_as_another_user(tmp_path: Path, photos: list[Path]) -> None:
    if os.geteuid() != 0:
        secret = photos[0]
        secret.chmod(0)
        done = run_cli("hash", "--json", str(secret))
    else:  # root reads anything: drop to "nobody" for this one run
        os.chmod(tmp_path, 0o755)
        photos[0].chmod(0o600)
        try:
            done = run_cli("hash", "--json", str(photos[0]), user=65534)
        except PermissionError:
            pytest.skip("cannot switch user here")
    if "No module named" in done.stderr:
        pytest.skip("the virtual environment is not readable by another user")
    assert done.returncode == 1
    assert "permission" in json.loads(done.stdout)["error"]


def test_json_lines_come_in_input_order(photos: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_text("nope")
    given = [str(photos[2]), str(bad), str(photos[0]), str(photos[1])]
    done = run_cli("hash", "--json", "--workers", "2", *given)
    assert [json.loads(line)["path"] for line in done.stdout.splitlines()] == given
