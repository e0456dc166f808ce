"""Finding the image files in what the person dropped: files as given, folders walked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

_SNIFF_BYTES = 32
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}
)


def looks_like_image(head: bytes) -> bool:
    """True when the first bytes carry the signature of a format SafeHash reads."""
    return (
        head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM"))
        or head.startswith((b"II*\x00", b"MM\x00*"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or (head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS)
    )


def _worth_hashing(path: str) -> bool:
    """Inside a folder, keep image files, and files we cannot check (so the error is seen)."""
    try:
        with open(path, "rb") as handle:
            return looks_like_image(handle.read(_SNIFF_BYTES))
    except OSError:
        return True


def iter_image_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Every path given, except that folders are replaced by the image files inside them.

    Folders are walked recursively, in a stable order, without following links to other
    folders (which could loop). Files named explicitly are always kept, so a file that is
    not an image gets its own clear error instead of silently disappearing.
    """
    for given in paths:
        path = os.fspath(given)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            for name in sorted(files):
                candidate = os.path.join(root, name)
                if _worth_hashing(candidate):
                    yield candidate
