"""Forget everything SafeHash ever kept on this computer, in one place used by the window's
"Forget everything", ``safehash forget --everything`` and the uninstallers.

That is: every secret in the password store (case tokens, access codes, the outbox key),
the kept outbox and its lock, the settings file, and SafeHash's own folders with anything
else in them (temporary files a killed writer left). What the person saved elsewhere
themselves (a receipt, a token file) is not SafeHash's to find, and what a bank holds stays
there until it is withdrawn.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from safehash.core import errors
from safehash.core.secrets import SecretStore
from safehash.core.settings import config_dir, data_dir


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What was done, without naming any file, case or token."""

    secrets_cleared: int  # names cleared in the password store
    folders_removed: int  # SafeHash's own folders that existed and are gone
    store_available: bool  # False: no secure password store here, so nothing was kept in one
    store_error: str | None = None  # the error code when the store could not be cleared


def app_folders() -> list[Path]:
    """SafeHash's own folders: settings (config) and the kept outbox (data)."""
    return list(dict.fromkeys([config_dir(), data_dir()]))


def forget_everything(secrets: SecretStore | None = None) -> Forgotten:
    """Delete everything; a password store that fails is reported, and the files are
    deleted all the same."""
    store = secrets or SecretStore()
    cleared, error, available = 0, None, store.status().available
    if available:
        try:
            cleared = store.forget_all()
        except errors.SafeHashError as exc:
            error = exc.code
    removed = 0
    for folder in app_folders():
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)
            removed += 1
        elif folder.is_symlink() or folder.exists():
            folder.unlink()  # not a folder SafeHash made: only the name is removed
            removed += 1
    return Forgotten(cleared, removed, available, error)
