"""Secrets in the operating system's password store (via ``keyring``), or nowhere.

Case tokens, the value of a deployment's proxy header and the outbox key live only here,
under the service name "SafeHash". When there is no secure store (a headless machine has
keyring's ``fail`` backend; ``null`` and the ``keyrings.alt`` file backends keep secrets
in files or nowhere) SafeHash says so plainly and keeps secrets in memory only: there is
no plain-text fallback, on purpose.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from safehash.core import errors

SERVICE = "SafeHash"
OUTBOX_KEY_BYTES = 32

# Backends that are no store at all, or keep secrets in a file SafeHash would not trust.
_NO_STORE_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_FILE_STORE_MODULES = ("keyrings.alt", "keyrings.cryptfile", "keyring.backends.kwallet_file")

_CURRENT_CASE = "current-case"
_OUTBOX_KEY = "outbox-key"

STATUS_OK = "ok"
STATUS_NO_STORE = "no_secure_store"
STATUS_FILE_STORE = "insecure_store"


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """Whether secrets can be remembered, in words the person can read."""

    available: bool
    code: str  # STATUS_OK, STATUS_NO_STORE or STATUS_FILE_STORE
    backend: str  # the backend's name, for the "about this computer" view
    message: str


def _module_of(backend: keyring.backend.KeyringBackend) -> str:
    return type(backend).__module__


def _classify(backend: keyring.backend.KeyringBackend) -> str:
    module = _module_of(backend)
    if module == "keyring.backends.chainer":
        chained = list(getattr(backend, "backends", []))
        if not chained:
            return STATUS_NO_STORE
        # The chainer writes to the first backend that takes it: all must be safe.
        verdicts = {_classify(b) for b in chained}
        return STATUS_OK if verdicts == {STATUS_OK} else STATUS_FILE_STORE
    if module.startswith(_NO_STORE_MODULES):
        return STATUS_NO_STORE
    if module.startswith(_FILE_STORE_MODULES):
        return STATUS_FILE_STORE
    try:
        priority = float(backend.priority)
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
        code = _classify(backend)
        if code == STATUS_OK:
            message = "Secrets are kept in this computer's password store."
            return StoreStatus(True, code, name, message)
        if code == STATUS_FILE_STORE:
            message = (
                "This computer's password store keeps secrets in an ordinary file, so "
                "SafeHash will not remember anything secret; it is kept only until SafeHash "
                "closes."
            )
        else:
            message = errors.KeyringUnavailable.message
        return StoreStatus(False, code, name, message)

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

    # --- keyring calls, with its errors made ours -------------------------------------

    def _set(self, name: str, value: str) -> None:
        self.require()
        try:
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
