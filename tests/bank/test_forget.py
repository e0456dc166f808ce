"""Forget everything: every secret SafeHash ever kept in the password store, the kept
outbox, settings and SafeHash's folders, through the core function and the command."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring.backends.fail

from safehash.core.forget import app_folders, forget_everything
from safehash.core.outbox import Outbox, outbox_path
from safehash.core.secrets import SERVICE, SecretStore
from safehash.core.settings import Settings, save_settings, settings_path

TOKEN = "SH-K5F7-MNYX-SYDP-WXAS-7Z2T-D"


def test_every_secret_file_and_folder_goes(memory_keyring) -> None:
    store = SecretStore()
    for n in range(3):  # three cases remembered; only the last is "current"
        store.save_case_token(f"case-{n}", TOKEN)
    store.save_header_value("bank.example.org", "X-Access", "sesame")
    Outbox.open_persistent(store)  # makes the outbox key (and the data folder's lock)
    save_settings(Settings(language="es"))
    (settings_path().parent / ".settings.json.0123.tmp").write_bytes(b"left by a kill")
    assert [k for (s, k) in memory_keyring.items if s == SERVICE]

    done = forget_everything(store)

    assert [k for (s, k) in memory_keyring.items if s == SERVICE] == []
    assert done.store_available and done.store_error is None and done.secrets_cleared >= 6
    assert not settings_path().exists() and not outbox_path().exists()
    assert not [f for f in app_folders() if os.path.lexists(f)]


def test_a_token_remembered_before_the_index_still_goes(memory_keyring) -> None:
    memory_keyring.set_password(SERVICE, "case-token:old", TOKEN)  # an older SafeHash's
    memory_keyring.set_password(SERVICE, "current-case", "old")
    forget_everything(SecretStore())
    assert memory_keyring.items == {}


def test_other_programs_secrets_and_a_missing_store(memory_keyring) -> None:
    memory_keyring.set_password("SomeOtherApp", "case-token:x", "theirs")
    forget_everything(SecretStore())
    assert memory_keyring.items == {("SomeOtherApp", "case-token:x"): "theirs"}

    # No secure store: it is said, nothing is cleared in it, and the files go all the same.
    save_settings(Settings(language="de"))
    done = forget_everything(SecretStore(keyring.backends.fail.Keyring()))
    assert (done.store_available, done.secrets_cleared, done.store_error) == (False, 0, None)
    assert done.folders_removed >= 1 and not settings_path().exists()


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "safehash", "forget", *args], input=stdin,
                          capture_output=True, text=True, check=False, timeout=60,
                          env=env)  # fmt: skip


def test_the_command_asks_unless_told_and_then_forgets() -> None:
    save_settings(Settings(language="fr"))
    refused = _cli("--everything")  # no terminal to ask on, and no --yes
    assert refused.returncode == 2 and settings_path().exists()
    done = _cli("--everything", "--yes")
    assert done.returncode == 0, done.stderr
    assert "No secure password store" in done.stdout
    assert not settings_path().exists()
    assert not [f for f in app_folders() if os.path.lexists(f)]
