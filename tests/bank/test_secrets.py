from __future__ import annotations

import json
import os
import subprocess
import sys

import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from bank.memory_keyring import LockedKeyring, MemoryKeyring
from safehash.core import errors
from safehash.core.secrets import (
    ENCRYPTED_BACKENDS,
    SERVICE,
    STATUS_NO_STORE,
    SecretStore,
)

TOKEN = "SH-0000-0000-0000-0000-0000-0"


def test_case_token_round_trip_through_the_keyring(memory_keyring):
    store = SecretStore()  # keyring's own choice: the registered memory backend
    assert store.status().available
    store.save_case_token("case-1", TOKEN)
    assert memory_keyring.items[(SERVICE, "case-token:case-1")] == TOKEN
    assert store.load_case_token("case-1") == TOKEN
    assert store.current_case_id() == "case-1"
    store.delete_case_token("case-1")
    assert store.load_case_token("case-1") is None and store.current_case_id() is None
    store.delete_case_token("case-1")  # forgetting twice is fine


def test_header_value_and_outbox_key(memory_keyring):
    store = SecretStore()
    store.save_header_value("bank.example", "X-Proxy-Key", "v")
    assert store.load_header_value("bank.example", "x-proxy-key") == "v"
    assert store.outbox_key(create=False) is None
    key = store.outbox_key(create=True)
    assert key is not None and len(key) == 32 and store.outbox_key(create=False) == key
    store.delete_outbox_key()
    assert store.outbox_key(create=False) is None


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_no_secure_store_is_said_plainly(backend):
    store = SecretStore(backend)
    status = store.status()
    assert not status.available and status.code == STATUS_NO_STORE
    assert "no secure password store" in status.message
    with pytest.raises(errors.KeyringUnavailable):
        store.save_case_token("c", TOKEN)
    with pytest.raises(errors.KeyringUnavailable):
        store.outbox_key(create=True)


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in clear and claims a high priority, as a careless plug-in might."""

    priority = 9  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def file_backend(module: str, name: str) -> keyring.backend.KeyringBackend:
    return type(name, (PlaintextKeyring,), {"__module__": module})()


@pytest.mark.parametrize(
    "backend",
    [
        PlaintextKeyring(),
        file_backend("keyrings.alt.file", "PlaintextKeyring"),
        file_backend("keyrings.alt.file", "EncryptedKeyring"),
        file_backend("keyrings.cryptfile.cryptfile", "CryptFileKeyring"),
        file_backend("keyring.backends.kwallet_file", "Keyring"),
        # A look-alike of an allowed store, from another module: the name is not enough.
        file_backend("my_plugin", "WinVaultKeyring"),
    ],
)
def test_anything_not_an_encrypted_os_store_is_no_store(backend):
    store = SecretStore(backend)
    status = store.status()
    assert not status.available and status.code == STATUS_NO_STORE
    assert status.message == errors.KeyringUnavailable.message  # the same plain sentence
    with pytest.raises(errors.KeyringUnavailable):
        store.save_case_token("c", TOKEN)
    assert backend.items == {}  # nothing was written to it


def test_the_allow_list_is_the_operating_systems_stores():
    assert {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
    } <= ENCRYPTED_BACKENDS
    assert not [name for name in ENCRYPTED_BACKENDS
                if name.startswith(("keyrings.", "keyring.backends.fail",
                                    "keyring.backends.null", "keyring.backends.chainer"))]


def chain_of(*links: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """keyring's chainer over these backends (it normally finds them itself)."""
    attrs = {"backends": list(links), "__module__": "keyring.backends.chainer",
             "__qualname__": "ChainerBackend"}  # fmt: skip
    return type("ChainerBackend", (keyring.backends.chainer.ChainerBackend,), attrs)()


def test_a_chain_is_trusted_only_when_every_link_is():
    assert SecretStore(chain_of(MemoryKeyring())).status().available
    assert SecretStore(chain_of(MemoryKeyring(), PlaintextKeyring())).status().code == (
        STATUS_NO_STORE
    )
    assert SecretStore(chain_of()).status().code == STATUS_NO_STORE


def test_locked_keyring_is_a_typed_error():
    store = SecretStore(LockedKeyring())
    with pytest.raises(errors.KeyringFailed):
        store.save_case_token("c", TOKEN)
    with pytest.raises(errors.KeyringFailed):
        store.load_case_token("c")


def test_real_headless_default_has_no_secure_store(tmp_path):
    """No D-Bus session, no keyring config: keyring's own default must be told plainly."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS", "PYTHON_KEYRING"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))  # fmt: skip
    code = (
        "import json, keyring;"
        "from safehash.core.secrets import SecretStore;"
        "s = SecretStore().status();"
        "m = type(keyring.get_keyring()).__module__;"
        "print(json.dumps([m, s.available, s.code, s.message]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    module, available, code_, message = json.loads(out.stdout)
    if module != "keyring.backends.fail":
        pytest.skip(f"this machine has a real keyring ({module})")
    assert not available and code_ == STATUS_NO_STORE
    assert "no secure password store" in message
