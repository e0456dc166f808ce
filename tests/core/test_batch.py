"""Batches: every file gets a result, bad ones do not stop good ones, cancel stops early."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PIL import Image

from safehash.core import errors
from safehash.core.batch import HashBatch, hash_paths
from safehash.core.discovery import iter_image_files
from safehash.core.hashing import hash_file
from support.reference_images import photo_like


def _make_photos(folder: Path, count: int, size: tuple[int, int] = (200, 150)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"photo-{i:03d}.png"
        Image.fromarray(photo_like(*size, seed=i)).save(path)
        paths.append(path)
    return paths


def test_every_file_gets_its_own_result(tmp_path: Path) -> None:
    good = _make_photos(tmp_path, 5)
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    given = [*good[:2], bad, tmp_path / "missing.jpg", *good[2:]]
    results = sorted(hash_paths(given, workers=2), key=lambda r: r.index)
    assert [r.path for r in results] == [str(p) for p in given]
    assert [r.ok for r in results] == [True, True, False, False, True, True, True]
    assert isinstance(results[2].error, errors.NotAnImage)
    assert isinstance(results[3].error, errors.FileMissing)
    assert results[0].record == hash_file(good[0])


def test_results_match_single_worker(tmp_path: Path) -> None:
    paths = _make_photos(tmp_path, 8)
    one = {r.path: r.record for r in hash_paths(paths, workers=1)}
    two = {r.path: r.record for r in hash_paths(paths, workers=2)}
    assert one == two and len(one) == 8


def test_folders_are_walked_for_images_only(tmp_path: Path) -> None:
    _make_photos(tmp_path / "a", 2)
    _make_photos(tmp_path / "a" / "deeper", 1)
    (tmp_path / "a" / "readme.txt").write_text("hello")
    (tmp_path / "a" / "no-extension").write_bytes((tmp_path / "a" / "photo-000.png").read_bytes())
    os.symlink(tmp_path / "a", tmp_path / "a" / "deeper" / "loop")  # must not be followed
    found = list(iter_image_files([tmp_path / "a"]))
    names = [os.path.relpath(p, tmp_path / "a") for p in found]
    assert names == ["no-extension", "photo-000.png", "photo-001.png", "deeper/photo-000.png"]


def test_file_deleted_before_its_turn(tmp_path: Path) -> None:
    paths = _make_photos(tmp_path, 3)
    paths[1].unlink()
    results = sorted(hash_paths(paths), key=lambda r: r.index)
    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, errors.FileMissing)


def test_cancel_stops_early(tmp_path: Path) -> None:
    paths = _make_photos(tmp_path, 40, size=(900, 700))
    batch = HashBatch(paths, workers=2)
    seen = []
    for result in batch:
        seen.append(result)
        batch.cancel()
    assert batch.cancelled
    assert 1 <= len(seen) < 40


def test_cancel_from_another_thread(tmp_path: Path) -> None:
    paths = _make_photos(tmp_path, 30, size=(900, 700))
    batch = HashBatch(paths, workers=2)
    first = threading.Event()
    seen = []

    def consume() -> None:
        for result in batch:
            seen.append(result)
            first.set()

    worker = threading.Thread(target=consume)
    worker.start()
    assert first.wait(timeout=60)
    batch.cancel()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert len(seen) < 30
