"""The practice bank, wired in at the edges: the window and the command line call
``open_bank`` and the core only ever sees an endpoint.

A deployment profile with ``endpoint = "demo"`` means "SafeHash's own practice bank on this
computer": it is started here (``safehash.refbank.demo``, in memory, on 127.0.0.1) and its
address handed to ``safehash.core.bank.adapter_for``, so the core never depends on the
reference server's code.
"""

from __future__ import annotations

from safehash.core import errors
from safehash.core.bank import BankAdapter, adapter_for
from safehash.core.profile import KIND_SAFEHASH_V1, Profile
from safehash.core.secrets import SecretStore
from safehash.core.transport import HttpClient


def open_bank(
    profile: Profile,
    client: HttpClient,
    *,
    secrets: SecretStore | None = None,
    access_code: str | None = None,
) -> BankAdapter:
    """The adapter for the profile's bank; for the practice bank, one started now on this
    computer and stopped by ``adapter.close()``."""
    if not profile.is_demo:
        return adapter_for(profile, client, secrets=secrets, access_code=access_code)
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
    try:
        adapter = adapter_for(
            profile, client, secrets=secrets, access_code=access_code, endpoint=demo.url
        )
    except BaseException:
        demo.stop()
        raise
    adapter.on_close(demo.stop)
    return adapter
