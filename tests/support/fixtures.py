"""Fixtures for tests that need a hash bank: a reference bank and an HMA fake, both real
servers on 127.0.0.1 that are stopped after the test.

Use them from a conftest.py: ``from support.fixtures import refbank, hma_fake``.
Both record what clients send (``recorded_bodies``, ``recorded_requests``) for privacy checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from safehash.refbank import RefBankHandle, start_refbank
from support.hma_fake import HmaFakeHandle, start_hma_fake


@pytest.fixture
def refbank(tmp_path: Path) -> Iterator[RefBankHandle]:
    """A reference bank with its data in the test's temporary folder."""
    with start_refbank(tmp_path / "refbank-data", record_bodies=True) as bank:
        yield bank


@pytest.fixture
def hma_fake() -> Iterator[HmaFakeHandle]:
    """An HMA fake with one bank, ``SAFEHASH``, and no required header."""
    with start_hma_fake(record_bodies=True) as fake:
        yield fake
