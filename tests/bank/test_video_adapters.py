"""Videos through both kinds of bank, end to end on 127.0.0.1: the reference bank (and one
that takes no videos, as API 1.0 banks do), and the HMA fake with and without vPDQ."""

from __future__ import annotations

import json

import pytest

from bank.conftest import Sleeps, make_profile
from bank.videos import frames, hashed_clips
from safehash.core import errors
from safehash.core.bank import HmaAdapter, SafeHashV1Adapter, adapter_for, types_to_send
from safehash.core.bank.hma import vpdq_signal
from safehash.core.outbox import Outbox, resend, send
from safehash.core.records import (
    REASON_NO_VIDEOS,
    MediaSignalTypes,
    Receipt,
    Submission,
    SubmissionItem,
    VpdqFrame,
)
from safehash.core.transport import HttpClient
from safehash.refbank import start_refbank
from support.hma_fake import DEFAULT_SIGNAL_TYPES, WITH_VPDQ, start_hma_fake

SIGNALS = "/c/bank/SAFEHASH/signal"


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    """Two real clips hashed by SafeHash's workers: one plain, one stored turned."""
    return hashed_clips(tmp_path_factory.mktemp("clips"))


def v1(bank) -> SafeHashV1Adapter:
    adapter = adapter_for(make_profile(bank.url), HttpClient(sleep=Sleeps()))
    assert isinstance(adapter, SafeHashV1Adapter)
    return adapter


def hma(fake) -> HmaAdapter:
    adapter = adapter_for(make_profile(fake.url, kind="hma"), HttpClient(sleep=Sleeps()))
    assert isinstance(adapter, HmaAdapter)
    return adapter


def posted(bank) -> list[dict]:
    return [json.loads(r.body) for r in bank.recorded_requests if r.method == "POST"
            and r.path in ("/v1/submissions", SIGNALS)]  # fmt: skip


def _keys(doc: object) -> set[str]:
    if isinstance(doc, dict):
        return set(doc).union(*(_keys(v) for v in doc.values()))
    if isinstance(doc, list):
        return set().union(*(_keys(v) for v in doc))
    return set()


# --- SafeHash Bank API v1 ----------------------------------------------------------------------


def test_v1_videos_and_photos_submit_status_withdraw(refbank, records, clips):
    adapter = v1(refbank)
    info = adapter.info()
    assert info.video_signal_types == ("vpdq", "md5", "sha256")
    assert info.max_body_bytes == 16 << 20
    types = types_to_send(adapter.profile, info)
    assert types == MediaSignalTypes(("pdq", "md5", "sha256", "phash"), ("vpdq", "md5", "sha256"))
    case = adapter.open_case()
    chosen = [records[0], *clips]
    submission = Submission.from_records(chosen, types)
    assert submission.not_sent == ()
    receipt = adapter.submit(submission, case)
    assert [(i.index, i.status, i.media) for i in receipt.items] == [
        (0, "accepted", "image"), (1, "accepted", "video"), (2, "accepted", "video"),
    ]  # fmt: skip
    (body,) = posted(refbank)
    assert body == submission.body()
    # Hashes, qualities, frame numbers and times, and a video's media: nothing else.
    allowed = {"items", "media", "signals", "pdq", "md5", "sha256", "phash", "vpdq", "value",
               "quality", "variants", "frames", "frame", "timestamp"}  # fmt: skip
    assert _keys(body) <= allowed
    assert not {clip.format for clip in clips} & set(json.dumps(body).split('"'))
    stored, turned = body["items"][1], body["items"][2]
    assert stored["media"] == "video" and "variants" not in stored["signals"]["vpdq"]
    assert len(turned["signals"]["vpdq"]["variants"]) == 1  # the upright view of the turned one
    frame_count = sum(len(c.vpdq) * (1 + len(c.vpdq_variants)) for c in clips)
    assert refbank.storage.count("vpdq_frames") == frame_count

    (sub,) = adapter.status(case).submissions
    assert (sub.items_accepted, sub.videos_accepted, sub.held, sub.videos_held_now) == (3, 2, 3, 2)
    adapter.withdraw_submission(receipt, case)
    (sub,) = adapter.status(case).submissions
    assert sub.status == "withdrawn" and (sub.held, sub.videos_held_now) == (0, 0)
    assert sub.videos_accepted == 2  # what was accepted then stays said
    assert refbank.storage.count("vpdq_frames") == 0
    assert Receipt.loads(receipt.dumps()) == receipt


