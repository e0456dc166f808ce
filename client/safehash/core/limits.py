"""The limits on one file that can be checked before decoding, shared by the command line,
the window and the workers. Light on purpose: the parent process imports it, and must not
load any decoder."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DecodeLimits:
    """Refuse files before decoding when they could exhaust memory."""

    max_pixels: int = 200_000_000
    max_file_bytes: int = 512 * 1024 * 1024


DEFAULT_LIMITS = DecodeLimits()
