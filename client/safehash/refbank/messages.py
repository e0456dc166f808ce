"""The two plain values every handler passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "application/json; charset=utf-8"
    close: bool = False


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: str
    headers: Message
    body: bytes


_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    411: "length_required",
    413: "too_large",
    414: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    431: "too_large",
    501: "not_implemented",
}


def code_for_status(status: int) -> str:
    """The error code a status gets when nothing more precise is known."""
    return _CODES.get(status, "server_error" if status >= 500 else "bad_request")
