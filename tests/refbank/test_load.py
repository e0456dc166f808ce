"""A bounded load test of the reference bank, run as its own process on 127.0.0.1: 50
clients for a few seconds, each with its own case, sending new submissions, replaying old
ones, reading their case and the bank's info, while 20 slow clients hold connections open.

It checks that every request was answered, that no accepted submission is lost, none is
stored twice and none crosses into another case, and it reports the figures (requests,
answers a second, the bank's memory before and after). Run with -s to see them.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from safehash.refbank.storage import Storage

from .helpers import TIMEOUT, auth, item

CLIENTS = 50
SLOW_CLIENTS = 20
SECONDS = 6.0
MEMORY_GROWTH_LIMIT = 64 << 20  # bytes: what the bank may grow by, for these requests


@dataclass
class Client:
    number: int
    case_id: str = ""
    token: str = ""
    accepted: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (id, pdq)
    statuses: Counter[int] = field(default_factory=Counter)
    replayed: int = 0
    wrong: list[str] = field(default_factory=list)  # what should never happen


def rss_bytes(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def run_client(url: str, client: Client, stop: threading.Event) -> None:
    session = requests.Session()
    case = session.post(f"{url}/v1/cases", json={}, timeout=TIMEOUT).json()
    client.case_id, client.token = case["case_id"], case["case_token"]
    n = 0
    while not stop.is_set():
        n += 1
        if n % 4 in (1, 2) or not client.accepted:  # a new submission
            key, pdq = str(uuid.uuid4()), f"{client.number:04x}{n:060x}"
            response = session.post(f"{url}/v1/submissions", json={"items": [item(pdq)]},
                                    headers=auth(client.token, key), timeout=TIMEOUT)  # fmt: skip
            client.statuses[response.status_code] += 1
            if response.status_code == 201:
                client.accepted[key] = (response.json()["submission_id"], pdq)
            else:
                client.wrong.append(f"a new submission was answered {response.status_code}")
        elif n % 4 == 3:  # a retry of an earlier one: the same answer, nothing stored
            key = list(client.accepted)[(n // 4) % len(client.accepted)]
            submission_id, pdq = client.accepted[key]
            response = session.post(f"{url}/v1/submissions", json={"items": [item(pdq)]},
                                    headers=auth(client.token, key), timeout=TIMEOUT)  # fmt: skip
            client.statuses[response.status_code] += 1
            client.replayed += 1
            if response.status_code != 200 or response.json()["submission_id"] != submission_id:
                client.wrong.append("a retry was not answered with the first answer")
        elif n % 8 == 0:
            response = session.get(f"{url}/v1/cases/{client.case_id}",
                                   headers=auth(client.token), timeout=TIMEOUT)  # fmt: skip
            client.statuses[response.status_code] += 1
            held = {s["submission_id"] for s in response.json()["submissions"]}
            if held != {sid for sid, _ in client.accepted.values()}:
                client.wrong.append("the case does not hold exactly what was accepted")
        else:
            response = session.get(f"{url}/v1/info", timeout=TIMEOUT)
            client.statuses[response.status_code] += 1
    session.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="memory is read from /proc")
def test_fifty_clients_for_a_few_seconds(tmp_path):
    data = tmp_path / "bank"
    bank = subprocess.Popen(
        [sys.executable, "-m", "safehash.refbank", "serve", "--data", str(data), "--port", "0",
         "--rate-per-token", "0", "--rate-per-address", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert bank.stdout is not None
        url = bank.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        port = int(url.rpartition(":")[2])
        requests.get(f"{url}/v1/info", timeout=TIMEOUT)  # warm
        before = rss_bytes(bank.pid)

        slow = []
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
            sock.sendall(b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\n")
            slow.append(sock)
        clients = [Client(n) for n in range(CLIENTS)]
        stop = threading.Event()
        threads = [threading.Thread(target=run_client, args=(url, c, stop)) for c in clients]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        stop.wait(SECONDS)  # the length of the test, not a synchronisation
        stop.set()
        for thread in threads:
            thread.join(TIMEOUT)
        seconds = time.monotonic() - started
        after = rss_bytes(bank.pid)
        for sock in slow:
            sock.close()
    finally:
        bank.terminate()
        bank.wait(30)

    statuses = sum((c.statuses for c in clients), Counter())
    answered = sum(statuses.values())
    accepted = {sid for c in clients for sid, _ in c.accepted.values()}
    storage = Storage(data)
    try:
        stored = storage.count("submissions")
        signals = storage.count("signals")
        crossing = [c.number for c in clients
                    if {s["submission_id"] for s in storage.case_view(c.case_id)["submissions"]}
                    != {sid for sid, _ in c.accepted.values()}]  # fmt: skip
    finally:
        storage.close()
    figures = {
        "clients": CLIENTS, "slow_clients": SLOW_CLIENTS, "seconds": round(seconds, 1),
        "requests_answered": answered, "per_second": round(answered / seconds),
        "statuses": dict(statuses), "submissions_accepted": len(accepted),
        "submissions_stored": stored, "retries_replayed": sum(c.replayed for c in clients),
        "memory_before_mib": before and round(before / 2**20, 1),
        "memory_after_mib": after and round(after / 2**20, 1),
    }  # fmt: skip
    print("\nreference bank load test:", json.dumps(figures))
    assert all(not c.wrong for c in clients), [c.wrong for c in clients if c.wrong][:3]
    assert set(statuses) == {200, 201}, statuses  # every request answered, and answered well
    assert stored == len(accepted) == signals  # none lost, none stored twice
    assert crossing == []  # every case holds exactly its own client's submissions
    assert answered > CLIENTS * 10
    if before is not None and after is not None:
        assert after - before < MEMORY_GROWTH_LIMIT, figures
