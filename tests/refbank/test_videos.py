"""Videos at the reference bank, over real HTTP: the item, its checks, storage, status
counts that tell videos from photos, withdrawal, the larger body, and a 1.0 bank."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from typing import Any

import pytest
import requests

from safehash.refbank import start_refbank
from safehash.refbank.storage import DB_NAME, Storage

from .helpers import MD5, PDQ_A, SHA256, TIMEOUT, assert_error, auth, item, open_case, submit

PDQ_C = "0f" * 32


def frames(count: int, *, start: int = 0) -> list[dict[str, Any]]:
    return [{"frame": start + 30 * k, "timestamp": float(k), "pdq": PDQ_A if k % 2 else PDQ_C,
             "quality": 90} for k in range(count)]  # fmt: skip


def video(count: int = 3, *, variant: bool = True) -> dict[str, Any]:
    vpdq: dict[str, Any] = {"frames": frames(count)}
    if variant:
        vpdq["variants"] = [{"frames": frames(count)}]
    return {"media": "video",
            "signals": {"vpdq": vpdq, "md5": {"value": MD5}, "sha256": {"value": SHA256}}}


def case_view(url: str, case_id: str, token: str) -> dict[str, Any]:
    response = requests.get(f"{url}/v1/cases/{case_id}", headers=auth(token), timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_video_is_stored_counted_and_withdrawn(refbank):
    case_id, token = open_case(refbank.url)
    sent = submit(refbank.url, token, {"items": [item(), video(4), item(quality=10)]})
    assert sent.status_code == 201, sent.text
    assert sent.json()["items"] == [
        {"index": 0, "status": "accepted", "reason": None},
        {"index": 1, "status": "accepted", "reason": None},
        {"index": 2, "status": "rejected", "reason": "pdq_quality_too_low"},
    ]
    storage = refbank.storage
    assert storage.count("vpdq_frames") == 8  # 4 frames, as sent and upright
    assert storage.count("signals") == 3  # the photo's PDQ, the video's MD5 and SHA-256
    summary = case_view(refbank.url, case_id, token)["submissions"][0]
    assert (summary["items_accepted"], summary["videos_accepted"]) == (2, 1)

    gone = sent.json()["submission_id"]
    response = requests.delete(f"{refbank.url}/v1/submissions/{gone}", headers=auth(token),
                               timeout=TIMEOUT)  # fmt: skip
    assert response.status_code == 200
    assert storage.count("vpdq_frames") == 0 and storage.count("signals") == 0
    summary = case_view(refbank.url, case_id, token)["submissions"][0]
    # Counts stay, so the history still reads right; the hashes are gone.
    assert (summary["status"], summary["items_accepted"], summary["videos_accepted"]) == (
        "withdrawn", 2, 1,
    )  # fmt: skip


def test_withdrawing_the_case_deletes_every_frame(refbank):
    case_id, token = open_case(refbank.url)
    for _ in range(2):
        assert submit(refbank.url, token, {"items": [video(2)]}).status_code == 201
    assert refbank.storage.count("vpdq_frames") == 8
    response = requests.delete(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token),
                               timeout=TIMEOUT)  # fmt: skip
    assert response.status_code == 200
    assert refbank.storage.count("vpdq_frames") == 0
    assert [s["videos_accepted"] for s in case_view(refbank.url, case_id, token)["submissions"]
            ] == [1, 1]  # fmt: skip


def test_a_video_with_only_its_md5_is_a_video(refbank):
    case_id, token = open_case(refbank.url)
    body = {"items": [{"media": "video", "signals": {"md5": {"value": MD5}}}]}
    assert submit(refbank.url, token, body).status_code == 201
    assert case_view(refbank.url, case_id, token)["submissions"][0]["videos_accepted"] == 1
    with sqlite3.connect(refbank.data_dir / DB_NAME) as db:
        assert db.execute("SELECT kind, media FROM signals").fetchall() == [("md5", "video")]


def test_dark_frames_are_kept(refbank):
    """Quality is a photo's reason to refuse; a video's weak frames are skipped by matchers."""
    _, token = open_case(refbank.url)
    dark = video(2, variant=False)
    for frame in dark["signals"]["vpdq"]["frames"]:
        frame["quality"] = 0
    assert submit(refbank.url, token, {"items": [dark]}).json()["items"][0]["status"] == "accepted"


def _change(where: list[str | int], value: Any, *, delete: bool = False) -> dict[str, Any]:
    body = {"items": [video(3)]}
    target: Any = body["items"][0]
    for step in where[:-1]:
        target = target[step]
    if delete:
        del target[where[-1]]
    else:
        target[where[-1]] = value
    return body


FRAME = ["signals", "vpdq", "frames", 1]
BAD_VIDEOS = {
    "no frames": (_change(["signals", "vpdq", "frames"], []), "frames must hold from 1"),
    "frames not a list": (_change(["signals", "vpdq", "frames"], {}), "must be a list"),
    "frame number repeated": (_change([*FRAME, "frame"], 0), "larger than the frame before"),
    "frame number negative": (_change(["signals", "vpdq", "frames", 0, "frame"], -1), "0 or more"),
    "frame number a float": (_change([*FRAME, "frame"], 30.0), "whole number"),
    "frame number a boolean": (_change([*FRAME, "frame"], True), "whole number"),
    "timestamp negative": (_change([*FRAME, "timestamp"], -1.0), "finite"),
    "timestamp a string": (_change([*FRAME, "timestamp"], "1.0"), "number of seconds"),
    "pdq upper case": (_change([*FRAME, "pdq"], PDQ_A.upper()), "lower-case"),
    "pdq short": (_change([*FRAME, "pdq"], PDQ_A[:63]), "64 hexadecimal"),
    "quality over 100": (_change([*FRAME, "quality"], 101), "quality"),
    "quality a float": (_change([*FRAME, "quality"], 9.5), "quality"),
    "frame without quality": (_change([*FRAME, "quality"], None, delete=True), "missing"),
    "a frame's file name": (_change([*FRAME, "file"], "x"), "does not take"),
    "two variants": (
        _change(["signals", "vpdq", "variants"], [{"frames": frames(2)}] * 2), "at most 1"),
    "variant without frames": (_change(["signals", "vpdq", "variants"], [{}]), "missing frames"),
    "pdq in a video": (
        _change(["signals", "pdq"], {"value": PDQ_A, "quality": 90}), "does not take"),
    "phash in a video": (_change(["signals", "phash"], {"value": "a" * 16}), "does not take"),
    "vpdq in a photo": (_change(["media"], None, delete=True), "does not take"),
    "unknown media": (_change(["media"], "audio"), "media"),
    "vpdq a bare list": (_change(["signals", "vpdq"], frames(2)), "JSON object"),
    "a duration": (_change(["signals", "vpdq", "duration"], 12.5), "does not take"),
}


@pytest.mark.parametrize("name", BAD_VIDEOS)
def test_bad_videos_are_invalid_and_the_place_is_named(refbank, name):
    body, words = BAD_VIDEOS[name]
    _, token = open_case(refbank.url)
    error = assert_error(submit(refbank.url, token, body), 422, "invalid")
    assert words in error["message"] and "items[0]" in error["message"]
    assert PDQ_A.upper() not in error["message"]
    assert refbank.storage.count("submissions") == 0


def test_a_timestamp_that_overflows_to_infinity_is_invalid(refbank):
    # 1e999 is valid JSON that Python reads as infinity; the client library refuses to
    # write it, so the body is written by hand.
    _, token = open_case(refbank.url)
    raw = json.dumps({"items": [video(2, variant=False)]}).replace('"timestamp": 1.0',
                                                                    '"timestamp": 1e999')
    assert "1e999" in raw
    response = requests.post(
        f"{refbank.url}/v1/submissions", data=raw.encode(), timeout=TIMEOUT,
        headers={**auth(token, "6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d"),
                 "Content-Type": "application/json"},
    )  # fmt: skip
    error = assert_error(response, 422, "invalid")
    assert "items[0].signals.vpdq.frames[1].timestamp" in error["message"]


def test_the_longest_video_fits_and_one_frame_more_does_not(tmp_path):
    """36,000 frames as sent and upright (10 hours at a frame a second) in one body."""
    with start_refbank(None) as bank:
        _, token = open_case(bank.url)
        longest = video(1)
        view = [{"frame": 30 * k, "timestamp": float(k * 30 / 29.97), "pdq": PDQ_A,
                 "quality": 100} for k in range(36_000)]  # fmt: skip
        longest["signals"]["vpdq"] = {"frames": view, "variants": [{"frames": view}]}
        size = len(json.dumps({"items": [longest]}, separators=(",", ":")))
        assert 1 << 20 < size < 16 << 20
        assert submit(bank.url, token, {"items": [longest]}).status_code == 201
        assert bank.storage.count("vpdq_frames") == 72_000
        view.append({"frame": 30 * 36_000, "timestamp": 36_000.0, "pdq": PDQ_A, "quality": 1})
        error = assert_error(submit(bank.url, token, {"items": [longest]}), 422, "invalid")
        assert "from 1 to 36000 frames" in error["message"]


def test_a_bank_without_videos_refuses_them_as_a_1_0_bank(tmp_path):
    with start_refbank(tmp_path, videos=False) as bank:
        _, token = open_case(bank.url)
        error = assert_error(submit(bank.url, token, {"items": [video()]}), 422, "invalid")
        assert "media" in error["message"]
        assert submit(bank.url, token, {"items": [item()]}).status_code == 201


def test_a_version_1_database_is_brought_up_to_date(tmp_path):
    """A bank's file from before videos opens with its cases and submissions kept."""
    folder = tmp_path / "bank"
    folder.mkdir()
    with sqlite3.connect(folder / DB_NAME) as db:
        db.executescript("""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta VALUES ('schema_version', '1');
            CREATE TABLE cases (case_id TEXT PRIMARY KEY, token_sha256 BLOB NOT NULL UNIQUE,
                status TEXT NOT NULL, created_at TEXT NOT NULL, withdrawn_at TEXT);
            CREATE TABLE submissions (submission_id TEXT PRIMARY KEY, case_id TEXT NOT NULL,
                received_at TEXT NOT NULL, status TEXT NOT NULL, items_accepted INTEGER NOT NULL,
                withdrawn_at TEXT);
            CREATE TABLE signals (submission_id TEXT NOT NULL, item_index INTEGER NOT NULL,
                kind TEXT NOT NULL, value TEXT NOT NULL, quality INTEGER);
            INSERT INTO cases VALUES ('case_old', x'00', 'open', '2026-01-01T00:00:00Z', NULL);
            INSERT INTO submissions VALUES ('sub_old', 'case_old', '2026-01-01T00:00:00Z',
                'active', 2, NULL);
            INSERT INTO signals VALUES ('sub_old', 0, 'md5', '%s', NULL);
        """ % MD5)  # noqa: UP031 - SQL text, not a query with values from outside
    storage = Storage(folder)
    try:
        assert storage.case_view("case_old")["submissions"] == [
            {"submission_id": "sub_old", "received_at": "2026-01-01T00:00:00Z",
             "status": "active", "items_accepted": 2, "videos_accepted": 0},
        ]  # fmt: skip
        assert storage.count("signals") == 1 and storage.count("vpdq_frames") == 0
    finally:
        storage.close()
    with sqlite3.connect(folder / DB_NAME) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            "2",
        )
        assert db.execute("SELECT media FROM signals").fetchall() == [("image",)]


