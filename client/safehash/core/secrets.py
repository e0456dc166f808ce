"""Secrets in the operating system's password store (via ``keyring``), or nowhere.

Case tokens, the value of a deployment's proxy header and the outbox key live only here,
under the service name "SafeHash". Only backends known to keep secrets encrypted by the
operating system count as a password store (``ENCRYPTED_BACKENDS``: macOS Keychain, Windows
Credential Locker, Secret Service, KWallet). Anything else, keyring's ``fail`` and ``null``,
the ``keyrings.alt`` file backends or any unknown backend however high its priority, is
"no secure password store": SafeHash says so plainly and keeps secrets in memory only.
There is no plain-text fallback, on purpose.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from safehash.core import errors

SERVICE = "SafeHash"
OUTBOX_KEY_BYTES = 32

# Backends that keep secrets encrypted by the operating system, by module and class name.
# An allow-list: a backend that is not here is never trusted, whatever it says of itself.
ENCRYPTED_BACKENDS = frozenset({
    "keyring.backends.macOS.Keyring",  # macOS Keychain
    "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Locker
    "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC... over D-Bus
    "keyring.backends.libsecret.Keyring",  # the same Secret Service, through libsecret
    "keyring.backends.kwallet.DBusKeyring",  # KWallet 5 and later
    "keyring.backends.kwallet.DBusKeyringKWallet4",
})  # fmt: skip

_CURRENT_CASE = "current-case"
_OUTBOX_KEY = "outbox-key"
# Every name SafeHash ever set, so "forget everything" can delete them all: password
# stores cannot be asked portably for everything under a service name.
_INDEX = "index"

STATUS_OK = "ok"
STATUS_NO_STORE = "no_secure_store"


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """Whether secrets can be remembered, in words the person can read."""

    available: bool
    code: str  # STATUS_OK or STATUS_NO_STORE
    backend: str  # the backend's name, for the "about this computer" view
    message: str


def _name_of(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _classify(backend: keyring.backend.KeyringBackend) -> str:
    if _name_of(backend) == "keyring.backends.chainer.ChainerBackend":
        chained = list(getattr(backend, "backends", []))
        # The chainer writes to the first backend that takes it: all must be safe.
        if chained and all(_classify(b) == STATUS_OK for b in chained):
            return STATUS_OK
        return STATUS_NO_STORE
    if _name_of(backend) not in ENCRYPTED_BACKENDS:
        return STATUS_NO_STORE
    try:
        priority = float(backend.priority)  # raises when, say, D-Bus cannot be reached
    except Exception:  # noqa: BLE001 - a broken backend reports itself as unusable
        return STATUS_NO_STORE
    return STATUS_OK if priority > 0 else STATUS_NO_STORE


class SecretStore:
    """The keyring, behind a few named slots. ``backend`` None means keyring's choice."""

    def __init__(
        self, backend: keyring.backend.KeyringBackend | None = None, service: str = SERVICE
    ) -> None:
        self._backend = backend
        self.service = service

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> StoreStatus:
        backend = self.backend
        name = getattr(backend, "name", type(backend).__name__)
        if _classify(backend) == STATUS_OK:
            message = "Secrets are kept in this computer's password store."
            return StoreStatus(True, STATUS_OK, name, message)
        return StoreStatus(False, STATUS_NO_STORE, name, errors.KeyringUnavailable.message)

    def require(self) -> None:
        """Raise ``KeyringUnavailable`` unless secrets can be stored safely."""
        status = self.status()
        if not status.available:
            raise errors.KeyringUnavailable(status.message)

    # --- slots ------------------------------------------------------------------------

    def save_case_token(self, case_id: str, token: str, *, current: bool = True) -> None:
        self._set(f"case-token:{case_id}", token)
        if current:
            self._set(_CURRENT_CASE, case_id)

    def load_case_token(self, case_id: str) -> str | None:
        return self._get(f"case-token:{case_id}")

    def delete_case_token(self, case_id: str) -> None:
        self._delete(f"case-token:{case_id}")
        if self._get(_CURRENT_CASE) == case_id:
            self._delete(_CURRENT_CASE)

    def current_case_id(self) -> str | None:
        """The case the person last chose to remember, if any."""
        return self._get(_CURRENT_CASE)

    def save_header_value(self, endpoint_host: str, header: str, value: str) -> None:
        self._set(f"bank-header:{endpoint_host}:{header.lower()}", value)

    def load_header_value(self, endpoint_host: str, header: str) -> str | None:
        return self._get(f"bank-header:{endpoint_host}:{header.lower()}")

    def delete_header_value(self, endpoint_host: str, header: str) -> None:
        self._delete(f"bank-header:{endpoint_host}:{header.lower()}")

    def outbox_key(self, *, create: bool) -> bytes | None:
        """The key that encrypts the saved outbox; made once when ``create`` is set."""
        stored = self._get(_OUTBOX_KEY)
        if stored is not None:
            try:
                key = base64.b64decode(stored, validate=True)
            except binascii.Error as exc:
                raise errors.OutboxError() from exc
            if len(key) != OUTBOX_KEY_BYTES:
                raise errors.OutboxError()
            return key
        if not create:
            return None
        key = os.urandom(OUTBOX_KEY_BYTES)
        self._set(_OUTBOX_KEY, base64.b64encode(key).decode("ascii"))
        return key

    def delete_outbox_key(self) -> None:
        self._delete(_OUTBOX_KEY)

    def forget_all(self) -> int:
        """Delete every secret SafeHash ever kept here (case tokens, access codes, the
        outbox key, which case is current); returns how many names were cleared."""
        names = {*self._index(), _CURRENT_CASE, _OUTBOX_KEY}
        current = self._get(_CURRENT_CASE)
        if current:  # remembered before the index existed
            names.add(f"case-token:{current}")
        for name in sorted(names):
            self._delete(name)
        self._delete(_INDEX)
        return len(names)

    def _index(self) -> list[str]:
        stored = self._get(_INDEX)
        try:
            names = json.loads(stored) if stored else []
        except ValueError:
            return []
        return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []

    # --- keyring calls, with its errors made ours -------------------------------------

    def _set(self, name: str, value: str) -> None:
        self.require()
        try:
            if name not in (index := self._index()):  # indexed first: never an orphan
                self.backend.set_password(self.service, _INDEX, json.dumps([*index, name]))
            self.backend.set_password(self.service, name, value)
        except keyring.errors.KeyringError as exc:
            raise errors.KeyringFailed() from exc

    def _get(self, name: str) -> str | None:
        self.require()
        try:
            return self.backend.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise errors.KeyringFailed() from exc

    def _delete(self, name: str) -> None:
        self.require()
        try:
            self.backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored under that name: already forgotten
        except keyring.errors.KeyringError as exc:
            raise errors.KeyringFailed() from exc
