"""SQLite storage of the reference bank (stdlib ``sqlite3``).

One connection behind a lock, WAL, and every write in ``BEGIN IMMEDIATE``: two requests with
the same Idempotency-Key can never both store, within this process (the lock) or across
processes such as ``new-case`` run next to a serving bank (the write lock and the primary
key on (case, key)).

Privacy choices:
* case tokens are stored only as SHA-256 of the canonical token. No salt is needed: a token
  holds 100 random bits, so the hash cannot be reversed by guessing, and the bank must find
  a case from its token.
* rejected items are not stored at all; withdrawing deletes the hashes (vPDQ frames
  included) and keeps only ids, dates and counts so the case history still reads right.
* ``secure_delete`` overwrites deleted rows, so withdrawn hashes do not linger in free pages.
* idempotency records (a hash of the body and the answer) are deleted after
  ``idempotency_ttl`` (7 days by default): long enough for any outbox to send again.
* another case's submission is "not found", exactly like one that does not exist.
* the folder is created private (0700) and the database file 0600.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from safehash.core import case_token
from safehash.refbank.validation import MEDIA_VIDEO, Item

DB_NAME = "refbank.sqlite3"
# 2: videos (submissions.videos_accepted, signals.media, vpdq_frames); a version 1 file is
# brought up to it when opened, its rows kept.
SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cases (
    case_id TEXT PRIMARY KEY,
    token_sha256 BLOB NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('open', 'withdrawn')),
    created_at TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE TABLE IF NOT EXISTS submissions (
    submission_id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    received_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    items_accepted INTEGER NOT NULL,
    withdrawn_at TEXT,
    videos_accepted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS submissions_by_case ON submissions (case_id);
-- One row per accepted hash; kind is pdq, pdq_variant, md5, sha256 or phash; media tells a
-- video's md5 and sha256 from a photo's.
CREATE TABLE IF NOT EXISTS signals (
    submission_id TEXT NOT NULL REFERENCES submissions (submission_id),
    item_index INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    quality INTEGER,
    media TEXT NOT NULL DEFAULT 'image'
);
CREATE INDEX IF NOT EXISTS signals_by_value ON signals (kind, value);
CREATE INDEX IF NOT EXISTS signals_by_submission ON signals (submission_id);
-- One row per hashed frame of a video; view 0 is the video as sent, 1 its first variant.
CREATE TABLE IF NOT EXISTS vpdq_frames (
    submission_id TEXT NOT NULL REFERENCES submissions (submission_id),
    item_index INTEGER NOT NULL,
    view INTEGER NOT NULL,
    frame INTEGER NOT NULL,
    timestamp REAL NOT NULL,
    pdq TEXT NOT NULL,
    quality INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS vpdq_frames_by_submission ON vpdq_frames (submission_id);
CREATE TABLE IF NOT EXISTS idempotency (
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    key TEXT NOT NULL,
    body_sha256 BLOB NOT NULL,
    submission_id TEXT NOT NULL,
    response BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_id, key)
);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (created_at);
"""
# Columns a version 1 file lacks: (table, column, definition as in _SCHEMA).
_ADDED_COLUMNS = (
    ("submissions", "videos_accepted", "INTEGER NOT NULL DEFAULT 0"),
    ("signals", "media", "TEXT NOT NULL DEFAULT 'image'"),
)
# Where hashes are kept: withdrawing deletes from each.
_HASH_TABLES = ("signals", "vpdq_frames")
DEFAULT_IDEMPOTENCY_TTL = 7 * 24 * 3600.0  # seconds
PURGE_INTERVAL = 60.0  # expired records are looked for at most this often


class StorageError(Exception):
    """A request conflicts with what is stored; ``code`` is the API error code."""

    code = "conflict"


class NotFound(StorageError):
    code = "not_found"


class CaseWithdrawn(StorageError):
    code = "case_withdrawn"


class IdempotencyConflict(StorageError):
    code = "idempotency_conflict"


@dataclass(frozen=True, slots=True)
class CaseRef:
    case_id: str
    status: str


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc3339_ago(seconds: float) -> str:
    return (datetime.now(UTC) - timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def token_digest(canonical_token: str) -> bytes:
    return hashlib.sha256(canonical_token.encode("ascii")).digest()


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(16)}"


