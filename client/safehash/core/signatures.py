"""What kind of file this is, from its first bytes: a photo, a video, or neither.

Shared by the folder walk (which files to hand to a worker) and the worker (which reader
opens the file). File names are never trusted; only content is. The checks are cheap
prefix comparisons on at most ``SNIFF_BYTES`` bytes; no decoder or demuxer runs here.
"""

from __future__ import annotations

from safehash.core.records import MEDIA_IMAGE, MEDIA_VIDEO

SNIFF_BYTES = 64  # enough for a Matroska header's DocType (WebM or Matroska)

# ISO base media files (MP4, MOV, 3GP, HEIF, AVIF) all start with an 'ftyp' box; its major
# brand tells pictures from videos.
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis",
     b"miaf", b"avio", b"MiHE", b"MiPr"}
)  # fmt: skip
# Same box, but never a video SafeHash hashes: audio-only MP4 (M4A, audiobooks) and raw
# camera files.
_NOT_VIDEO_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B ", b"crx "})
_EBML = b"\x1a\x45\xdf\xa3"  # Matroska and WebM


def looks_like_image(head: bytes) -> bool:
    """True when the first bytes carry the signature of a photo format SafeHash reads."""
    return (
        head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM"))
        or head.startswith((b"II*\x00", b"MM\x00*"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or (head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS)
    )


def looks_like_video(head: bytes) -> bool:
    """True for the containers SafeHash reads videos from: MP4/MOV/M4V/3GP (an 'ftyp' box
    whose brand is not a picture's or audio's), Matroska/WebM (EBML), AVI (RIFF 'AVI ').

    Old QuickTime files without 'ftyp' are not recognised: phones and cameras have written
    the box for twenty years."""
    if head[4:8] == b"ftyp":
        return head[8:12] not in _HEIF_BRANDS and head[8:12] not in _NOT_VIDEO_BRANDS
    return head.startswith(_EBML) or (head[:4] == b"RIFF" and head[8:12] == b"AVI ")


def media_kind(head: bytes) -> str | None:
    """``"image"``, ``"video"`` or None, from a file's first ``SNIFF_BYTES`` bytes."""
    if looks_like_image(head):
        return MEDIA_IMAGE
    if looks_like_video(head):
        return MEDIA_VIDEO
    return None
