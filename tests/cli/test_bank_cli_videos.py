"""``safehash submit | status | withdraw | export`` with videos: real clips made here, read
by the real workers, sent by real ``safehash`` processes to the app's practice bank, a bank
that takes no videos, and the HMA fake with vPDQ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bank.images import sample_images
from bank.videos import clip_files
from cli.test_bank_cli import new_case, run_cli
from cli.test_honest_receipts import safehash
from safehash.refbank import start_demo_bank, start_refbank
from support.hma_fake import WITH_VPDQ, start_hma_fake


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> tuple[list[str], str]:
    """Two clips (one stored turned) and a photo."""
    folder = tmp_path_factory.mktemp("files")
    clips = [str(p) for p in clip_files(folder / "clips")]
    return clips, str(sample_images(folder / "photos")[-1])


def test_videos_to_the_practice_bank_submit_status_withdraw(files, tmp_path):
    clips, photo = files
    with start_demo_bank() as bank:
        case_id, token = new_case(bank.url)
        token_file = tmp_path / "token.txt"
        token_file.write_text(token)
        receipt_file = tmp_path / "receipt.json"
        common = ("--endpoint", bank.url, "--case-token-file", str(token_file))
        sent = run_cli("submit", clips[0], photo, clips[1], *common,
                       "--save-receipt", str(receipt_file))  # fmt: skip
        assert sent.returncode == 0, sent.stderr
        assert "Accepted:    1 of 1 photo, 2 of 2 videos\n" in sent.stdout
        assert "  Video 1 (clip.mp4): accepted\n" in sent.stdout
        assert f"  Picture 2 ({Path(photo).name}): accepted\n" in sent.stdout
        assert "  Video 3 (turned.mov): accepted\n" in sent.stdout
        # Every frame the workers hashed is at the bank: 3 of the plain clip, 2 of the
        # turned one twice (as stored and upright).
        assert bank.storage.count("vpdq_frames") == 3 + 2 * 2
        receipt = json.loads(receipt_file.read_text())
        assert [i.get("media", "image") for i in receipt["items"]] == ["video", "image", "video"]
        assert "clip" not in receipt_file.read_text()

        status = run_cli("status", *common, "--case-id", case_id)
        assert status.returncode == 0, status.stderr
        assert "held by the bank, 1 photo and 2 videos held" in status.stdout
        as_json = json.loads(run_cli("status", *common, "--case-id", case_id, "--json").stdout)
        (sub,) = as_json["submissions"]
        assert (sub["items_held"], sub["videos_accepted"], sub["videos_held"]) == (3, 2, 2)

        gone = run_cli("withdraw", *common, "--receipt", str(receipt_file))
        assert gone.returncode == 0, gone.stderr
        assert bank.storage.count("vpdq_frames") == 0
        after = run_cli("status", *common, "--case-id", case_id)
        assert "1 photo and 2 videos accepted then, none held now" in after.stdout
        for result in (sent, status, gone, after):
            assert token not in result.stdout + result.stderr


def test_a_video_to_the_practice_bank_of_the_default_profile(files):
    """Out of the box: the bundled profile's practice bank, which opens its own case."""
    clips, _ = files
    sent = run_cli("submit", clips[1], "--json")
    assert sent.returncode == 0, sent.stderr
    receipt = json.loads(sent.stdout)
    assert receipt["endpoint_host"] == "demo"
    assert [(i["status"], i["media"], i["file"]) for i in receipt["items"]] == [
        ("accepted", "video", clips[1])
    ]


def test_a_bank_that_takes_no_videos_is_told_plainly(files, tmp_path):
    clips, photo = files
    with start_refbank(None, videos=False, record_bodies=True) as bank:
        _, token = new_case(bank.url)
        common = ("--endpoint", bank.url, "--case-token-file", "-")
        sent = run_cli("submit", photo, clips[0], *common, stdin=token)
        assert sent.returncode == 0, sent.stderr
        assert "Accepted:    1 of 1 photo, 0 of 1 video\n" in sent.stdout
        assert ("  Video 2 (clip.mp4): not accepted: this bank cannot take videos, so it was "
                "not sent\n") in sent.stdout  # fmt: skip
        (body,) = [json.loads(b) for b in bank.recorded_bodies if b"items" in b]
        assert len(body["items"]) == 1 and "media" not in body["items"][0]

        only_videos = run_cli("submit", *clips, *common, stdin=token)
        assert only_videos.returncode == 1
        assert "clip.mp4: this bank cannot take videos, so it was not sent." in only_videos.stderr
        assert "Nothing was sent" in only_videos.stderr
        assert len([b for b in bank.recorded_bodies if b"items" in b]) == 1


