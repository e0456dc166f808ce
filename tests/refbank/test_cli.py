"""``python -m safehash.refbank`` as a real process."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
import trustme

from safehash.core import case_token

from .helpers import TIMEOUT, auth, item, submit

START_TIMEOUT = 30


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehash.refbank", *args],
        capture_output=True, text=True, timeout=START_TIMEOUT, check=False, cwd=cwd,
    )


def _first_line(process: subprocess.Popen[str]) -> str:
    """The URL line, without hanging the suite if the server never prints it.

    A reader thread, not select(): select does not work on pipes on Windows."""
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=START_TIMEOUT).strip()
    except queue.Empty:
        process.kill()
        pytest.fail("the server printed no URL")


@contextmanager
def serving(*args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "safehash.refbank", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        url = _first_line(process)
        assert url, process.stderr.read() if process.stderr else ""
        yield url, process
    finally:
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(START_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


def test_serve_prints_its_url_and_stops_on_sigterm(tmp_path):
    with serving("--port", "0", "--data", str(tmp_path)) as (url, process):
        assert url.startswith("http://127.0.0.1:")
        assert not url.endswith(":0")
        info = requests.get(f"{url}/v1/info", timeout=TIMEOUT)
        assert info.status_code == 200
        assert info.json()["api_version"] == "1"
        process.terminate()
        assert process.wait(START_TIMEOUT) == 0
        assert process.stdout.read() == ""  # the URL line is all it prints on stdout


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_stops_it_cleanly(tmp_path):
    with serving("--data", str(tmp_path)) as (url, process):
        requests.get(f"{url}/v1/info", timeout=TIMEOUT)
        process.send_signal(signal.SIGINT)
        assert process.wait(START_TIMEOUT) == 0
        assert "Traceback" not in process.stderr.read()


def test_serve_subcommand_and_options(tmp_path):
    args = ("serve", "--data", str(tmp_path), "--bank-name", "Helpline test bank",
            "--no-self-service", "--min-quality", "70", "--max-items", "5")
    with serving(*args) as (url, _):
        info = requests.get(f"{url}/v1/info", timeout=TIMEOUT).json()
        assert info["bank_name"] == "Helpline test bank"
        assert info["self_service_cases"] is False
        assert info["min_pdq_quality"] == 70
        assert info["max_items_per_submission"] == 5
        response = requests.post(f"{url}/v1/cases", json={}, timeout=TIMEOUT)
        assert response.json()["error"]["code"] == "self_service_disabled"


def test_new_case_token_authenticates(tmp_path):
    result = _run("new-case", "--data", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    case_id, token = lines["case_id"], lines["case_token"]
    assert case_token.parse(token) == token
    assert "only" in result.stderr  # the warning goes to stderr, not into scripts' stdout
    with serving("--data", str(tmp_path), "--no-self-service") as (url, _):
        view = requests.get(f"{url}/v1/cases/{case_id}", headers=auth(token), timeout=TIMEOUT)
        assert view.status_code == 200
        assert submit(url, token, {"items": [item()]}).status_code == 201


def test_new_case_next_to_a_running_bank(tmp_path):
    with serving("--data", str(tmp_path)) as (url, _):
        result = _run("new-case", "--data", str(tmp_path), "--json")
        assert result.returncode == 0, result.stderr
        doc = json.loads(result.stdout)
        view = requests.get(f"{url}/v1/cases/{doc['case_id']}", headers=auth(doc["case_token"]),
                            timeout=TIMEOUT)
        assert view.status_code == 200


def test_record_bodies_writes_files(tmp_path):
    with serving("--data", str(tmp_path), "--record-bodies") as (url, _):
        requests.post(f"{url}/v1/cases", json={}, timeout=TIMEOUT)
    files = sorted((tmp_path / "received-bodies").iterdir())
    assert [f.read_bytes() for f in files] == [b"{}"]


def test_tls_options(tmp_path):
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert_file, key_file, ca_file = (tmp_path / n for n in ("cert.pem", "key.pem", "ca.pem"))
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    for extra in cert.cert_chain_pems[1:]:
        extra.write_to_path(str(cert_file), append=True)
    cert.private_key_pem.write_to_path(str(key_file))
    ca.cert_pem.write_to_path(str(ca_file))
    data = tmp_path / "data"
    with serving("--data", str(data), "--tls-cert", str(cert_file),
                 "--tls-key", str(key_file)) as (url, _):
        assert url.startswith("https://127.0.0.1:")
        info = requests.get(f"{url}/v1/info", timeout=TIMEOUT, verify=str(ca_file))
        assert info.status_code == 200


@pytest.mark.parametrize(
    "args",
    [("--port", "70000", "--data", "x"), ("--min-quality", "101", "--data", "x"),
     ("--max-items", "0", "--data", "x"), ("--tls-cert", "a.pem", "--data", "x"),
     ("new-case",), ("serve",)],
)
def test_bad_arguments_exit_2(tmp_path, args):
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # refused before anything was created


def test_help():
    result = _run("--help")
    assert result.returncode == 0
    assert "new-case" in result.stdout


def test_data_folder_is_created(tmp_path):
    data = tmp_path / "new" / "folder"
    with serving("--data", str(data)):
        assert Path(data, "refbank.sqlite3").is_file()
