"""Video records for bank tests: frame lists built here (as vpdq reports them), and real
clips made by PyAV and hashed by SafeHash's own workers."""

from __future__ import annotations

import hashlib
from fractions import Fraction
from pathlib import Path

import numpy as np

from bank.images import hash_all
from safehash.core.records import MEDIA_VIDEO, VARIANT_UPRIGHT, HashRecord, VpdqFrame
from support.video_clips import Clip, write_clip


def frames(
    count: int, fps: float = 29.97, seed: int = 0, quality: int = 90
) -> tuple[VpdqFrame, ...]:
    """``count`` frames one second apart as vpdq numbers and times them: frame
    ``k * int(fps)``, timestamp ``float32(frame) / float32(fps)``."""
    step = max(1, int(fps))
    out = []
    for k in range(count):
        number = k * step
        seconds = float(np.float32(number) / np.float32(fps))
        pdq = hashlib.sha256(f"{seed}:{k}".encode()).hexdigest()
        out.append(VpdqFrame(number, seconds, pdq, quality - (k % 7)))
    return tuple(out)


def video_record(count: int = 5, *, rotated: bool = True, seed: int = 1) -> HashRecord:
    """A video's record as the workers make it (hashes only; no file behind it)."""
    stored = frames(count, seed=seed)
    variants = {VARIANT_UPRIGHT: frames(count, seed=seed + 1000)} if rotated else {}
    digest = hashlib.sha256(f"video {seed}".encode())
    return HashRecord(
        pdq=None,
        pdq_quality=None,
        md5=hashlib.md5(digest.digest()).hexdigest(),  # a stand-in for the file's
        sha256=digest.hexdigest(),
        phash=None,
        width=640,
        height=360,
        format="MP4",
        media=MEDIA_VIDEO,
        vpdq=stored,
        vpdq_variants=variants,
        duration=count * 1.0,
    )


def clip_files(folder: Path) -> list[Path]:
    """Two real clips: a 3-second H.264 MP4, and a 2-second one stored turned (rotated)."""
    folder.mkdir(parents=True, exist_ok=True)
    plain = write_clip(folder / "clip.mp4", Clip("mp4", "libx264", seconds=3.0))
    turned = write_clip(
        folder / "turned.mov",
        Clip("mov", "libx264", seconds=2.0, rate=Fraction(30), rotation=90, seed=2),
    )
    return [plain, turned]


def hashed_clips(folder: Path) -> list[HashRecord]:
    records = hash_all(clip_files(folder))
    assert all(r.is_video for r in records)
    return records
