"""The SafeHash reference bank: SafeHash Bank API v1 on the standard library alone.

It serves the contract made runnable (docs/api/), a bank for client tests (with fault
injection), the app's practice bank (``start_demo_bank``) and small deployments on one
machine. It holds up under abuse (header and body deadlines, a connection cap, rate limits,
expiring idempotency records: docs/refbank.md), but it is one process and one SQLite file,
with no matching endpoint and no administration; for more, SafeHash speaks to Meta's HMA.
"""

from __future__ import annotations

from safehash.refbank.api import DEFAULT_BANK_NAME, BankConfig
from safehash.refbank.demo import PRACTICE_BANK_NAME, start_demo_bank
from safehash.refbank.faults import Fault, Faults
from safehash.refbank.server import RefBankHandle, start_refbank

__all__ = [
    "DEFAULT_BANK_NAME",
    "PRACTICE_BANK_NAME",
    "BankConfig",
    "Fault",
    "Faults",
    "RefBankHandle",
    "start_demo_bank",
    "start_refbank",
]
