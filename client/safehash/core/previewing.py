"""A small upright copy of one picture, for the person to look at when they ask; for a
video, one still frame of it (it is never played).

Runs only inside an isolated worker (``safehash.core.isolation``): it decodes the file
with the same limits as hashing and hands back raw RGB rows, never a file.
"""

from __future__ import annotations

import os

from safehash.core.file_access import open_file, read_all, reader
from safehash.core.imaging import DecodeLimits, decode_views
from safehash.core.signatures import looks_like_video


def make_preview(
    path: str | os.PathLike[str], limits: DecodeLimits, max_side: int
) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of the picture as people see it, at most ``max_side``;
    for a video, of one frame one second in, turned as players show it."""
    with open_file(path) as opened:
        if looks_like_video(opened.head):
            from safehash.core.video import OpenedVideo  # only for a video: PyAV is slow to load

            video = OpenedVideo(reader(opened), opened.head, limits)
            try:
                rgb = video.still_frame(max_side)
            finally:
                video.close()
            return rgb.shape[1], rgb.shape[0], rgb.tobytes()
        data = read_all(opened, limits.max_file_bytes)
    views = decode_views(data, limits)
    scale = min(1.0, max_side / max(views.width, views.height))
    size = (max(1, round(views.width * scale)), max(1, round(views.height * scale)))
    picture = views.upright.resize(size)  # undoes the square stretch made for hashing
    return size[0], size[1], picture.tobytes()
