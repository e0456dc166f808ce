"""Hostile and broken videos: each is that file's own error, or a result with a note,
never a crash or a hang. Hashed in-process here; tests/core/isolation runs them in the
sandboxed workers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from safehash.core import errors
from safehash.core.hashing import hash_file
from safehash.core.limits import DecodeLimits
from safehash.core.records import NOTE_ODD_FRAME_RATE, NOTE_VIDEO_CUT_SHORT
from support import hostile_videos
from support.hostile_videos import EBML, FTYP, noise_behind

AVI = b"RIFF\0\0\0\0AVI "


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_webm_cut_short_is_hashed_as_far_as_it_plays(tmp_path: Path) -> None:
    record = hash_file(_write(tmp_path, "cut.webm", hostile_videos.webm_cut_in_half()))
    assert NOTE_VIDEO_CUT_SHORT in record.notes
    assert [f.frame for f in record.vpdq] == [0, 25]  # 2 of its 4 seconds
    assert record.duration == 4.0  # what the header says


def test_an_mp4_without_its_index_is_a_damaged_video(tmp_path: Path) -> None:
    with pytest.raises(errors.CorruptVideo):
        hash_file(_write(tmp_path, "cut.mp4", hostile_videos.mp4_cut_in_half()))


@pytest.mark.parametrize(
    ("name", "build", "error"),
    [
        ("empty.mp4", lambda: b"", errors.EmptyFile),
        ("header.mp4", hostile_videos.ftyp_only, errors.CorruptVideo),
        ("sound.mp4", hostile_videos.audio_only_mp4, errors.NoVideoStream),
        ("noise.mp4", lambda: noise_behind(FTYP), errors.CorruptVideo),
        ("noise.mkv", lambda: noise_behind(EBML), errors.CorruptVideo),
        ("noise.avi", lambda: noise_behind(AVI), errors.NoVideoStream),
        ("random.mp4", hostile_videos.random_bytes, errors.NotAnImage),
        ("huge.avi", hostile_videos.huge_frames_avi, errors.VideoTooLarge),
        ("long.mkv", hostile_videos.mkv_declaring_ten_hours, errors.VideoTooLong),
    ],
)
def test_each_broken_video_is_its_own_error(tmp_path: Path, name, build, error) -> None:
    with pytest.raises(error):
        hash_file(_write(tmp_path, name, build()))


def test_a_thousand_frames_a_second_is_hashed_by_that_rate_with_a_note(tmp_path: Path) -> None:
    record = hash_file(_write(tmp_path, "fast.mkv", hostile_videos.thousand_fps_mkv()))
    assert [f.frame for f in record.vpdq] == [0, 1000, 2000]
    assert [f.timestamp for f in record.vpdq] == [0.0, 1.0, 2.0]
    assert NOTE_ODD_FRAME_RATE in record.notes


def test_zero_length_frames_are_each_hashed_with_a_note(tmp_path: Path) -> None:
    # FFmpeg reads no rate from the table and falls back to half a frame a second (as vpdq
    # sees it too), so every frame is hashed: 50, far under the 36,000-frame limit.
    record = hash_file(_write(tmp_path, "zero.mp4", hostile_videos.zero_fps_mp4()))
    assert len(record.vpdq) == 50
    assert NOTE_ODD_FRAME_RATE in record.notes


def test_a_header_that_hides_the_length_is_caught_while_decoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "liar.mkv", hostile_videos.mkv_declaring_half_a_second())
    record = hash_file(path)  # four seconds play, whatever the header says
    assert [f.frame for f in record.vpdq] == [0, 25, 50, 75]
    assert record.duration == 4.0
    with pytest.raises(errors.VideoTooLong):
        hash_file(path, DecodeLimits(max_video_seconds=2))


def test_limits_are_the_callers(tmp_path: Path) -> None:
    path = _write(tmp_path, "cut.webm", hostile_videos.webm_cut_in_half())
    with pytest.raises(errors.VideoTooLong):
        hash_file(path, DecodeLimits(max_video_seconds=3))  # the header says 4
    with pytest.raises(errors.VideoTooLarge):
        hash_file(path, DecodeLimits(max_video_pixels=320 * 240 - 1))


def test_an_error_while_hashing_a_frame_reaches_the_decoding_thread() -> None:
    # The frames are hashed on a thread of their own; what fails there must fail the file,
    # and the decoding thread must never wait forever on a hasher that has stopped.
    from safehash.core.video import _SampledFrameHasher

    hasher = _SampledFrameHasher()
    with pytest.raises(AttributeError), hasher:
        for index in range(10):  # more than may wait: submit would block if none were taken
            hasher.submit(object(), index, float(index), 0)  # type: ignore[arg-type]
        hasher.results()
    assert not any(t.name == "vpdq-hasher" for t in threading.enumerate())
