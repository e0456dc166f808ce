"""Real picture files for bank tests: Meta's PDQ test photos when ../shared is there, and
always a few generated ones (PNG and JPEG), so every run hashes real files."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from safehash.core.batch import hash_paths
from safehash.core.records import HashRecord
from support.reference_images import photo_like

REPO_ROOT = Path(__file__).resolve().parents[2]
VECTOR_PHOTOS = ("aaa-orig.jpg", "high-contrast.jpg", "square-512x512.jpg")


def _vectors() -> Path:
    configured = os.environ.get("SAFEHASH_PDQ_VECTORS")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "pdq-vectors"


def sample_images(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [p for name in VECTOR_PHOTOS if (p := _vectors() / "bridge-mods" / name).is_file()]
    for seed, suffix in ((11, ".png"), (12, ".jpg"), (13, ".jpg")):
        path = folder / f"generated-{seed}{suffix}"
        Image.fromarray(photo_like(640, 480, seed)).save(path, quality=92)
        paths.append(path)
    return paths


def hash_all(paths: list[Path]) -> list[HashRecord]:
    results = sorted(hash_paths(paths), key=lambda r: r.index)
    assert all(r.ok for r in results), [r.error for r in results]
    return [r.record for r in results if r.record is not None]
