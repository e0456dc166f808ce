"""Photos and videos are told apart by content; HEIF/AVIF share MP4's box but are photos."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from safehash.core.discovery import find_files
from safehash.core.signatures import media_kind
from safehash.core.video import container_format

VIDEOS = Path(__file__).resolve().parents[1] / "support" / "videos"


def _ftyp(brand: bytes) -> bytes:
    return struct.pack(">I4s4sI4s", 20, b"ftyp", brand, 0, b"isom")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (_ftyp(b"isom"), "video"),
        (_ftyp(b"mp42"), "video"),
        (_ftyp(b"qt  "), "video"),
        (_ftyp(b"3gp5"), "video"),
        (_ftyp(b"M4V "), "video"),
        (_ftyp(b"heic"), "image"),
        (_ftyp(b"mif1"), "image"),
        (_ftyp(b"avif"), "image"),
        (_ftyp(b"M4A "), None),  # sound only
        (_ftyp(b"crx "), None),  # a camera's raw file
        (b"\x1a\x45\xdf\xa3" + bytes(28), "video"),
        (b"RIFF\0\0\0\0AVI LIST", "video"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image"),
        (b"RIFF\0\0\0\0WAVEfmt ", None),
        (b"\xff\xd8\xff\xe0", "image"),
        (b"plain text", None),
    ],
)
def test_kind_from_first_bytes(head: bytes, kind: str | None) -> None:
    assert media_kind(head) == kind


def test_container_names_come_from_the_bytes_too() -> None:
    names = {
        name: container_format((VIDEOS / name).read_bytes()[:64])[1]
        for name in ("vp9.webm", "av1.mkv", "mpeg4.avi", "h263.3gp", "rotated_90.mov")
    }
    assert names == {
        "vp9.webm": "WebM", "av1.mkv": "Matroska", "mpeg4.avi": "AVI",
        "h263.3gp": "3GP", "rotated_90.mov": "QuickTime",
    }  # fmt: skip


def test_folders_give_their_videos_whatever_their_names(tmp_path: Path) -> None:
    shutil.copy(VIDEOS / "vp8.webm", tmp_path / "holiday.txt")
    shutil.copy(VIDEOS / "mpeg4.avi", tmp_path / "clip.avi")
    (tmp_path / "song.m4a").write_bytes(_ftyp(b"M4A ") + bytes(100))
    (tmp_path / "notes.mp4").write_text("not a video at all")
    found = sorted(Path(f.path).name for f in find_files([tmp_path]))
    assert found == ["clip.avi", "holiday.txt"]
