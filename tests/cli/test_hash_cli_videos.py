"""``safehash hash`` with videos, through a real subprocess."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from safehash.core.hashing import hash_file
from support.reference_images import photo_like
from support.video_clips import Clip, write_clip

from .test_hash_cli import EXPECTED_KEYS, run_cli

VIDEOS = Path(__file__).resolve().parents[1] / "support" / "videos"


def test_json_line_of_a_video_is_its_record(tmp_path: Path) -> None:
    shutil.copy(VIDEOS / "rotated_90.mov", tmp_path / "clip.mov")
    done = run_cli("hash", "--json", str(tmp_path))
    assert done.returncode == 0, done.stderr
    (line,) = [json.loads(text) for text in done.stdout.splitlines()]
    assert EXPECTED_KEYS | {"media", "duration", "vpdq", "vpdq_variants"} <= set(line)
    expected = hash_file(tmp_path / "clip.mov").to_json()
    assert {k: line[k] for k in expected} == expected
    assert line["media"] == "video" and line["pdq"] is None
    assert [f["frame"] for f in line["vpdq"]] == [0, 25, 50]
    assert list(line["vpdq_variants"]) == ["upright"]


def test_a_photo_line_only_gains_media(tmp_path: Path) -> None:
    from PIL import Image

    Image.fromarray(photo_like(64, 48, seed=3)).save(tmp_path / "p.png")
    (line,) = [json.loads(t) for t in run_cli("hash", "--json", str(tmp_path)).stdout.splitlines()]
    assert set(line) == EXPECTED_KEYS | {"media", "notes"}
    assert line["media"] == "image"


def test_table_line_per_video(tmp_path: Path) -> None:
    shutil.copy(VIDEOS / "h264_bframes_2997.mp4", tmp_path / "a.mp4")
    shutil.copy(VIDEOS / "dark.mp4", tmp_path / "b.mp4")
    done = run_cli("hash", str(tmp_path))
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if ".mp4" in line}
    assert rows["a.mp4"].split()[1:5] == ["ok", "100", "320x240", "MP4"]
    assert rows["a.mp4"].endswith("vPDQ of 4 frames, 0:03")
    assert "low quality" in rows["b.mp4"]
    assert "No frame of the video has enough detail" in done.stdout


def test_max_duration_refuses_longer_videos(tmp_path: Path) -> None:
    clip = Clip("matroska", "mjpeg", 32, 24, seconds=120, pix_fmt="yuvj420p")
    path = write_clip(tmp_path / "two-minutes.mkv", clip)
    done = run_cli("hash", "--json", "--max-duration", "1", str(path))
    assert done.returncode == 1
    assert json.loads(done.stdout)["error_code"] == "video_too_long"
    assert run_cli("hash", "--max-duration", "0", str(path)).returncode == 2
