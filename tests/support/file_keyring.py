"""A keyring backend that several test processes share: one JSON file, locked while it is
read or written. It stands in for the OS password store in multi-process tests (the real
store is tested in tests/bank/test_real_keyring.py); it keeps secrets in clear, so it is
registered as trusted only by the test processes that use it (``trust_in_this_process``).
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

import safehash.core.secrets as secrets_module


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)

    def _update(self, change: object = None) -> dict[str, str]:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        with os.fdopen(fd, "r+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            text = handle.read()
            items: dict[str, str] = json.loads(text) if text else {}
            if callable(change):
                change(items)
                handle.seek(0)
                handle.truncate()
                handle.write(json.dumps(items))
                handle.flush()
            return items

    def get_password(self, service: str, username: str) -> str | None:
        return self._update().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._update(lambda items: items.__setitem__(f"{service}/{username}", password))

    def delete_password(self, service: str, username: str) -> None:
        found: list[bool] = []
        self._update(lambda items: found.append(items.pop(f"{service}/{username}", None)
                                                is not None))
        if not found[0]:
            raise keyring.errors.PasswordDeleteError(username)


def trust_in_this_process() -> None:
    """Let SecretStore accept this backend here (it never would in the app)."""
    name = f"{FileKeyring.__module__}.{FileKeyring.__qualname__}"
    trusted = getattr(secrets_module, "ENCRYPTED_BACKENDS", None)
    if trusted is not None:
        secrets_module.ENCRYPTED_BACKENDS = trusted | {name}
