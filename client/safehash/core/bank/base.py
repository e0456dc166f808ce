"""One small interface for every kind of hash bank, and what its answers mean."""

from __future__ import annotations

import unicodedata
import urllib.parse
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from safehash.core import errors
from safehash.core.profile import Profile
from safehash.core.records import Case, MediaSignalTypes, Receipt, Submission
from safehash.core.transport import HttpClient, HttpResponse

SUBMISSION_ACTIVE = "active"
SUBMISSION_WITHDRAWN = "withdrawn"
SUBMISSION_PARTLY_WITHDRAWN = "partly_withdrawn"
CASE_OPEN = "open"
CASE_WITHDRAWN = "withdrawn"
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class BankInfo:
    kind: str
    bank_name: str
    signal_types: tuple[str, ...]  # what the bank takes of a photo
    max_items: int | None  # None: no limit the bank told us about
    min_pdq_quality: int
    self_service_cases: bool
    # What it takes of a video, in SafeHash's names (vpdq, md5, sha256); empty: the bank
    # cannot take videos, and none is sent to it.
    video_signal_types: tuple[str, ...] = ()
    max_body_bytes: int | None = None  # the largest request body; None: no limit known

    @property
    def media_signal_types(self) -> MediaSignalTypes:
        return MediaSignalTypes(self.signal_types, self.video_signal_types)


def types_to_send(profile: Profile, info: BankInfo | None) -> MediaSignalTypes:
    """What to send of each photo and video: the profile's choice, narrowed to what the
    bank says it takes. Before the bank has answered, the profile's choice (the adapter
    refuses to send videos to a bank that turns out to take none)."""
    chosen = profile.media_signal_types
    return chosen if info is None else chosen.restricted_to(info.media_signal_types)


@dataclass(frozen=True, slots=True)
class SubmissionStatus:
    submission_id: str
    received_at: str
    status: str  # SUBMISSION_ACTIVE, SUBMISSION_WITHDRAWN or SUBMISSION_PARTLY_WITHDRAWN
    items_accepted: int  # items the bank accepted when it received the submission
    items_held: int | None = None  # items it holds now, when the bank counts them apart
    # Of those, videos (photos are the rest); a bank that takes no videos says 0.
    videos_accepted: int = 0
    videos_held: int | None = None

    @property
    def held(self) -> int:
        """Items the bank holds now: none once withdrawn (withdrawing deletes the hashes;
        the count of what was accepted stays)."""
        if self.items_held is not None:
            return self.items_held
        return self.items_accepted if self.status == SUBMISSION_ACTIVE else 0

    @property
    def videos_held_now(self) -> int:
        """Videos among ``held``."""
        if self.videos_held is not None:
            return self.videos_held
        return self.videos_accepted if self.status == SUBMISSION_ACTIVE else 0


@dataclass(frozen=True, slots=True)
class CaseStatus:
    case_id: str
    status: str  # CASE_OPEN or CASE_WITHDRAWN
    created_at: str | None
    submissions: tuple[SubmissionStatus, ...]


class ItemJournal(Protocol):
    """Where a bank without idempotency (HMA) notes each item as soon as it is stored, so
    that sending again posts only what is missing. The outbox provides a saved one."""

    def get(self, key: str) -> str | None: ...

    def record(self, key: str, content_id: str) -> None: ...


class MemoryJournal:
    def __init__(self) -> None:
        self.done: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.done.get(key)

    def record(self, key: str, content_id: str) -> None:
        self.done[key] = content_id


class BankAdapter(ABC):
    """Talks to one bank. Every method raises a ``BankError`` subclass on failure."""

    kind: str = ""

    def __init__(
        self,
        profile: Profile,
        client: HttpClient,
        *,
        endpoint: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.profile = profile
        self.client = client
        self.endpoint = endpoint.rstrip("/")
        self.endpoint_host = profile.endpoint_host
        # A deployment's proxy header: sent with every request, never logged.
        self._extra_headers = dict(extra_headers or {})
        self._info: BankInfo | None = None
        self._closers: list[Callable[[], None]] = []

    @abstractmethod
    def info(self) -> BankInfo:
        """What the bank accepts; also a cheap check that it can be reached."""

    @abstractmethod
    def open_case(self) -> Case:
        """A new case; its token (if the bank has tokens) is shown to the person once."""

    @abstractmethod
    def submit(
        self, submission: Submission, case: Case, *, journal: ItemJournal | None = None
    ) -> Receipt:
        """Send the submission; sending it again never stores anything twice (see hma.py
        for the one narrow exception)."""

    @abstractmethod
    def status(self, case: Case, receipts: Sequence[Receipt] = ()) -> CaseStatus:
        """What the bank holds now. HMA knows no cases, so it needs the receipts."""

    @abstractmethod
    def withdraw_submission(self, receipt: Receipt, case: Case) -> None:
        """Ask the bank to delete what one submission added."""

    @abstractmethod
    def withdraw_case(self, case: Case, receipts: Sequence[Receipt] = ()) -> None:
        """Ask the bank to delete everything in the case."""

    def close(self) -> None:
        """Release what the adapter started (the practice bank); the client is the caller's."""
        while self._closers:
            self._closers.pop()()

    def on_close(self, func: Callable[[], None]) -> None:
        self._closers.append(func)

    def __enter__(self) -> BankAdapter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- helpers for subclasses --------------------------------------------------------

    def bank_name(self) -> str:
        if self._info is not None:
            return self._info.bank_name
        return self.profile.bank_name or self.endpoint_host

    def url(self, *segments: str) -> str:
        return self.endpoint + "/" + "/".join(urllib.parse.quote(s, safe="") for s in segments)

    def call(
        self,
        method: str,
        *segments: str,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool,
        expect: tuple[int, ...] = (200,),
    ) -> HttpResponse:
        response = self.client.request(
            method,
            self.url(*segments),
            json_body=body,
            headers={**self._extra_headers, **(headers or {})},
            idempotent=idempotent,
        )
        if response.status not in expect:
            raise self.error_for(response)
        return response

    def error_for(self, response: HttpResponse) -> errors.BankError:
        return error_for_answer(response)


_BY_CODE: dict[str, type[errors.BankError]] = {
    "self_service_disabled": errors.SelfServiceDisabled,
    "case_withdrawn": errors.CaseWithdrawn,
    "idempotency_conflict": errors.Conflict,
}
_BY_STATUS: dict[int, type[errors.BankError]] = {
    400: errors.Rejected,
    401: errors.Unauthorized,
    403: errors.Forbidden,
    404: errors.NotFound,
    409: errors.Conflict,
    411: errors.Rejected,
    413: errors.TooLarge,
    415: errors.Rejected,
    422: errors.Rejected,
}


def error_for_answer(response: HttpResponse) -> errors.BankError:
    """The typed error for an answer we did not expect (the server's words are not used:
    they are untrusted and untranslated; its error code picks the class)."""
    code = None
    try:
        doc = response.json()
        if isinstance(doc, dict) and isinstance(doc.get("error"), dict):
            code = doc["error"].get("code")
    except errors.BadResponse:
        pass
    cls = _BY_CODE.get(code) if isinstance(code, str) else None
    if cls is None:
        cls = _BY_STATUS.get(response.status)
    if cls is None:
        cls = errors.Rejected if 400 <= response.status < 500 else errors.BadResponse
    error = cls()
    error.status = response.status
    return error


def clean_text(value: object, limit: int = MAX_TEXT) -> str | None:
    """Text from a bank, made safe to show: no control or direction-changing characters."""
    if not isinstance(value, str):
        return None
    kept = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C")
    return kept[:limit]
