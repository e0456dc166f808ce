"""SafeHash Bank API v1 against a real reference bank: every endpoint and every error code."""

from __future__ import annotations

import re
import socket

import pytest
import requests

from safehash.core import case_token
from safehash.refbank import start_refbank

from .helpers import (
    PDQ_A,
    TIMEOUT,
    assert_error,
    auth,
    full_item,
    item,
    open_case,
    submit,
)

RFC3339_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def test_info(refbank):
    response = requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.json() == {
        "api_version": "1",
        "bank_name": "SafeHash reference bank",
        "signal_types": ["pdq", "md5", "sha256", "phash"],
        "max_items_per_submission": 500,
        "min_pdq_quality": 50,
        "self_service_cases": True,
        "signal_types_by_media": {
            "image": ["pdq", "md5", "sha256", "phash"],
            "video": ["vpdq", "md5", "sha256"],
        },
        "max_body_bytes": 16 * 1024 * 1024,
    }
    assert response.headers["Cache-Control"] == "no-store"


def test_info_of_a_bank_without_videos_is_api_1_0(tmp_path):
    with start_refbank(tmp_path, videos=False) as bank:
        doc = requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT).json()
    assert set(doc) == {"api_version", "bank_name", "signal_types", "max_items_per_submission",
                        "min_pdq_quality", "self_service_cases"}


def test_info_reflects_configuration(tmp_path):
    with start_refbank(tmp_path, bank_name="Helpline bank", self_service=False,
                       min_quality=70, max_items=3) as bank:
        doc = requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT).json()
    assert doc["bank_name"] == "Helpline bank"
    assert doc["self_service_cases"] is False
    assert doc["min_pdq_quality"] == 70
    assert doc["max_items_per_submission"] == 3


def test_open_case_gives_a_valid_token_once(refbank):
    response = requests.post(f"{refbank.url}/v1/cases", json={}, timeout=TIMEOUT)
    assert response.status_code == 201
    doc = response.json()
    assert set(doc) == {"case_id", "case_token"}
    assert re.fullmatch(r"case_[0-9a-f]{32}", doc["case_id"])
    assert case_token.parse(doc["case_token"]) == doc["case_token"]
    assert response.headers["Cache-Control"] == "no-store"


def test_open_case_accepts_an_empty_body(refbank):
    response = requests.post(f"{refbank.url}/v1/cases", timeout=TIMEOUT)
    assert response.status_code == 201


@pytest.mark.parametrize("body", [{"name": "Alex"}, [], {"locale": "de-DE"}])
def test_open_case_takes_no_fields(refbank, body):
    response = requests.post(f"{refbank.url}/v1/cases", json=body, timeout=TIMEOUT)
    assert_error(response, 422, "invalid")


def test_self_service_can_be_disabled(tmp_path):
    with start_refbank(tmp_path, self_service=False) as bank:
        response = requests.post(f"{bank.url}/v1/cases", json={}, timeout=TIMEOUT)
        assert_error(response, 403, "self_service_disabled")
        # A support organisation can still open cases, and they work.
        case_id, token = bank.issue_case()
        response = requests.get(f"{bank.url}/v1/cases/{case_id}", headers=auth(token),
                                timeout=TIMEOUT)
        assert response.status_code == 200


def test_submission_accepts_every_signal(refbank):
    case_id, token = open_case(refbank.url)
    response = submit(refbank.url, token, {"items": [full_item()]})
    assert response.status_code == 201, response.text
    doc = response.json()
    assert set(doc) == {"submission_id", "case_id", "received_at", "items"}
    assert re.fullmatch(r"sub_[0-9a-f]{32}", doc["submission_id"])
    assert doc["case_id"] == case_id
    assert RFC3339_UTC.fullmatch(doc["received_at"])
    assert doc["items"] == [{"index": 0, "status": "accepted", "reason": None}]
    assert "Idempotent-Replayed" not in response.headers
    assert refbank.storage.count("signals") == 5  # pdq, its variant, md5, sha256, phash


def test_low_quality_items_are_rejected_one_by_one(refbank):
    _, token = open_case(refbank.url)
    md5_only = {"signals": {"md5": {"value": "0" * 32}}}
    body = {"items": [item(quality=49), item(quality=50), md5_only]}
    doc = submit(refbank.url, token, body).json()
    assert doc["items"] == [
        {"index": 0, "status": "rejected", "reason": "pdq_quality_too_low"},
        {"index": 1, "status": "accepted", "reason": None},
        {"index": 2, "status": "accepted", "reason": None},
    ]
    assert refbank.storage.count("signals") == 2  # a rejected item is not kept


