"""Shared test set-up: Qt offscreen, and no test ever touches the real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.heic_writer import use_pillow_heif_for_saving

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
use_pillow_heif_for_saving()  # HEIC test files are written by pillow-heif, read by pi-heif

REPO_ROOT = Path(__file__).resolve().parent.parent


def pdq_vectors_dir() -> Path:
    """Meta's PDQ test images: ``$SAFEHASH_PDQ_VECTORS`` or ``../shared/pdq-vectors``."""
    configured = os.environ.get("SAFEHASH_PDQ_VECTORS")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "pdq-vectors"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """HOME and the XDG folders point into a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    return home


@pytest.fixture
def pdq_vectors() -> Path:
    folder = pdq_vectors_dir()
    if not (folder / "expected-cpp-reference.csv").is_file():
        pytest.skip(f"Meta's PDQ vectors are not at {folder} (set SAFEHASH_PDQ_VECTORS)")
    return folder
