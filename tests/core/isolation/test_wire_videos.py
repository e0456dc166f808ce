"""The parent's checks on what a worker says about a video: a record that is not exactly
what hashing produces, or a progress message out of shape, is the reader misbehaving."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safehash.core import errors
from safehash.core.hashing import hash_file
from safehash.core.isolation import wire
from safehash.core.records import MAX_VPDQ_FRAMES

VIDEOS = Path(__file__).resolve().parents[2] / "support" / "videos"


@pytest.fixture(scope="module")
def rotated() -> dict:
    return json.loads(wire.record_answer(hash_file(VIDEOS / "rotated_90.mov")))


def _parse(body: dict) -> object:
    return wire.parse_record(json.dumps(body).encode())


def test_a_video_record_crosses_unchanged(rotated: dict) -> None:
    record = hash_file(VIDEOS / "rotated_90.mov")
    assert _parse(rotated) == record


def _frame(number: int, timestamp: float = 0.0) -> list:
    return [number, timestamp, "a" * 64, 100]


@pytest.mark.parametrize(
    "change",
    [
        lambda b: b.update(pdq="a" * 64),  # a video has no PDQ of its own
        lambda b: b.update(phash="a" * 16),
        lambda b: b.update(format="JPEG"),
        lambda b: b.update(media="audio"),
        lambda b: b.update(vpdq=[]),
        lambda b: b.update(vpdq=[_frame(i) for i in range(MAX_VPDQ_FRAMES + 1)]),
        lambda b: b.update(vpdq=[_frame(25), _frame(25)]),  # not strictly increasing
        lambda b: b.update(vpdq=[_frame(-1)]),
        lambda b: b.update(vpdq=[_frame(0, 0.1)]),  # not a float32 value
        lambda b: b.update(vpdq=[_frame(0, float("nan"))]),
        lambda b: b.update(vpdq=[[0, 0.0, "A" * 64, 100]]),
        lambda b: b.update(vpdq=[[0, 0.0, "a" * 64, 101]]),
        lambda b: b.update(vpdq=[[True, 0.0, "a" * 64, 1]]),
        lambda b: b.update(duration=-1.0),
        lambda b: b.update(duration=float("inf")),
        lambda b: b.update(vpdq_variants={"sideways": b["vpdq"]}),
        lambda b: b.update(vpdq_variants={"upright": b["vpdq"][:1]}),  # other frames
        lambda b: b.update(notes=["anything"]),
        lambda b: b.update(extra=1),
        lambda b: b.pop("duration"),
    ],
)
def test_anything_else_is_misbehaving(rotated: dict, change) -> None:
    body = json.loads(json.dumps(rotated))
    change(body)
    with pytest.raises(errors.ReaderMisbehaved):
        _parse(body)


def test_progress_messages_are_small_and_exact() -> None:
    progress = wire.parse_progress(wire.progress_message(2.5, 10.0))
    assert progress == wire.VideoProgress(2.5, 10.0) and progress.fraction == 0.25
    assert wire.parse_progress(wire.progress_message(3.0, None)).fraction is None
    assert wire.parse_progress(b'{"ok": true}') is None  # the answer, not progress
    for bad in (
        b'{"progress": [1.0]}',
        b'{"progress": [-1.0, 2.0]}',
        b'{"progress": ["1", 2.0]}',
        b'{"progress": [1.0, 2.0], "x": 1}',
        b'{"progress": [1.0, NaN]}',
        b'{"progress": [1.0, 2.0' + b" " * 200 + b"]}",
    ):
        with pytest.raises(errors.ReaderMisbehaved):
            wire.parse_progress(bad)


def test_the_largest_honest_video_answer_fits_its_cap() -> None:
    frames = [[2**31 - 1 - MAX_VPDQ_FRAMES + i, 35999.99609375, "f" * 64, 100]
              for i in range(MAX_VPDQ_FRAMES)]  # fmt: skip
    body = {
        "ok": True, "media": "video", "pdq": None, "pdq_quality": None, "md5": "0" * 32,
        "sha256": "0" * 64, "phash": None, "width": 8192, "height": 4320, "format": "MP4",
        "pdq_variants": {}, "notes": ["video_rotated"], "duration": 36000.0,
        "vpdq": frames, "vpdq_variants": {"upright": frames},
    }  # fmt: skip
    data = json.dumps(body).encode()
    assert len(data) <= wire.MAX_VIDEO_ANSWER_BYTES
    assert len(wire.parse_record(data).vpdq) == MAX_VPDQ_FRAMES
