"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

There, every call of a PySide6 method that returns nothing (``label.setText(...)``)
releases one reference to ``None`` that it never took, and every ``signal.emit()`` one to
``True``. CPython 3.12 and later make these objects immortal, so nothing happens there; on
3.11 their counts fall with each call, and after some thousands of calls (a few minutes of
use) the interpreter aborts with "deallocating None". A crash in the middle of the flow is
exactly what this app must not do to the person using it.

The guard adds a very large number of references to ``None``, ``True`` and ``False`` once,
so the counts can never reach zero in the life of a process. These objects are never
freed anyway, so the extra references change nothing else. It does nothing on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_TOP_UP = 1 << 40
_done = False


def protect_singletons() -> bool:
    """Apply once per process; True when it was needed (CPython before 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _TOP_UP
    _done = True
    return True
