"""Request validation: exactly the contract, and the privacy rule (unknown keys -> 422)."""

from __future__ import annotations

import copy
import uuid

import pytest
import requests

from .helpers import MD5, PDQ_A, PDQ_B, TIMEOUT, assert_error, auth, full_item, open_case, submit


def _with(path: list[str | int], value, *, delete: bool = False) -> dict:
    """A valid body with one place changed (or deleted)."""
    body = {"items": [full_item()]}
    target = body
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return body


PDQ_PATH = ["items", 0, "signals", "pdq"]
BAD_BODIES = {
    "not an object": [],
    "no items": {},
    "items not a list": {"items": {}},
    "empty items": {"items": []},
    "item not an object": {"items": ["x"]},
    "item without signals": {"items": [{}]},
    "empty signals": {"items": [{"signals": {}}]},
    "signals not an object": {"items": [{"signals": [PDQ_A]}]},
    "pdq as a bare string": {"items": [{"signals": {"pdq": PDQ_A}}]},
    "pdq upper case": _with([*PDQ_PATH, "value"], PDQ_A.upper()),
    "pdq too short": _with([*PDQ_PATH, "value"], PDQ_A[:-1]),
    "pdq too long": _with([*PDQ_PATH, "value"], PDQ_A + "0"),
    "pdq not hex": _with([*PDQ_PATH, "value"], "g" * 64),
    "pdq a number": _with([*PDQ_PATH, "value"], 12),
    "pdq without quality": _with([*PDQ_PATH, "quality"], None, delete=True),
    "pdq without value": _with([*PDQ_PATH, "value"], None, delete=True),
    "quality above 100": _with([*PDQ_PATH, "quality"], 101),
    "quality below 0": _with([*PDQ_PATH, "quality"], -1),
    "quality a float": _with([*PDQ_PATH, "quality"], 50.0),
    "quality a string": _with([*PDQ_PATH, "quality"], "50"),
    "quality a boolean": _with([*PDQ_PATH, "quality"], True),
    "quality null": _with([*PDQ_PATH, "quality"], None),
    "variants not a list": _with([*PDQ_PATH, "variants"], {"value": PDQ_B, "quality": 80}),
    "variant upper case": _with([*PDQ_PATH, "variants"], [{"value": PDQ_B.upper(), "quality": 8}]),
    "variant without quality": _with([*PDQ_PATH, "variants"], [{"value": PDQ_B}]),
    "too many variants": _with([*PDQ_PATH, "variants"], [{"value": PDQ_B, "quality": 80}] * 9),
    "md5 upper case": _with(["items", 0, "signals", "md5", "value"], MD5.upper()),
    "md5 wrong length": _with(["items", 0, "signals", "md5", "value"], MD5 * 2),
    "sha256 wrong length": _with(["items", 0, "signals", "sha256", "value"], MD5),
    "phash wrong length": _with(["items", 0, "signals", "phash", "value"], MD5),
    "unknown signal type": _with(["items", 0, "signals", "vmd5"], {"value": MD5}),
}
# The privacy rule: nothing about the file, the picture, the person or the device.
PRIVACY_KEYS = {
    "file name at the top": ["file_name"],
    "path in an item": ["items", 0, "path"],
    "size in an item": ["items", 0, "size"],
    "dimensions in signals": ["items", 0, "signals", "width"],
    "exif in pdq": [*PDQ_PATH, "exif"],
    "date in md5": ["items", 0, "signals", "md5", "taken_at"],
    "locale at the top": ["locale"],
    "device in a variant": [*PDQ_PATH, "variants", 0, "device"],
    "a note": ["items", 0, "note"],
    "a name-like key": ["items", 0, "IMG_2041.jpg"],
}


@pytest.mark.parametrize("name", BAD_BODIES)
def test_bad_bodies_are_invalid(refbank, name):
    _, token = open_case(refbank.url)
    assert_error(submit(refbank.url, token, BAD_BODIES[name]), 422, "invalid")
    assert refbank.storage.count("submissions") == 0


@pytest.mark.parametrize("name", PRIVACY_KEYS)
def test_unknown_keys_are_refused_anywhere(refbank, name):
    body = _with(PRIVACY_KEYS[name], "secret-value")
    _, token = open_case(refbank.url)
    error = assert_error(submit(refbank.url, token, body), 422, "invalid")
    assert "secret-value" not in error["message"]
    assert "IMG_2041" not in error["message"]  # keys that are not field names are not echoed
    assert refbank.storage.count("submissions") == 0


def test_error_messages_never_repeat_a_hash(refbank):
    _, token = open_case(refbank.url)
    body = _with([*PDQ_PATH, "value"], PDQ_A.upper())
    error = assert_error(submit(refbank.url, token, body), 422, "invalid")
    assert PDQ_A.upper() not in error["message"]
    assert "items[0].signals.pdq.value" in error["message"]


@pytest.mark.parametrize(
    "raw",
    [b"{", b"\xff\xfe{}", b'{"items": [], "items": []}', b'{"items": NaN}', b"[" * 100000],
    ids=["truncated", "not utf-8", "duplicate keys", "NaN", "deep nesting"],
)
def test_broken_json_is_invalid(refbank, raw):
    _, token = open_case(refbank.url)
    response = requests.post(
        f"{refbank.url}/v1/submissions", data=raw, timeout=TIMEOUT,
        headers={**auth(token, str(uuid.uuid4())), "Content-Type": "application/json"},
    )
    assert_error(response, 422, "invalid")


@pytest.mark.parametrize(
    "key",
    [None, "", "not-a-uuid", str(uuid.uuid1()), str(uuid.uuid4())[:-1],
     "{" + str(uuid.uuid4()) + "}"],
    ids=["missing", "empty", "text", "uuid1 (carries the device address)", "short", "braces"],
)
def test_idempotency_key_must_be_a_uuid4(refbank, key):
    _, token = open_case(refbank.url)
    headers = auth(token)
    if key is not None:
        headers["Idempotency-Key"] = key
    response = requests.post(f"{refbank.url}/v1/submissions", json={"items": [full_item()]},
                             headers=headers, timeout=TIMEOUT)
    assert_error(response, 422, "invalid")


def test_only_signals_some_items_carry(refbank):
    _, token = open_case(refbank.url)
    items = []
    for name in ("md5", "sha256", "phash"):
        entry = copy.deepcopy(full_item())
        items.append({"signals": {name: entry["signals"][name]}})
    response = submit(refbank.url, token, {"items": items})
    assert response.status_code == 201, response.text
    assert [i["status"] for i in response.json()["items"]] == ["accepted"] * 3
