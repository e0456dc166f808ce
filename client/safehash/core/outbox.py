"""Submissions waiting to be sent, and receipts the person chose to keep.

A submission enters the outbox *before* it is sent and leaves it only when the bank has
accepted it or the person discards it. Every resend uses the submission's own
Idempotency-Key, so a resend after a timeout, a crash or a power cut is stored once (HMA:
see the residual risk in bank/hma.py; its per-hash progress is kept here too).

In memory by default. Kept on disk only if the person chose it, and then encrypted with
AES-256-GCM under a key that lives in the password store; with no secure store, SafeHash
refuses to keep it on disk. Writes are atomic (settings.atomic_write): a kill at any
moment leaves the old or the new file, never a damaged one.

The window and the command line may share the saved outbox at the same time. Every change
is made under a lock file (core/filelock.py) on what is on disk *then*: read, change one
entry, write. So one process never writes back an old copy over another's entry, the key
is made once, and leftovers of killed writers are removed only when no one is writing.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehash.core import errors, filelock
from safehash.core.bank.base import BankAdapter
from safehash.core.records import Case, Receipt, Submission
from safehash.core.secrets import SecretStore
from safehash.core.settings import atomic_write, data_dir, remove_stale_temps

MAGIC = b"SafeHash-outbox\x00\x01"  # also authenticated, so a file of another kind fails
NONCE_BYTES = 12
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 << 20


T = TypeVar("T")


def outbox_path() -> Path:
    return data_dir() / "outbox.bin"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@dataclass
class OutboxEntry:
    submission: Submission
    case_id: str
    bank_kind: str
    endpoint_host: str
    created_at: str
    attempts: int = 0
    last_error: str | None = None  # the error code of the last attempt
    done: dict[str, str] = field(default_factory=dict)  # HMA: hash key -> content id

    @property
    def entry_id(self) -> str:
        return self.submission.idempotency_key

    def to_json(self) -> dict[str, Any]:
        return {
            "submission": self.submission.to_json(),
            "case_id": self.case_id,
            "bank_kind": self.bank_kind,
            "endpoint_host": self.endpoint_host,
            "created_at": self.created_at,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "done": self.done,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> OutboxEntry:
        return cls(
            submission=Submission.from_json(raw["submission"]),
            case_id=str(raw["case_id"]),
            bank_kind=str(raw["bank_kind"]),
            endpoint_host=str(raw["endpoint_host"]),
            created_at=str(raw["created_at"]),
            attempts=int(raw["attempts"]),
            last_error=raw["last_error"],
            done={str(k): str(v) for k, v in dict(raw["done"]).items()},
        )


class _Journal:
    """The HMA progress of one entry, saved the moment each content id arrives."""

    def __init__(self, outbox: Outbox, entry_id: str) -> None:
        self._outbox, self._entry_id = outbox, entry_id

    def get(self, key: str) -> str | None:
        entry = self._outbox.get(self._entry_id)
        return entry.done.get(key) if entry else None

    def record(self, key: str, content_id: str) -> None:
        def change() -> None:
            entry = self._outbox._entries.get(self._entry_id)
            if entry is not None:
                entry.done[key] = content_id

        self._outbox._change(change)


class Outbox:
    """Thread-safe, and safe to share between processes when saved.

    ``Outbox()`` is in memory; ``Outbox.open_persistent(...)`` on disk."""

    def __init__(self, path: Path | None = None, key: bytes | None = None) -> None:
        if (path is None) != (key is None):
            raise ValueError("a saved outbox needs both a path and a key")
        self.path, self._key = path, key
        self.lock = threading.RLock()
        self._entries: dict[str, OutboxEntry] = {}
        self._receipts: dict[str, Receipt] = {}
        self._seen: bytes | None = None  # the file as last read or written
        if path is not None:
            with filelock.exclusive(lock_path(path)):
                remove_stale_temps(path)  # no one writes now: any temp file is a leftover
                self._load()

    @classmethod
    def open_persistent(cls, secrets: SecretStore, path: Path | None = None) -> Outbox:
        """The outbox kept on disk; ``KeyringUnavailable`` when there is no secure store."""
        target = path or outbox_path()
        secrets.require()
        # Under the lock, so that two processes starting at once cannot each make a key.
        with filelock.exclusive(lock_path(target)):
            key = secrets.outbox_key(create=not target.exists())
        if key is None:
            raise errors.OutboxError()  # the file exists but its key is gone
        return cls(target, key)

    @property
    def persistent(self) -> bool:
        return self.path is not None

    # --- waiting submissions ----------------------------------------------------------

    def add(self, submission: Submission, case: Case, adapter: BankAdapter) -> OutboxEntry:
        """Put a submission in the outbox (the same submission twice is one entry)."""

        def change() -> OutboxEntry:
            entry = self._entries.get(submission.idempotency_key)
            if entry is None:
                entry = OutboxEntry(
                    submission=submission,
                    case_id=case.case_id,
                    bank_kind=adapter.kind,
                    endpoint_host=adapter.endpoint_host,
                    created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                self._entries[entry.entry_id] = entry
            return entry

        return self._change(change)

    def entries(self, case_id: str | None = None) -> list[OutboxEntry]:
        with self.lock:
            self._refresh()
            return [e for e in self._entries.values() if case_id in (None, e.case_id)]

    def get(self, entry_id: str) -> OutboxEntry | None:
        with self.lock:
            self._refresh()
            return self._entries.get(entry_id)

    def journal(self, entry_id: str) -> _Journal:
        return _Journal(self, entry_id)

    def record_failure(self, entry_id: str, error_code: str) -> None:
        def change() -> None:
            entry = self._entries.get(entry_id)
            if entry is not None:
                entry.attempts += 1
                entry.last_error = error_code

        self._change(change)

    def discard(self, entry_id: str) -> None:
        """Remove an entry: it was accepted, or the person chose not to send it."""
        self._change(lambda: self._entries.pop(entry_id, None))

    # --- receipts the person chose to keep --------------------------------------------

    def keep_receipt(self, receipt: Receipt) -> None:
        self._change(lambda: self._receipts.__setitem__(receipt.submission_id, receipt))

    def receipts(self, case_id: str | None = None) -> list[Receipt]:
        with self.lock:
            self._refresh()
            return [r for r in self._receipts.values() if case_id in (None, r.case_id)]

    def forget_case(self, case_id: str) -> None:
        def change() -> None:
            self._entries = {k: e for k, e in self._entries.items() if e.case_id != case_id}
            self._receipts = {k: r for k, r in self._receipts.items() if r.case_id != case_id}

        self._change(change)

    # --- the file ---------------------------------------------------------------------

    def _change(self, change: Callable[[], T]) -> T:
        """Apply ``change`` to what is saved now, and save the result, under the lock."""
        with self.lock:
            if self.path is None:
                return change()
            with filelock.exclusive(lock_path(self.path)):
                self._load()
                result = change()
                self._save()
            return result

    def save(self) -> None:
        """Write what this outbox holds (under the lock; changes made elsewhere are kept
        only through the methods above)."""
        with self.lock:
            if self.path is None:
                return
            with filelock.exclusive(lock_path(self.path)):
                self._save()

    def _save(self) -> None:
        assert self.path is not None and self._key is not None
        doc = {
            "version": FORMAT_VERSION,
            "entries": [e.to_json() for e in self._entries.values()],
            "receipts": [r.to_json() for r in self._receipts.values()],
        }
        plain = json.dumps(doc, separators=(",", ":")).encode("utf-8")
        nonce = os.urandom(NONCE_BYTES)  # random per write: never reused with a key
        data = MAGIC + nonce + AESGCM(self._key).encrypt(nonce, plain, MAGIC)
        atomic_write(self.path, data)
        self._seen = data

    def _refresh(self) -> None:
        """Read what other processes saved; a file that cannot be read now leaves the last
        good view (the next change reports it)."""
        if self.path is None:
            return
        try:
            self._load()
        except errors.OutboxError:
            pass

    def _load(self) -> None:
        assert self.path is not None and self._key is not None
        try:
            with open(self.path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            self._entries, self._receipts, self._seen = {}, {}, None
            return
        except OSError as exc:
            raise errors.OutboxError() from exc
        if data == self._seen:
            return  # unchanged since this process last read or wrote it
        head, rest = data[: len(MAGIC)], data[len(MAGIC) :]
        if head != MAGIC or len(data) > MAX_FILE_BYTES:
            raise errors.OutboxError()
        try:
            plain = AESGCM(self._key).decrypt(rest[:NONCE_BYTES], rest[NONCE_BYTES:], MAGIC)
            doc = json.loads(plain)
            if doc.get("version") != FORMAT_VERSION:
                raise ValueError("unknown outbox version")
            entries = [OutboxEntry.from_json(raw) for raw in doc["entries"]]
            receipts = [Receipt.from_json(raw) for raw in doc["receipts"]]
        except (InvalidTag, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise errors.OutboxError() from exc
        self._entries = {e.entry_id: e for e in entries}
        self._receipts = {r.submission_id: r for r in receipts}
        self._seen = data

    def destroy(self) -> None:
        """Forget everything (the outbox file too; the caller removes the key)."""
        with self.lock:
            self._entries.clear()
            self._receipts.clear()
            if self.path is not None:
                with filelock.exclusive(lock_path(self.path)):
                    self.path.unlink(missing_ok=True)
                    self._seen = None
                lock_path(self.path).unlink(missing_ok=True)


def send(adapter: BankAdapter, outbox: Outbox, submission: Submission, case: Case) -> Receipt:
    """Send through the outbox: it waits there until the bank has accepted it."""
    entry = outbox.add(submission, case, adapter)
    return resend(adapter, outbox, entry.entry_id, case)


def resend(adapter: BankAdapter, outbox: Outbox, entry_id: str, case: Case) -> Receipt:
    entry = outbox.get(entry_id)
    if entry is None:
        raise KeyError(entry_id)
    try:
        # One deadline for the whole sending: every request and retry in it (HMA sends
        # one request per hash).
        with adapter.client.deadline():
            receipt = adapter.submit(entry.submission, case, journal=outbox.journal(entry_id))
    except errors.BankError as exc:
        outbox.record_failure(entry_id, exc.code)
        raise
    try:
        outbox.discard(entry_id)
    except (errors.OutboxError, OSError):
        # The bank has it; the receipt must not be lost to a full disk. A copy left in the
        # outbox can only be sent again as a replay, which the bank stores nothing for.
        pass
    return receipt


def forget_case(
    case_id: str,
    *,
    outbox: Outbox,
    secrets: SecretStore | None = None,
    receipt_files: Iterable[Path] = (),
) -> None:
    """ "Forget this case": its token in the password store, what waits in the outbox, and
    its saved receipts (kept ones and any receipt files named)."""
    outbox.forget_case(case_id)
    if secrets is not None and secrets.status().available:
        secrets.delete_case_token(case_id)
    for path in receipt_files:
        try:
            receipt = Receipt.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not a receipt we can read: not ours to delete
        if receipt.case_id == case_id:
            Path(path).unlink(missing_ok=True)