class Storage:
    """The bank's data; ``data_dir=None`` keeps everything in memory (the practice bank)."""

    def __init__(
        self, data_dir: Path | str | None, idempotency_ttl: float = DEFAULT_IDEMPOTENCY_TTL
    ) -> None:
        if idempotency_ttl <= 0:
            raise ValueError("idempotency_ttl must be positive")
        self.idempotency_ttl = idempotency_ttl
        self._next_purge = 0.0
        self._lock = threading.RLock()
        if data_dir is None:
            target = ":memory:"
        else:
            folder = Path(data_dir)
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            db_path = folder / DB_NAME
            # Create the file private before SQLite does; its -wal and -shm copy the mode.
            os.close(os.open(db_path, os.O_CREAT | os.O_RDWR, 0o600))
            target = str(db_path)
        self._db = sqlite3.connect(
            target, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "secure_delete=ON",
                       "synchronous=FULL", "busy_timeout=10000"):
            self._db.execute(f"PRAGMA {pragma}")
        self._create_schema()

    def _create_schema(self) -> None:
        with self._lock:
            self._db.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}COMMIT;")
            with self._write() as db:
                # A version 1 file: its tables existed, so CREATE added no column to them.
                for table, column, definition in _ADDED_COLUMNS:
                    names = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
                    if column not in names:
                        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                    (SCHEMA_VERSION,),
                )

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN")  # one snapshot for several queries
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    # --- cases -------------------------------------------------------------------------

    def create_case(self) -> tuple[str, str]:
        """A new case: its id and its token, which is returned here once and never stored."""
        token = case_token.new_token()
        case_id = new_id("case")
        with self._write() as db:
            db.execute(
                "INSERT INTO cases (case_id, token_sha256, status, created_at)"
                " VALUES (?, ?, 'open', ?)",
                (case_id, token_digest(case_token.parse(token)), now_rfc3339()),
            )
        return case_id, token

    def case_for_token(self, canonical_token: str) -> CaseRef | None:
        with self._lock:
            row = self._db.execute(
                "SELECT case_id, status FROM cases WHERE token_sha256 = ?",
                (token_digest(canonical_token),),
            ).fetchone()
        return CaseRef(row[0], row[1]) if row else None

    def case_view(self, case_id: str) -> dict[str, Any]:
        with self._read() as db:
            row = db.execute(
                "SELECT status, created_at FROM cases WHERE case_id = ?", (case_id,)
            ).fetchone()
            if row is None:
                raise NotFound("No such case.")
            subs = db.execute(
                "SELECT submission_id, received_at, status, items_accepted, videos_accepted"
                " FROM submissions WHERE case_id = ? ORDER BY rowid",
                (case_id,),
            ).fetchall()
        return {
            "case_id": case_id,
            "status": row[0],
            "created_at": row[1],
            "submissions": [
                {"submission_id": s[0], "received_at": s[1], "status": s[2],
                 "items_accepted": s[3], "videos_accepted": s[4]}
                for s in subs
            ],
        }

    def withdraw_case(self, case_id: str) -> None:
        with self._write() as db:
            stamp = now_rfc3339()
            for table in _HASH_TABLES:
                db.execute(
                    f"DELETE FROM {table} WHERE submission_id IN"  # noqa: S608 - fixed names
                    " (SELECT submission_id FROM submissions WHERE case_id = ?)",
                    (case_id,),
                )
            db.execute(
                "UPDATE submissions SET status = 'withdrawn', withdrawn_at = ?"
                " WHERE case_id = ? AND status = 'active'",
                (stamp, case_id),
            )
            db.execute(
                "UPDATE cases SET status = 'withdrawn', withdrawn_at = ?"
                " WHERE case_id = ? AND status = 'open'",
                (stamp, case_id),
            )

    # --- submissions -------------------------------------------------------------------

    def submit(
        self,
        case_id: str,
        key: str,
        body_hash: bytes,
        submission_id: str,
        received_at: str,
        accepted: list[tuple[int, Item]],
        response: bytes,
    ) -> tuple[bytes, bool]:
        """Store a submission once per (case, key): (the response to send, replayed?)."""
        self.purge_expired()
        with self._write() as db:
            row = db.execute(
                "SELECT body_sha256, response FROM idempotency WHERE case_id = ? AND key = ?",
                (case_id, key),
            ).fetchone()
            if row is not None:
                if row[0] != body_hash:
                    raise IdempotencyConflict(
                        "This Idempotency-Key was already used with a different body."
                    )
                return bytes(row[1]), True
            status = db.execute(
                "SELECT status FROM cases WHERE case_id = ?", (case_id,)
            ).fetchone()
            if status is None or status[0] != "open":
                raise CaseWithdrawn("This case was withdrawn; open a new case to send again.")
            videos = sum(1 for _, item in accepted if item.media == MEDIA_VIDEO)
            db.execute(
                "INSERT INTO submissions (submission_id, case_id, received_at, status,"
                " items_accepted, videos_accepted) VALUES (?, ?, ?, 'active', ?, ?)",
                (submission_id, case_id, received_at, len(accepted), videos),
            )
            db.executemany(
                "INSERT INTO signals (submission_id, item_index, kind, value, quality, media)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(submission_id, *signal) for signal in _signal_rows(accepted)],
            )
            db.executemany(
                "INSERT INTO vpdq_frames (submission_id, item_index, view, frame, timestamp,"
                " pdq, quality) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(submission_id, *frame) for frame in _frame_rows(accepted)],
            )
            db.execute(
                "INSERT INTO idempotency (case_id, key, body_sha256, submission_id, response,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (case_id, key, body_hash, submission_id, response, received_at),
            )
        return response, False

    def withdraw_submission(self, case_id: str, submission_id: str) -> None:
        with self._write() as db:
            row = db.execute(
                "SELECT case_id FROM submissions WHERE submission_id = ?", (submission_id,)
            ).fetchone()
            if row is None or row[0] != case_id:
                # One answer for both: an id of another case must not be told from none.
                raise NotFound("No such submission.")
            for table in _HASH_TABLES:
                db.execute(f"DELETE FROM {table} WHERE submission_id = ?",  # noqa: S608
                           (submission_id,))  # fmt: skip
            db.execute(
                "UPDATE submissions SET status = 'withdrawn', withdrawn_at = ?"
                " WHERE submission_id = ? AND status = 'active'",
                (now_rfc3339(), submission_id),
            )

    def purge_expired(self, *, now: bool = False) -> int:
        """Delete idempotency records older than the TTL (at most once a minute unless
        ``now``); how many were deleted."""
        clock = time.monotonic()
        with self._lock:
            if not now and clock < self._next_purge:
                return 0
            self._next_purge = clock + PURGE_INTERVAL
            with self._write() as db:
                cursor = db.execute(
                    "DELETE FROM idempotency WHERE created_at < ?",
                    (rfc3339_ago(self.idempotency_ttl),),
                )
                return cursor.rowcount

    def count(self, table: str) -> int:
        """Rows in a table; for tests and the command line."""
        if table not in {"cases", "submissions", "signals", "vpdq_frames", "idempotency"}:
            raise ValueError(table)
        with self._lock:
            return int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608

    def close(self) -> None:
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
            self._db.close()


def _signal_rows(
    accepted: list[tuple[int, Item]],
) -> Iterator[tuple[int, str, str, int | None, str]]:
    for index, item in accepted:
        if item.pdq is not None:
            yield index, "pdq", item.pdq.value, item.pdq.quality, item.media
            for value, quality in item.pdq.variants:
                yield index, "pdq_variant", value, quality, item.media
        for kind in ("md5", "sha256", "phash"):
            value = getattr(item, kind)
            if value is not None:
                yield index, kind, value, None, item.media


def _frame_rows(
    accepted: list[tuple[int, Item]],
) -> Iterator[tuple[int, int, int, float, str, int]]:
    for index, item in accepted:
        if item.vpdq is None:
            continue
        for view, frames in enumerate((item.vpdq.frames, *item.vpdq.variants)):
            for frame, timestamp, pdq, quality in frames:
                yield index, view, frame, timestamp, pdq, quality
