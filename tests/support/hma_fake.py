"""A fake of Meta's Hasher-Matcher-Actioner (HMA 2.0) curation API, for client tests.

Real HTTP on 127.0.0.1, the same plumbing and fault injection as the reference bank
(``safehash.refbank``). What it does, following HMA's ``blueprints/curation.py``:

* ``POST /c/bank/<BANK>/signal`` with ``{"<signal type>": "<signal>", ..., "note": "..."}``
  adds one content with those signals: 200 ``{"id": <int>, "signals": {...}}``. A signal
  type must be installed (``signal_types``; HMA takes an installed type whatever its
  ``enabled_ratio``), else 400 ``No such signal type``. Each is checked as
  python-threatexchange does: ``pdq`` 64 lower-case hex; ``video_md5`` 32 hex after
  ``strip().lower()`` (stored so); ``vpdq`` a string holding a JSON array of
  ``"hex,quality,timestamp"`` strings (``VpdqCompactFeature``), stored as given. A bad one:
  400 ``{"message": ...}``. Unknown bank: 404.
* ``GET /c/signal_type``: ``[{"name", "enabled_ratio"}]`` of the installed types; HMA's
  default configuration is ``pdq`` and ``video_md5``, both 1.0 (``DEFAULT_SIGNAL_TYPES``).
* ``GET /c/bank/<BANK>/content/<id>``: 200 ``{"id", "signals", "note"}`` or 404.
* ``DELETE /c/bank/<BANK>/content/<id>``: 200 ``{"deleted": 1}``; an unknown id is 404.
* ``GET /status``: 200 ``I-AM-ALIVE``, or 503 while ``set_loading(True)``.
* bank names must match ``[A-Z_][A-Z0-9_]*`` (else 400);
* with ``required_header=(name, value)`` every request must carry it, as an
  authenticating proxy in front of HMA would ask: missing 401, wrong 403.

Where this deliberately differs from the HMA code we read: ``note`` (HMA's signal route
takes only signal types), 404 for deleting an unknown id (HMA answers ``{"deleted": 0}``),
400 for a malformed bank name on every route (HMA checks it when a bank is created), and a
shorter content document.
"""

from __future__ import annotations

import hmac
import itertools
import json
import re
import ssl
import threading
from collections.abc import Mapping
from typing import Any

from safehash.refbank.httpbase import App, ServerHandle
from safehash.refbank.messages import Request, Response

BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
PDQ = re.compile(r"[0-9a-f]{64}")
MD5 = re.compile(r"^[0-9a-f]{32}$")
NOTE_MAX = 255
# HMA's default configuration (OpenMediaMatch's storage: PdqSignal, VideoMD5Signal).
DEFAULT_SIGNAL_TYPES: Mapping[str, float] = {"pdq": 1.0, "video_md5": 1.0}
WITH_VPDQ: Mapping[str, float] = {**DEFAULT_SIGNAL_TYPES, "vpdq": 1.0}
_SIGNAL = re.compile(r"/c/bank/(?P<bank>[^/]+)/signal")
_CONTENT = re.compile(r"/c/bank/(?P<bank>[^/]+)/content/(?P<content_id>[^/]+)")


def _json(status: int, doc: Any) -> Response:
    return Response(status, json.dumps(doc).encode("utf-8"), content_type="application/json")


def _valid_signal(name: str, value: Any) -> str:
    """The signal as HMA stores it, or ValueError with HMA's words."""
    if name == "pdq":
        if not isinstance(value, str) or not PDQ.fullmatch(value):
            raise ValueError("invalid PDQ hash")
        return value
    if name == "video_md5":
        normalised = value.strip().lower()  # a non-string fails here, as in HMA
        if not MD5.match(normalised):
            raise ValueError(f"{value!r} is not a valid MD5 hash")
        return normalised
    if name == "vpdq":
        # VPDQSignal.validate_signal_str: json_to_vpdq(signal_str), then the string as given.
        for serialized in json.loads(value or "[]"):
            parts = serialized.split(",")
            try:
                pdq_hex, quality, timestamp = parts[0], int(parts[1]), float(parts[2])
                if len(parts) != 3 or len(pdq_hex) != 64:
                    raise ValueError("malformed")
                int(pdq_hex, 16)
                if not 0 <= quality <= 100 or timestamp < 0:
                    raise ValueError("out of bounds")
            except (ValueError, IndexError):
                raise ValueError(
                    f"invalid VpdqCompactFeature serialization: {serialized}"
                ) from None
        return value
    raise ValueError(f"no validator for {name}")


