"""The app's practice bank: a reference bank on this computer that shares nothing.

It keeps its data in memory only, so nothing about a practice run is ever written to disk,
not even a temporary file that a crash or a Quick exit could leave behind on a shared
computer. It listens on 127.0.0.1 only.
"""

from __future__ import annotations

from safehash.refbank.server import RefBankHandle, start_refbank

PRACTICE_BANK_NAME = "Practice bank on this computer (nothing is shared)"


def start_demo_bank() -> RefBankHandle:
    """Start the practice bank in a daemon thread; ``stop()`` forgets everything."""
    return start_refbank(
        None,
        host="127.0.0.1",
        port=0,
        bank_name=PRACTICE_BANK_NAME,
        self_service=True,
    )
