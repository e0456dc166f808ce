"""The SafeHash reference bank: SafeHash Bank API v1 on the standard library alone.

It serves three purposes: the contract made runnable (docs/api/), a bank for client tests
(with fault injection), and the app's practice bank (``start_demo_bank``). It is not a
production hash bank: no matching endpoint, no administration, no rate limiting of its own.
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
