"""Idempotency: a retried submission is stored once, whatever happened to the first answer."""

from __future__ import annotations

import json
import threading
import uuid

import requests

from .helpers import PDQ_B, TIMEOUT, assert_error, auth, full_item, item, open_case, submit


def test_replay_returns_the_stored_response(refbank):
    case_id, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    body = {"items": [full_item(), item(quality=3)]}
    first = submit(refbank.url, token, body, key)
    again = submit(refbank.url, token, body, key)
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.content == first.content
    assert refbank.storage.count("submissions") == 1
    view = requests.get(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token),
                        timeout=TIMEOUT).json()
    assert len(view["submissions"]) == 1


def test_replay_ignores_key_order_and_spacing(refbank):
    _, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    body = {"items": [full_item()]}
    assert submit(refbank.url, token, body, key).status_code == 201
    reordered = json.dumps(body, sort_keys=True, indent=3).encode()
    response = requests.post(
        f"{refbank.url}/v1/submissions", data=reordered, timeout=TIMEOUT,
        headers={**auth(token, key.upper()), "Content-Type": "application/json"},
    )
    assert response.status_code == 200  # same key (UUIDs compare case-blind), same body


def test_same_key_with_another_body_is_a_conflict(refbank):
    _, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    assert submit(refbank.url, token, {"items": [item()]}, key).status_code == 201
    other = submit(refbank.url, token, {"items": [item(PDQ_B)]}, key)
    assert_error(other, 409, "idempotency_conflict")
    assert refbank.storage.count("submissions") == 1


def test_keys_belong_to_one_case(refbank):
    _, token_a = open_case(refbank.url)
    _, token_b = open_case(refbank.url)
    key = str(uuid.uuid4())
    body = {"items": [item()]}
    first = submit(refbank.url, token_a, body, key)
    second = submit(refbank.url, token_b, body, key)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["submission_id"] != second.json()["submission_id"]


def test_replay_still_works_after_the_case_is_withdrawn(refbank):
    case_id, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    body = {"items": [item()]}
    first = submit(refbank.url, token, body, key)
    requests.delete(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token), timeout=TIMEOUT)
    again = submit(refbank.url, token, body, key)
    assert again.status_code == 200
    assert again.content == first.content
    assert_error(submit(refbank.url, token, body), 403, "case_withdrawn")  # a new key


def test_concurrent_duplicates_are_stored_once(refbank):
    _, token = open_case(refbank.url)
    key = str(uuid.uuid4())
    body = {"items": [full_item() for _ in range(20)]}
    threads = 12
    start = threading.Barrier(threads)
    results: list[requests.Response] = []
    lock = threading.Lock()

    def send() -> None:
        session = requests.Session()
        start.wait()  # all requests leave together
        response = submit(refbank.url, token, body, key, session=session)
        with lock:
            results.append(response)

    workers = [threading.Thread(target=send) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(TIMEOUT * 3)
    statuses = sorted(r.status_code for r in results)
    assert statuses == [200] * (threads - 1) + [201]
    assert len({r.content for r in results}) == 1
    assert refbank.storage.count("submissions") == 1
    assert refbank.storage.count("idempotency") == 1
    assert refbank.storage.count("signals") == 20 * 5


def test_concurrent_distinct_keys_all_store(refbank):
    _, token = open_case(refbank.url)
    threads = 8
    start = threading.Barrier(threads)
    codes: list[int] = []

    def send() -> None:
        start.wait()
        codes.append(submit(refbank.url, token, {"items": [item()]}).status_code)

    workers = [threading.Thread(target=send) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(TIMEOUT * 3)
    assert codes == [201] * threads
    assert refbank.storage.count("submissions") == threads
