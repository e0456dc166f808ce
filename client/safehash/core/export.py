"""The SafeHash hash file (docs/hash-file-format.md): hashes to send later or elsewhere.

Only signals, in the same shape as the bank API's items: no paths, names, sizes, dates or
anything else about the files or the person.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from safehash.core import errors
from safehash.core.records import SIGNAL_TYPES, HashRecord, SubmissionItem
from safehash.core.settings import atomic_write

FORMAT = "safehash-hashes/1"
MAX_FILE_BYTES = 32 << 20
MAX_ITEMS = 100_000


def items_from_records(
    records: Iterable[HashRecord], signal_types: tuple[str, ...] = SIGNAL_TYPES
) -> tuple[SubmissionItem, ...]:
    return tuple(SubmissionItem.from_record(r, signal_types) for r in records)


def to_json(items: Sequence[SubmissionItem]) -> dict[str, Any]:
    return {"format": FORMAT, "items": [{"signals": item.signals()} for item in items]}


def dumps(items: Sequence[SubmissionItem]) -> str:
    return json.dumps(to_json(items), indent=2) + "\n"


def write_hash_file(path: str | os.PathLike[str], items: Sequence[SubmissionItem]) -> None:
    """Write atomically, readable by the person only."""
    if not items:
        raise errors.HashFileError("There are no hashes to write.")
    atomic_write(Path(path), dumps(items).encode("utf-8"))


def loads(text: str) -> tuple[SubmissionItem, ...]:
    """Parse and check a hash file; ``HashFileError`` says what is wrong and where."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise errors.HashFileError("The hash file is not valid JSON.") from exc
    if not isinstance(doc, dict):
        raise errors.HashFileError()
    if doc.get("format") != FORMAT:
        raise errors.HashFileError(f'The hash file must say "format": "{FORMAT}".')
    unknown = sorted(set(doc) - {"format", "items"})
    if unknown:
        raise errors.HashFileError(f"The hash file has an unknown key {unknown[0]!r}.")
    raw_items = doc.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise errors.HashFileError("The hash file has no items.")
    if len(raw_items) > MAX_ITEMS:
        raise errors.HashFileError(f"The hash file has more than {MAX_ITEMS} items.")
    items = []
    for number, raw in enumerate(raw_items, start=1):
        try:
            if not isinstance(raw, dict) or set(raw) != {"signals"}:
                raise ValueError('an item must be {"signals": {...}}')
            items.append(SubmissionItem.from_signals(raw["signals"]))
        except ValueError as exc:
            raise errors.HashFileError(f"Item {number} of the hash file: {exc}.") from exc
    return tuple(items)


def read_hash_file(path: str | os.PathLike[str]) -> tuple[SubmissionItem, ...]:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise errors.HashFileError("The hash file could not be read.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise errors.HashFileError("The hash file is far too large.")
    try:
        return loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise errors.HashFileError("The hash file is not UTF-8 text.") from exc
