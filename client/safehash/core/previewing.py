"""A small upright copy of one picture, for the person to look at when they ask.

Runs only inside an isolated worker (``safehash.core.isolation``): it decodes the file
with the same limits as hashing and hands back raw RGB rows, never a file.
"""

from __future__ import annotations

import os

from safehash.core.imaging import DecodeLimits, decode_views, read_file_bytes


def make_preview(
    path: str | os.PathLike[str], limits: DecodeLimits, max_side: int
) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of the picture as people see it, at most ``max_side``."""
    views = decode_views(read_file_bytes(path, limits), limits)
    scale = min(1.0, max_side / max(views.width, views.height))
    size = (max(1, round(views.width * scale)), max(1, round(views.height * scale)))
    picture = views.upright.resize(size)  # undoes the square stretch made for hashing
    return size[0], size[1], picture.tobytes()
