"""A video's MD5 and SHA-256 are taken on a thread of their own while its frames are
decoded (``file_access.digests_alongside``): the same digests as reading the file whole,
the file's own error when it changes, and no thread left reading once the caller is done."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from safehash.core import errors
from safehash.core.file_access import digests_alongside, open_file, reader


def _digest_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "file-digests"]


def test_the_digests_are_those_of_the_whole_file_while_it_is_read_elsewhere(
    tmp_path: Path,
) -> None:
    data = os.urandom(5 * 1024 * 1024 + 123)  # several of the reader's pieces
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    with open_file(path) as opened, digests_alongside(opened) as file_digests:
        # A demuxer reads the same descriptor meanwhile, at its own positions.
        demuxer = reader(opened)
        demuxer.seek(len(data) - 10)
        tail = demuxer.read(10)
        assert file_digests() == (
            hashlib.md5(data, usedforsecurity=False).hexdigest(),
            hashlib.sha256(data).hexdigest(),
        )
    assert tail == data[-10:]


def test_a_file_cut_short_after_it_was_opened_is_a_changed_file(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(os.urandom(3 * 1024 * 1024))
    with open_file(path) as opened:
        os.truncate(path, 1024 * 1024)
        with digests_alongside(opened) as file_digests, pytest.raises(errors.FileChanged):
            file_digests()


def test_leaving_early_stops_the_thread_before_the_file_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "long.mkv"
    with path.open("wb") as file:  # 2 GiB, sparse: far more than is read before the stop
        file.truncate(2 * 1024**3)
    with open_file(path) as opened:
        with pytest.raises(errors.CorruptVideo), digests_alongside(opened):
            raise errors.CorruptVideo()  # the frames failed: the digests are not wanted
        assert _digest_threads() == []


def test_without_pread_the_demuxer_and_the_digests_take_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows has no os.pread: both threads then seek and read on one descriptor. Run that
    # code here, with the demuxer reading all over the file while the digests are taken.
    monkeypatch.delattr(os, "pread")
    data = os.urandom(8 * 1024 * 1024)
    path = tmp_path / "clip.avi"
    path.write_bytes(data)
    positions = [(i * 7919 * 4099) % (len(data) - 4096) for i in range(2000)]
    with open_file(path) as opened, digests_alongside(opened) as file_digests:
        demuxer = reader(opened)
        for position in positions:
            demuxer.seek(position)
            assert demuxer.read(4096) == data[position : position + 4096]
        assert file_digests() == (
            hashlib.md5(data, usedforsecurity=False).hexdigest(),
            hashlib.sha256(data).hexdigest(),
        )
