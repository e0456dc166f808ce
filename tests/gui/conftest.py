"""GUI fixtures: a reference bank on 127.0.0.1, the window's services pointed at it, the
window itself (with Quick exit's "quit" recorded instead of ending the test run), and
helpers that drive it the way a person does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from safehash.core.profile import load_profile
from safehash.core.secrets import SecretStore
from safehash.core.transport import RetryPolicy
from safehash.gui.i18n import SOURCE_LANGUAGE, current_language, set_language
from safehash.gui.main_window import MainWindow
from safehash.gui.plurals import install_english_plurals
from safehash.gui.services import Services, create_services
from safehash.refbank import RefBankHandle, start_refbank

FAST_RETRY = RetryPolicy(max_attempts=2, backoff_base=0.01, backoff_cap=0.02)


@pytest.fixture
def bank(tmp_path: Path) -> Iterator[RefBankHandle]:
    with start_refbank(tmp_path / "bank-data", record_bodies=True) as handle:
        yield handle


@pytest.fixture(autouse=True)
def machine_without_secure_store() -> Iterator[None]:
    """The GUI tests run on a computer with no secure password store (keyring's 'fail'
    backend), whatever test keyrings were imported elsewhere; a test that needs a store
    passes its own to ``SecretStore``."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def secrets() -> SecretStore:
    """The machine's keyring: none that can keep secrets."""
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


@pytest.fixture(autouse=True)
def english_plurals(qapp) -> None:
    """What the window installs at start: singular and plural English."""
    install_english_plurals()


@pytest.fixture(autouse=True)
def back_to_english(qapp) -> Iterator[None]:
    """The window's language is application-wide: every test ends in English."""
    yield
    if current_language() != SOURCE_LANGUAGE:
        set_language(SOURCE_LANGUAGE)
