"""``safehash submit | status | withdraw | export | cases`` through real subprocesses,
against a reference bank and an HMA fake on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bank.images import sample_images
from safehash.core import case_token
from safehash.refbank import start_refbank
from support.hma_fake import start_hma_fake

# No test may touch a real password store: keyring's headless default, made explicit.
ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONIOENCODING": "utf-8"}


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehash", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **ENV},
    )


@pytest.fixture
def bank():
    with start_refbank(None) as server:
        yield server


@pytest.fixture
def hma():
    with start_hma_fake() as server:
        yield server


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> list[str]:
    return [str(p) for p in sample_images(tmp_path_factory.mktemp("photos"))]


def new_case(url: str) -> tuple[str, str]:
    result = run_cli("cases", "new", "--endpoint", url, "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert case_token.is_valid(doc["case_token"])
    return doc["case_id"], doc["case_token"]


def test_case_submit_status_withdraw(bank, photos, tmp_path):
    url = bank.url
    case_id, token = new_case(url)
    token_file = tmp_path / "token.txt"
    token_file.write_text(token + "\n")
    receipt_file = tmp_path / "receipt.json"

    # --case-token-file - reads the token from standard input.
    sent = run_cli(
        "submit",
        *photos,
        "--endpoint",
        url,
        "--case-token-file",
        "-",
        "--save-receipt",
        str(receipt_file),
        "--json",
        stdin=token + "\n",
    )
    assert sent.returncode == 0, sent.stderr
    doc = json.loads(sent.stdout)
    assert doc["case_id"] == case_id and len(doc["items"]) == len(photos)
    assert all(i["status"] == "accepted" for i in doc["items"])
    assert [i["file"] for i in doc["items"]] == photos
    saved = receipt_file.read_text()
    assert json.loads(saved)["submission_id"] == doc["submission_id"]
    assert token not in saved and all(Path(p).name not in saved for p in photos)

    status = run_cli(
        "status",
        "--endpoint",
        url,
        "--receipt",
        str(receipt_file),
        "--case-token-file",
        str(token_file),
        "--json",
    )
    assert status.returncode == 0, status.stderr
    subs = json.loads(status.stdout)["submissions"]
    assert [(s["submission_id"], s["status"]) for s in subs] == [(doc["submission_id"], "active")]

    text = run_cli(
        "status", "--endpoint", url, "--case-id", case_id, "--case-token-file", str(token_file)
    )
    assert text.returncode == 0 and "held by the bank" in text.stdout

    gone = run_cli(
        "withdraw",
        "--endpoint",
        url,
        "--receipt",
        str(receipt_file),
        "--case-token-file",
        str(token_file),
    )
    assert gone.returncode == 0, gone.stderr
    after = run_cli(
        "status",
        "--endpoint",
        url,
        "--receipt",
        str(receipt_file),
        "--case-token-file",
        str(token_file),
        "--json",
    )
    assert json.loads(after.stdout)["submissions"][0]["status"] == "withdrawn"
    for result in (sent, status, text, gone, after):
        assert token not in result.stdout + result.stderr


def test_readable_receipt(bank, photos):
    _, token = new_case(bank.url)
    result = run_cli(
        "submit", photos[0], "--endpoint", bank.url, "--case-token-file", "-", stdin=token
    )
    assert result.returncode == 0, result.stderr
    assert "Accepted:    1 of 1 picture\n" in result.stdout
    assert f"Picture 1 ({Path(photos[0]).name}): accepted" in result.stdout
    assert "not a guarantee" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--case-token", "TOKEN"),
        ("--case-token=TOKEN",),
        ("--token", "TOKEN"),
        ("--case-token-file", "TOKEN"),
        ("TOKEN",),
    ],
)
def test_a_token_on_the_command_line_is_impossible(bank, args):
    token = case_token.new_token()
    argv = [a.replace("TOKEN", token) for a in args]
    result = run_cli("submit", *argv, "--endpoint", bank.url)
    assert result.returncode == 2
    assert "must never be typed on the command line" in result.stderr
    assert token not in result.stderr + result.stdout
    assert not [r for r in bank.recorded_requests if r.path == "/v1/submissions"]


def test_export_then_submit_from_file(bank, photos, tmp_path):
    out = tmp_path / "hashes.json"
    exported = run_cli("export", *photos, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(out.read_text())
    assert doc["format"] == "safehash-hashes/1" and len(doc["items"]) == len(photos)
    _, token = new_case(bank.url)
    sent = run_cli(
        "submit",
        "--from",
        str(out),
        "--endpoint",
        bank.url,
        "--case-token-file",
        "-",
        "--json",
        stdin=token,
    )
    assert sent.returncode == 0, sent.stderr
    assert len(json.loads(sent.stdout)["items"]) == len(photos)


def test_bad_hash_file_is_a_clear_failure(bank, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "safehash-hashes/1", "items": [{"signals": {"pdq": 1}}]}')
    result = run_cli(
        "submit", "--from", str(bad), "--endpoint", bank.url, "--case-token-file", "-", stdin="x"
    )
    assert result.returncode == 1 and "Item 1 of the hash file" in result.stderr


def test_usage_mistakes_exit_2(bank, photos):
    both = run_cli("submit", photos[0], "--from", "x.json", "--endpoint", bank.url)
    assert both.returncode == 2 and "not both" in both.stderr
    bad_token = run_cli(
        "submit", photos[0], "--endpoint", bank.url, "--case-token-file", "-", stdin="SH-1234"
    )
    assert bad_token.returncode == 2 and "too short" in bad_token.stderr
    assert run_cli("withdraw", "--endpoint", bank.url).returncode == 2


def test_no_token_and_no_keyring_is_a_clear_failure(bank, photos):
    result = run_cli("submit", photos[0], "--endpoint", bank.url)
    assert result.returncode == 1 and "case token is needed" in result.stderr


def test_remember_without_a_secure_store_says_so(bank):
    result = run_cli("cases", "new", "--endpoint", bank.url, "--remember")
    assert result.returncode == 1
    assert "no secure password store" in result.stderr
    assert "Case token:  SH-" in result.stdout  # still shown once, so it is not lost


def test_remember_without_a_secure_store_never_loses_the_receipt(bank, photos, tmp_path):
    """The bank stores the submission before the token can (not) be remembered: the
    receipt is printed and saved all the same, and the store is only a warning."""
    case_id, token = new_case(bank.url)
    receipt_file = tmp_path / "receipt.json"
    result = run_cli("submit", photos[0], "--endpoint", bank.url, "--case-token-file", "-",
                     "--remember", "--save-receipt", str(receipt_file), stdin=token)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Accepted:    1 of 1 picture\n" in result.stdout
    assert "warning: This computer has no secure password store" in result.stderr
    assert "not remembered" in result.stderr
    saved = json.loads(receipt_file.read_text())
    held = bank.storage.case_view(case_id)["submissions"]
    assert [s["submission_id"] for s in held] == [saved["submission_id"]]
    assert saved["submission_id"] in result.stdout


def test_keep_outbox_without_a_secure_store_sends_now(bank, photos, isolated_home):
    case_id, token = new_case(bank.url)
    result = run_cli("submit", photos[0], "--endpoint", bank.url, "--case-token-file", "-",
                     "--keep-outbox", stdin=token)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Nothing can wait safely on this computer, so the hashes are sent now" in (
        result.stderr
    )
    assert "Accepted:    1 of 1 picture\n" in result.stdout
    assert len(bank.storage.case_view(case_id)["submissions"]) == 1
    assert not list(isolated_home.rglob("outbox.bin*"))


def test_unreachable_bank_fails_clearly_and_sends_nothing(photos):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = case_token.new_token()
    result = run_cli(
        "submit",
        photos[0],
        "--endpoint",
        f"http://127.0.0.1:{port}",
        "--case-token-file",
        "-",
        stdin=token,
    )
    assert result.returncode == 1
    assert "could not connect" in result.stderr
    # The person is told what became of the hashes, not left guessing.
    assert "Nothing was kept on this computer" in result.stderr


def test_plain_http_off_this_computer_is_refused(photos):
    result = run_cli(
        "submit",
        photos[0],
        "--endpoint",
        "http://bank.example.org",
        "--case-token-file",
        "-",
        stdin=case_token.new_token(),
    )
    assert result.returncode == 1 and "https://" in result.stderr


def test_failed_file_stops_everything(bank, photos, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a photo")
    _, token = new_case(bank.url)
    result = run_cli(
        "submit",
        photos[0],
        str(broken),
        "--endpoint",
        bank.url,
        "--case-token-file",
        "-",
        stdin=token,
    )
    assert result.returncode == 1 and "Nothing was sent" in result.stderr
    assert not [r for r in bank.recorded_requests if r.path == "/v1/submissions"]


def test_hma_submit_status_withdraw(hma, photos, tmp_path):
    receipt_file = tmp_path / "receipt.json"
    common = ("--endpoint", hma.url, "--kind", "hma", "--bank", "SAFEHASH")
    sent = run_cli("submit", *photos, *common, "--save-receipt", str(receipt_file), "--json")
    assert sent.returncode == 0, sent.stderr
    doc = json.loads(sent.stdout)
    assert all(i["content_ids"] for i in doc["items"])
    assert len(hma.contents) == len(photos)
    status = run_cli("status", *common, "--receipt", str(receipt_file), "--json")
    assert json.loads(status.stdout)["submissions"][0]["status"] == "active"
    gone = run_cli("withdraw", *common, "--receipt", str(receipt_file))
    assert gone.returncode == 0, gone.stderr
    assert hma.contents == {}


def test_receipt_from_another_bank_is_refused(bank, hma, photos, tmp_path):
    receipt_file = tmp_path / "receipt.json"
    common = ("--endpoint", hma.url, "--kind", "hma", "--bank", "SAFEHASH")
    assert (
        run_cli("submit", photos[0], *common, "--save-receipt", str(receipt_file)).returncode == 0
    )
    result = run_cli(
        "withdraw",
        "--endpoint",
        bank.url,
        "--receipt",
        str(receipt_file),
        "--case-token-file",
        "-",
        stdin=case_token.new_token(),
    )
    assert result.returncode == 2 and "another bank" in result.stderr
