"""Hash banks: one adapter per kind of bank API, behind ``BankAdapter``."""

from __future__ import annotations

from safehash.core import errors
from safehash.core.bank.base import (
    BankAdapter,
    BankInfo,
    CaseStatus,
    ItemJournal,
    MemoryJournal,
    SubmissionStatus,
    types_to_send,
)
from safehash.core.bank.hma import HmaAdapter
from safehash.core.bank.safehash_v1 import SafeHashV1Adapter
from safehash.core.profile import KIND_HMA, KIND_SAFEHASH_V1, Profile
from safehash.core.secrets import SecretStore
from safehash.core.transport import HttpClient

__all__ = [
    "BankAdapter",
    "BankInfo",
    "CaseStatus",
    "HmaAdapter",
    "ItemJournal",
    "MemoryJournal",
    "SafeHashV1Adapter",
    "SubmissionStatus",
    "adapter_for",
    "types_to_send",
]

ADAPTERS: dict[str, type[BankAdapter]] = {
    KIND_SAFEHASH_V1: SafeHashV1Adapter,
    KIND_HMA: HmaAdapter,
}


def adapter_for(
    profile: Profile,
    client: HttpClient,
    *,
    secrets: SecretStore | None = None,
    access_code: str | None = None,
    endpoint: str | None = None,
) -> BankAdapter:
    """The adapter for the profile's bank, at ``endpoint`` when given (the practice bank's
    address on this computer, which the window and the command line start: see
    ``safehash.practice_bank``), else the profile's. When the profile names an
    ``auth_header``, its value is ``access_code`` or else the one in ``secrets``. The
    client takes the profile's deadlines."""
    client.set_deadlines(profile.request_timeout, profile.sending_timeout)
    headers = {}
    if profile.auth_header:
        value = access_code
        if value is None and secrets is not None:
            value = secrets.load_header_value(profile.endpoint_host, profile.auth_header)
        if not value:
            raise errors.BankAccessCodeMissing()
        if not value.isascii() or not value.isprintable():
            raise errors.BankAccessCodeMissing(
                "The access code has characters that cannot be sent."
            )
        headers[profile.auth_header] = value
    cls = ADAPTERS[profile.bank_kind]
    if endpoint is None and profile.is_demo:
        raise errors.DemoUnavailable()  # "demo" names no address; open_bank starts one
    return cls(profile, client, endpoint=endpoint or profile.endpoint, extra_headers=headers)
