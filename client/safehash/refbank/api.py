"""SafeHash Bank API v1: the routes and the functions that answer them.

The contract is docs/api/safehash-bank-v1.openapi.yaml. Each function takes the request (and
path ids) and returns a Response or raises an error that becomes the one error shape
``{"error": {"code": ..., "message": ...}}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from safehash.core import case_token
from safehash.refbank.messages import Request, Response
from safehash.refbank.ratelimit import RateLimiter
from safehash.refbank.storage import (
    CaseRef,
    CaseWithdrawn,
    IdempotencyConflict,
    NotFound,
    Storage,
    StorageError,
    new_id,
    now_rfc3339,
    token_digest,
)
from safehash.refbank.validation import (
    MEDIA_IMAGE,
    MEDIA_VIDEO,
    SIGNAL_TYPES,
    VIDEO_SIGNAL_TYPES,
    Invalid,
    Item,
    canonical_hash,
    check_case_request,
    check_idempotency_key,
    check_submission,
    parse_json,
)

API_VERSION = "1"
DEFAULT_BANK_NAME = "SafeHash reference bank"
# The body limit of API 1.0, kept for everything but submissions to a bank taking videos.
V1_MAX_BODY_BYTES = 1024 * 1024
# Enough for the largest video item: 36,000 frames seen two ways (about 10 MB).
DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024
REASON_LOW_QUALITY = "pdq_quality_too_low"
# Every error code this server sends; the OpenAPI document must list each (a test checks).
ERROR_CODES = (
    "bad_request", "case_withdrawn", "forbidden", "idempotency_conflict", "invalid",
    "length_required", "method_not_allowed", "not_found", "rate_limited", "server_error",
    "self_service_disabled", "too_large", "unauthorized", "unsupported_media_type",
)
_STORAGE_STATUS = {NotFound: 404, CaseWithdrawn: 403, IdempotencyConflict: 409}
_COMMON_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


@dataclass(frozen=True, slots=True)
class BankConfig:
    bank_name: str = DEFAULT_BANK_NAME
    self_service: bool = True
    min_quality: int = 50
    max_items: int = 500
    # False: a bank as API 1.0 defined it, taking photos only (clients send it no video).
    videos: bool = True
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    def body_limit(self, method: str, route: str) -> int:
        if self.videos and (method, route) == ("POST", "/v1/submissions"):
            return self.max_body_bytes
        return V1_MAX_BODY_BYTES


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def json_response(status: int, doc: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(doc, separators=(",", ":")).encode("utf-8")
    return Response(status, body, {**_COMMON_HEADERS, **(headers or {})})


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> Response:
    return json_response(status, {"error": {"code": code, "message": message}}, headers)


Handler = Callable[..., Response]


@dataclass(frozen=True, slots=True)
class _Match:
    template: str
    func: Handler | None
    params: dict[str, str]
    allowed: list[str] = field(default_factory=list)


class Api:
    def __init__(
        self, config: BankConfig, storage: Storage, token_limit: RateLimiter | None = None
    ) -> None:
        self.config = config
        self.storage = storage
        self.token_limit = token_limit if token_limit is not None else RateLimiter(0)
        # The template doubles as the log name, which holds no ids.
        spec: list[tuple[str, str, Handler]] = [
            ("GET", "/v1/info", self.info),
            ("POST", "/v1/cases", self.open_case),
            ("GET", "/v1/cases/{case_id}", self.case_view),
            ("DELETE", "/v1/cases/{case_id}", self.withdraw_case),
            ("POST", "/v1/submissions", self.submit),
            ("DELETE", "/v1/submissions/{submission_id}", self.withdraw_submission),
        ]
        self._routes = [(m, t, _compile(t), f) for m, t, f in spec]

    # --- routing -----------------------------------------------------------------------

    def _match(self, method: str, path: str) -> _Match:
        allowed: list[str] = []
        for route_method, template, pattern, func in self._routes:
            found = pattern.fullmatch(path)
            if found:
                if route_method == method:
                    return _Match(template, func, found.groupdict())
                allowed.append(route_method)
        return _Match("-", None, {}, allowed)

    @property
    def routes(self) -> list[tuple[str, str]]:
        """(method, path template) of every operation, for the contract test."""
        return [(method, template) for method, template, _, _ in self._routes]

    def route_name(self, method: str, path: str) -> str:
        return self._match(method, path).template

    def handle(self, request: Request) -> Response:
        match = self._match(request.method, request.path)
        allowed = match.allowed
        try:
            if match.func is None:
                if allowed:
                    raise ApiError(405, "method_not_allowed",
                                   f"Use {' or '.join(allowed)} here.",
                                   {"Allow": ", ".join(allowed)})
                raise ApiError(404, "not_found", "There is nothing at this address.")
            if request.query:
                raise Invalid("This API takes no query parameters.")
            return match.func(request, **match.params)
        except ApiError as err:
            return error_response(err.status, err.code, err.message, err.headers)
        except Invalid as err:
            return error_response(err.status, err.code, err.message)
        except StorageError as err:
            return error_response(_STORAGE_STATUS.get(type(err), 409), err.code, str(err))

    # --- endpoints ---------------------------------------------------------------------

    def info(self, request: Request) -> Response:
        doc: dict[str, Any] = {
            "api_version": API_VERSION,
            "bank_name": self.config.bank_name,
            "signal_types": list(SIGNAL_TYPES),
            "max_items_per_submission": self.config.max_items,
            "min_pdq_quality": self.config.min_quality,
            "self_service_cases": self.config.self_service,
        }
        if self.config.videos:
            doc["signal_types_by_media"] = {
                MEDIA_IMAGE: list(SIGNAL_TYPES),
                MEDIA_VIDEO: list(VIDEO_SIGNAL_TYPES),
            }
            doc["max_body_bytes"] = self.config.max_body_bytes
        return json_response(200, doc)

    def open_case(self, request: Request) -> Response:
        if not self.config.self_service:
            raise ApiError(403, "self_service_disabled",
                           "This bank does not open cases from the app; "
                           "your support organisation can give you a case token.")
        check_case_request(_json_body(request) if request.body else {})
        case_id, token = self.storage.create_case()
        return json_response(201, {"case_id": case_id, "case_token": token})

    def submit(self, request: Request) -> Response:
        case = self._authorise(request)
        key = check_idempotency_key(request.headers.get("Idempotency-Key"))
        doc = _json_body(request)
        items = check_submission(doc, self.config.max_items, videos=self.config.videos)
        submission_id, received_at = new_id("sub"), now_rfc3339()
        results: list[dict[str, Any]] = []
        accepted: list[tuple[int, Item]] = []
        for index, item in enumerate(items):
            # A video's frames are kept whatever their quality: matchers skip weak frames
            # themselves, as Meta's vpdq does, and its MD5 and SHA-256 still match copies.
            if item.pdq is not None and item.pdq.quality < self.config.min_quality:
                results.append({"index": index, "status": "rejected",
                                "reason": REASON_LOW_QUALITY})
            else:
                accepted.append((index, item))
                results.append({"index": index, "status": "accepted", "reason": None})
        fresh = json_response(201, {
            "submission_id": submission_id,
            "case_id": case.case_id,
            "received_at": received_at,
            "items": results,
        })
        body, replayed = self.storage.submit(
            case.case_id, key, canonical_hash(doc), submission_id, received_at, accepted,
            fresh.body,
        )
        if replayed:
            return Response(200, body, {**_COMMON_HEADERS, "Idempotent-Replayed": "true"})
        return fresh

    def case_view(self, request: Request, case_id: str) -> Response:
        self._own_case(request, case_id)
        return json_response(200, self.storage.case_view(case_id))

    def withdraw_case(self, request: Request, case_id: str) -> Response:
        self._own_case(request, case_id)
        self.storage.withdraw_case(case_id)
        return json_response(200, {"case_id": case_id, "status": "withdrawn"})

    def withdraw_submission(self, request: Request, submission_id: str) -> Response:
        case = self._authorise(request)
        self.storage.withdraw_submission(case.case_id, submission_id)
        return json_response(200, {"submission_id": submission_id, "status": "withdrawn"})

    # --- helpers -----------------------------------------------------------------------

    def _authorise(self, request: Request) -> CaseRef:
        challenge = {"WWW-Authenticate": 'Bearer realm="safehash"'}
        scheme, _, value = (request.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise ApiError(401, "unauthorized",
                           "A case token is needed (Authorization: Bearer <token>).", challenge)
        try:
            canonical = case_token.parse(value.strip())
        except case_token.CaseTokenError:
            raise ApiError(401, "unauthorized", "The case token is not valid.",
                           challenge) from None
        digest = token_digest(canonical)
        # Counted before the look-up, so made-up tokens are limited like real ones.
        wait = self.token_limit.take(digest)
        if wait is not None:
            raise ApiError(429, "rate_limited", "Too many requests for this case; please wait.",
                           {"Retry-After": str(wait)})  # fmt: skip
        case = self.storage.case_for_token(canonical)
        if case is None:
            raise ApiError(401, "unauthorized", "No case has this token.", challenge)
        return case

    def _own_case(self, request: Request, case_id: str) -> CaseRef:
        case = self._authorise(request)
        # The same answer whether or not the other case exists: no way to probe for ids.
        if case.case_id != case_id:
            raise ApiError(403, "forbidden", "This case token is for another case.")
        return case


def _json_body(request: Request) -> Any:
    media = (request.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if media != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    encoding = (request.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding != "identity":
        raise ApiError(415, "unsupported_media_type", "Send the body without compression.")
    return parse_json(request.body)


def _compile(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template))