def test_case_view_lists_submissions(refbank):
    case_id, token = open_case(refbank.url)
    first = submit(refbank.url, token, {"items": [item(), item(quality=10)]}).json()
    second = submit(refbank.url, token, {"items": [item()]}).json()
    response = requests.get(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token),
                            timeout=TIMEOUT)
    assert response.status_code == 200
    doc = response.json()
    assert doc["case_id"] == case_id
    assert doc["status"] == "open"
    assert RFC3339_UTC.fullmatch(doc["created_at"])
    assert doc["submissions"] == [
        {"submission_id": first["submission_id"], "received_at": first["received_at"],
         "status": "active", "items_accepted": 1, "videos_accepted": 0},
        {"submission_id": second["submission_id"], "received_at": second["received_at"],
         "status": "active", "items_accepted": 1, "videos_accepted": 0},
    ]


def test_withdraw_a_submission(refbank):
    case_id, token = open_case(refbank.url)
    kept = submit(refbank.url, token, {"items": [item()]}).json()["submission_id"]
    gone = submit(refbank.url, token, {"items": [item(), item()]}).json()["submission_id"]
    url = f"{refbank.url}/v1/submissions/{gone}"
    for _ in range(2):  # withdrawing twice is fine
        response = requests.delete(url, headers=auth(token), timeout=TIMEOUT)
        assert response.status_code == 200
        assert response.json() == {"submission_id": gone, "status": "withdrawn"}
    view = requests.get(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token),
                        timeout=TIMEOUT).json()
    statuses = {s["submission_id"]: (s["status"], s["items_accepted"]) for s in view["submissions"]}
    assert statuses == {kept: ("active", 1), gone: ("withdrawn", 2)}
    assert refbank.storage.count("signals") == 1  # the withdrawn hashes are deleted


def test_withdraw_a_case(refbank):
    case_id, token = open_case(refbank.url)
    submit(refbank.url, token, {"items": [item()]})
    submit(refbank.url, token, {"items": [item()]})
    url = f"{refbank.url}/v1/cases/{case_id}"
    for _ in range(2):
        response = requests.delete(url, headers=auth(token), timeout=TIMEOUT)
        assert response.status_code == 200
        assert response.json() == {"case_id": case_id, "status": "withdrawn"}
    view = requests.get(url, headers=auth(token), timeout=TIMEOUT).json()
    assert view["status"] == "withdrawn"
    assert [s["status"] for s in view["submissions"]] == ["withdrawn", "withdrawn"]
    assert refbank.storage.count("signals") == 0
    assert_error(submit(refbank.url, token, {"items": [item()]}), 403, "case_withdrawn")


# --- authentication and ownership ------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer SH-0000",
     "Bearer SH-0000-0000-0000-0000-0000-1"],  # the last one fails its check symbol
)
def test_submission_needs_a_valid_token(refbank, header):
    headers = {"Idempotency-Key": "6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d"}
    if header is not None:
        headers["Authorization"] = header
    response = requests.post(f"{refbank.url}/v1/submissions", json={"items": [item()]},
                             headers=headers, timeout=TIMEOUT)
    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_unknown_but_well_formed_token_is_unauthorized(refbank):
    stranger = case_token.new_token()
    assert_error(submit(refbank.url, stranger, {"items": [item()]}), 401, "unauthorized")


def test_token_is_accepted_as_people_type_it(refbank):
    case_id, token = open_case(refbank.url)
    typed = token.lower().replace("-", " ").replace("0", "o")
    response = requests.get(f"{refbank.url}/v1/cases/{case_id}", headers=auth(typed),
                            timeout=TIMEOUT)
    assert response.status_code == 200


def test_token_of_another_case_is_forbidden(refbank):
    case_a, _ = open_case(refbank.url)
    _, token_b = open_case(refbank.url)
    for method, path in [("GET", f"/v1/cases/{case_a}"), ("DELETE", f"/v1/cases/{case_a}"),
                         ("GET", "/v1/cases/case_does_not_exist")]:
        response = requests.request(method, refbank.url + path, headers=auth(token_b),
                                    timeout=TIMEOUT)
        assert_error(response, 403, "forbidden")


def test_another_cases_submission_is_not_found_like_none(refbank):
    """Nothing tells whether a submission id exists: not yours and not there read alike."""
    _, token_a = open_case(refbank.url)
    _, token_b = open_case(refbank.url)
    sub_a = submit(refbank.url, token_a, {"items": [item()]}).json()["submission_id"]
    answers = []
    for sub in (sub_a, f"sub_{'0' * 32}"):
        response = requests.delete(f"{refbank.url}/v1/submissions/{sub}", headers=auth(token_b),
                                   timeout=TIMEOUT)  # fmt: skip
        answers.append((response.status_code, response.content, sorted(response.headers)))
        assert_error(response, 404, "not_found")
    assert answers[0] == answers[1]
    assert refbank.storage.count("signals") == 1


