"""Linux sandbox for the worker processes that open untrusted files.

A worker calls :func:`apply_worker_sandbox` once it has imported everything it needs and
before it reads any file. From then on, even a decoder bug that hands an attacker control of
the worker gives them a process that cannot reach the network, start programs, debug or
signal other processes, or change anything on disk. What the worker still can do is what
hashing needs: read files, allocate memory, start threads, and write to the descriptors it
already has (the pipe back to the pool).

Three layers, each stopping something on its own:

1. ``no_new_privs``: nothing the worker runs can gain privileges (set-uid programs,
   file capabilities). The kernel requires it before an unprivileged process may install a
   seccomp filter or a Landlock ruleset. Shown in ``/proc/<pid>/status`` as ``NoNewPrivs: 1``.
2. A seccomp filter (``Seccomp: 2``): system calls the worker never needs fail with an
   error number (so Python raises ``OSError`` and the pool reports the file), never with a
   kill, except for a foreign architecture, which no honest worker can produce. Refused:
   every socket (``socket``/``socketpair``; ``socketcall`` exists only on 32-bit ABIs, which
   the architecture check kills), ``connect``, ``execve``/``execveat``, ``fork``/``vfork`` and
   any ``clone`` that is not a thread or that asks for a new namespace (``clone3`` answers
   ENOSYS so glibc falls back to ``clone``, whose flags a filter can see), ``unshare``,
   ``setns``, ``ptrace``, ``process_vm_readv``/``writev``, the pidfd calls, ``io_uring``
   (its requests would open files and sockets without passing through this filter),
   ``bpf``, ``perf_event_open``, ``userfaultfd``, the keyring calls, the ``TIOCSTI`` and
   ``TIOCLINUX`` ioctls (typing into the terminal the worker may have inherited), signals
   to any process but itself, ``prlimit64`` on another process, opening a file with any of
   ``O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND``, ``creat``, ``openat2`` (its flags are in a
   struct the filter cannot read, so it answers ENOSYS and glibc never needs it), and
   every call that changes the file system: truncate, rename, unlink, rmdir, mkdir, mknod,
   link, symlink, chmod, chown, utime, the xattr setters and ``file_setattr``.
3. Landlock, where the kernel has it: every write-type file-system right is "handled" and
   none is granted, so the whole file system is read-only to the worker, by a mechanism
   independent of the filter above. From Landlock ABI 4 TCP bind/connect are refused too,
   from ABI 6 signals and abstract Unix sockets outside the worker. Landlock also stops
   the worker reading another process's memory through ``/proc/<pid>/mem``.

Why a hand-written BPF filter rather than ``libseccomp`` or ``pyseccomp``: libseccomp is a
C library that is not installed everywhere (``pyseccomp`` is only a binding that loads it),
so every bundle would have to carry it for each architecture, and a missing copy would
silently mean no filter. The policy here is about seventy rules in one readable table; the
tests run the filter it builds through a small BPF interpreter for both architectures, and
check it from outside (``/proc/<pid>/status``) and from inside (each refused call) in a
real process.

Limits of this module, written down so nobody relies on more:

- The filter covers x86-64 and AArch64 with a 64-bit Python. Elsewhere it is skipped and
  the report says so.
- seccomp is installed on every thread of the worker (``SECCOMP_FILTER_FLAG_TSYNC``).
  Landlock applies to every thread only from Landlock ABI 8; on older kernels threads that
  already exist (numpy's OpenBLAS starts some at import) are outside the Landlock layer,
  though still inside seccomp. Start workers with ``OPENBLAS_NUM_THREADS=1`` so there are
  none; the report counts them.
- Memory and time are limited elsewhere (``memory_limit`` in the worker, the pool's clock).
- Python writes no ``.pyc`` files in here: this module sets ``sys.dont_write_bytecode``
  (the caller should set it before its imports too); a write would only be refused anyway.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SandboxReport:
    """Which layers are in force in this process. ``notes`` say why one is missing."""

    no_new_privs: bool = False
    seccomp: bool = False
    landlock: bool = False
    landlock_abi: int = 0  # 0: the kernel has no Landlock, or it is turned off
    threads_without_landlock: int = 0
    notes: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every layer this module knows is in force on every thread."""
        return (
            self.no_new_privs
            and self.seccomp
            and self.landlock
            and self.threads_without_landlock == 0
        )


