"""Receipts and status say only what the bank confirmed: a sending the bank stored but never
answered, sent again after the whole case was withdrawn, is not "accepted"; a withdrawn
case holds no pictures. Real ``safehash`` processes, a real reference bank."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehash.core.export import write_hash_file
from safehash.core.records import PdqHash, SubmissionItem
from safehash.refbank import start_refbank

TESTS = Path(__file__).resolve().parents[1]
LAUNCHER = TESTS / "support" / "cli_launcher.py"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the test keyring uses fcntl")


def safehash(keyring_file: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The real command, with a password store these test processes share."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(TESTS), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    return subprocess.run(
        [sys.executable, str(LAUNCHER), str(keyring_file), *args], input=stdin,
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_a_resend_after_the_case_was_withdrawn_says_so(tmp_path):
    keyring_file = tmp_path / "keyring.json"
    hashes = tmp_path / "hashes.json"
    write_hash_file(hashes, [SubmissionItem(pdq=PdqHash("3c" * 32, 90), md5="d2" * 16)])
    with start_refbank(None) as bank:
        case_id, token = bank.issue_case()
        common = ("--endpoint", bank.url, "--case-id", case_id, "--case-token-file", "-")
        # Stored by the bank, every answer lost: it waits in the outbox.
        bank.faults.add("drop_after_processing", count=4, path="/v1/submissions")
        lost = safehash(keyring_file, "submit", "--from", str(hashes), "--keep-outbox", *common,
                        stdin=token)  # fmt: skip
        assert lost.returncode == 1 and "wait, encrypted, in the outbox" in lost.stderr
        assert bank.storage.count("submissions") == 1

        gone = safehash(keyring_file, "withdraw", "--whole-case", *common, stdin=token)
        assert gone.returncode == 0, gone.stderr

        resent = safehash(keyring_file, "outbox", "send", *common, stdin=token)
        assert resent.returncode == 1
        assert "Accepted" not in resent.stdout and "holds these hashes" not in resent.stdout
        assert "Held now:    none of 1 picture." in resent.stdout
        assert "withdrawn since" in resent.stdout and "open a new case" in resent.stdout
        assert "holds none of these pictures" in resent.stderr
        listed = safehash(keyring_file, "outbox", "list", "--json")
        assert json.loads(listed.stdout) == []  # the bank has it: nothing left to send

        status = safehash(keyring_file, "status", *common, stdin=token)
        assert status.returncode == 0, status.stderr
        assert "withdrawn: the bank deleted the hashes of this case" in status.stdout
        assert "1 picture accepted then, none held now" in status.stdout
        assert "pictures held" not in status.stdout
        as_json = json.loads(safehash(keyring_file, "status", *common, "--json",
                                      stdin=token).stdout)  # fmt: skip
        (sub,) = as_json["submissions"]
        assert (sub["status"], sub["items_accepted"], sub["items_held"]) == ("withdrawn", 1, 0)
        assert bank.storage.count("submissions") == 1 and bank.storage.count("signals") == 0


def test_a_resend_the_bank_still_holds_is_counted_by_the_bank(tmp_path):
    keyring_file = tmp_path / "keyring.json"
    hashes = tmp_path / "hashes.json"
    write_hash_file(hashes, [SubmissionItem(pdq=PdqHash("3c" * 32, 90)),
                             SubmissionItem(pdq=PdqHash("4d" * 32, 10))])  # fmt: skip
    with start_refbank(None) as bank:
        case_id, token = bank.issue_case()
        common = ("--endpoint", bank.url, "--case-id", case_id, "--case-token-file", "-")
        bank.faults.add("drop_after_processing", count=4, path="/v1/submissions")
        safehash(keyring_file, "submit", "--from", str(hashes), "--keep-outbox", *common,
                 stdin=token)  # fmt: skip
        resent = safehash(keyring_file, "outbox", "send", *common, "--json", stdin=token)
        assert resent.returncode == 0, resent.stderr
        doc = json.loads(resent.stdout)
        assert doc["replayed"] is True and doc["withdrawn"] is False
        assert doc["held_now"] == doc["held"] == 1  # the bank's count: one was too plain
        text = safehash(keyring_file, "status", *common, stdin=token).stdout
        assert "held by the bank, 1 picture held" in text
