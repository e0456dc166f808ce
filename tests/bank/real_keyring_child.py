"""Run by test_real_keyring inside ``dbus-run-session``: starts gnome-keyring-daemon on that
private session bus, unlocked by a test password, and uses it the way SafeHash does, with
nothing standing in for it: the secrets module, the outbox, and the real ``safehash``
command in processes of its own.

argv: a folder for the test's hash file. Prints one JSON line: every token it made, and
what it saw; the parent then looks for those tokens in clear under HOME.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring

from safehash.core.export import write_hash_file
from safehash.core.outbox import Outbox, outbox_path
from safehash.core.records import Case, PdqHash, Submission, SubmissionItem
from safehash.core.secrets import SecretStore
from safehash.refbank import start_refbank

PASSWORD = b"test password, not a secret"


class _Side:  # what the outbox reads from an adapter
    kind = "safehash-v1"
    endpoint_host = "127.0.0.1"


def start_daemon() -> None:
    done = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=PASSWORD, capture_output=True, check=True, timeout=30,
    )  # fmt: skip
    for line in done.stdout.decode().splitlines():  # GNOME_KEYRING_CONTROL=... and such
        name, _, value = line.partition("=")
        if name and value:
            os.environ[name] = value


def safehash(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehash", *args], input=stdin, capture_output=True,
        text=True, check=False, timeout=120,
    )  # fmt: skip


def main() -> None:
    folder = Path(sys.argv[1])
    start_daemon()
    seen: dict[str, Any] = {"backend": type(keyring.get_keyring()).__module__}
    store = SecretStore()  # keyring's own choice, as the app makes it
    status = store.status()
    seen["available"] = status.available
    tokens: list[str] = []

    # Token saved, read back, forgotten.
    token = "SH-0000-0000-0000-0000-0000-0"
    tokens.append(token)
    store.save_case_token("case-real", token)
    seen["read_back"] = store.load_case_token("case-real") == token
    seen["current"] = store.current_case_id()
    store.delete_case_token("case-real")
    seen["forgotten"] = store.load_case_token("case-real") is None

    # The outbox key is made in the store and opens the saved outbox again.
    outbox = Outbox.open_persistent(store)
    submission = Submission((SubmissionItem(pdq=PdqHash("c3" * 32, 90)),))
    outbox.add(submission, Case("case-real"), _Side())  # type: ignore[arg-type]
    seen["key_in_store"] = store.outbox_key(create=False) is not None
    seen["outbox_reopened"] = [e.entry_id for e in Outbox.open_persistent(store).entries()] == [
        submission.idempotency_key
    ]
    outbox.destroy()
    store.delete_outbox_key()

    # The command line, remembering a case and keeping an outbox in the real store.
    hashes = folder / "hashes.json"
    write_hash_file(hashes, [SubmissionItem(pdq=PdqHash("5a" * 32, 90), md5="e1" * 16)])
    with start_refbank(None) as bank:
        opened = safehash("cases", "new", "--endpoint", bank.url, "--remember", "--json")
        doc = json.loads(opened.stdout)
        tokens.append(doc["case_token"])
        seen["cli_remembered"] = doc["remembered"]
        sent = safehash("submit", "--from", str(hashes), "--endpoint", bank.url, "--json")
        seen["cli_sent_with_remembered_token"] = sent.returncode == 0
        seen["bank_holds"] = len(bank.storage.case_view(doc["case_id"])["submissions"])
    down = bank.url  # stopped: what is sent now waits in the outbox
    waiting = safehash("submit", "--from", str(hashes), "--endpoint", down, "--keep-outbox",
                       "--case-id", doc["case_id"])  # fmt: skip
    seen["cli_kept"] = "wait, encrypted, in the outbox" in waiting.stderr
    seen["outbox_file"] = outbox_path().exists()
    listed = safehash("outbox", "list", "--json")
    seen["cli_listed"] = len(json.loads(listed.stdout)) if listed.returncode == 0 else None
    forgot = safehash("cases", "forget", "--case-id", doc["case_id"])
    seen["cli_forgot"] = forgot.returncode == 0
    seen["token_after_forget"] = SecretStore().load_case_token(doc["case_id"])
    seen["outbox_after_forget"] = len(Outbox.open_persistent(SecretStore()).entries())
    print(json.dumps({"tokens": tokens, "seen": seen}))


if __name__ == "__main__":
    main()