def apply_worker_sandbox() -> SandboxReport:
    """Confine this process for good; a no-op that says so on other systems. Never raises."""
    sys.dont_write_bytecode = True  # a .pyc write would be refused; don't even try
    if not sys.platform.startswith("linux"):
        return SandboxReport(notes=("not Linux: no seccomp or Landlock on this system",))
    notes: list[str] = []
    nnp = enable_no_new_privs()
    if not nnp:
        notes.append("no_new_privs could not be set")
    seccomp_problem = install_seccomp_filter() if nnp else "it needs no_new_privs"
    if seccomp_problem:
        notes.append(f"seccomp filter not installed: {seccomp_problem}")
    if notes and machine() is not None:  # unexpected here; a missing Landlock is not
        _log.warning("worker sandbox: %s", "; ".join(notes))
    try:
        landlock = restrict_filesystem_with_landlock()
    except (OSError, AttributeError) as exc:
        landlock = LandlockResult(0, f"unexpected failure ({type(exc).__name__})")
    if landlock.problem:
        notes.append(f"Landlock not in force: {landlock.problem}")
    elif landlock.threads_outside:
        notes.append(
            "Landlock covers this thread and those it starts; this kernel cannot extend it "
            f"to the {landlock.threads_outside} started earlier (seccomp covers them)"
        )
    return SandboxReport(
        no_new_privs=nnp,
        seccomp=not seccomp_problem,
        landlock=not landlock.problem,
        landlock_abi=landlock.abi,
        threads_without_landlock=landlock.threads_outside,
        notes=tuple(notes),
    )


# --- libc ---------------------------------------------------------------------------------

_PR_SET_NO_NEW_PRIVS = 38
_PR_GET_NO_NEW_PRIVS = 39
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    libc.prctl.restype = ctypes.c_int
    return libc


def _prctl(option: int, arg2: int = 0, arg3: int = 0) -> int:
    """prctl with every argument as an unsigned long, as the kernel reads them."""
    zero = ctypes.c_ulong(0)
    result = _libc().prctl(
        ctypes.c_int(option), ctypes.c_ulong(arg2), ctypes.c_ulong(arg3), zero, zero
    )
    if result < 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return int(result)


def _errno_name(number: int) -> str:
    return errno.errorcode.get(number, str(number))


def enable_no_new_privs() -> bool:
    """Set ``no_new_privs`` (it can never be unset). Returns whether it is set."""
    try:
        _prctl(_PR_SET_NO_NEW_PRIVS, 1)
        return _prctl(_PR_GET_NO_NEW_PRIVS) == 1
    except (OSError, AttributeError):
        return False


# --- seccomp ------------------------------------------------------------------------------

# Classic BPF (linux/bpf_common.h): load a 32-bit word, compare, return.
_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE_K = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_JSET_K = 0x45  # BPF_JMP | BPF_JSET | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K

# struct seccomp_data: int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6].
# Both architectures here are little-endian, so an argument's low 32 bits are at
# 16 + 8*i; every argument checked below is a C int or has its flags in the low word.
_NR = 0
_ARCH = 4


def _arg(index: int) -> int:
    return 16 + 8 * index


_RET_KILL_PROCESS = 0x80000000
_RET_ERRNO = 0x00050000
_RET_ALLOW = 0x7FFF0000

_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}  # EM_* | 64BIT | LE
_X32_SYSCALL_BIT = 0x40000000
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1
_SYS_SECCOMP = {"x86_64": 317, "aarch64": 277}