def test_export_videos_then_submit_from_the_file(files, tmp_path):
    clips, photo = files
    out = tmp_path / "hashes.json"
    exported = run_cli("export", photo, *clips, "--out", str(out), "--json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout) == {"out": str(out), "items": 3, "videos": 2}
    doc = json.loads(out.read_text())
    assert [i.get("media") for i in doc["items"]] == [None, "video", "video"]
    with start_refbank(None) as bank:
        _, token = new_case(bank.url)
        sent = run_cli("submit", "--from", str(out), "--endpoint", bank.url,
                       "--case-token-file", "-", "--json", stdin=token)  # fmt: skip
        assert sent.returncode == 0, sent.stderr
        items = json.loads(sent.stdout)["items"]
        assert [(i["status"], i.get("media", "image")) for i in items] == [
            ("accepted", "image"), ("accepted", "video"), ("accepted", "video"),
        ]  # fmt: skip
    with start_refbank(None, videos=False) as old:
        _, token = new_case(old.url)
        sent = run_cli("submit", "--from", str(out), "--endpoint", old.url,
                       "--case-token-file", "-", stdin=token)  # fmt: skip
        assert sent.returncode == 0, sent.stderr
        assert "Video 3: not accepted: this bank cannot take videos" in sent.stdout


def test_export_refuses_to_leave_a_file_out(files, tmp_path):
    clips, photo = files
    out = tmp_path / "hashes.json"
    result = run_cli("export", photo, clips[0], "--out", str(out), "--signals", "pdq,phash")
    assert result.returncode == 2
    assert "clip.mp4: this video has none of the hashes chosen with --signals." in result.stderr
    assert not out.exists()
    md5 = run_cli("export", photo, clips[0], "--out", str(out), "--signals", "md5")
    assert md5.returncode == 0, md5.stderr
    assert [set(i["signals"]) for i in json.loads(out.read_text())["items"]] == [{"md5"}] * 2


def test_a_video_to_hma_with_vpdq(files, tmp_path):
    clips, _ = files
    receipt_file = tmp_path / "receipt.json"
    with start_hma_fake(signal_types=WITH_VPDQ) as fake:
        common = ("--endpoint", fake.url, "--kind", "hma", "--bank", "SAFEHASH")
        sent = run_cli("submit", clips[1], *common, "--save-receipt", str(receipt_file))
        assert sent.returncode == 0, sent.stderr
        assert "Accepted:    1 of 1 video\n" in sent.stdout
        kinds = sorted(tuple(sorted(c["signals"])) for c in fake.contents.values())
        assert kinds == [("video_md5", "vpdq"), ("vpdq",)]  # as stored, and upright
        gone = run_cli("withdraw", *common, "--receipt", str(receipt_file))
        assert gone.returncode == 0, gone.stderr
        assert fake.contents == {}


def test_a_video_waits_in_the_outbox_and_is_sent_later(files, tmp_path):
    clips, photo = files
    keyring_file = tmp_path / "keyring.json"
    with start_refbank(None) as bank:
        case_id, token = bank.issue_case()
        common = ("--endpoint", bank.url, "--case-id", case_id, "--case-token-file", "-")
        bank.faults.add("status", status=503, count=10, path="/v1/submissions")
        kept = safehash(keyring_file, "submit", photo, clips[1], "--keep-outbox", *common,
                        stdin=token)  # fmt: skip
        assert kept.returncode == 1 and "wait, encrypted, in the outbox" in kept.stderr
        listed = safehash(keyring_file, "outbox", "list")
        assert f"1 photo and 1 video for {bank.url.removeprefix('http://')}" in listed.stdout
        bank.faults.clear()
        sent = safehash(keyring_file, "outbox", "send", *common, stdin=token)
        assert sent.returncode == 0, sent.stderr
        assert "Accepted:    1 of 1 photo, 1 of 1 video" in sent.stdout
        assert bank.storage.count("vpdq_frames") == 4  # 2 frames, as stored and upright
