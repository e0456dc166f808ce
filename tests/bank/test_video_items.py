"""What a video becomes on its way to a bank: its item, the submission that leaves out what
a bank cannot take, and the receipt that says so. Photos' wire format stays as it was."""

from __future__ import annotations

import json
import math

import pytest

from bank.videos import frames, video_record
from safehash.core.records import (
    MAX_VPDQ_FRAMES,
    REASON_NO_SIGNAL_TAKEN,
    REASON_NO_VIDEOS,
    HashRecord,
    MediaSignalTypes,
    NoSignals,
    Receipt,
    ReceiptItem,
    Submission,
    SubmissionItem,
    VpdqFrame,
)

PHOTO = HashRecord(
    pdq="f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
    pdq_quality=87,
    md5="0123456789abcdef0123456789abcdef",
    sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    phash="d1c48f2a3b5e6f70",
    width=640,
    height=480,
    format="JPEG",
)
# The photo's item, byte for byte as SafeHash sent it before videos (compact JSON, as the
# transport writes it).
PHOTO_WIRE = (
    '{"signals":{"pdq":{"value":"f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",'
    '"quality":87},"md5":{"value":"0123456789abcdef0123456789abcdef"},"sha256":{"value":'
    '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},"phash":{"value":'
    '"d1c48f2a3b5e6f70"}}}'
)


def compact(doc: object) -> str:
    return json.dumps(doc, separators=(",", ":"))


def test_a_photos_item_is_byte_for_byte_as_before():
    assert compact(SubmissionItem.from_record(PHOTO).to_wire()) == PHOTO_WIRE
    body = Submission.from_records([PHOTO, PHOTO]).body()
    assert compact(body) == '{"items":[' + PHOTO_WIRE + "," + PHOTO_WIRE + "]}"


def test_a_videos_item_on_the_wire():
    record = video_record(2)
    wire = SubmissionItem.from_record(record).to_wire()
    stored, upright = record.vpdq, record.vpdq_variants["upright"]

    def listed(view: tuple[VpdqFrame, ...]) -> list[dict[str, object]]:
        return [{"frame": f.frame, "timestamp": f.timestamp, "pdq": f.pdq, "quality": f.quality}
                for f in view]  # fmt: skip

    assert wire == {
        "media": "video",
        "signals": {
            "vpdq": {"frames": listed(stored), "variants": [{"frames": listed(upright)}]},
            "md5": {"value": record.md5},
            "sha256": {"value": record.sha256},
        },
    }
    # Timestamps are vpdq's float32 values, kept exactly (29.97 fps: 29/29.97 seconds).
    assert wire["signals"]["vpdq"]["frames"][1] == {
        "frame": 29, "timestamp": 0.9676343202590942, "pdq": stored[1].pdq,
        "quality": stored[1].quality,
    }  # fmt: skip
    assert 0.9676343202590942 != 29 / 29.97
    assert SubmissionItem.from_wire(json.loads(json.dumps(wire))) == SubmissionItem.from_record(
        record
    )


def test_a_plain_list_of_types_is_photos_only():
    video = video_record()
    with pytest.raises(NoSignals):
        SubmissionItem.from_record(video, ("pdq", "md5", "sha256", "phash"))
    types = MediaSignalTypes.of(("pdq", "md5"))
    assert types == MediaSignalTypes(("pdq", "md5"), ())
    both = MediaSignalTypes(("md5",), ("vpdq", "md5"))
    assert MediaSignalTypes.from_names(["md5", "vpdq"]) == both
    with pytest.raises(ValueError):
        MediaSignalTypes.from_names(["tmk"])


def test_signal_types_per_media_choose_what_a_video_sends():
    video = video_record()
    only_md5 = SubmissionItem.from_record(video, MediaSignalTypes((), ("md5",)))
    assert only_md5.to_wire() == {"media": "video", "signals": {"md5": {"value": video.md5}}}
    vpdq = SubmissionItem.from_record(video, MediaSignalTypes((), ("vpdq",)))
    assert set(vpdq.signals()) == {"vpdq"} and len(vpdq.vpdq_variants) == 1
    assert vpdq.restricted_to(MediaSignalTypes((), ("md5",))) is None