_WRITE_OPEN_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_CLONE_THREAD = 0x00010000
# CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
_CLONE_NEW_NAMESPACES = 0x00020000 | 0x7E000000
_TIOCSTI = 0x5412
_TIOCLINUX = 0x541C

# What a rule does when its system call comes in.
DENY = "deny"  # fail with the rule's errno
DENY_WRITE_OPEN = "deny write open"  # fail when the flags argument asks for writing
SELF_ONLY = "self only"  # allow only when the pid argument is this process
SELF_OR_ZERO = "self or zero"  # the same, where 0 also means this process
THREADS_ONLY = "threads only"  # clone: threads yes, processes and namespaces no
SAFE_IOCTL = "safe ioctl"  # ioctl: everything but typing into a terminal


@dataclass(frozen=True)
class _Rule:
    name: str
    x86_64: int | None  # system call number; None where the call does not exist
    aarch64: int | None
    action: str = DENY
    error: int = errno.EPERM  # the errno a refused call returns
    arg: int = 0  # which argument the action looks at


_FS = errno.EACCES  # file-system changes fail as they would on a read-only file

_RULES: tuple[_Rule, ...] = (
    # Network and other processes.
    _Rule("socket", 41, 198),
    _Rule("socketpair", 53, 199),
    _Rule("connect", 42, 203),
    _Rule("execve", 59, 221),
    _Rule("execveat", 322, 281),
    _Rule("fork", 57, None),
    _Rule("vfork", 58, None),
    _Rule("clone", 56, 220, THREADS_ONLY),
    _Rule("clone3", 435, 435, error=errno.ENOSYS),
    _Rule("unshare", 272, 97),
    _Rule("setns", 308, 268),
    _Rule("ptrace", 101, 117),
    _Rule("process_vm_readv", 310, 270),
    _Rule("process_vm_writev", 311, 271),
    _Rule("pidfd_open", 434, 434),
    _Rule("pidfd_send_signal", 424, 424),
    _Rule("pidfd_getfd", 438, 438),
    _Rule("kill", 62, 129, SELF_ONLY),
    _Rule("tgkill", 234, 131, SELF_ONLY),
    _Rule("tkill", 200, 130),
    _Rule("rt_sigqueueinfo", 129, 138, SELF_ONLY),
    _Rule("rt_tgsigqueueinfo", 297, 240, SELF_ONLY),
    _Rule("prlimit64", 302, 261, SELF_OR_ZERO),
    _Rule("ioctl", 16, 29, SAFE_IOCTL, arg=1),
    # Kernel interfaces a decoder never needs and exploits often do.
    _Rule("io_uring_setup", 425, 425),
    _Rule("io_uring_enter", 426, 426),
    _Rule("io_uring_register", 427, 427),
    _Rule("bpf", 321, 280),
    _Rule("perf_event_open", 298, 241),
    _Rule("userfaultfd", 323, 282),
    _Rule("add_key", 248, 217),
    _Rule("request_key", 249, 218),
    _Rule("keyctl", 250, 219),
    # Opening for writing, and every change to the file system.
    _Rule("open", 2, None, DENY_WRITE_OPEN, _FS, arg=1),
    _Rule("openat", 257, 56, DENY_WRITE_OPEN, _FS, arg=2),
    _Rule("openat2", 437, 437, error=errno.ENOSYS),
    _Rule("creat", 85, None, error=_FS),
    _Rule("truncate", 76, 45, error=_FS),
    _Rule("rename", 82, None, error=_FS),
    _Rule("renameat", 264, 38, error=_FS),
    _Rule("renameat2", 316, 276, error=_FS),
    _Rule("unlink", 87, None, error=_FS),
    _Rule("unlinkat", 263, 35, error=_FS),
    _Rule("rmdir", 84, None, error=_FS),
    _Rule("mkdir", 83, None, error=_FS),
    _Rule("mkdirat", 258, 34, error=_FS),
    _Rule("mknod", 133, None, error=_FS),
    _Rule("mknodat", 259, 33, error=_FS),
    _Rule("link", 86, None, error=_FS),
    _Rule("linkat", 265, 37, error=_FS),
    _Rule("symlink", 88, None, error=_FS),
    _Rule("symlinkat", 266, 36, error=_FS),
    _Rule("chmod", 90, None, error=_FS),
    _Rule("fchmod", 91, 52, error=_FS),
    _Rule("fchmodat", 268, 53, error=_FS),
    _Rule("fchmodat2", 452, 452, error=_FS),
    _Rule("chown", 92, None, error=_FS),
    _Rule("fchown", 93, 55, error=_FS),
    _Rule("lchown", 94, None, error=_FS),
    _Rule("fchownat", 260, 54, error=_FS),
    _Rule("utime", 132, None, error=_FS),
    _Rule("utimes", 235, None, error=_FS),
    _Rule("futimesat", 261, None, error=_FS),
    _Rule("utimensat", 280, 88, error=_FS),
    _Rule("setxattr", 188, 5, error=_FS),
    _Rule("lsetxattr", 189, 6, error=_FS),
    _Rule("fsetxattr", 190, 7, error=_FS),
    _Rule("removexattr", 197, 14, error=_FS),
    _Rule("lremovexattr", 198, 15, error=_FS),
    _Rule("fremovexattr", 199, 16, error=_FS),
    _Rule("setxattrat", 463, 463, error=_FS),
    _Rule("removexattrat", 466, 466, error=_FS),
    _Rule("file_setattr", 469, 469, error=_FS),
)


