"""THE privacy test: hash real photos, send them through the app's own code (core and
command line) to a reference bank and an HMA fake, then look at every byte the servers
received. No run of 16 bytes of any photo may be there, no file name or folder, and the
JSON may hold only the keys the contract allows, with only hash-shaped values."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bank.images import REPO_ROOT, hash_all, sample_images
from safehash import __version__
from safehash.core.bank import adapter_for
from safehash.core.outbox import Outbox, send
from safehash.core.profile import load_profile
from safehash.core.records import Submission
from safehash.core.transport import HttpClient
from safehash.refbank import start_refbank
from support.hma_fake import start_hma_fake

WINDOW = 16
HEX = {"pdq": 64, "md5": 32, "sha256": 64, "phash": 16}
ALLOWED_HEADERS = {
    "host", "user-agent", "accept", "accept-encoding", "content-length", "content-type",
    "authorization", "idempotency-key", "connection",
}  # fmt: skip


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> list[Path]:
    paths = sample_images(tmp_path_factory.mktemp("photos"))
    rotated = REPO_ROOT.parent / "shared" / "pdq-vectors" / "reg-test-input" / "exif-rotn"
    paths += sorted(rotated.glob("exif-rotn-[68].jpg"))  # EXIF turns: "as stored" variants
    return paths


def windows(data: bytes) -> set[bytes]:
    return {data[i : i + WINDOW] for i in range(len(data) - WINDOW + 1)}


def assert_no_file_bytes(received: list[bytes], photos: list[Path]) -> None:
    """Every 16-byte window of every file, checked against every window the server got."""
    seen: set[bytes] = set()
    for body in received:
        seen |= windows(body)
    assert seen, "the check must have something to look at"
    for path in photos:
        data = path.read_bytes()
        view = memoryview(data)
        hits = [i for i in range(len(data) - WINDOW + 1) if bytes(view[i : i + WINDOW]) in seen]
        assert not hits, f"{path.name}: {len(hits)} byte runs of the photo reached the bank"


def assert_no_names(texts: list[str], photos: list[Path]) -> None:
    for path in photos:
        for needle in (path.name, path.stem, str(path.parent), path.parent.name):
            assert all(needle not in text for text in texts), needle


def check_hex(kind: str, value: Any) -> None:
    assert isinstance(value, str) and re.fullmatch(f"[0-9a-f]{{{HEX[kind]}}}", value), kind


def check_quality(value: Any) -> None:
    assert isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100


def check_v1_body(path: str, body: bytes) -> None:
    if path != "/v1/submissions":
        assert body in (b"", b"{}"), path
        return
    doc = json.loads(body)
    assert set(doc) == {"items"}
    for item in doc["items"]:
        assert set(item) == {"signals"}
        signals = item["signals"]
        assert signals and set(signals) <= set(HEX)
        for kind, signal in signals.items():
            if kind == "pdq":
                assert set(signal) <= {"value", "quality", "variants"}
                check_hex("pdq", signal["value"])
                check_quality(signal["quality"])
                for variant in signal.get("variants", []):
                    assert set(variant) == {"value", "quality"}
                    check_hex("pdq", variant["value"])
                    check_quality(variant["quality"])
            else:
                assert set(signal) == {"value"}
                check_hex(kind, signal["value"])


def check_headers(recorded: list[Any]) -> None:
    for request in recorded:
        names = {name.lower(): value for name, value in request.headers}
        assert set(names) <= ALLOWED_HEADERS, set(names) - ALLOWED_HEADERS
        assert names["user-agent"] == f"SafeHash/{__version__}"


def test_the_check_itself_finds_a_leak(photos):
    data = photos[0].read_bytes()
    leak = b'{"note": "' + data[5000:5016] + b'"}'
    with pytest.raises(AssertionError, match="byte runs of the photo"):
        assert_no_file_bytes([leak], photos)
    with pytest.raises(AssertionError):
        assert_no_names([f"uploaded {photos[0].name}"], photos)


def test_core_sends_only_hashes_to_a_safehash_bank(photos):
    records = hash_all(photos)
    if any(p.name.startswith("exif-rotn") for p in photos):
        assert any(r.pdq_variants for r in records)  # variants are sent and checked too
    with start_refbank(None, record_bodies=True) as bank:
        client = HttpClient()
        adapter = adapter_for(load_profile().with_overrides(endpoint=bank.url), client)
        case = adapter.open_case()
        receipt = send(adapter, Outbox(), Submission.from_records(records), case)
        adapter.status(case)
        adapter.withdraw_submission(receipt, case)
        recorded = list(bank.recorded_requests)
    assert receipt.accepted_count == len(records)
    bodies = [r.body for r in recorded]
    sent = b"".join(bodies)
    assert all(r.pdq.encode() in sent for r in records)  # the check sees what was sent
    assert_no_file_bytes(bodies, photos)
    for request in recorded:
        check_v1_body(request.path, request.body)
    texts = [r.body.decode() + r.path + repr(r.headers) for r in recorded]
    assert_no_names([*texts, client.log.text(), receipt.dumps()], photos)
    check_headers(recorded)


def test_core_sends_only_hashes_to_hma(photos):
    records = hash_all(photos)
    with start_hma_fake(record_bodies=True) as fake:
        profile = load_profile().with_overrides(endpoint=fake.url, kind="hma", bank_name="SAFEHASH")
        adapter = adapter_for(profile, HttpClient())
        receipt = adapter.submit(Submission.from_records(records, ("pdq",)), adapter.open_case())
        recorded = list(fake.recorded_requests)
    assert receipt.accepted_count == len(records)
    assert_no_file_bytes([r.body for r in recorded], photos)
    for request in recorded:
        if request.method == "POST":
            doc = json.loads(request.body)
            assert set(doc) == {"pdq"}  # no note: free text could carry anything
            check_hex("pdq", doc["pdq"])
        else:
            assert request.body == b""
    assert_no_names([r.body.decode() + r.path for r in recorded], photos)
    check_headers(recorded)


def test_command_line_sends_only_hashes(photos, tmp_path):
    with start_refbank(None, record_bodies=True) as bank:
        _, token = bank.issue_case()
        result = subprocess.run(
            [sys.executable, "-m", "safehash", "submit", *map(str, photos),
             "--endpoint", bank.url, "--case-token-file", "-", "--network-log"],
            input=token, capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )  # fmt: skip
        recorded = list(bank.recorded_requests)
    assert result.returncode == 0, result.stderr
    assert_no_file_bytes([r.body for r in recorded], photos)
    for request in recorded:
        check_v1_body(request.path, request.body)
    assert_no_names([r.body.decode() + r.path + repr(r.headers) for r in recorded], photos)
    check_headers(recorded)
    # The network log printed for the person has no token and no photo names either.
    assert token not in result.stderr
    assert_no_names([result.stderr], photos)
    # Nothing was written to the home or config folders by default.
    home = Path(os.environ["HOME"])
    assert not [p for p in home.rglob("*") if p.is_file()]
