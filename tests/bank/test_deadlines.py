"""Hard deadlines: a request ends at ``request_timeout`` however the server dribbles
(connect, TLS handshake, headers, body), and a whole sending, with its retries and all its
requests, at ``sending_timeout``. Real servers on 127.0.0.1 that send a byte every 0.1 s,
so read timeouts (30 s here) never fire."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from bank.conftest import make_profile
from bank.dribbler import Dribbler, StalledListener
from bank.httpfixtures import Reply
from safehash.core import errors
from safehash.core.bank import adapter_for
from safehash.core.outbox import Outbox, send
from safehash.core.profile import parse_profile
from safehash.core.records import Case, PdqHash, Submission, SubmissionItem
from safehash.core.transport import HttpClient, RetryPolicy

REQUEST = 1.0
SLACK = 0.6  # thread start-up and a loaded machine; far below the read timeout
ONE_TRY = RetryPolicy(max_attempts=1)


def slow_client(ca_file: str | None = None, **kwargs) -> HttpClient:
    kwargs.setdefault("retry", ONE_TRY)
    return HttpClient(ca_file=ca_file, connect_timeout=30, read_timeout=30,
                      request_timeout=REQUEST, **kwargs)  # fmt: skip


def timed(func) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        func()
    except errors.BankError as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


@pytest.mark.parametrize("mode", ["headers", "body"])
def test_a_dribbling_answer_ends_at_the_request_deadline(mode):
    server = Dribbler(mode)
    try:
        with slow_client() as client:
            url = server.url + "/v1/submissions"
            error, seconds = timed(
                lambda: client.request("POST", url, json_body={"items": []}, idempotent=True)
            )
        assert isinstance(error, errors.NetworkTimeout), error
        assert REQUEST <= seconds < REQUEST + SLACK
        assert error.retryable and client.log.entries()[-1].outcome == "timeout"
    finally:
        server.stop()


def test_a_dribbling_tls_handshake_ends_at_the_request_deadline(serve, ca_file):
    bank = serve(lambda seen: Reply(200, {"ok": True}))
    relay = Dribbler("tls", upstream_port=bank.port)
    try:
        with slow_client(ca_file) as client:
            error, seconds = timed(lambda: client.request("GET", relay.url + "/", idempotent=True))
        assert isinstance(error, errors.NetworkTimeout), error
        assert REQUEST <= seconds < REQUEST + SLACK
        assert bank.seen == []  # the handshake never finished: nothing was sent
    finally:
        relay.stop()


def test_a_connection_that_never_opens_ends_at_the_request_deadline():
    listener = StalledListener()
    try:
        with slow_client() as client:
            error, seconds = timed(lambda: client.request(
                "GET", f"http://127.0.0.1:{listener.port}/", idempotent=True))  # fmt: skip
        assert isinstance(error, errors.NetworkTimeout), error
        assert error.not_sent  # it never connected, so nothing can have been stored
        assert REQUEST <= seconds < REQUEST + SLACK
    finally:
        listener.stop()


def test_a_kept_alive_connection_gets_the_next_requests_deadline():
    """The second request reuses the first one's connection; it must be watched too."""
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    served: list[int] = []

    def serve_one_connection() -> None:
        conn, _ = listener.accept()
        with conn:
            for number in (1, 2):
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                served.append(number)
                if number == 1:
                    conn.sendall(answer)
                    continue
                for byte in answer:  # the second answer: a byte at a time
                    if stop.wait(0.1):
                        return
                    conn.sendall(bytes([byte]))

    thread = threading.Thread(target=serve_one_connection, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    try:
        with slow_client() as client:
            assert client.request("GET", url, idempotent=True).status == 200
            error, seconds = timed(lambda: client.request("GET", url, idempotent=True))
        assert served == [1, 2]  # one connection, two requests
        assert isinstance(error, errors.NetworkTimeout), error
        assert REQUEST <= seconds < REQUEST + SLACK
    finally:
        stop.set()
        listener.close()
        thread.join(5)


def test_retries_stop_at_the_sending_deadline(serve):
    server = serve(lambda seen: Reply(503, {"error": {"code": "server_error"}}), tls=False)
    patient = RetryPolicy(max_attempts=1000, backoff_base=0.05, backoff_cap=0.1)
    with HttpClient(retry=patient, sending_timeout=1.0) as client:
        error, seconds = timed(lambda: client.request("GET", server.url + "/", idempotent=True))
    assert isinstance(error, errors.ServerError)
    assert seconds < 1.0 + SLACK and len(server.seen) > 3


def test_a_whole_sending_ends_at_its_deadline_and_waits_in_the_outbox():
    """Every request of the sending dribbles; retried, they would go on for a minute."""
    server = Dribbler("headers")
    try:
        profile = make_profile(server.url).with_overrides(request_timeout=1, sending_timeout=2.5)
        client = HttpClient(connect_timeout=30, read_timeout=30,
                            retry=RetryPolicy(max_attempts=60, backoff_base=0.01))  # fmt: skip
        adapter = adapter_for(profile, client)
        outbox = Outbox()
        submission = Submission((SubmissionItem(pdq=PdqHash("ab" * 32, 90)),))
        error, seconds = timed(lambda: send(adapter, outbox, submission,
                                            Case("case-1", "SH-0000-0000-0000-0000-0000-0")))
        assert isinstance(error, errors.NetworkTimeout), error
        assert 2.5 <= seconds < 2.5 + SLACK
        assert server.connections >= 2  # retried within the sending, not past it
        (entry,) = outbox.entries()
        assert entry.last_error == "timeout"
        client.close()
    finally:
        server.stop()


def test_deadlines_come_from_the_profile_and_are_checked():
    base = make_profile("https://bank.example.org")
    assert (base.request_timeout, base.sending_timeout) == (60.0, 300.0)
    changed = base.with_overrides(request_timeout=5, sending_timeout=20)
    client = HttpClient()
    adapter_for(changed, client)
    assert (client.request_timeout, client.sending_timeout) == (5, 20)
    with pytest.raises(errors.ProfileError) as info:
        base.with_overrides(sending_timeout=86400)
    assert info.value.key == "bank.sending_timeout"
    text = """profile_version = 1
[organisation]
name = "x"
[bank]
kind = "safehash-v1"
endpoint = "https://bank.example.org"
request_timeout = "soon"
[age_note]
text = "t"
url = "https://takeitdown.ncmec.org"
"""
    with pytest.raises(errors.ProfileError) as info:
        parse_profile(text)
    assert info.value.key == "bank.request_timeout"
