"""What the bank keeps, writes and logs: as little as the contract allows."""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest
import requests

from safehash.core import case_token
from safehash.refbank import PRACTICE_BANK_NAME, start_demo_bank, start_refbank

from .helpers import MD5, PDQ_A, PDQ_B, PHASH, SHA256, TIMEOUT, auth, full_item, open_case, submit


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_tokens_are_stored_only_as_hashes(tmp_path):
    data = tmp_path / "bank"
    with start_refbank(data) as bank:
        case_id, token = open_case(bank.url)
        issued_id, issued = bank.issue_case()
        submit(bank.url, token, {"items": [full_item()]})
        requests.get(f"{bank.url}/v1/cases/{issued_id}", headers=auth(issued), timeout=TIMEOUT)
    stored = _all_bytes(data)
    assert case_id.encode() in stored  # the check can see what is there
    for text in (token, issued):
        bare = case_token.normalise(text)
        for form in (text, bare, bare[len(case_token.PREFIX):], text.lower()):
            assert form.encode() not in stored
            assert form.encode("utf-16-le") not in stored


def test_withdrawn_hashes_leave_the_database_file(tmp_path):
    data = tmp_path / "bank"
    with start_refbank(data) as bank:
        case_id, token = open_case(bank.url)
        submit(bank.url, token, {"items": [full_item()]})
        with_hashes = _all_bytes(data)
        requests.delete(f"{bank.url}/v1/cases/{case_id}", headers=auth(token), timeout=TIMEOUT)
    stored = _all_bytes(data)
    assert PDQ_A.encode() in with_hashes  # the check can see hashes that are there
    for value in (PDQ_A, PDQ_B, MD5, SHA256, PHASH):
        assert value.encode() not in stored, value


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_data_is_private_to_the_user(tmp_path):
    data = tmp_path / "bank"
    with start_refbank(data) as bank:
        open_case(bank.url)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [data, *data.iterdir()]}
    assert modes.pop("bank") == 0o700
    assert modes and all(mode == 0o600 for mode in modes.values()), modes


def test_record_bodies_keeps_exactly_what_was_sent(tmp_path):
    with start_refbank(tmp_path, record_bodies=True) as bank:
        _, token = open_case(bank.url)
        raw = b'{"items":[{"signals":{"md5":{"value":"' + MD5.encode() + b'"}}}]}'
        requests.post(f"{bank.url}/v1/submissions", data=raw, timeout=TIMEOUT,
                      headers={**auth(token, "6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d"),
                               "Content-Type": "application/json", "X-Probe": "1"})
        requests.get(f"{bank.url}/v1/info?probe=1", timeout=TIMEOUT)
    assert bank.recorded_bodies == [b"{}", raw]  # GET carries no body, so nothing is kept
    assert (bank.recorded_requests[-1].path, bank.recorded_requests[-1].query) == (
        "/v1/info", "probe=1")
    posted = [r for r in bank.recorded_requests if r.path == "/v1/submissions"]
    assert posted[0].body == raw
    assert ("X-Probe", "1") in posted[0].headers
    assert [r.method for r in bank.recorded_requests] == ["POST", "POST", "GET"]


def test_record_dir_gets_numbered_files(tmp_path):
    with start_refbank(tmp_path, record_bodies=True, record_dir=tmp_path / "seen") as bank:
        open_case(bank.url)
        open_case(bank.url)
    files = sorted((tmp_path / "seen").iterdir())
    assert [f.name for f in files] == ["000001.body", "000002.body"]
    assert all(f.read_bytes() == b"{}" for f in files)


def test_without_recording_nothing_is_kept(tmp_path):
    with start_refbank(tmp_path) as bank:
        open_case(bank.url)
    assert bank.recorded_bodies == []
    assert bank.recorded_requests == []


def test_nothing_reaches_stderr_or_logs(tmp_path, capfd, caplog):
    caplog.set_level(logging.DEBUG, logger="safehash.refbank")
    with start_refbank(tmp_path) as bank:
        case_id, token = open_case(bank.url)
        sub = submit(bank.url, token, {"items": [full_item()]}).json()["submission_id"]
        requests.get(f"{bank.url}/v1/cases/{case_id}", headers=auth(token), timeout=TIMEOUT)
        requests.delete(f"{bank.url}/v1/submissions/{sub}", headers=auth(token),
                        timeout=TIMEOUT)
        requests.get(f"{bank.url}/v1/cases/{case_id}?x={PDQ_A}", timeout=TIMEOUT)
        requests.get(f"{bank.url}/{token}", timeout=TIMEOUT)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "/v1/cases/{case_id} 200" in logged  # method, route template and status only
    for secret in (token, case_id, sub, PDQ_A, MD5, "127.0.0.1"):
        assert secret not in logged


def test_demo_bank_writes_nothing(tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.chdir(scratch)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    home = Path(os.environ["HOME"])
    before = sorted(home.rglob("*"))
    with start_demo_bank() as bank:
        assert bank.url.startswith("http://127.0.0.1:")
        info = requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT).json()
        assert info["bank_name"] == PRACTICE_BANK_NAME
        assert info["self_service_cases"] is True
        _, token = open_case(bank.url)
        assert submit(bank.url, token, {"items": [full_item()]}).status_code == 201
        assert bank.data_dir is None
    assert list(scratch.iterdir()) == []
    assert sorted(home.rglob("*")) == before


def test_demo_bank_forgets_everything_on_stop():
    with start_demo_bank() as bank:
        case_id, token = open_case(bank.url)
    with start_demo_bank() as again:
        response = requests.get(f"{again.url}/v1/cases/{case_id}", headers=auth(token),
                                timeout=TIMEOUT)
    assert response.status_code == 401