def test_v1_a_bank_without_videos_gets_none_and_the_receipt_says_so(tmp_path, records, clips):
    with start_refbank(tmp_path, videos=False, record_bodies=True) as bank:
        adapter = v1(bank)
        info = adapter.info()
        assert info.video_signal_types == () and info.max_body_bytes == 1 << 20
        submission = Submission.from_records(
            [clips[0], records[0]], types_to_send(adapter.profile, info)
        )
        receipt = adapter.submit(submission, adapter.open_case())
        assert [(i.index, i.status, i.reason, i.media) for i in receipt.items] == [
            (0, "rejected", REASON_NO_VIDEOS, "video"),
            (1, "accepted", None, "image"),
        ]
        (body,) = posted(bank)
        assert len(body["items"]) == 1 and "media" not in json.dumps(body)
        assert receipt.count("video", accepted=False) == 1

        # Nothing at all to send: said before anything is sent.
        videos_only = Submission.from_records(clips, types_to_send(adapter.profile, info))
        with pytest.raises(errors.NothingToSend):
            adapter.submit(videos_only, adapter.open_case())
        assert len(posted(bank)) == 1


def test_v1_a_submission_made_before_the_bank_answered_is_not_sent_to_a_photo_bank(
    tmp_path, records, clips
):
    """Offline, the profile's choice goes into the outbox; the bank turns out to take no
    video: the adapter says so before sending anything, rather than have it all refused."""
    with start_refbank(tmp_path, videos=False, record_bodies=True) as bank:
        adapter = v1(bank)
        submission = Submission.from_records(
            [records[0], clips[0]], types_to_send(adapter.profile, None)
        )
        outbox = Outbox()
        with pytest.raises(errors.VideosNotTaken):
            send(adapter, outbox, submission, adapter.open_case())
        assert posted(bank) == [] and len(outbox.entries()) == 1


def test_v1_too_large_is_said_before_sending(tmp_path):
    """A bank with a 1 MiB limit, and a 3-hour video: refused here, not sent."""
    with start_refbank(tmp_path, max_body_bytes=1 << 20, record_bodies=True) as bank:
        adapter = v1(bank)
        adapter.info()
        long = SubmissionItem(media="video", vpdq=frames(10_800), md5="0" * 32)
        with pytest.raises(errors.TooLarge):
            adapter.submit(Submission((long,)), adapter.open_case())
        assert posted(bank) == []


# --- HMA --------------------------------------------------------------------------------------


def test_hma_without_vpdq_sends_each_videos_md5(records, clips):
    with start_hma_fake(record_bodies=True) as fake:
        adapter = hma(fake)
        info = adapter.info()
        assert info.video_signal_types == ("md5",)
        types = types_to_send(adapter.profile, info)
        assert types == MediaSignalTypes(("pdq",), ("md5",))
        case = adapter.open_case()
        receipt = adapter.submit(Submission.from_records([records[0], *clips], types), case)
        assert [(i.status, i.media, len(i.content_ids)) for i in receipt.items] == [
            ("accepted", "image", 1), ("accepted", "video", 1), ("accepted", "video", 1),
        ]  # fmt: skip
        assert posted(fake)[1:] == [{"video_md5": c.md5} for c in clips]
        assert sorted(c["signals"].get("video_md5", "") for c in fake.contents.values()) == (
            sorted(["", *(c.md5 for c in clips)])
        )
        (sub,) = adapter.status(case, [receipt]).submissions
        assert (sub.items_accepted, sub.videos_accepted, sub.held, sub.videos_held_now) == (
            3, 2, 3, 2,
        )  # fmt: skip
        adapter.withdraw_submission(receipt, case)
        assert fake.contents == {}
        (sub,) = adapter.status(case, [receipt]).submissions
        assert sub.status == "withdrawn" and sub.videos_held_now == 0


