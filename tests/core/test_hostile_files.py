"""Hostile and broken files: one typed error each, never a crash, a hang or a memory spike."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from safehash.core import errors
from safehash.core.hashing import hash_bytes, hash_file
from safehash.core.imaging import DecodeLimits
from support.reference_images import photo_like


@pytest.fixture
def jpeg_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "ok.jpg"
    Image.fromarray(photo_like(800, 600)).save(path, quality=90)
    return path.read_bytes()


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels, with almost no data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_zero_bytes(tmp_path: Path) -> None:
    with pytest.raises(errors.EmptyFile):
        hash_file(_write(tmp_path, "empty.jpg", b""))


def test_truncated_jpeg(tmp_path: Path, jpeg_bytes: bytes) -> None:
    with pytest.raises(errors.TruncatedImage):
        hash_file(_write(tmp_path, "cut.jpg", jpeg_bytes[: len(jpeg_bytes) // 2]))


def test_truncated_png(tmp_path: Path) -> None:
    path = tmp_path / "whole.png"
    Image.fromarray(photo_like(300, 300)).save(path)
    data = path.read_bytes()
    with pytest.raises((errors.TruncatedImage, errors.CorruptImage)):
        hash_file(_write(tmp_path, "cut.png", data[: len(data) // 2]))


def test_text_named_like_a_photo(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAnImage):
        hash_file(_write(tmp_path, "photo.jpg", b"Dear diary, this is not a picture.\n" * 40))


def test_random_bytes(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAnImage):
        hash_file(_write(tmp_path, "noise.png", os.urandom(4096)))


def test_jpeg_signature_with_garbage_after(tmp_path: Path) -> None:
    with pytest.raises((errors.CorruptImage, errors.TruncatedImage, errors.NotAnImage)):
        hash_file(_write(tmp_path, "bad.jpg", b"\xff\xd8\xff\xe0" + os.urandom(2000)))


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    # 30000 x 30000 black pixels compress to a few hundred kilobytes.
    bomb = _write(tmp_path, "bomb.png", _png_header_only(30_000, 30_000))
    with pytest.raises(errors.ImageTooLarge):
        hash_file(bomb)


def test_pixel_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "normal.png"
    Image.fromarray(photo_like(400, 300)).save(path)
    with pytest.raises(errors.ImageTooLarge):
        hash_file(path, DecodeLimits(max_pixels=100_000))
    assert hash_file(path, DecodeLimits(max_pixels=120_000)).width == 400


def test_header_claiming_billions_of_pixels(tmp_path: Path) -> None:
    with pytest.raises(errors.ImageTooLarge):
        hash_file(_write(tmp_path, "huge.png", _png_header_only(2_000_000_000, 2_000_000_000)))


def test_file_size_limit(tmp_path: Path, jpeg_bytes: bytes) -> None:
    path = _write(tmp_path, "big.jpg", jpeg_bytes)
    with pytest.raises(errors.FileTooLarge):
        hash_file(path, DecodeLimits(max_file_bytes=1000))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAFile):
        hash_file(tmp_path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.FileMissing):
        hash_file(tmp_path / "gone.jpg")


def test_symlink_loop(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b.jpg", tmp_path / "a.jpg")
    os.symlink(tmp_path / "a.jpg", tmp_path / "b.jpg")
    with pytest.raises(errors.SymlinkLoop):
        hash_file(tmp_path / "a.jpg")


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(errors.NotAFile):
        hash_file(fifo)


def test_device_file_is_refused() -> None:
    with pytest.raises(errors.NotAFile):
        hash_file("/dev/zero")


def test_name_that_is_not_utf8(tmp_path: Path, jpeg_bytes: bytes) -> None:
    raw_name = os.fsencode(tmp_path) + b"/\xff\xfe-photo.jpg"
    with open(raw_name, "wb") as handle:
        handle.write(jpeg_bytes)
    assert hash_file(raw_name).format == "JPEG"
    assert hash_file(os.fsdecode(raw_name)).format == "JPEG"


def test_file_is_never_modified(tmp_path: Path, jpeg_bytes: bytes) -> None:
    folder = tmp_path / "only"
    folder.mkdir()
    path = _write(folder, "keep.jpg", jpeg_bytes)
    before = path.stat()
    hash_file(path)
    after = path.stat()
    assert path.read_bytes() == jpeg_bytes
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
    assert sorted(p.name for p in folder.iterdir()) == ["keep.jpg"]  # no temporary files


def test_unreadable_file(tmp_path: Path, jpeg_bytes: bytes) -> None:
    path = _write(tmp_path, "secret.jpg", jpeg_bytes)
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root: permissions do not stop reads (tested in the CLI as nobody)")
    with pytest.raises(errors.FileUnreadable):
        hash_file(path)


def _subclasses(cls: type[errors.FileError]) -> list[type[errors.FileError]]:
    """Every subclass, however deep (``__subclasses__`` gives only the direct ones)."""
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_every_error_has_a_code_and_a_sentence() -> None:
    classes = _subclasses(errors.FileError)
    for cls in classes:
        error = cls()
        assert error.code != errors.FileError.code
        assert error.message.endswith(".") and len(error.message) > 20
    # A subclass that kept its parent's code would be reported as its parent.
    assert len({cls.code for cls in classes}) == len(classes)


def test_hash_bytes_rejects_empty() -> None:
    with pytest.raises(errors.EmptyFile):
        hash_bytes(b"")
