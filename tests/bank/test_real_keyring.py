"""The keyring tests once more against a real password store: gnome-keyring-daemon (the
Secret Service backend) on a private D-Bus session, unlocked by a test password.
scripts/ensure-system-deps.sh installs both on Debian and Ubuntu; elsewhere this skips."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).with_name("real_keyring_child.py")

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux's"),
    pytest.mark.skipif(
        not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
        reason="gnome-keyring-daemon and dbus-run-session are not installed (make test "
        "installs them on Debian/Ubuntu: scripts/ensure-system-deps.sh)",
    ),
]


def clear_forms(token: str) -> list[bytes]:
    plain = token.replace("-", "")
    forms = {token, token.lower(), plain, plain.lower(), plain[2:]}
    out = [f.encode() for f in forms]
    return out + [f.encode("utf-16-le") for f in forms]


def test_secret_service_keeps_tokens_and_the_outbox_key(isolated_home, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DBUS_", "PYTHON_KEYRING", "GNOME_KEYRING", "SSH_AUTH"))}
    env.update(XDG_RUNTIME_DIR=str(runtime), PYTHONPATH=os.pathsep.join(
        [str(TESTS), env.get("PYTHONPATH", "")]))  # fmt: skip
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(CHILD), str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    seen = result["seen"]
    assert seen["available"], seen
    assert seen["backend"] in ("keyring.backends.chainer", "keyring.backends.SecretService")
    assert seen["read_back"] and seen["current"] == "case-real" and seen["forgotten"]
    assert seen["key_in_store"] and seen["outbox_reopened"]
    assert seen["cli_remembered"] and seen["cli_sent_with_remembered_token"]
    assert seen["bank_holds"] == 1
    assert seen["cli_kept"] and seen["outbox_file"] and seen["cli_listed"] == 1
    assert seen["cli_forgot"] and seen["token_after_forget"] is None
    assert seen["outbox_after_forget"] == 0

    # The store kept its secrets in its own encrypted file; nothing anywhere under HOME
    # holds a token in clear.
    files = [p for p in isolated_home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".keyring" for p in files), files
    for path in files:
        data = path.read_bytes()
        for token in result["tokens"]:
            assert not any(form in data for form in clear_forms(token)), path
