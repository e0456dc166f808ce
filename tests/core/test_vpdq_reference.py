"""vPDQ exactly as Meta's vpdq computes it, on committed clips it hashed once.

tests/support/videos/ holds small clips of every codec SafeHash reads and vpdq's output for
each (how they were made: tests/support/videos/README.md). vpdq is not needed here.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from safehash.core.hashing import hash_file
from safehash.core.records import MEDIA_VIDEO, VARIANT_UPRIGHT

VIDEOS = Path(__file__).resolve().parents[1] / "support" / "videos"
REFERENCE = json.loads((VIDEOS / "vpdq-reference.json").read_text())["clips"]


def _ours(name: str) -> list[tuple[int, float, str, int]]:
    record = hash_file(VIDEOS / name)
    assert record.media == MEDIA_VIDEO
    return [(f.frame, f.timestamp, f.pdq, f.quality) for f in record.vpdq]


def _bits(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


@pytest.mark.parametrize("name", [n for n, c in REFERENCE.items() if c["compare"] == "exact"])
def test_eight_bit_video_matches_vpdq_frame_for_frame(name: str) -> None:
    expected = [tuple(frame) for frame in REFERENCE[name]["vpdq"]]
    assert expected  # the reference hashed something
    assert _ours(name) == expected


def test_audio_first_video_reports_the_frames_vpdq_loses() -> None:
    # vpdq flushes only stream 0: with audio first, its last buffered frames are lost.
    expected = [tuple(frame) for frame in REFERENCE["h264_audio_first.mp4"]["vpdq"]]
    ours = _ours("h264_audio_first.mp4")
    assert ours[: len(expected)] == expected
    assert len(ours) > len(expected)  # the clip is cut so that the last hashed frame is lost
    assert [f[0] for f in ours] == [0, 25, 50]


def test_ten_bit_video_is_within_two_bits_a_frame() -> None:
    expected = REFERENCE["hevc_10bit.mkv"]["vpdq"]
    ours = _ours("hevc_10bit.mkv")
    assert [(f[0], f[1]) for f in ours] == [(f[0], f[1]) for f in expected]
    assert all(_bits(a[2], b[2]) <= 2 for a, b in zip(ours, expected, strict=True))
    assert all(abs(a[3] - b[3]) <= 2 for a, b in zip(ours, expected, strict=True))


def test_every_codec_and_container_is_in_the_reference() -> None:
    formats = {hash_file(VIDEOS / name).format for name in REFERENCE}
    assert formats == {"MP4", "QuickTime", "3GP", "Matroska", "WebM", "AVI"}


def test_odd_frame_rates_sample_and_time_as_vpdq() -> None:
    # 30000/1001 fps: every 29th frame, timestamps float32(i) / float32(29.97...).
    frames = REFERENCE["h264_bframes_2997.mp4"]["vpdq"]
    assert [f[0] for f in frames] == [0, 29, 58, 87]
    fps = np.float32(30000 / 1001)
    assert [f[1] for f in frames] == [float(np.float32(i) / fps) for i in (0, 29, 58, 87)]
    # Half a frame a second: int(0.5) is 0, so every frame, two seconds apart.
    assert [f[1] for f in REFERENCE["half_fps.mp4"]["vpdq"]] == [0.0, 2.0, 4.0, 6.0, 8.0]


def test_a_dark_video_is_unreliable_and_a_detailed_one_is_not() -> None:
    assert max(f[3] for f in REFERENCE["dark.mp4"]["vpdq"]) < 50
    assert not hash_file(VIDEOS / "dark.mp4").reliable
    assert hash_file(VIDEOS / "vp9.webm").reliable


def test_rotated_video_is_hashed_as_stored_and_upright() -> None:
    record = hash_file(VIDEOS / "rotated_90.mov")
    assert [f.pdq for f in record.vpdq] == [f[2] for f in REFERENCE["rotated_90.mov"]["vpdq"]]
    upright = record.vpdq_variants[VARIANT_UPRIGHT]
    assert [f.frame for f in upright] == [f.frame for f in record.vpdq]
    assert all(_bits(a.pdq, b.pdq) > 64 for a, b in zip(upright, record.vpdq, strict=True))


def test_upright_is_the_picture_players_show() -> None:
    # The clip stores its pictures turned; players turn them a quarter counterclockwise
    # (FFmpeg's own player and converter do, for this display matrix).
    from safehash.core.pdq import luma_from_rgb, pdq_from_luma
    from support.make_vpdq_reference import CLIPS
    from support.video_clips import frames_of

    stored = frames_of(CLIPS["rotated_90.mov"][0])
    upright = hash_file(VIDEOS / "rotated_90.mov").vpdq_variants[VARIANT_UPRIGHT]
    for frame in upright:
        shown = np.rot90(stored[frame.frame], 1)
        wrong_way = np.rot90(stored[frame.frame], 3)
        near = pdq_from_luma(luma_from_rgb(np.ascontiguousarray(shown), grey_rule=False))
        far = pdq_from_luma(luma_from_rgb(np.ascontiguousarray(wrong_way), grey_rule=False))
        assert _bits(frame.pdq, near.value) <= 24 < _bits(frame.pdq, far.value)
