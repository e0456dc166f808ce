"""Builders of hostile and broken video files, made from honest clips by test code.

Each returns the file's bytes. They cover what a person may be sent: a file cut short,
an empty one, sound only, noise behind a video signature, a frame size no camera films, a
frame rate of 1000 or of 0, and a header that lies about the length.
"""

from __future__ import annotations

import os
import struct
import tempfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from support.video_clips import Clip, _write_tone, write_clip

FTYP = struct.pack(">I4s4sI4s", 20, b"ftyp", b"isom", 512, b"mp41")
EBML = b"\x1a\x45\xdf\xa3"


def _clip_bytes(clip: Clip, pictures: list[np.ndarray] | None = None) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        suffix = {"matroska": ".mkv", "avi": ".avi"}.get(clip.container, ".mp4")
        path = write_clip(Path(folder) / f"clip{suffix}", clip, pictures)
        return path.read_bytes()


def webm_cut_in_half() -> bytes:
    """A WebM cut off in the middle, as a download that stopped: it plays up to the cut."""
    data = _clip_bytes(Clip("matroska", "libvpx-vp9", seconds=4))
    return data[: len(data) // 2]


def mp4_cut_in_half() -> bytes:
    """An MP4 whose index ('moov', written last) is lost with its second half: nothing in
    it says where a frame is."""
    data = _clip_bytes(Clip("mp4", "libx264", seconds=4))
    return data[: len(data) // 2]


def ftyp_only() -> bytes:
    return FTYP


def audio_only_mp4() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sound.mp4"
        with av.open(str(path), "w", format="mp4") as out:
            _write_tone(out, out.add_stream("aac", rate=48000), 1.0)
        return path.read_bytes()


def noise_behind(signature: bytes, size: int = 20_000, seed: int = 0) -> bytes:
    return signature + np.random.default_rng(seed).bytes(size)


def huge_frames_avi() -> bytes:
    """One black frame of 8800x4400 (38.7 megapixels, over 8K), declared as such."""
    black = np.zeros((4400, 8800, 3), np.uint8)
    clip = Clip("avi", "mjpeg", 8800, 4400, pix_fmt="yuvj420p", seconds=0.04)
    return _clip_bytes(clip, [black])


def thousand_fps_mkv() -> bytes:
    """2.2 seconds at a declared 1000 frames a second (2,200 tiny frames)."""
    clip = Clip("matroska", "mjpeg", 64, 48, rate=Fraction(1000), seconds=2.2, pix_fmt="yuvj420p")
    return _clip_bytes(clip)


def zero_fps_mp4() -> bytes:
    """Every frame's duration 0 in the sample table: no frame rate can be read from it."""
    data = bytearray(_clip_bytes(Clip("mp4", "mjpeg", 64, 48, seconds=2, pix_fmt="yuvj420p")))
    at = data.find(b"stts")
    entries = struct.unpack(">I", data[at + 8 : at + 12])[0]
    for k in range(entries):
        delta = at + 12 + 8 * k + 4
        data[delta : delta + 4] = bytes(4)
    return bytes(data)


def _mkv_with_duration(milliseconds: float) -> bytes:
    data = _clip_bytes(Clip("matroska", "libvpx-vp9", seconds=4))
    at = data.find(b"\x44\x89\x88")  # Segment Info, Duration: an 8-byte float
    assert at > 0
    return data[: at + 3] + struct.pack(">d", milliseconds) + data[at + 11 :]


def mkv_declaring_ten_hours() -> bytes:
    return _mkv_with_duration(10 * 3600 * 1000.0)


def mkv_declaring_half_a_second() -> bytes:
    """Four seconds of frames behind a header that says half a second."""
    return _mkv_with_duration(500.0)


def random_bytes(size: int = 20_000) -> bytes:
    return os.urandom(size)
