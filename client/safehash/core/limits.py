"""The limits on one file that can be checked before decoding, shared by the command line,
the window and the workers. Light on purpose: the parent process imports it, and must not
load any decoder."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DecodeLimits:
    """Refuse files before decoding when they could exhaust memory or time.

    Every field is an int: the limits travel to the worker processes as JSON.
    """

    max_pixels: int = 200_000_000
    max_file_bytes: int = 512 * 1024 * 1024
    # What decoding one file may need, estimated from its header, the file's own bytes
    # included. A worker may use 1 GiB of data and holds about 200 MiB of its own.
    max_decode_bytes: int = 768 * 1024 * 1024
    # Encoders write 1 scan (baseline) or 6 to 18 (libjpeg-turbo, mozjpeg progressive), and
    # each scan walks the whole picture again: 100 leaves room for hand-made scan scripts
    # and bounds the work to about a second.
    max_jpeg_scans: int = 100
    # Pillow's decoders written in Python (RLE BMP): pixels, and bytes of compressed data;
    # at either limit about 2 to 3 seconds of work. A 4K screenshot has 8.3 million pixels.
    max_python_decode_pixels: int = 16_000_000
    # Videos: the longest one hashed (the command line's --max-duration), refused from the
    # container's header and checked again as frames are decoded; and the largest frame
    # (8K: a full-size frame's PDQ needs about 10 bytes a pixel on top of the decoder's).
    max_video_seconds: int = 4 * 3600
    max_video_pixels: int = 8192 * 4320


DEFAULT_LIMITS = DecodeLimits()
