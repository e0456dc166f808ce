"""The folder walk never blocks and never hides what it could not look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from safehash.core import errors
from safehash.core.discovery import Found, find_files
from support.folders import nest_too_deep
from support.reference_images import photo_like

GRACE = 20.0  # seconds; a blocked walk would never finish at all


def _photo(path: Path, seed: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(photo_like(64, 48, seed=seed)).save(path, format="PNG")
    return path


def _walk_in_thread(paths: list[Path]) -> list[Found]:
    found: list[Found] = []
    walker = threading.Thread(target=lambda: found.extend(find_files(paths)), daemon=True)
    walker.start()
    walker.join(GRACE)
    assert not walker.is_alive(), "the folder walk blocked"
    return found


def _too_deep_folder(root: Path, levels: int = 20) -> str:
    """The deepest of folders nested beyond PATH_MAX inside ``root`` (see nest_too_deep)."""
    name = nest_too_deep(root, levels=levels)
    return os.path.join(str(root), *([name] * levels))


def test_fifos_and_links_to_terminals_are_skipped_without_blocking(tmp_path: Path) -> None:
    good = _photo(tmp_path / "album" / "photo.png")
    os.mkfifo(tmp_path / "album" / "a-fifo")
    os.symlink("/dev/stdin", tmp_path / "album" / "stdin-link")
    os.symlink("/dev/zero", tmp_path / "album" / "zero-link")
    found = _walk_in_thread([tmp_path / "album"])
    assert found == [Found(str(good))]


def test_a_fifo_named_directly_gets_its_own_error_without_blocking(tmp_path: Path) -> None:
    from safehash.core.batch import hash_paths

    fifo = tmp_path / "named-fifo"
    os.mkfifo(fifo)
    results = list(hash_paths([fifo]))
    assert [type(r.error) for r in results] == [errors.NotAFile]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path) -> None:
    _photo(tmp_path / "album" / "a.png")
    too_deep = _too_deep_folder(tmp_path / "album")
    found = _walk_in_thread([tmp_path / "album"])
    assert [f.path for f in found if f.error is None] == [str(tmp_path / "album" / "a.png")]
    failed = [f for f in found if f.error is not None]
    assert failed and all(isinstance(f.error, errors.FolderUnreadable) for f in failed)
    assert too_deep.startswith(failed[0].path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_a_folder_without_permission_is_reported(tmp_path: Path) -> None:
    _photo(tmp_path / "album" / "a.png")
    locked = tmp_path / "album" / "locked"
    _photo(locked / "b.png")
    locked.chmod(0)
    try:
        found = _walk_in_thread([tmp_path / "album"])
    finally:
        locked.chmod(0o755)
    assert [(f.path, type(f.error)) for f in found] == [
        (str(tmp_path / "album" / "a.png"), type(None)),
        (str(locked), errors.FolderUnreadable),
    ]


def test_the_command_line_lists_the_folder_it_could_not_read_and_fails(tmp_path: Path) -> None:
    _photo(tmp_path / "album" / "a.png")
    too_deep = _too_deep_folder(tmp_path / "album")
    done = subprocess.run(
        [sys.executable, "-m", "safehash", "hash", "--json", str(tmp_path / "album")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["ok"] for line in lines] == [True, False]
    assert lines[1]["error_code"] == "folder_unreadable"
    assert too_deep.startswith(lines[1]["path"])
    table = subprocess.run(
        [sys.executable, "-m", "safehash", "hash", str(tmp_path / "album")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert table.returncode == 1
    assert "1 of 2 files hashed" in table.stdout
    assert "This folder could not be opened" in table.stdout
