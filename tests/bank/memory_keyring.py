"""An in-memory keyring backend: the real ``keyring`` API path, no file, no OS store.

SecretStore trusts only the operating systems' encrypted stores; these stand in for one in
tests (in this test process only), so they are added to its allow-list below.
"""

from __future__ import annotations

import keyring.backend
import keyring.errors

import safehash.core.secrets as secrets_module


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.items[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


secrets_module.ENCRYPTED_BACKENDS = secrets_module.ENCRYPTED_BACKENDS | {
    f"{cls.__module__}.{cls.__qualname__}" for cls in (MemoryKeyring, LockedKeyring)
}