def test_what_a_bank_cannot_take_is_left_out_and_said():
    video = video_record()
    submission = Submission.from_records([PHOTO, video, PHOTO], ("pdq",))
    assert [i.is_video for i in submission.items] == [False, False]
    assert [(n.position, n.media, n.reason) for n in submission.not_sent] == [
        (1, "video", REASON_NO_VIDEOS)
    ]
    assert submission.positions == (0, 2)
    assert "video" not in compact(submission.body())
    # The bank answers for the two it got; the receipt speaks of all three, in order.
    answers = (ReceiptItem(0, "accepted"), ReceiptItem(1, "rejected", "pdq_quality_too_low"))
    items = submission.receipt_items(answers)
    assert [(i.index, i.status, i.reason, i.media) for i in items] == [
        (0, "accepted", None, "image"),
        (1, "rejected", REASON_NO_VIDEOS, "video"),
        (2, "rejected", "pdq_quality_too_low", "image"),
    ]
    # An item that has none of the types a bank takes for its media is said apart.
    md5_only = SubmissionItem(md5=PHOTO.md5)
    left = Submission.from_items([md5_only, SubmissionItem.from_record(PHOTO)], ("pdq",))
    assert [(n.position, n.reason) for n in left.not_sent] == [(0, REASON_NO_SIGNAL_TAKEN)]


def test_a_submission_of_only_what_cannot_be_sent_sends_nothing():
    submission = Submission.from_records([video_record()], ("pdq",))
    assert submission.items == () and len(submission.not_sent) == 1


def test_the_outbox_keeps_videos_and_what_was_left_out():
    submission = Submission.from_records([PHOTO, video_record()], ("pdq",))
    again = Submission.from_json(json.loads(json.dumps(submission.to_json())))
    assert again == submission
    whole = Submission.from_records([PHOTO, video_record()])
    assert "not_sent" not in whole.to_json()  # as before videos, when nothing is left out
    assert Submission.from_json(json.loads(json.dumps(whole.to_json()))) == whole


def test_receipts_write_media_only_for_videos():
    receipt = Receipt("safehash-v1", "Bank", "bank.example", "case_1", "sub_1",
                      "2026-01-01T00:00:00Z",
                      (ReceiptItem(0, "accepted"), ReceiptItem(1, "accepted", media="video")),
                      "6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d")  # fmt: skip
    doc = receipt.to_json()
    assert "media" not in doc["items"][0] and doc["items"][1]["media"] == "video"
    assert Receipt.loads(receipt.dumps()) == receipt
    assert receipt.count("video") == 1 and receipt.count("image", accepted=True) == 1


def _with_frames(view: list[dict[str, object]]) -> dict[str, object]:
    return {"media": "video", "signals": {"vpdq": {"frames": view}}}


def _good_frames() -> list[dict[str, object]]:
    return [f.to_json() for f in frames(3)]


def _change(index: int, **values: object) -> list[dict[str, object]]:
    view = _good_frames()
    view[index] = {**view[index], **values}
    return view


@pytest.mark.parametrize(
    ("wire", "words"),
    [
        (_with_frames([]), "from 1 to 36000 frames"),
        (_with_frames(_change(1, frame=0)), "increasing"),
        (_with_frames(_change(0, frame=-1)), "increasing"),
        (_with_frames(_change(0, frame=True)), "whole"),
        (_with_frames(_change(2, timestamp=math.inf)), "timestamps"),
        (_with_frames(_change(2, timestamp=math.nan)), "timestamps"),
        (_with_frames(_change(2, timestamp=-0.5)), "timestamps"),
        (_with_frames(_change(2, timestamp="1.0")), "timestamps"),
        (_with_frames(_change(1, pdq="A" * 64)), "lowercase hex"),
        (_with_frames(_change(1, quality=101)), "quality"),
        (_with_frames(_change(1, quality=50.0)), "quality"),
        (_with_frames(_change(1, name="holiday.mp4")), "unknown key"),
        (_with_frames([{"frame": 0, "pdq": "a" * 64, "quality": 1}]), "needs frame"),
        ({"media": "video", "signals": {"pdq": {"value": "a" * 64, "quality": 90}}}, "unknown"),
        ({"media": "video", "signals": {"phash": {"value": "a" * 16}}}, "unknown"),
        ({"signals": {"vpdq": {"frames": _good_frames()}}}, "unknown"),
        ({"media": "audio", "signals": {"md5": {"value": "a" * 32}}}, "media"),
        ({"media": "video", "signals": {"vpdq": {"frames": _good_frames(),
                                                 "variants": [{"frames": _good_frames()}] * 2}}},
         "at most 1"),
        ({"media": "video", "signals": {}}, "at least one signal"),
    ],
)
def test_video_items_are_read_strictly(wire, words):
    with pytest.raises(ValueError) as info:
        SubmissionItem.from_wire(json.loads(json.dumps(wire)))
    assert words in str(info.value)
    assert "holiday" not in str(info.value)


def test_the_frame_limit_is_the_bank_apis():
    many = tuple(VpdqFrame(i, float(i), "ab" * 32, 80) for i in range(MAX_VPDQ_FRAMES + 1))
    SubmissionItem(media="video", vpdq=many[:-1])
    with pytest.raises(ValueError, match="36000"):
        SubmissionItem(media="video", vpdq=many)
