"""Several ``safehash submit --keep-outbox`` processes at the same instant, with the bank
down, share one encrypted outbox: every entry must survive, and once the bank is back each
is stored exactly once (counted in the bank), even with two senders at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from safehash.core.export import write_hash_file
from safehash.core.outbox import Outbox, outbox_path
from safehash.core.records import PdqHash, SubmissionItem
from safehash.core.secrets import SecretStore
from safehash.refbank import start_refbank
from support.file_keyring import FileKeyring, trust_in_this_process

TESTS = Path(__file__).resolve().parents[1]
LAUNCHER = TESTS / "support" / "cli_launcher.py"
ROUNDS = 20
TIMEOUT = 120

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the test keyring uses fcntl")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_all(keyring_file: Path, argv_list: list[list[str]], stdin: str) -> list[
        subprocess.CompletedProcess[str]]:  # fmt: skip
    """Start one process per argv, wait until each has loaded everything, then let them all
    go at once; their results in order."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(TESTS), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    pipe = subprocess.PIPE
    children = [
        subprocess.Popen(
            [sys.executable, str(LAUNCHER), str(keyring_file), "--wait", *argv],
            stdin=pipe, stdout=pipe, stderr=pipe, text=True, env=env,
        )
        for argv in argv_list
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:  # the barrier: one line each, as close together as can be
        assert child.stdin is not None
        child.stdin.write("go\n" + stdin)
        child.stdin.flush()
    results = []
    for child, argv in zip(children, argv_list, strict=True):
        out, err = child.communicate(timeout=TIMEOUT)
        results.append(subprocess.CompletedProcess(argv, child.returncode, out, err))
    return results


def saved_entries(store: SecretStore) -> list[str]:
    if not outbox_path().exists():
        return []
    return [e.entry_id for e in Outbox.open_persistent(store).entries()]


@pytest.mark.slow
def test_simultaneous_submits_lose_nothing_and_are_delivered_once(tmp_path):
    data = tmp_path / "bank"
    with start_refbank(data) as bank:  # open the case, then the bank goes down
        case_id, token = bank.issue_case()
    hashes = tmp_path / "hashes.json"
    write_hash_file(hashes, [SubmissionItem(pdq=PdqHash("a5" * 32, 90), md5="0f" * 16)])
    keyring_file = tmp_path / "keyring.json"
    trust_in_this_process()
    store = SecretStore(FileKeyring(keyring_file))
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    submit = ["submit", "--from", str(hashes), "--endpoint", endpoint,
              "--case-token-file", "-", "--keep-outbox"]  # fmt: skip

    expected = 0
    lost_rounds = []
    for round_ in range(ROUNDS):
        processes = 2 + round_ % 3  # 2, 3 and 4 at once
        results = start_all(keyring_file, [submit] * processes, token + "\n")
        for result in results:
            assert result.returncode == 1, result.stderr
            assert "wait, encrypted, in the outbox" in result.stderr
        expected += processes
        if len(saved_entries(store)) != expected:
            lost_rounds.append(round_)
            expected = len(saved_entries(store))
    assert lost_rounds == [], f"entries lost in {len(lost_rounds)} of {ROUNDS} rounds"
    assert expected == sum(2 + r % 3 for r in range(ROUNDS))

    # The bank comes back; two senders at once still store each submission once.
    with start_refbank(data, port=port) as bank:
        before = bank.storage.count("submissions")
        send = ["outbox", "send", "--endpoint", endpoint, "--case-id", case_id,
                "--case-token-file", "-"]  # fmt: skip
        results = start_all(keyring_file, [send, send], token + "\n")
        assert any(r.returncode == 0 for r in results), [r.stderr for r in results]
        assert bank.storage.count("submissions") - before == expected
        view = bank.storage.case_view(case_id)
        assert len(view["submissions"]) == expected
    assert saved_entries(store) == []
