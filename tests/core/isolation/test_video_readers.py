"""Videos in the sandboxed workers: the same record as in-process, progress while they are
hashed, a deadline that grows with their length, cancel at once, hostile files contained."""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest

from safehash.core import errors
from safehash.core.batch import HashBatch
from safehash.core.hashing import hash_file
from safehash.core.isolation import CancelToken, IsolatedReader, ReaderLimits, VideoProgress
from safehash.core.limits import DEFAULT_LIMITS
from support import hostile_videos, worker_hooks
from support.video_clips import Clip, write_clip

VIDEOS = Path(__file__).resolve().parents[2] / "support" / "videos"


@pytest.fixture(scope="module")
def reader() -> Iterator[IsolatedReader]:
    reader = IsolatedReader(2)
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def slow_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Ten frames, one a second: with slow_video_frames, about 3 s of work.
    folder = tmp_path_factory.mktemp("slow")
    clip = Clip("matroska", "mjpeg", 64, 48, rate=Fraction(1), seconds=10, pix_fmt="yuvj420p")
    return write_clip(folder / "slow.mkv", clip)


def test_a_video_in_a_worker_is_the_same_record_as_in_process(reader: IsolatedReader) -> None:
    for name in ("h264_bframes_2997.mp4", "rotated_90.mov", "vp9.webm"):
        assert reader.hash(str(VIDEOS / name), DEFAULT_LIMITS) == hash_file(VIDEOS / name)


def test_progress_comes_before_the_answer_and_ends_at_the_whole(
    reader: IsolatedReader, tmp_path: Path
) -> None:
    path = write_clip(tmp_path / "long.mp4", Clip("mp4", "libx264", seconds=20))
    seen: list[VideoProgress] = []
    record = reader.hash(str(path), DEFAULT_LIMITS, on_progress=seen.append)
    assert len(record.vpdq) == 20
    assert seen[0] == VideoProgress(0.0, 20.0)  # before a byte is hashed
    assert seen[-1].fraction == 1.0
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions)


def test_photos_send_no_progress(reader: IsolatedReader, tmp_path: Path) -> None:
    from PIL import Image

    from support.reference_images import photo_like

    path = tmp_path / "photo.png"
    Image.fromarray(photo_like(64, 64, seed=1)).save(path)
    seen: list[VideoProgress] = []
    assert reader.hash(str(path), DEFAULT_LIMITS, on_progress=seen.append).media == "image"
    assert seen == []


def test_a_long_video_gets_time_by_its_length_and_no_more(slow_clip: Path) -> None:
    generous = IsolatedReader(
        1, ReaderLimits(time_limit=1.0), test_hook=worker_hooks.slow_video_frames
    )
    strict = IsolatedReader(
        1,
        ReaderLimits(time_limit=1.0, time_per_video_second=0.0),
        test_hook=worker_hooks.slow_video_frames,
    )
    try:
        # Three seconds of work for a ten-second video: within 1 s + 4 s a second of video.
        assert len(generous.hash(str(slow_clip), DEFAULT_LIMITS).vpdq) == 10
        # Without time per second of video, the 1 s limit stops it, progress or not.
        with pytest.raises(errors.TookTooLong):
            strict.hash(str(slow_clip), DEFAULT_LIMITS)
    finally:
        generous.close()
        strict.close()


def test_cancel_stops_a_video_at_once(slow_clip: Path) -> None:
    slow = IsolatedReader(1, test_hook=worker_hooks.slow_video_frames)
    cancel = CancelToken()
    seen: list[VideoProgress] = []

    def on_progress(progress: VideoProgress) -> None:
        seen.append(progress)
        cancel.cancel()  # the first sign of the video: stop it

    try:
        with pytest.raises(errors.Cancelled):
            slow.hash(str(slow_clip), DEFAULT_LIMITS, cancel, on_progress)
        assert len(seen) == 1  # nothing more came from the killed worker
    finally:
        slow.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux sandbox")
def test_decoder_threads_start_inside_the_sandbox(tmp_path: Path) -> None:
    checked = IsolatedReader(1, test_hook=worker_hooks.check_video_threads)
    path = write_clip(tmp_path / "v.mp4", Clip("mp4", "libx264", 640, 480, seconds=2))
    try:
        assert len(checked.hash(str(path), DEFAULT_LIMITS).vpdq) == 2
    finally:
        checked.close()


def test_hostile_videos_in_a_batch_each_get_their_error(tmp_path: Path) -> None:
    files = {
        "cut.mp4": hostile_videos.mp4_cut_in_half(),
        "sound.mp4": hostile_videos.audio_only_mp4(),
        "noise.mkv": hostile_videos.noise_behind(hostile_videos.EBML),
        "huge.avi": hostile_videos.huge_frames_avi(),
        "long.mkv": hostile_videos.mkv_declaring_ten_hours(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    shutil.copy(VIDEOS / "vp8.webm", tmp_path / "honest.webm")
    results = {Path(r.path).name: r for r in HashBatch([tmp_path], workers=2)}
    assert results["honest.webm"].ok
    codes = {name: r.error.code for name, r in results.items() if r.error is not None}
    assert codes == {
        "cut.mp4": "corrupt_video",
        "sound.mp4": "no_video_stream",
        "noise.mkv": "corrupt_video",
        "huge.avi": "video_too_large",
        "long.mkv": "video_too_long",
    }


def test_batch_progress_names_the_video(reader: IsolatedReader) -> None:
    seen: list[tuple[int, str]] = []
    lock = threading.Lock()

    def on_progress(index: int, path: str, _progress: VideoProgress) -> None:
        with lock:
            seen.append((index, Path(path).name))

    paths = [VIDEOS / "vp9.webm", VIDEOS / "mpeg4.avi"]
    results = list(HashBatch(paths, reader=reader, expand_folders=False, on_progress=on_progress))
    assert all(r.ok for r in results)
    assert set(seen) == {(0, "vp9.webm"), (1, "mpeg4.avi")}


def test_a_video_shows_one_still_frame_turned_as_players_show_it(
    reader: IsolatedReader, tmp_path: Path
) -> None:
    preview = reader.preview(str(VIDEOS / "rotated_90.mov"), DEFAULT_LIMITS, 100)
    assert (preview.width, preview.height) == (75, 100)  # 320x240 stored, shown upright
    assert len(preview.rgb) == 3 * 75 * 100
    plain = reader.preview(str(VIDEOS / "vp9.webm"), DEFAULT_LIMITS, 1024)
    assert (plain.width, plain.height) == (320, 240)  # never enlarged
    sound = tmp_path / "sound.mp4"
    sound.write_bytes(hostile_videos.audio_only_mp4())
    with pytest.raises(errors.NoVideoStream):
        reader.preview(str(sound), DEFAULT_LIMITS, 100)
