"""Small helpers for talking to a reference bank in tests."""

from __future__ import annotations

import uuid
from typing import Any

import requests

PDQ_A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
PDQ_B = "e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064"
MD5 = "0123456789abcdef0123456789abcdef"
SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
PHASH = "d1c48f2a3b5e6f70"
TIMEOUT = 10


def item(pdq: str = PDQ_A, quality: int = 90, **extra: Any) -> dict[str, Any]:
    signals: dict[str, Any] = {"pdq": {"value": pdq, "quality": quality}}
    signals.update(extra)
    return {"signals": signals}


def full_item() -> dict[str, Any]:
    return {
        "signals": {
            "pdq": {"value": PDQ_A, "quality": 87,
                    "variants": [{"value": PDQ_B, "quality": 80}]},
            "md5": {"value": MD5},
            "sha256": {"value": SHA256},
            "phash": {"value": PHASH},
        }
    }


def open_case(url: str) -> tuple[str, str]:
    response = requests.post(f"{url}/v1/cases", json={}, timeout=TIMEOUT)
    assert response.status_code == 201, response.text
    doc = response.json()
    return doc["case_id"], doc["case_token"]


def auth(token: str, key: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return headers


def submit(
    url: str,
    token: str,
    body: Any,
    key: str | None = None,
    session: Any = requests,
    **kwargs: Any,
) -> requests.Response:
    return session.post(
        f"{url}/v1/submissions",
        json=body,
        headers=auth(token, key or str(uuid.uuid4())),
        timeout=TIMEOUT,
        **kwargs,
    )


def assert_error(response: requests.Response, status: int, code: str) -> dict[str, Any]:
    """The one error shape: exactly {"error": {"code", "message"}}, JSON, not cached."""
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    doc = response.json()
    assert set(doc) == {"error"}
    assert set(doc["error"]) == {"code", "message"}
    assert doc["error"]["code"] == code
    assert isinstance(doc["error"]["message"], str) and doc["error"]["message"]
    return doc["error"]
