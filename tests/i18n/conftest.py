"""Translation tests: the scripts in scripts/ (lupdate, lrelease, the pseudo-language) on
temporary copies, and the window in each language. Every test ends in English."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import keyring
import keyring.backends.fail
import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))


def _load_script() -> ModuleType:
    """scripts/i18n.py (its name is taken here by this test package)."""
    spec = importlib.util.spec_from_file_location("i18n_script", REPO / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n_script = _load_script()

from safehash.core.profile import load_profile  # noqa: E402
from safehash.core.transport import RetryPolicy  # noqa: E402
from safehash.gui import i18n  # noqa: E402
from safehash.gui.main_window import MainWindow  # noqa: E402
from safehash.gui.services import Services, create_services  # noqa: E402
from support.fixtures import refbank  # noqa: E402, F401  (a fixture)


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every committed .ts compiled (with the pseudo-language and the manifest) into a
    temporary folder, exactly as `make translations` does into resources/i18n."""
    out = tmp_path_factory.mktemp("qm")
    i18n_script.compile_all(out)
    return out


@pytest.fixture(autouse=True)
def back_to_english(qapp) -> Iterator[None]:
    yield
    if i18n.current_language() != i18n.SOURCE_LANGUAGE:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def translations_from(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window finds the freshly compiled translations (not whatever is in resources/)."""
    monkeypatch.setenv(i18n.ENV_I18N_DIR, str(compiled))
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    return compiled


@pytest.fixture
def services(refbank) -> Iterator[Services]:  # noqa: F811
    profile = load_profile().with_overrides(endpoint=refbank.url)
    made = create_services(profile, retry=RetryPolicy(max_attempts=1))
    yield made
    made.shutdown()


@pytest.fixture
def window(qtbot, services: Services, compiled: Path) -> Iterator[MainWindow]:
    win = MainWindow(services, i18n.available_languages(compiled), quit_app=lambda: None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


@pytest.fixture(autouse=True)
def no_secure_store() -> Iterator[None]:
    """As in tests/gui: a computer without a secure password store."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)
