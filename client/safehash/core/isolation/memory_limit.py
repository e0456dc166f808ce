"""A memory ceiling for each worker process, the way each system can enforce one.

A crafted file can ask a decoder for gigabytes (a 1 KB WebP declaring a 14000x14000 canvas
took 3 GiB). With a ceiling, that allocation fails inside the worker (Python sees
``MemoryError``) and the file gets ``needs_too_much_memory``; the machine never swaps.

- **Linux**: :func:`limit_own_memory` sets ``RLIMIT_DATA``, soft and hard (a worker cannot
  raise it back). Not ``RLIMIT_AS``: that counts address space that is only reserved, never
  used. glibc reserves 64 MiB per malloc arena (up to eight per core) and every thread
  reserves its stack, so an ``RLIMIT_AS`` low enough to matter breaks ordinary threads,
  while one high enough to be safe lets a decoder allocate far more than intended. Since
  Linux 4.7 ``RLIMIT_DATA`` counts private writable mappings, which is exactly where
  decoders' pixels live (``malloc``, ``brk``, anonymous ``mmap``) and nothing else. It
  also marks the worker as the out-of-memory killer's first choice, so if the machine
  does run short (many programs at once, a small laptop) the worker goes, not the window.
- **macOS**: ``RLIMIT_AS``, the only memory limit XNU enforces (``vm_map_enter`` refuses
  mappings past it; ``RLIMIT_DATA`` is not checked). A process there already maps
  gigabytes of shared cache and reservations (hundreds on Apple silicon), and XNU refuses
  a limit below the current size, so the ceiling is the current size plus ``max_bytes``.
- **Windows**: no limit a process can put on itself; the parent puts each worker in a Job
  Object with :func:`assign_job_memory_limit`, which limits committed memory and also
  kills the worker when the parent goes away.

What this does not cover: a worker already taken over by an exploit can still use shared
memory, which ``RLIMIT_DATA`` does not count; the parent's time limit ends it.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import sys

_log = logging.getLogger(__name__)


def limit_own_memory(max_bytes: int) -> None:
    """Cap this process's memory at ``max_bytes`` (Linux, macOS); a no-op on Windows.

    Call it in the worker, after its imports. Raises ``OSError`` if Linux refuses the limit
    (it never should); on macOS a failure is logged and the parent's limits still apply.
    """
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    if sys.platform.startswith("linux"):
        import resource

        _lower_limit(resource.RLIMIT_DATA, max_bytes)
        prefer_this_process_when_out_of_memory()
    elif sys.platform == "darwin":
        import resource

        current = _darwin_virtual_size()
        if current is None:
            _log.warning("memory limit not set: the size of this process is unknown")
            return
        try:
            _lower_limit(resource.RLIMIT_AS, current + max_bytes)
        except (OSError, ValueError) as exc:
            _log.warning("memory limit not set: %s", _errno_name(exc))


def _lower_limit(which: int, value: int) -> None:
    """Soft and hard limit to ``value``, or to the hard limit already there if lower."""
    import resource

    _soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))


def _errno_name(exc: BaseException) -> str:
    number = getattr(exc, "errno", None)
    return errno.errorcode.get(number, type(exc).__name__) if number else type(exc).__name__


# --- Linux: the out-of-memory killer's first choice ---------------------------------------

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4


def prefer_this_process_when_out_of_memory() -> bool:
    """Set ``oom_score_adj`` to 1000 (Linux). Returns whether it worked; never raises.

    Raising one's own score needs no privilege, but once ``PR_SET_DUMPABLE`` is 0 (see
    ``process_hardening``) the kernel hands ``/proc/self`` to root, so the file is briefly
    made writable again by turning dumpable on for the write. Core files stay off
    throughout: ``RLIMIT_CORE`` is 0 and cannot be raised.
    """
    try:
        return _write_oom_score_adj()
    except PermissionError:
        pass
    except OSError:
        return False
    try:
        if _prctl(_PR_GET_DUMPABLE) != 0 or _prctl(_PR_SET_DUMPABLE, 1) != 0:
            return False
    except (OSError, AttributeError):
        return False
    try:
        return _write_oom_score_adj()
    except OSError:
        return False
    finally:
        _prctl(_PR_SET_DUMPABLE, 0)


def _prctl(option: int, arg2: int = 0) -> int:
    """prctl with its arguments as unsigned longs, as the kernel reads them."""
    libc = ctypes.CDLL(None, use_errno=True)
    zero = ctypes.c_ulong(0)
    return int(libc.prctl(ctypes.c_int(option), ctypes.c_ulong(arg2), zero, zero, zero))


def _write_oom_score_adj() -> bool:
    with open("/proc/self/oom_score_adj", "w", encoding="ascii") as file:
        file.write("1000")
    return True


# --- macOS: the current size of this process ----------------------------------------------

_MACH_TASK_BASIC_INFO = 20  # <mach/task_info.h>


class _MachTaskBasicInfo(ctypes.Structure):
    """``struct mach_task_basic_info`` (declared under ``#pragma pack(4)``)."""

    _pack_ = 4
    _fields_ = (
        ("virtual_size", ctypes.c_uint64),
        ("resident_size", ctypes.c_uint64),
        ("resident_size_max", ctypes.c_uint64),
        ("user_time", ctypes.c_int32 * 2),  # time_value_t: seconds, microseconds
        ("system_time", ctypes.c_int32 * 2),
        ("policy", ctypes.c_int32),
        ("suspend_count", ctypes.c_int32),
    )


def _darwin_virtual_size() -> int | None:
    """This task's virtual size from ``task_info`` (what XNU compares with RLIMIT_AS)."""
    try:
        libc = ctypes.CDLL(None)
        task = ctypes.c_uint32.in_dll(libc, "mach_task_self_")  # what mach_task_self() reads
        info = _MachTaskBasicInfo()
        count = ctypes.c_uint32(ctypes.sizeof(info) // 4)  # in natural_t units
        libc.task_info.argtypes = (
            ctypes.c_uint32,
            ctypes.c_int,
            ctypes.POINTER(_MachTaskBasicInfo),
            ctypes.POINTER(ctypes.c_uint32),
        )
        libc.task_info.restype = ctypes.c_int
        if libc.task_info(task, _MACH_TASK_BASIC_INFO, ctypes.byref(info), ctypes.byref(count)):
            return None
    except (OSError, AttributeError, ValueError):
        return None
    return int(info.virtual_size)


# --- Windows: a Job Object, put on the worker by its parent ---------------------------------

# Fixed-size stand-ins for the Windows types, so the layout is also right (and testable)
# on other systems: DWORD is 32-bit everywhere, unlike C's long.
_DWORD = ctypes.c_uint32
_LARGE_INTEGER = ctypes.c_int64
_SIZE_T = ctypes.c_size_t
_ULONG_PTR = ctypes.c_size_t

_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400  # no Windows Error Reporting
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
_PROCESS_TERMINATE = 0x0001
_PROCESS_SET_QUOTA = 0x0100


class JobObjectBasicLimitInformation(ctypes.Structure):
    """``JOBOBJECT_BASIC_LIMIT_INFORMATION`` (winnt.h)."""

    _fields_ = (
        ("PerProcessUserTimeLimit", _LARGE_INTEGER),
        ("PerJobUserTimeLimit", _LARGE_INTEGER),
        ("LimitFlags", _DWORD),
        ("MinimumWorkingSetSize", _SIZE_T),
        ("MaximumWorkingSetSize", _SIZE_T),
        ("ActiveProcessLimit", _DWORD),
        ("Affinity", _ULONG_PTR),
        ("PriorityClass", _DWORD),
        ("SchedulingClass", _DWORD),
    )


class IoCounters(ctypes.Structure):
    """``IO_COUNTERS`` (winnt.h)."""

    _fields_ = tuple(
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    )


class JobObjectExtendedLimitInformation(ctypes.Structure):
    """``JOBOBJECT_EXTENDED_LIMIT_INFORMATION`` (winnt.h)."""

    _fields_ = (
        ("BasicLimitInformation", JobObjectBasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", _SIZE_T),
        ("JobMemoryLimit", _SIZE_T),
        ("PeakProcessMemoryUsed", _SIZE_T),
        ("PeakJobMemoryUsed", _SIZE_T),
    )


class WindowsJob:
    """One worker's Job Object. Closing it (or the parent exiting) kills the worker.

    Keep it while the worker lives and close it when the worker is replaced; one dropped
    without ``close()`` only leaves a handle open until the parent exits.
    """

    def __init__(self, handle: int) -> None:
        self._handle: int | None = handle

    def peak_process_memory(self) -> int:
        """The most memory the worker has committed, in bytes (to name a crash's cause)."""
        kernel32 = _kernel32()
        info = JobObjectExtendedLimitInformation()
        if self._handle is None or not kernel32.QueryInformationJobObject(
            self._handle,
            _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
            ctypes.byref(info),
            ctypes.sizeof(info),
            None,
        ):
            raise _last_error("QueryInformationJobObject")
        return int(info.PeakProcessMemoryUsed)

    def close(self) -> None:
        """Close the job, which ends every process still in it."""
        if self._handle is not None:
            _kernel32().CloseHandle(self._handle)
            self._handle = None


def assign_job_memory_limit(pid: int, max_bytes: int) -> WindowsJob:
    """Put process ``pid`` in a new Job Object that caps its committed memory (Windows).

    The parent calls this right after starting a worker and before sending it any file.
    The job also ends the worker when the job is closed or the parent dies, and turns off
    Windows Error Reporting for it (no crash dialog, no dump). Raises ``OSError``.
    """
    if sys.platform != "win32":
        raise OSError(errno.ENOSYS, "Job Objects exist only on Windows")
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    kernel32 = _kernel32()
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise _last_error("CreateJobObjectW")
    try:
        info = JobObjectExtendedLimitInformation()
        info.BasicLimitInformation.LimitFlags = (
            JOB_OBJECT_LIMIT_PROCESS_MEMORY
            | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
            | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
        )
        info.ProcessMemoryLimit = max_bytes
        if not kernel32.SetInformationJobObject(
            job,
            _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
            ctypes.byref(info),
            ctypes.sizeof(info),
        ):
            raise _last_error("SetInformationJobObject")
        process = kernel32.OpenProcess(_PROCESS_SET_QUOTA | _PROCESS_TERMINATE, False, pid)
        if not process:
            raise _last_error("OpenProcess")
        try:
            if not kernel32.AssignProcessToJobObject(job, process):
                raise _last_error("AssignProcessToJobObject")
        finally:
            kernel32.CloseHandle(process)
    except BaseException:
        kernel32.CloseHandle(job)
        raise
    return WindowsJob(job)


def _kernel32() -> ctypes.CDLL:
    """kernel32 with prototypes, so 64-bit handles are never cut to a C int."""
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle, bool_ = ctypes.c_void_p, ctypes.c_int
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.CreateJobObjectW.restype = handle
    kernel32.SetInformationJobObject.argtypes = (handle, ctypes.c_int, ctypes.c_void_p, _DWORD)
    kernel32.SetInformationJobObject.restype = bool_
    kernel32.QueryInformationJobObject.argtypes = (
        handle,
        ctypes.c_int,
        ctypes.c_void_p,
        _DWORD,
        ctypes.POINTER(_DWORD),
    )
    kernel32.QueryInformationJobObject.restype = bool_
    kernel32.OpenProcess.argtypes = (_DWORD, bool_, _DWORD)
    kernel32.OpenProcess.restype = handle
    kernel32.AssignProcessToJobObject.argtypes = (handle, handle)
    kernel32.AssignProcessToJobObject.restype = bool_
    kernel32.CloseHandle.argtypes = (handle,)
    kernel32.CloseHandle.restype = bool_
    return kernel32


def _last_error(function: str) -> OSError:
    code = ctypes.get_last_error()  # type: ignore[attr-defined]
    return OSError(0, f"{function} failed (Windows error {code})", None, code)
