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
) -> BankAdapter:
    """The adapter for the profile's bank. ``endpoint = "demo"`` starts the practice bank
    on this computer (stopped by ``adapter.close()``). When the profile names an
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
    if not profile.is_demo:
        return cls(profile, client, endpoint=profile.endpoint, extra_headers=headers)
    if profile.bank_kind != KIND_SAFEHASH_V1:
        raise errors.ProfileError(
            'In the deployment profile, bank.kind must be "safehash-v1" for the demo bank.',
            key="bank.kind",
        )
    try:
        from safehash.refbank.demo import start_demo_bank

        demo = start_demo_bank()
    except (ImportError, OSError) as exc:
        raise errors.DemoUnavailable() from exc
    adapter = cls(profile, client, endpoint=demo.url, extra_headers=headers)
    adapter.on_close(demo.stop)
    return adapter
