"""Rate limits of the reference bank: a token bucket per key (a client address, a case
token's fingerprint), answered with 429 and ``Retry-After``, which the app honours.

Buckets are kept for the most recently seen keys only (``max_keys``), so a flood of new
addresses or made-up tokens cannot grow memory without bound; a forgotten key starts again
with a full bucket, which only ever errs on the side of answering.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

DEFAULT_PER_TOKEN = 120  # requests a minute for one case token: far above any person's use
DEFAULT_PER_ADDRESS = 1200  # requests a minute from one address (a helpline's office NAT)
MAX_KEYS = 100_000


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """``per_minute`` requests a minute for each key, in bursts of up to ``per_minute``;
    0 turns the limit off. Thread-safe."""

    def __init__(
        self,
        per_minute: int,
        *,
        max_keys: int = MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 0:
            raise ValueError("per_minute must be 0 (off) or more")
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._max_keys = max_keys
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: OrderedDict[Hashable, _Bucket] = OrderedDict()

    def take(self, key: Hashable) -> int | None:
        """Count one request for ``key``: None when it may go ahead, else the whole seconds
        to wait (the value of Retry-After)."""
        if self.per_minute == 0:
            return None
        now = self._clock()
        with self._lock:
            bucket = self._buckets.pop(key, None)
            if bucket is None:
                bucket = _Bucket(float(self.per_minute), now)
            bucket.tokens = min(
                float(self.per_minute), bucket.tokens + (now - bucket.updated) * self._rate
            )
            bucket.updated = now
            self._buckets[key] = bucket  # most recently used last
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return max(1, math.ceil((1.0 - bucket.tokens) / self._rate))

    def __len__(self) -> int:
        with self._lock:
            return len(self._buckets)
