"""The SafeHash hash file (docs/hash-file-format.md): hashes to send later or elsewhere.

Only signals, in the same shape as the bank API's items (a video's with ``"media":
"video"``): no paths, names, sizes, dates or anything else about the files or the person.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from safehash.core import errors
from safehash.core.records import (
    ALL_SIGNAL_TYPES,
    HashRecord,
    MediaSignalTypes,
    SubmissionItem,
)
from safehash.core.settings import atomic_write

FORMAT = "safehash-hashes/1"
# A video of 36,000 frames, seen two ways, takes about 16 MiB here: room for a few.
MAX_FILE_BYTES = 64 << 20
MAX_ITEMS = 100_000


def items_from_records(
    records: Iterable[HashRecord],
    signal_types: MediaSignalTypes | Iterable[str] = ALL_SIGNAL_TYPES,
) -> tuple[SubmissionItem, ...]:
    """Each record's signals of these types; ``NoSignals`` when one has none of them."""
    return tuple(SubmissionItem.from_record(r, signal_types) for r in records)


def to_json(items: Sequence[SubmissionItem]) -> dict[str, Any]:
    return {"format": FORMAT, "items": [item.to_wire() for item in items]}


def dumps(items: Sequence[SubmissionItem]) -> str:
    return json.dumps(to_json(items), indent=2) + "\n"


def write_hash_file(path: str | os.PathLike[str], items: Sequence[SubmissionItem]) -> None:
    """Write atomically, readable by the person only."""
    if not items:
        raise errors.HashFileError("There are no hashes to write.")
    data = dumps(items).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:  # it could not be read back
        raise errors.HashFileError(
            "These hashes are too many for one hash file (long videos take much room); "
            "export the files in smaller groups."
        )
    atomic_write(Path(path), data)


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
            items.append(SubmissionItem.from_wire(raw))
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