def test_hma_with_vpdq_sends_it_as_hma_stores_it(clips):
    plain, turned = clips
    with start_hma_fake(signal_types=WITH_VPDQ, record_bodies=True) as fake:
        adapter = hma(fake)
        assert adapter.info().video_signal_types == ("vpdq", "md5")
        types = types_to_send(adapter.profile, adapter.info())
        case = adapter.open_case()
        receipt = adapter.submit(Submission.from_records(clips, types), case)
        assert [len(i.content_ids) for i in receipt.items] == [1, 2]  # turned: and upright
        expected = [
            {"video_md5": plain.md5, "vpdq": vpdq_signal(plain.vpdq)},
            {"video_md5": turned.md5, "vpdq": vpdq_signal(turned.vpdq)},
            {"vpdq": vpdq_signal(turned.vpdq_variants["upright"])},
        ]
        assert posted(fake) == expected
        # HMA's serialisation: a JSON array of "hex,quality,timestamp" (f"{t:.3}").
        first = json.loads(expected[0]["vpdq"])
        assert first[0] == f"{plain.vpdq[0].pdq},{plain.vpdq[0].quality},0.0"
        assert [s.split(",")[2] for s in first] == [f"{f.timestamp:.3}" for f in plain.vpdq]
        stored = [c["signals"] for c in fake.contents.values()]
        assert stored == expected  # HMA keeps the vPDQ string as given
        status = adapter.status(case, [receipt])
        assert status.submissions[0].videos_held_now == 2
        adapter.withdraw_case(case, [receipt])
        assert fake.contents == {}


def test_hma_vpdq_serialisation_is_python_threatexchanges():
    view = (VpdqFrame(0, 0.0, "ab" * 32, 100), VpdqFrame(29, 0.9676343202590942, "cd" * 32, 7),
            VpdqFrame(35_964, 1200.0, "ef" * 32, 55))  # fmt: skip
    assert vpdq_signal(view) == (
        f'["{"ab" * 32},100,0.0", "{"cd" * 32},7,0.968", "{"ef" * 32},55,1.2e+03"]'
    )


def test_hma_with_vpdq_disabled_sends_only_md5(clips):
    with start_hma_fake(signal_types={**WITH_VPDQ, "vpdq": 0.0}, record_bodies=True) as fake:
        adapter = hma(fake)
        assert adapter.info().video_signal_types == ("md5",)
        adapter.submit(Submission.from_records(clips[:1], types_to_send(adapter.profile,
                                                                        adapter.info())),
                       adapter.open_case())  # fmt: skip
        assert posted(fake) == [{"video_md5": clips[0].md5}]


def test_hma_without_video_md5_takes_no_video(records, clips):
    with start_hma_fake(signal_types={"pdq": 1.0}, record_bodies=True) as fake:
        adapter = hma(fake)
        info = adapter.info()
        assert info.video_signal_types == ()
        submission = Submission.from_records([records[0], clips[0]],
                                             types_to_send(adapter.profile, info))  # fmt: skip
        receipt = adapter.submit(submission, adapter.open_case())
        assert [(i.status, i.reason) for i in receipt.items] == [
            ("accepted", None), ("rejected", REASON_NO_VIDEOS),
        ]  # fmt: skip
        # Even a video item made before HMA was asked is not posted to it.
        early = Submission.from_records([clips[0]], types_to_send(adapter.profile, None))
        again = adapter.submit(early, adapter.open_case())
        assert again.items[0].reason == REASON_NO_VIDEOS
        assert len(posted(fake)) == 1


def test_hma_without_its_signal_type_route_assumes_its_default(clips):
    with start_hma_fake(signal_types=DEFAULT_SIGNAL_TYPES) as fake:
        fake.faults.add("status", status=404, path="/c/signal_type")
        assert hma(fake).info().video_signal_types == ("md5",)


def test_hma_video_resend_posts_only_the_missing_view(clips):
    turned = clips[1]
    with start_hma_fake(signal_types=WITH_VPDQ) as fake:
        adapter = hma(fake)
        types = types_to_send(adapter.profile, adapter.info())
        submission = Submission.from_records([turned], types)
        outbox = Outbox()
        fake.faults.add("delay", seconds=0.0, path=SIGNALS)  # the video itself goes through
        fake.faults.add("status", status=503, count=10, path=SIGNALS)  # its upright view not
        case = adapter.open_case()
        with pytest.raises(errors.ServerError):
            send(adapter, outbox, submission, case)
        (entry,) = outbox.entries()
        assert list(entry.done) == ["0.0"] and len(fake.contents) == 1
        fake.faults.clear()
        receipt = resend(adapter, outbox, entry.entry_id, case)
        assert len(receipt.items[0].content_ids) == 2 and len(fake.contents) == 2
