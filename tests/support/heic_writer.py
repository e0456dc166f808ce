"""HEIC files for the tests, made with pillow-heif's encoder.

SafeHash ships only pi-heif (libheif with its HEVC decoder, no encoder), so it cannot
write HEIC; pillow-heif, a test dependency, can. ``use_pillow_heif_for_saving()``
registers pillow-heif for ``Image.save(..., "HEIF")`` and then pi-heif for opening, so
every HEIC a test reads in its own process is decoded as the app's workers decode it.
"""

from __future__ import annotations


def use_pillow_heif_for_saving() -> None:
    import pi_heif
    import pillow_heif

    pillow_heif.register_heif_opener()  # open and save; opening is taken back below
    pi_heif.register_heif_opener()