def _stmt(code: int, k: int) -> tuple[int, int, int, int]:
    return (code, 0, 0, k)


def _jump(code: int, k: int, if_true: int, if_false: int) -> tuple[int, int, int, int]:
    """A conditional jump; the offsets count instructions skipped after this one."""
    return (code, if_true, if_false, k)


def _errno_ret(number: int) -> tuple[int, int, int, int]:
    return _stmt(_RET_K, _RET_ERRNO | number)


_ALLOW = _stmt(_RET_K, _RET_ALLOW)


def _rule_body(rule: _Rule, pid: int) -> list[tuple[int, int, int, int]]:
    """Instructions run once the call number matched; every path ends in a return."""
    refuse = _errno_ret(rule.error)
    load = _stmt(_LD_W_ABS, _arg(rule.arg))
    if rule.action == DENY:
        return [refuse]
    if rule.action == DENY_WRITE_OPEN:
        return [load, _jump(_JSET_K, _WRITE_OPEN_FLAGS, 0, 1), refuse, _ALLOW]
    if rule.action == SELF_ONLY:
        return [load, _jump(_JEQ_K, pid, 0, 1), _ALLOW, refuse]
    if rule.action == SELF_OR_ZERO:
        return [load, _jump(_JEQ_K, 0, 1, 0), _jump(_JEQ_K, pid, 0, 1), _ALLOW, refuse]
    if rule.action == THREADS_ONLY:
        return [
            load,
            _jump(_JSET_K, _CLONE_NEW_NAMESPACES, 2, 0),  # -> refuse
            _jump(_JSET_K, _CLONE_THREAD, 0, 1),
            _ALLOW,
            refuse,
        ]
    if rule.action == SAFE_IOCTL:
        return [
            load,
            _jump(_JEQ_K, _TIOCSTI, 1, 0),  # -> refuse
            _jump(_JEQ_K, _TIOCLINUX, 0, 1),
            refuse,
            _ALLOW,
        ]
    raise ValueError(rule.action)


