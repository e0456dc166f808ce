"""Folders that cannot be opened, made for real (no mocks)."""

from __future__ import annotations

import os
from pathlib import Path


def nest_too_deep(top: Path, name: str = "d" * 250, levels: int = 20) -> str:
    """Folders nested inside ``top`` beyond the longest path the system opens (PATH_MAX),
    so listing the deepest fails with ENAMETOOLONG, even for root. Made with relative
    steps, which still work. Returns the first nested folder's name."""
    here = os.open(top, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(name, dir_fd=here)
            deeper = os.open(name, os.O_RDONLY, dir_fd=here)
            os.close(here)
            here = deeper
    finally:
        os.close(here)
    return name
