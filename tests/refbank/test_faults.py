"""Fault injection: each kind does what the client tests rely on, then disappears."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
import requests

from safehash.refbank import start_refbank

from .helpers import TIMEOUT, assert_error, auth, item, open_case, submit


def test_status_fault_uses_the_error_shape(refbank):
    refbank.faults.add("status", status=503)
    assert_error(requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT), 503, "server_error")
    assert requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200


def test_status_fault_with_code_and_retry_after(refbank):
    refbank.faults.add("status", status=503, code="maintenance", retry_after=120)
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
    assert_error(response, 503, "maintenance")
    assert response.headers["Retry-After"] == "120"


def test_rate_limit(refbank):
    refbank.faults.add("rate_limit", count=2, retry_after=7)
    for _ in range(2):
        response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
        assert_error(response, 429, "rate_limited")
        assert response.headers["Retry-After"] == "7"
    assert requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200


def test_faults_filter_on_method_and_path(refbank):
    _, token = open_case(refbank.url)
    refbank.faults.add("status", status=500, method="post", path="/v1/submissions")
    assert requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200
    assert requests.post(f"{refbank.url}/v1/cases", json={}, timeout=TIMEOUT).status_code == 201
    assert len(refbank.faults) == 1
    assert_error(submit(refbank.url, token, {"items": [item()]}), 500, "server_error")
    assert len(refbank.faults) == 0
    assert refbank.storage.count("submissions") == 0  # a fault before processing stores nothing


def test_faults_fire_in_order_and_clear(refbank):
    refbank.faults.add("status", status=500)
    refbank.faults.add("status", status=502)
    refbank.faults.add("status", status=504)
    codes = [requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code
             for _ in range(2)]
    assert codes == [500, 502]
    assert refbank.faults.fired == 2
    refbank.faults.clear()
    assert refbank.faults.pending == []
    assert requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200


def test_delay_makes_a_client_time_out(refbank):
    refbank.faults.add("delay", seconds=5)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(f"{refbank.url}/v1/info", timeout=0.3)
    assert requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200


def test_short_delay_then_a_normal_answer(refbank):
    refbank.faults.add("delay", seconds=0.2)
    started = time.monotonic()
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.2


def test_stop_does_not_wait_for_a_delay(tmp_path):
    bank = start_refbank(tmp_path)
    bank.faults.add("delay", seconds=30)
    outcome: list[BaseException | int] = []

    def call() -> None:
        try:
            outcome.append(requests.get(f"{bank.url}/v1/info", timeout=60).status_code)
        except requests.RequestException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    assert bank.faults.wait_fired(1, TIMEOUT)  # the request is inside the delay now
    started = time.monotonic()
    bank.stop()
    assert time.monotonic() - started < 5
    caller.join(TIMEOUT)
    assert isinstance(outcome[0], requests.ConnectionError)


def test_garbage(refbank):
    refbank.faults.add("garbage")
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")  # it lies
    with pytest.raises(ValueError):
        response.json()


def test_garbage_with_own_body(refbank):
    refbank.faults.add("garbage", body=b"\x00\xff", content_type="text/html", status=502)
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
    assert (response.status_code, response.content) == (502, b"\x00\xff")
    assert response.headers["Content-Type"] == "text/html"


@pytest.mark.parametrize("send_length", [True, False])
def test_huge_body_is_streamed(refbank, send_length):
    size = 5 * 1024 * 1024
    refbank.faults.add("huge", size=size, send_length=send_length)
    with requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT, stream=True) as response:
        assert response.status_code == 200
        assert ("Content-Length" in response.headers) is send_length
        received = 0
        for chunk in response.iter_content(65536):
            received += len(chunk)
            if received >= 1024 * 1024:  # a careful client stops reading here
                break
    assert received >= 1024 * 1024
    assert requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200


def test_huge_body_can_be_read_whole(refbank):
    refbank.faults.add("huge", size=300_000)
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
    assert len(response.content) == 300_000


def test_redirect_to_another_host(refbank):
    refbank.faults.add("redirect")
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT, allow_redirects=False)
    assert response.status_code == 302
    assert response.headers["Location"] == "http://example.invalid/"


def test_redirect_with_own_target(refbank):
    refbank.faults.add("redirect", status=307, location="https://elsewhere.invalid/v1/info")
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT, allow_redirects=False)
    assert (response.status_code, response.headers["Location"]) == (
        307, "https://elsewhere.invalid/v1/info")


def test_drop_after_processing_then_retry_is_stored_once(refbank):
    case_id, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    body = {"items": [item()]}
    refbank.faults.add("drop_after_processing", path="/v1/submissions")
    with pytest.raises(requests.ConnectionError):
        submit(refbank.url, token, body, key)
    assert refbank.storage.count("submissions") == 1  # it was committed before the drop
    retry = submit(refbank.url, token, body, key)
    assert retry.status_code == 200
    assert retry.headers["Idempotent-Replayed"] == "true"
    view = requests.get(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token),
                        timeout=TIMEOUT).json()
    assert [s["submission_id"] for s in view["submissions"]] == [retry.json()["submission_id"]]


def test_status_after_processing_stores_once(refbank):
    _, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    refbank.faults.add("status", status=502, after_processing=True)
    assert_error(submit(refbank.url, token, {"items": [item()]}, key), 502, "server_error")
    assert submit(refbank.url, token, {"items": [item()]}, key).status_code == 200
    assert refbank.storage.count("submissions") == 1


def test_delay_after_processing_then_retry(refbank):
    _, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    refbank.faults.add("delay", seconds=3, after_processing=True, path="/v1/submissions")
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.post(f"{refbank.url}/v1/submissions", json={"items": [item()]},
                      headers=auth(token, key), timeout=0.3)
    assert submit(refbank.url, token, {"items": [item()]}, key).status_code == 200
    assert refbank.storage.count("submissions") == 1


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [(("explode",), {}, ValueError), (("status",), {"count": 0}, ValueError),
     (("delay",), {"seconds": 31}, ValueError), (("status",), {"seconds": 1}, TypeError),
     (("drop_after_processing",), {"after_processing": False}, TypeError),
     (("huge",), {"size": -1}, ValueError)],
)
def test_bad_faults_are_refused(refbank, args, kwargs, error):
    with pytest.raises(error):
        refbank.faults.add(*args, **kwargs)
    assert refbank.faults.pending == []
