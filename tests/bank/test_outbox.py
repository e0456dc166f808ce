from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
from pathlib import Path

import keyring.backends.fail
import pytest

from safehash.core import errors
from safehash.core.outbox import MAGIC, Outbox, forget_case, outbox_path
from safehash.core.records import (
    Case,
    PdqHash,
    Receipt,
    ReceiptItem,
    Submission,
    SubmissionItem,
)
from safehash.core.secrets import SecretStore

TESTS = Path(__file__).resolve().parents[1]
PDQ = "f" * 16 + "0123456789abcdef" * 3
MD5 = "0123456789abcdef" * 2


class FakeBankSide:  # only what Outbox.add reads from an adapter
    kind = "safehash-v1"
    endpoint_host = "bank.example.org"


def a_submission() -> Submission:
    return Submission((SubmissionItem(pdq=PdqHash(PDQ, 90), md5=MD5),))


def a_receipt(case_id: str = "case-1") -> Receipt:
    return Receipt("safehash-v1", "Bank", "bank.example.org", case_id, "sub-1",
                   "2026-01-01T00:00:00Z", (ReceiptItem(0, "accepted"),), "k")  # fmt: skip


def test_in_memory_by_default_writes_nothing(isolated_home):
    outbox = Outbox()
    entry = outbox.add(a_submission(), Case("case-1"), FakeBankSide())
    assert outbox.add(entry.submission, Case("case-1"), FakeBankSide()) is entry
    assert not outbox.persistent and not outbox_path().exists()
    outbox.discard(entry.entry_id)
    assert outbox.entries() == []


def test_saved_outbox_round_trip_is_encrypted(memory_keyring, tmp_path):
    path = tmp_path / "outbox.bin"
    outbox = Outbox.open_persistent(SecretStore(), path)
    submission = a_submission()
    entry = outbox.add(submission, Case("case-1"), FakeBankSide())
    outbox.journal(entry.entry_id).record("0.0", "42")
    outbox.record_failure(entry.entry_id, "offline")
    outbox.keep_receipt(a_receipt())
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    for secret in (PDQ, MD5, PDQ[:16], submission.idempotency_key, "case-1", "sub-1"):
        assert secret.encode() not in data
    assert oct(path.stat().st_mode & 0o777) == "0o600"

    again = Outbox.open_persistent(SecretStore(), path)
    (loaded,) = again.entries()
    assert loaded.submission == submission and loaded.attempts == 1
    assert loaded.last_error == "offline" and loaded.done == {"0.0": "42"}
    assert again.receipts("case-1") == [a_receipt()]


def test_no_secure_store_refuses_to_save(tmp_path):
    store = SecretStore(keyring.backends.fail.Keyring())
    with pytest.raises(errors.KeyringUnavailable):
        Outbox.open_persistent(store, tmp_path / "outbox.bin")
    assert not (tmp_path / "outbox.bin").exists()


def test_lost_key_or_damaged_file_is_a_clear_error(memory_keyring, tmp_path):
    path = tmp_path / "outbox.bin"
    store = SecretStore()
    Outbox.open_persistent(store, path).add(a_submission(), Case("c"), FakeBankSide())
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(errors.OutboxError):
        Outbox.open_persistent(store, path)
    store.delete_outbox_key()
    with pytest.raises(errors.OutboxError):
        Outbox.open_persistent(store, path)


def test_forget_case_removes_token_entries_and_receipts(memory_keyring, tmp_path):
    store = SecretStore()
    store.save_case_token("case-1", "SH-TOKEN")
    outbox = Outbox.open_persistent(store, tmp_path / "outbox.bin")
    outbox.add(a_submission(), Case("case-1"), FakeBankSide())
    outbox.add(a_submission(), Case("case-2"), FakeBankSide())
    outbox.keep_receipt(a_receipt("case-1"))
    saved = tmp_path / "receipt.json"
    saved.write_text(a_receipt("case-1").dumps())
    other = tmp_path / "other.json"
    other.write_text(a_receipt("case-2").dumps())

    forget_case("case-1", outbox=outbox, secrets=store, receipt_files=[saved, other])

    assert store.load_case_token("case-1") is None
    assert [e.case_id for e in outbox.entries()] == ["case-2"]
    assert outbox.receipts() == []
    assert not saved.exists() and other.exists()
    reopened = Outbox.open_persistent(store, tmp_path / "outbox.bin")
    assert [e.case_id for e in reopened.entries()] == ["case-2"]


def _kill_writer(path: Path, key: bytes, point: str) -> bool:
    """Start the writer, SIGKILL it at ``point``; True when it left a half-done temp file."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get(
        "PYTHONPATH", "")])}  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "bank" / "outbox_writer.py"), str(path), key.hex(), point],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() in (b"ready", b"mid")
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.stdin is not None
    child.stdin.close()
    child.stdout.close()
    return any(p.name.endswith(".tmp") for p in path.parent.iterdir())


@pytest.mark.parametrize("point", ["write", "replace", "dir", "loop", "loop", "loop"])
def test_kill_mid_write_never_corrupts(memory_keyring, tmp_path, point):
    """SIGKILL a process that rewrites the outbox in a loop; the file must always open."""
    path = tmp_path / "outbox.bin"
    key = os.urandom(32)
    memory_keyring.set_password("SafeHash", "outbox-key", base64.b64encode(key).decode())
    store = SecretStore()
    for _ in range(3):
        left_temp = _kill_writer(path, key, point)
        if point in ("write", "replace"):
            assert left_temp  # the kill really landed inside a write
        outbox = Outbox.open_persistent(store, path)  # decrypts, or this raises
        entries = outbox.entries()
        assert entries
        assert all(len(e.submission.items) == 400 for e in entries)
        # What a killed writer left behind is cleaned up when the outbox opens (the
        # lock it held was dropped with it: opening did not wait).
        assert sorted(p.name for p in tmp_path.iterdir()) == ["outbox.bin", "outbox.bin.lock"]


def test_two_outboxes_on_one_file_keep_each_others_entries(memory_keyring, tmp_path):
    """Two open copies (the window and the command line): each change is made on what is
    saved at that moment, never on an old copy."""
    path = tmp_path / "outbox.bin"
    store = SecretStore()
    window = Outbox.open_persistent(store, path)
    command_line = Outbox.open_persistent(store, path)
    first = window.add(a_submission(), Case("case-1"), FakeBankSide())
    second = command_line.add(a_submission(), Case("case-1"), FakeBankSide())
    command_line.record_failure(first.entry_id, "offline")  # an entry it never loaded
    window.keep_receipt(a_receipt())
    assert {e.entry_id for e in window.entries()} == {first.entry_id, second.entry_id}
    command_line.discard(second.entry_id)
    (left,) = Outbox.open_persistent(store, path).entries()
    assert left.entry_id == first.entry_id and left.attempts == 1
    assert command_line.receipts() == [a_receipt()]
    window.destroy()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
