"""The reference bank under abuse: slow clients cut off and never holding every thread,
other clients still answered within 100 ms, ambiguous lengths refused, ids that cannot be
probed, idempotency records that expire, and rate limits answered with Retry-After."""

from __future__ import annotations

import socket
import statistics
import time

import pytest
import requests

from bank.conftest import Sleeps, make_profile
from safehash.core import case_token, errors
from safehash.core.bank import adapter_for
from safehash.core.transport import HttpClient, RetryPolicy
from safehash.refbank import start_refbank
from safehash.refbank.ratelimit import RateLimiter
from safehash.refbank.storage import DEFAULT_IDEMPOTENCY_TTL

from .helpers import TIMEOUT, assert_error, auth, item, open_case, submit

FAST_ANSWER = 0.1  # seconds: what "still answered" means


def slow_client(port: int, first: bytes = b"GET /v1/info HTTP/1.1\r\nHost: x\r\n") -> socket.socket:
    """A connection that has started a request and sends nothing more (slowloris)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    sock.sendall(first)
    return sock


def closed_by_server(sock: socket.socket) -> bool:
    """Blocks until the server closes the connection (True), or TIMEOUT (False)."""
    try:
        return sock.recv(65536) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def timed_info(url: str) -> float:
    started = time.monotonic()
    response = requests.get(f"{url}/v1/info", timeout=TIMEOUT, headers={"Connection": "close"})
    assert response.status_code == 200
    return time.monotonic() - started


def test_a_client_that_dribbles_its_headers_is_cut_off(tmp_path):
    with start_refbank(tmp_path, header_timeout=0.5) as bank:
        sock = slow_client(bank.port)
        started = time.monotonic()
        try:
            for _ in range(40):  # one header byte every 0.05 s: always "active"
                sock.sendall(b"X")
                if bank.guard.cut_off:
                    break
                time.sleep(0.05)  # the client's pace, which is what is under test
            assert closed_by_server(sock)
        finally:
            sock.close()
        assert 0.5 <= time.monotonic() - started < 0.5 + 0.5
        assert bank.guard.cut_off == 1
        assert timed_info(bank.url) < FAST_ANSWER


def test_a_client_that_dribbles_its_body_is_cut_off(tmp_path):
    with start_refbank(tmp_path, body_timeout=0.5) as bank:
        sock = slow_client(bank.port, b"POST /v1/cases HTTP/1.1\r\nHost: x\r\n"
                           b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        try:
            assert closed_by_server(sock)
        finally:
            sock.close()
        assert bank.guard.cut_off == 1 and bank.storage.count("cases") == 0


def test_slow_clients_cannot_hold_every_connection(tmp_path):
    """Far more slow-header connections than the cap: the oldest waiting ones are cut to
    make room, and every other client is answered within 100 ms."""
    with start_refbank(tmp_path, max_connections=32, header_timeout=60) as bank:
        slow = [slow_client(bank.port) for _ in range(120)]
        try:
            # The oldest are cut to make room for the newest: wait until each is.
            assert all(closed_by_server(sock) for sock in slow[: 120 - 32])
            times = [timed_info(bank.url) for _ in range(30)]
            assert bank.guard.open_count <= 32
            assert bank.guard.cut_off >= 120 - 32
            assert max(times) < FAST_ANSWER, times
            assert statistics.median(times) < FAST_ANSWER / 4, times
        finally:
            for sock in slow:
                sock.close()


def test_a_newcomer_gets_503_when_every_connection_is_answering(tmp_path):
    with start_refbank(tmp_path, max_connections=1) as bank:
        bank.faults.add("delay", seconds=10.0, path="/v1/info")
        busy = slow_client(bank.port, b"GET /v1/info HTTP/1.1\r\nHost: x\r\n\r\n")
        try:
            assert bank.faults.wait_fired(1)  # the one connection is inside its answer
            response = requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT)
            assert_error(response, 503, "server_error")  # in the bank's own error shape
            assert response.headers["Retry-After"] == "1"
            assert bank.guard.refused == 1
        finally:
            busy.close()


@pytest.mark.parametrize("lengths", [("2", "40"), ("2", "2"), ("2, 2",), ("+2",), ("0x2",)])
def test_conflicting_or_repeated_content_length_is_refused(refbank, lengths):
    head = "".join(f"Content-Length: {n}\r\n" for n in lengths)
    request = ("POST /v1/cases HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               f"{head}\r\n{{}}")
    with socket.create_connection(("127.0.0.1", refbank.port), timeout=TIMEOUT) as sock:
        sock.sendall(request.encode())
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400"), answer[:80]
    assert b'"bad_request"' in answer and b"Connection: close" in answer
    assert refbank.storage.count("cases") == 0


def test_idempotency_records_expire(tmp_path):
    assert DEFAULT_IDEMPOTENCY_TTL == 7 * 24 * 3600
    with start_refbank(tmp_path, idempotency_ttl=3600) as bank:
        _, token = open_case(bank.url)
        key = "4b0f1ad9-6a4e-4a55-9bbb-6b1c8a0d2f11"
        first = submit(bank.url, token, {"items": [item()]}, key=key)
        assert submit(bank.url, token, {"items": [item()]}, key=key).status_code == 200
        assert bank.storage.purge_expired(now=True) == 0  # an hour has not passed
        with bank.storage._write() as db:  # as if two hours had passed since
            db.execute("UPDATE idempotency SET created_at = '2000-01-01T00:00:00Z'")
        assert bank.storage.purge_expired(now=True) == 1
        assert bank.storage.count("idempotency") == 0
        assert bank.storage.count("submissions") == 1  # the submission itself stays
        assert first.status_code == 201


def test_rate_limit_per_token_and_per_address(tmp_path):
    with start_refbank(tmp_path, rate_per_token=5, rate_per_address=0) as bank:
        case_id, token = open_case(bank.url)
        _, other = open_case(bank.url)
        view = f"{bank.url}/v1/cases/{case_id}"
        statuses = [requests.get(view, headers=auth(token), timeout=TIMEOUT).status_code
                    for _ in range(5)]  # fmt: skip
        assert statuses == [200] * 5
        limited = requests.get(view, headers=auth(token), timeout=TIMEOUT)
        assert_error(limited, 429, "rate_limited")
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        # Another case is not held back; a made-up token is counted too.
        assert submit(bank.url, other, {"items": [item()]}).status_code == 201
        stranger = case_token.new_token()
        codes = [requests.get(view, headers=auth(stranger), timeout=TIMEOUT).status_code
                 for _ in range(6)]  # fmt: skip
        assert codes == [401] * 5 + [429]
    with start_refbank(tmp_path / "2", rate_per_token=0, rate_per_address=3) as bank:
        codes = [requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT).status_code
                 for _ in range(4)]  # fmt: skip
        assert codes == [200, 200, 200, 429]


def test_the_app_is_told_how_long_to_wait(tmp_path):
    with start_refbank(tmp_path, rate_per_token=1, rate_per_address=0) as bank:
        client = HttpClient(sleep=Sleeps(), retry=RetryPolicy(max_attempts=3))
        adapter = adapter_for(make_profile(bank.url), client)
        case = adapter.open_case()
        adapter.status(case)
        with pytest.raises(errors.RateLimited) as info:
            adapter.status(case)  # Retry-After 60 s: longer than a call waits
        assert info.value.retry_after == 60
        client.close()


def test_rate_limiter_memory_is_bounded():
    now = [0.0]
    limiter = RateLimiter(60, max_keys=100, clock=lambda: now[0])
    for n in range(1000):
        assert limiter.take(("address", n)) is None
    assert len(limiter) == 100
    for _ in range(60):
        limiter.take("one")
    assert limiter.take("one") == 1
    now[0] += 1.0  # a second later one more request may go
    assert limiter.take("one") is None