class HmaApp(App):
    server_name = "HMA-fake"
    max_body = 64 * 1024 * 1024  # HMA sets no limit; a long video's vPDQ is megabytes

    def __init__(
        self,
        banks: tuple[str, ...],
        required_header: tuple[str, str] | None,
        record_bodies: bool,
        signal_types: Mapping[str, float] = DEFAULT_SIGNAL_TYPES,
    ) -> None:
        super().__init__(record_bodies=record_bodies)
        self.signal_types = dict(signal_types)
        bad = [name for name in banks if not BANK_NAME.fullmatch(name)]
        if bad:
            raise ValueError(f"HMA bank names must be UPPER_WITH_UNDERSCORE: {bad}")
        self.banks = set(banks)
        self.required_header = required_header
        self.loading = False
        self.lock = threading.Lock()
        self.contents: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(1)

    def error(self, status: int, code: str, message: str) -> Response:
        return _json(status, {"message": message})

    def route_name(self, method: str, path: str) -> str:
        if _SIGNAL.fullmatch(path):
            return "/c/bank/{bank}/signal"
        if _CONTENT.fullmatch(path):
            return "/c/bank/{bank}/content/{id}"
        return path if path in ("/status", "/c/signal_type") else "-"

    def handle(self, request: Request) -> Response:
        denied = self._check_header(request)
        if denied is not None:
            return denied
        path, method = request.path, request.method
        if path == "/status":
            if method != "GET":
                return self._not_allowed()
            if self.loading:
                return Response(503, b"INDEX-STALE", content_type="text/html; charset=utf-8")
            return Response(200, b"I-AM-ALIVE", content_type="text/html; charset=utf-8")
        if path == "/c/signal_type":
            if method != "GET":
                return self._not_allowed()
            return _json(200, [{"name": name, "enabled_ratio": ratio}
                               for name, ratio in self.signal_types.items()])  # fmt: skip
        if found := _SIGNAL.fullmatch(path):
            if method != "POST":
                return self._not_allowed()
            return self._bank(found["bank"]) or self._add_signal(found["bank"], request)
        if found := _CONTENT.fullmatch(path):
            if method not in ("GET", "DELETE"):
                return self._not_allowed()
            bank, raw_id = found["bank"], found["content_id"]
            if not raw_id.isdigit():  # Flask's <int:...> does not match: a plain 404
                return self.error(404, "", "The requested URL was not found on the server.")
            return self._bank(bank) or self._content(method, bank, int(raw_id))
        return self.error(404, "", "The requested URL was not found on the server.")

    def _check_header(self, request: Request) -> Response | None:
        if self.required_header is None:
            return None
        name, expected = self.required_header
        got = request.headers.get(name)
        if got is None:
            return self.error(401, "", f"Missing {name} header")
        if not hmac.compare_digest(got.encode(), expected.encode()):
            return self.error(403, "", f"Invalid {name}")
        return None

    def _not_allowed(self) -> Response:
        return self.error(405, "", "The method is not allowed for the requested URL.")

    def _bank(self, bank: str) -> Response | None:
        if not BANK_NAME.fullmatch(bank):
            return self.error(400, "", "Bank names must be UPPER_WITH_UNDERSCORE")
        if bank not in self.banks:
            return self.error(404, "", f"bank '{bank}' not found")
        return None

    def _add_signal(self, bank: str, request: Request) -> Response:
        media = (request.headers.get("Content-Type") or "").split(";")[0].strip()
        if media != "application/json":
            return self.error(415, "", "Did not attempt to load JSON data because the request "
                              "Content-Type was not 'application/json'.")
        try:
            doc = json.loads(request.body)
        except ValueError:
            return self.error(400, "", "The browser (or proxy) sent a request that this server "
                              "could not understand.")
        if not isinstance(doc, dict):
            return self.error(400, "", "No signals given")
        note = doc.pop("note", None)
        if note is not None and (not isinstance(note, str) or len(note) > NOTE_MAX):
            return self.error(400, "", f"note must be a string of at most {NOTE_MAX} characters")
        if not doc:
            return self.error(400, "", "No signals given")
        signals = {}
        for name, value in doc.items():
            if name not in self.signal_types:
                return self.error(400, "", f"No such signal type {name}")
            try:
                signals[name] = _valid_signal(name, value)
            except Exception as exc:  # noqa: BLE001 - HMA turns any failure into a 400
                return self.error(400, "", f"Invalid {name} signal: {exc}")
        with self.lock:
            content_id = next(self._ids)
            self.contents[content_id] = {"bank": bank, "signals": signals, "note": note}
        return _json(200, {"id": content_id, "signals": signals})

    def _content(self, method: str, bank: str, content_id: int) -> Response:
        with self.lock:
            content = self.contents.get(content_id)
            if content is None or content["bank"] != bank:
                return self.error(404, "", f"content '{content_id}' not found")
            if method == "DELETE":
                del self.contents[content_id]
                return _json(200, {"deleted": 1})
            return _json(200, {"id": content_id, "signals": dict(content["signals"]),
                               "note": content["note"]})


class HmaFakeHandle(ServerHandle):
    app: HmaApp

    @property
    def contents(self) -> dict[int, dict[str, Any]]:
        """A copy of what the banks hold: ``{id: {"bank", "signals", "note"}}``."""
        with self.app.lock:
            return {cid: dict(content) for cid, content in self.app.contents.items()}

    def set_loading(self, loading: bool) -> None:
        """While loading, ``/status`` answers 503 as HMA does before its index is built."""
        self.app.loading = loading


def start_hma_fake(
    banks: tuple[str, ...] = ("SAFEHASH",),
    required_header: tuple[str, str] | None = None,
    tls: ssl.SSLContext | None = None,
    record_bodies: bool = False,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    signal_types: Mapping[str, float] = DEFAULT_SIGNAL_TYPES,
) -> HmaFakeHandle:
    """``signal_types``: the installed types and their ``enabled_ratio``, e.g. ``WITH_VPDQ``."""
    app = HmaApp(tuple(banks), required_header, record_bodies, signal_types)
    return HmaFakeHandle(app, host, port, tls)
