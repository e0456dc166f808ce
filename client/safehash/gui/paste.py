"""What "Paste copied photos" finds on the clipboard, without opening any picture here.

Three things can be used: files copied in a file manager (file addresses), a picture copied
from another app ("Copy image": its encoded bytes, such as a PNG, hashed from memory in a
reader process like any file, never written anywhere), and text that names files on this
computer (a path copied as text). The window never decodes a picture: it takes only the
raw bytes of a picture type (``QMimeData.data``), never ``QClipboard.image()``, which would
have Qt decode it here. Anything else is named, never shown (clipboard text may be
private), with why it cannot be used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QMimeData, QUrl

# Picture types whose bytes a reader process can read; Qt's own decoded form
# ("application/x-qt-image") is never asked for.
PICTURE_TYPES = (
    "image/png", "image/jpeg", "image/jpg", "image/webp", "image/gif", "image/bmp",
    "image/x-bmp", "image/tiff", "image/heic", "image/heif", "image/avif",
)  # fmt: skip
MAX_TEXT_LINES = 1000  # a path list longer than this is not a path list
MAX_PATH_CHARS = 4096

# What was found when nothing could be used (each has a sentence in ``AddPhotosPage``).
EMPTY = "empty"
TEXT = "text"
NOT_HERE = "not_here"
WEB_ADDRESS = "web_address"
PICTURE_UNREADABLE = "picture_unreadable"


@dataclass
class Pasted:
    paths: list[str] = field(default_factory=list)
    picture: bytes | None = None
    problem: str | None = None


def local_paths(urls: list[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


def text_paths(text: str) -> list[str]:
    """Absolute paths (or file:// addresses) written one a line, as "Copy as path" gives
    them, with or without quotes; nothing for any other text."""
    lines = [line.strip().strip('"').strip("'") for line in text.splitlines() if line.strip()]
    if not lines or len(lines) > MAX_TEXT_LINES:
        return []
    paths = []
    for line in lines:
        if len(line) > MAX_PATH_CHARS:
            return []
        if line.startswith("file:"):
            path = QUrl(line).toLocalFile()
        else:
            path = os.path.expanduser(line)
        if not path or not os.path.isabs(path):
            return []  # a line that is no path: this is ordinary text
        paths.append(path)
    return paths


def read_clipboard(mime: QMimeData | None) -> Pasted:
    """The files or the picture on the clipboard, or why there is nothing to add."""
    if mime is None or not mime.formats():
        return Pasted(problem=EMPTY)
    urls = list(mime.urls()) if mime.hasUrls() else []
    paths = local_paths(urls)
    if paths:
        return Pasted(paths=paths)
    offered = {f.lower(): f for f in mime.formats()}
    for kind in PICTURE_TYPES:
        if kind in offered:
            data = bytes(mime.data(offered[kind]).data())
            if data:
                return Pasted(picture=data)
    if mime.hasText():
        named = text_paths(mime.text())
        if named:
            here = [p for p in named if os.path.lexists(p)]
            return Pasted(paths=here) if here else Pasted(problem=NOT_HERE)
    if urls:
        return Pasted(problem=WEB_ADDRESS)
    if mime.hasImage() or any(f.startswith("image/") for f in offered):
        return Pasted(problem=PICTURE_UNREADABLE)
    return Pasted(problem=TEXT if mime.hasText() else EMPTY)