def test_unknown_submission_is_not_found(refbank):
    _, token = open_case(refbank.url)
    response = requests.delete(f"{refbank.url}/v1/submissions/sub_{'0' * 32}",
                               headers=auth(token), timeout=TIMEOUT)
    assert_error(response, 404, "not_found")


# --- transport-level errors --------------------------------------------------------------


def test_unknown_path(refbank):
    for path in ["/", "/v1", "/v2/info", "/v1/info/", "/v1/cases/a/b"]:
        assert_error(requests.get(refbank.url + path, timeout=TIMEOUT), 404, "not_found")


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [("POST", "/v1/info", "GET"), ("GET", "/v1/cases", "POST"),
     ("PUT", "/v1/cases/x", "GET, DELETE"), ("GET", "/v1/submissions", "POST"),
     ("PATCH", "/v1/submissions/x", "DELETE"), ("BREW", "/v1/info", "GET"),
     ("HEAD", "/v1/info", "GET")],
)
def test_wrong_method(refbank, method, path, allow):
    response = requests.request(method, refbank.url + path, timeout=TIMEOUT)
    if method == "HEAD":  # same status and headers, no body
        assert response.status_code == 405 and response.content == b""
    else:
        assert_error(response, 405, "method_not_allowed")
    assert response.headers["Allow"] == allow


def test_query_strings_are_refused(refbank):
    response = requests.get(f"{refbank.url}/v1/info?lang=de", timeout=TIMEOUT)
    assert_error(response, 422, "invalid")


def test_body_over_the_limit_is_too_large(tmp_path):
    # 1 MiB for a bank without videos (API 1.0); max_body_bytes for one that takes them.
    for videos, limit in ((False, 1024 * 1024), (True, 2 * 1024 * 1024)):
        with start_refbank(tmp_path / str(videos), videos=videos,
                           max_body_bytes=2 * 1024 * 1024) as bank:  # fmt: skip
            _, token = open_case(bank.url)
            body = b'{"items": [' + b" " * limit + b"]}"
            response = requests.post(
                f"{bank.url}/v1/submissions", data=body, timeout=TIMEOUT,
                headers={**auth(token, "6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d"),
                         "Content-Type": "application/json"},
            )  # fmt: skip
            assert_error(response, 413, "too_large")


def test_too_many_items(tmp_path):
    with start_refbank(tmp_path, max_items=2) as bank:
        _, token = open_case(bank.url)
        assert submit(bank.url, token, {"items": [item(), item()]}).status_code == 201
        assert_error(submit(bank.url, token, {"items": [item()] * 3}), 413, "too_large")


@pytest.mark.parametrize(
    "headers",
    [{"Content-Type": "text/plain"}, {"Content-Type": "application/x-www-form-urlencoded"},
     {"Content-Type": "application/json", "Content-Encoding": "gzip"}],
)
def test_body_must_be_plain_json(refbank, headers):
    _, token = open_case(refbank.url)
    response = requests.post(f"{refbank.url}/v1/submissions", data=b'{"items": []}',
                             headers={**auth(token, "6f1c3f6e-1c1e-4b2a-9a53-0a3c1a1b2c3d"),
                                      **headers}, timeout=TIMEOUT)
    assert_error(response, 415, "unsupported_media_type")


def test_chunked_bodies_need_a_length(refbank):
    response = requests.post(f"{refbank.url}/v1/cases", data=iter([b"{", b"}"]),
                             headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
    assert_error(response, 411, "length_required")


def test_malformed_request_line_gets_the_error_shape(refbank):
    host, port = refbank.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=TIMEOUT) as conn:
        conn.sendall(b"NONSENSE\r\n\r\n")
        reply = b""
        while chunk := conn.recv(4096):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b'"code":"bad_request"' in body


def test_server_keeps_serving_after_errors(refbank):
    for _ in range(3):
        requests.get(f"{refbank.url}/nope", timeout=TIMEOUT)
    session = requests.Session()  # keep-alive connection reused across answers
    for _ in range(3):
        assert session.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 200
        assert session.post(f"{refbank.url}/v1/info", timeout=TIMEOUT).status_code == 405


def test_data_survives_a_restart(tmp_path):
    with start_refbank(tmp_path) as bank:
        case_id, token = open_case(bank.url)
        submit(bank.url, token, {"items": [item(PDQ_A)]})
    with start_refbank(tmp_path) as bank:
        view = requests.get(f"{bank.url}/v1/cases/{case_id}", headers=auth(token),
                            timeout=TIMEOUT).json()
    assert len(view["submissions"]) == 1