def build_filter(arch: str, pid: int) -> list[tuple[int, int, int, int]]:
    """The filter as (code, jt, jf, k) instructions, for ``arch`` and this process's pid."""
    kill = _stmt(_RET_K, _RET_KILL_PROCESS)
    program = [
        _stmt(_LD_W_ABS, _ARCH),
        _jump(_JEQ_K, _AUDIT_ARCH[arch], 1, 0),
        kill,  # a foreign ABI: its call numbers mean other calls, so nothing here applies
        _stmt(_LD_W_ABS, _NR),
    ]
    if arch == "x86_64":
        # x32 calls carry the same arch value with bit 30 set in the number; -1 is the
        # "no call" a tracer may leave, which the kernel answers with ENOSYS by itself.
        program += [
            _jump(_JGE_K, _X32_SYSCALL_BIT, 0, 2),
            _jump(_JEQ_K, 0xFFFFFFFF, 1, 0),
            kill,
        ]
    for rule in _RULES:
        number = getattr(rule, arch)
        if number is None:
            continue
        body = _rule_body(rule, pid)
        program.append(_jump(_JEQ_K, number, 0, len(body)))
        program += body
    program.append(_ALLOW)
    if len(program) > 4096:  # BPF_MAXINSNS
        raise ValueError("seccomp filter too long")
    return program


def machine() -> str | None:
    """The architecture the filter is written for, or None."""
    name = {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower())
    name = name or platform.machine().lower()
    # A 32-bit Python on a 64-bit kernel makes calls under another ABI: the arch check
    # would kill it at its next call, so only a 64-bit Python gets the filter.
    if name in _AUDIT_ARCH and sys.maxsize > 2**32:
        return name
    return None


class _SockFilter(ctypes.Structure):
    _fields_ = (
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    )


class _SockFprog(ctypes.Structure):
    _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter)))


def install_seccomp_filter() -> str | None:
    """Install the filter on every thread. Returns None, or why it is not installed.

    ``no_new_privs`` must already be set (see :func:`enable_no_new_privs`).
    """
    if not sys.platform.startswith("linux"):
        return "not Linux"
    arch = machine()
    if arch is None:
        return f"no filter written for this architecture ({platform.machine() or 'unknown'})"
    instructions = build_filter(arch, os.getpid())
    array = (_SockFilter * len(instructions))(*(_SockFilter(*i) for i in instructions))
    prog = _SockFprog(len(instructions), array)
    try:
        libc = _libc()
        # seccomp(2) with TSYNC puts every existing thread under the filter at once.
        result = libc.syscall(
            ctypes.c_long(_SYS_SECCOMP[arch]),
            ctypes.c_ulong(_SECCOMP_SET_MODE_FILTER),
            ctypes.c_ulong(_SECCOMP_FILTER_FLAG_TSYNC),
            ctypes.byref(prog),
        )
        if result == 0:
            return None
        if result > 0:  # the id of a thread that could not be synchronised
            return "another thread could not be put under the filter"
        if ctypes.get_errno() != errno.ENOSYS:
            return f"the kernel refused it ({_errno_name(ctypes.get_errno())})"
        # Kernels before 3.17 have no seccomp(2): prctl reaches the calling thread only.
        _prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(prog))
        return None
    except OSError as exc:
        return f"the kernel refused it ({_errno_name(exc.errno or 0)})"
    except AttributeError:
        return "the C library has no syscall or prctl"


# --- Landlock -----------------------------------------------------------------------------

_SYS_LANDLOCK_CREATE_RULESET = 444  # the same numbers on every architecture
_SYS_LANDLOCK_RESTRICT_SELF = 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RESTRICT_SELF_TSYNC = 1 << 3  # ABI 8

# Write-type file-system rights, by the ABI version that introduced them.
_FS_WRITE_RIGHTS: tuple[tuple[int, int], ...] = (
    (1, 1 << 1),  # WRITE_FILE
    (1, 1 << 4),  # REMOVE_DIR
    (1, 1 << 5),  # REMOVE_FILE
    (1, 1 << 6),  # MAKE_CHAR
    (1, 1 << 7),  # MAKE_DIR
    (1, 1 << 8),  # MAKE_REG
    (1, 1 << 9),  # MAKE_SOCK
    (1, 1 << 10),  # MAKE_FIFO
    (1, 1 << 11),  # MAKE_BLOCK
    (1, 1 << 12),  # MAKE_SYM
    (2, 1 << 13),  # REFER: link or rename across folders
    (3, 1 << 14),  # TRUNCATE
    (5, 1 << 15),  # IOCTL_DEV: device ioctls, a large kernel surface
)
_NET_TCP_BIND_CONNECT = (1 << 0) | (1 << 1)  # ABI 4
_SCOPE_ABSTRACT_UNIX_AND_SIGNAL = (1 << 0) | (1 << 1)  # ABI 6


