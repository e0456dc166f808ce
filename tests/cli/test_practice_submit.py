"""``safehash submit`` with the default profile (the practice bank) works out of the box:
the practice bank lives only as long as the command, so a submission opens its own case."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bank.images import sample_images

ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONIOENCODING": "utf-8"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "safehash", *args], capture_output=True,
                          text=True, check=False, timeout=120,
                          env={**os.environ, **ENV})  # fmt: skip


def test_a_practice_submission_opens_its_own_case(tmp_path) -> None:
    photo = str(sample_images(tmp_path)[0])
    done = _run("submit", photo, "--json")
    assert done.returncode == 0, done.stderr
    receipt = json.loads(done.stdout)
    assert receipt["bank_kind"] == "safehash-v1" and receipt["endpoint_host"] == "demo"
    assert [item["status"] for item in receipt["items"]] == ["accepted"]
    assert "practice case was opened for this run" in done.stderr


def test_status_of_the_practice_bank_still_asks_for_a_case(tmp_path) -> None:
    done = _run("status", "--case-id", "case_x")
    assert done.returncode != 0
    assert "case token is needed" in done.stderr