def test_a_large_body_on_a_slow_line_gets_time_for_its_length(tmp_path):
    """The body deadline grows with the body: 0.5 s plus its length at 32 KiB/s."""
    with start_refbank(None, body_timeout=0.5) as bank:
        _, token = open_case(bank.url)
        body = json.dumps({"items": [video(400)]}).encode()  # about 55 KB
        assert len(body) > 48 * 1024
        host, port = bank.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=TIMEOUT) as sock:
            sock.sendall(
                b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + f"Authorization: Bearer {token}\r\n".encode()
                + b"Idempotency-Key: 6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            )
            started = time.monotonic()
            for start in range(0, len(body), 8192):  # about 40 KB a second: over 1 s
                sock.sendall(body[start : start + 8192])
                time.sleep(0.2)
            assert time.monotonic() - started > 1.0
            answer = sock.recv(65536).decode("latin-1")
        assert answer.startswith("HTTP/1.1 201 "), answer[:200]


def test_bodies_held_at_once_are_bounded(refbank):
    """A body that would take the bank over its budget is turned away before it is read."""
    _, token = open_case(refbank.url)
    body = {"items": [video(50)]}
    refbank.guard.body_budget = 1000
    response = submit(refbank.url, token, body)
    assert_error(response, 503, "server_error")
    assert response.headers["Retry-After"] == "1"
    refbank.guard.body_budget = 64 << 20
    assert submit(refbank.url, token, body).status_code == 201
