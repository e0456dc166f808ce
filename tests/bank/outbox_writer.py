"""Run as a child process by test_outbox: rewrites the saved outbox in a loop until it is
killed. argv: outbox path, hex key, where to stop:

* ``loop``: nowhere in particular (the parent kills it at whatever point it reached);
* ``write``: half-way through writing the temporary file;
* ``replace``: temporary file complete and synced, not yet renamed over the outbox;
* ``dir``: renamed, folder not yet synced.

At ``write``/``replace``/``dir`` it prints "mid" and waits to be killed; with ``loop`` it
prints "ready" after a few writes and carries on.
"""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

import keyring

import safehash.core.settings as settings_module
from bank.memory_keyring import MemoryKeyring
from safehash.core.outbox import Outbox
from safehash.core.records import Case, PdqHash, Submission, SubmissionItem
from safehash.core.secrets import SERVICE, SecretStore


class _Adapter:  # the outbox only reads these two attributes
    kind = "safehash-v1"
    endpoint_host = "bank.example.org"


def _wait_to_be_killed() -> None:
    print("mid", flush=True)
    sys.stdin.read()  # the parent never writes: this blocks until SIGKILL
    raise SystemExit("not killed")


def _arm(point: str) -> None:
    if point == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, *args: object, **kwargs: object) -> None:
                self._file = real_fdopen(*args, **kwargs)  # type: ignore[arg-type]

            def __enter__(self) -> HalfWriter:
                return self

            def __exit__(self, *exc: object) -> None:
                self._file.close()

            def write(self, data: bytes) -> None:
                self._file.write(data[: len(data) // 2])
                self._file.flush()
                _wait_to_be_killed()

        os.fdopen = HalfWriter  # type: ignore[assignment]
    elif point == "replace":
        os.replace = lambda *args: _wait_to_be_killed()  # type: ignore[assignment]
    elif point == "dir":
        settings_module._fsync_dir = lambda folder: _wait_to_be_killed()


def main() -> None:
    path, key_hex, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    backend = MemoryKeyring()
    key = base64.b64encode(bytes.fromhex(key_hex)).decode()
    backend.set_password(SERVICE, "outbox-key", key)
    keyring.set_keyring(backend)

    outbox = Outbox.open_persistent(SecretStore(), path)
    case = Case("case-kill")
    # Big entries, so that a write takes a while.
    items = tuple(
        SubmissionItem(pdq=PdqHash(f"{i:064x}", 90), md5=f"{i:032x}", sha256=f"{i:064x}")
        for i in range(400)
    )
    n = 0
    while True:
        if n == 3 and point != "loop":
            _arm(point)
        outbox.add(Submission(items), case, _Adapter())  # type: ignore[arg-type]
        if len(outbox.entries()) > 3:
            outbox.discard(outbox.entries()[0].entry_id)
        n += 1
        if n == 3 and point == "loop":
            print("ready", flush=True)


if __name__ == "__main__":
    main()
