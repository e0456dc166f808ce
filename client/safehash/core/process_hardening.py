"""No crash dumps of SafeHash, in any of its processes.

A crash dump is a copy of a process's memory written to disk: case tokens, the bank's
access header, the bytes of photos and their names. One was found, 78 MB, after a crash
of ``safehash submit``. :func:`harden_process` is the first thing every SafeHash process
runs (the command line and the window through ``safehash.cli.main``, and each worker).

- **Linux**: ``RLIMIT_CORE`` 0, soft and hard (no core file; the process cannot raise it
  back), and ``PR_SET_DUMPABLE`` 0. The second matters more: ``RLIMIT_CORE`` is ignored when
  ``core_pattern`` pipes dumps to a collector (systemd-coredump, apport), but the kernel
  never dumps a process that is not dumpable. It also keeps other processes of the same
  user, a hijacked worker among them, from attaching a debugger or reading this process's
  memory through ``/proc/<pid>/mem``. It resets on ``exec``, which is why workers call this
  too. Side effect: ``/proc/<pid>/`` files of a non-dumpable process belong to root, so
  xdg-desktop-portal refuses requests it cannot trace to an app (the window's Settings
  portal look-ups on a non-Flatpak desktop fall back to Qt's defaults).
- **macOS**: ``RLIMIT_CORE`` 0 (core files are off unless ``/cores`` and the limit allow
  them). The crash reports macOS writes (``~/Library/Logs/DiagnosticReports``) hold stack
  traces, not memory, and are not turned off here.
- **Windows**: ``SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)``: with
  ``SEM_NOGPFAULTERRORBOX`` the system does not invoke Windows Error Reporting for this
  process, so no report, dialog or local dump is made; the mode is inherited by children.
  Not ``WerAddExcludedApplication``: it writes the executable's name into the registry for
  good (HKCU or HKLM), which both outlives SafeHash and tells anyone who looks later that
  it was used, and it would exclude every ``python.exe`` when run from source.
  ``WerSetFlags`` has no "off" flag, only ways to trim or queue reports.

Never raises: a hardening step that fails is logged (by kind, never with a path) and the
process goes on, because refusing to start would help nobody.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import sys
from collections.abc import Callable

_log = logging.getLogger(__name__)

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def harden_process() -> None:
    """Turn off crash dumps for this process. Call it first in every SafeHash process."""
    if sys.platform == "win32":
        _guarded("Windows Error Reporting", _no_error_reporting_windows)
        return
    _guarded("core file limit", _no_core_files)
    if sys.platform.startswith("linux"):
        _guarded("dumpable flag", _not_dumpable_linux)


def _guarded(step: str, action: Callable[[], None]) -> None:
    try:
        action()
    except (OSError, ValueError, AttributeError) as exc:
        number = getattr(exc, "errno", None)
        kind = errno.errorcode.get(number, type(exc).__name__) if number else type(exc).__name__
        _log.warning("could not harden this process (%s): %s", step, kind)


def _no_core_files() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _prctl(option: int, arg2: int = 0) -> int:
    """prctl with its arguments as unsigned longs, as the kernel reads them."""
    libc = ctypes.CDLL(None, use_errno=True)
    zero = ctypes.c_ulong(0)
    result = int(libc.prctl(ctypes.c_int(option), ctypes.c_ulong(arg2), zero, zero, zero))
    if result < 0:
        raise OSError(ctypes.get_errno(), "prctl failed")
    return result


def _not_dumpable_linux() -> None:
    _prctl(_PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool:
    """Whether Linux would dump or let others trace this process (for tests and checks)."""
    return _prctl(_PR_GET_DUMPABLE) != 0


def _no_error_reporting_windows() -> None:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.SetErrorMode.argtypes = (ctypes.c_uint,)
    kernel32.SetErrorMode.restype = ctypes.c_uint
    kernel32.GetErrorMode.restype = ctypes.c_uint
    wanted = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    kernel32.SetErrorMode(kernel32.GetErrorMode() | wanted)  # keep flags Python set
