from __future__ import annotations

from support.fixtures import hma_fake, refbank

__all__ = ["hma_fake", "refbank"]