class _RulesetAttr(ctypes.Structure):
    _fields_ = (
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    )


@dataclass(frozen=True)
class LandlockResult:
    abi: int  # 0 when unavailable
    problem: str | None  # None when in force
    threads_outside: int = 0


def landlock_abi() -> tuple[int, str | None]:
    """The kernel's Landlock ABI version, or 0 and why there is none."""
    if not sys.platform.startswith("linux"):
        return 0, "not Linux"
    try:
        libc = _libc()
        version = libc.syscall(
            ctypes.c_long(_SYS_LANDLOCK_CREATE_RULESET),
            None,
            ctypes.c_size_t(0),
            ctypes.c_uint32(_LANDLOCK_CREATE_RULESET_VERSION),
        )
    except AttributeError:
        return 0, "the C library has no syscall()"
    if version > 0:
        return int(version), None
    number = ctypes.get_errno()
    if number == errno.ENOSYS:
        return 0, "this kernel has no Landlock (it came in Linux 5.13)"
    if number == errno.EOPNOTSUPP:
        return 0, "Landlock is built into this kernel but not turned on (lsm= boot option)"
    return 0, f"the kernel refused the version probe ({_errno_name(number)})"


def _thread_count() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


def _restrict_self(libc: ctypes.CDLL, ruleset: int, flags: int) -> int:
    call = ctypes.c_long(_SYS_LANDLOCK_RESTRICT_SELF)
    return int(libc.syscall(call, ctypes.c_int(ruleset), ctypes.c_uint32(flags)))


def restrict_filesystem_with_landlock() -> LandlockResult:
    """Make the whole file system read-only to this process (and more, by ABI).

    ``no_new_privs`` must already be set. Rules are never added: every handled right is
    refused everywhere.
    """
    abi, problem = landlock_abi()
    if problem:
        return LandlockResult(0, problem)
    attr = _RulesetAttr(
        handled_access_fs=sum(right for since, right in _FS_WRITE_RIGHTS if abi >= since),
        handled_access_net=_NET_TCP_BIND_CONNECT if abi >= 4 else 0,
        scoped=_SCOPE_ABSTRACT_UNIX_AND_SIGNAL if abi >= 6 else 0,
    )
    # Older kernels reject a struct with fields they do not know of, even zero ones.
    size = 24 if abi >= 6 else 16 if abi >= 4 else 8
    libc = _libc()
    ruleset = libc.syscall(
        ctypes.c_long(_SYS_LANDLOCK_CREATE_RULESET),
        ctypes.byref(attr),
        ctypes.c_size_t(size),
        ctypes.c_uint32(0),
    )
    if ruleset < 0:
        return LandlockResult(abi, f"creating a ruleset failed ({_errno_name(ctypes.get_errno())})")
    try:
        threads = _thread_count()
        flags = _LANDLOCK_RESTRICT_SELF_TSYNC if abi >= 8 else 0
        result = _restrict_self(libc, ruleset, flags)
        if result < 0 and flags:  # should a kernel report ABI 8 without the flag
            flags = 0
            result = _restrict_self(libc, ruleset, flags)
        if result < 0:
            return LandlockResult(abi, f"restricting failed ({_errno_name(ctypes.get_errno())})")
    finally:
        os.close(ruleset)
    return LandlockResult(abi, None, 0 if flags else threads - 1)


def refused_calls(arch: str) -> Sequence[str]:
    """Names of the calls the filter handles on ``arch`` (for documentation and tests)."""
    return [rule.name for rule in _RULES if getattr(rule, arch) is not None]
