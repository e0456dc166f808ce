"""GUI fixtures: a reference bank on 127.0.0.1, the window's services pointed at it, the
window itself (with Quick exit's "quit" recorded instead of ending the test run), and
helpers that drive it the way a person does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from safehash.core.profile import load_profile
from safehash.core.secrets import SecretStore
from safehash.core.transport import RetryPolicy
from safehash.gui.main_window import MainWindow
from safehash.gui.services import Services, create_services
from safehash.refbank import RefBankHandle, start_refbank

FAST_RETRY = RetryPolicy(max_attempts=2, backoff_base=0.01, backoff_cap=0.02)


@pytest.fixture
def bank(tmp_path: Path) -> Iterator[RefBankHandle]:
    with start_refbank(tmp_path / "bank-data", record_bodies=True) as handle:
        yield handle


@pytest.fixture
def secrets() -> SecretStore:
    """The machine's keyring: in this test environment, keyring's 'fail' backend."""
    return SecretStore()


@pytest.fixture
def services(bank: RefBankHandle, secrets: SecretStore) -> Iterator[Services]:
    profile = load_profile().with_overrides(endpoint=bank.url)
    made = create_services(profile, secrets=secrets, retry=FAST_RETRY)
    yield made
    made.shutdown()


@pytest.fixture
def window(qtbot, services: Services) -> Iterator[MainWindow]:
    quits: list[bool] = []
    win = MainWindow(services, ["en"], quit_app=lambda: quits.append(True))
    win.quit_calls = quits  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


