"""The worker sandbox, tried from inside a real confined process and checked from outside.

The tests run as whatever user runs the suite; as root, every refused operation below
would otherwise succeed, so each refusal is the sandbox's doing.
"""

from __future__ import annotations

import errno
import os
import socket
import struct
import sys
from pathlib import Path

import pytest
from PIL import Image

from safehash.core.isolation import sandbox_linux
from safehash.core.isolation.sandbox_linux import apply_worker_sandbox, build_filter
from support.child_process import linux_only, run_child

EPERM, EACCES = errno.errorcode[errno.EPERM], errno.errorcode[errno.EACCES]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder with a file to read, a PNG to decode and a module to import."""
    (tmp_path / "victim.txt").write_text("still here\n", encoding="utf-8")
    Image.new("RGB", (8, 8), (10, 200, 30)).save(tmp_path / "photo.png")
    (tmp_path / "fresh_module.py").write_text("VALUE = 42\n", encoding="utf-8")
    return tmp_path


@linux_only
@pytest.mark.skipif(sandbox_linux.machine() is None, reason="no filter for this architecture")
def test_confined_worker_is_refused_everything_but_what_hashing_needs(folder: Path) -> None:
    with run_child("sandbox", folder) as child:
        results = child.results
        # Seen from outside while it runs, on every thread (numpy started some).
        status = child.status()
        assert status["NoNewPrivs"] == "1"
        assert status["Seccomp"] == "2"
        for task in child.tasks():
            assert child.status(task)["Seccomp"] == "2", "a thread escaped the filter"
        assert child.release() == 0
        assert child.connection.recv() == "survived"

    refused_with = {
        "socket_inet": EPERM,
        "socket_inet6": EPERM,
        "socket_unix": EPERM,
        "socketpair": EPERM,
        "open_new_for_writing": EACCES,
        "open_for_append": EACCES,
        "open_read_write": EACCES,
        "os_open_trunc": EACCES,
        "rename": EACCES,
        "unlink": EACCES,
        "mkdir": EACCES,
        "symlink": EACCES,
        "hard_link": EACCES,
        "chmod": EACCES,
        "truncate": EACCES,
        "utime": EACCES,
        "execv": EPERM,
        "subprocess": EPERM,
        "fork": EPERM,
        "signal_parent": EPERM,
        "limit_parent": EPERM,
        "ptrace_parent": EPERM,
        "unshare": EPERM,
    }
    assert {name: results[name] for name in refused_with} == refused_with
    assert results["read_file"] == "ok:still here"
    assert results["decode_png"] == "ok:(10, 200, 30)"
    assert results["numpy"] == "ok:499500"
    assert results["thread"] == "ok:joined"
    assert results["import_new_module"] == "ok:42"
    assert results["signal_self"] == "ok"
    assert results["own_limits"] == "ok"
    assert results["large_answer"] == "ok"
    assert child.bulk == [512 * 512 * 3]
    if sandbox_linux.landlock_abi()[0]:  # else the parent's own dumpable flag decides
        assert results["read_parent_memory"] == EACCES
    assert "seccomp=True" in results["report"]
    assert "no_new_privs=True" in results["report"]
    # Nothing changed on disk, and no bytecode was written for the fresh import.
    assert sorted(p.name for p in folder.iterdir()) == [
        "fresh_module.py",
        "photo.png",
        "victim.txt",
    ]
    assert (folder / "victim.txt").read_text(encoding="utf-8") == "still here\n"


@linux_only
def test_landlock_alone_makes_the_file_system_read_only(folder: Path) -> None:
    abi, reason = sandbox_linux.landlock_abi()
    if not abi:
        pytest.skip(f"Landlock unavailable: {reason}")
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with run_child("landlock", folder, str(port)) as child:
            results = child.results
            assert child.status()["Seccomp"] == "0"  # Landlock only: no filter in this one
            assert child.release() == 0
    assert f"abi={abi}, problem=None" in results["landlock"]
    for name in ("open_new_for_writing", "open_for_append", "mkdir", "unlink", "rename"):
        assert results[name] == EACCES, name
    if abi >= 3:
        assert results["truncate"] == EACCES
    if abi >= 4:
        assert results["tcp_connect"] == EACCES
    if abi >= 6:
        assert results["signal_parent"] == EPERM
    assert results["read_parent_memory"] == EACCES  # Landlock's ptrace rule, even for root
    assert results["read_file"] == "ok:still here"
    assert (folder / "victim.txt").read_text(encoding="utf-8") == "still here\n"


@linux_only
@pytest.mark.skipif(sandbox_linux.machine() != "x86_64", reason="x32 and int 0x80 are x86-64's")
@pytest.mark.parametrize("abi", ["x32", "i386"])
def test_a_call_through_a_foreign_abi_kills_the_worker(folder: Path, abi: str) -> None:
    with run_child(abi, folder) as child:
        results = child.results
        assert results["filter"] == "None"
        if not results["unfiltered"].startswith(("ok", "ENOSYS")):
            pytest.skip(f"this kernel answers {abi} calls with {results['unfiltered']}")
        returncode = child.release()
    assert returncode == -31  # SIGSYS: killed by the filter, not refused
    assert not list(folder.glob("core*"))


def test_apply_off_linux_is_a_report_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    report = apply_worker_sandbox()
    assert not report.seccomp and not report.landlock and not report.complete
    assert report.notes == ("not Linux: no seccomp or Landlock on this system",)


# --- The filter itself, run through a small classic-BPF interpreter ---------------------

AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
ALLOW, KILL = 0x7FFF0000, 0x80000000


def run_filter(program: list[tuple[int, int, int, int]], data: bytes) -> int:
    """Evaluate a seccomp program the way the kernel does, for the opcodes it uses."""
    accumulator, pc = 0, 0
    for _ in range(len(program) + 1):
        code, jt, jf, k = program[pc]
        if code == 0x20:  # ld word
            (accumulator,) = struct.unpack_from("<I", data, k)
            pc += 1
        elif code in (0x15, 0x35, 0x45):  # jeq, jge, jset
            taken = {
                0x15: accumulator == k,
                0x35: accumulator >= k,
                0x45: bool(accumulator & k),
            }[code]
            pc += 1 + (jt if taken else jf)
        elif code == 0x06:
            return k
        else:
            raise AssertionError(f"unexpected opcode {code:#x}")
    raise AssertionError("the program did not return")


def seccomp_data(arch: str, nr: int, *args: int, audit: int | None = None) -> bytes:
    padded = [*args, 0, 0, 0, 0, 0, 0][:6]
    audit_arch = AUDIT_ARCH[arch] if audit is None else audit
    return struct.pack("<iIQ6Q", nr, audit_arch, 0, *padded)


def errno_of(action: int) -> int:
    assert action & 0xFFFF0000 == 0x00050000, hex(action)
    return action & 0xFFFF


PID = 4321
# (call number on x86-64, on AArch64, arguments, expected: "allow", "kill" or an errno)
CASES = [
    ("read", (0, 63), (3, 0, 100), "allow"),
    ("write", (1, 64), (1, 0, 100), "allow"),
    ("mmap", (9, 222), (0, 4096, 3, 0x22), "allow"),
    ("openat read-only", (257, 56), (-100, 0, os.O_RDONLY | os.O_CLOEXEC), "allow"),
    ("openat O_WRONLY", (257, 56), (-100, 0, os.O_WRONLY), errno.EACCES),
    ("openat O_CREAT", (257, 56), (-100, 0, os.O_CREAT), errno.EACCES),
    ("openat O_APPEND", (257, 56), (-100, 0, os.O_APPEND), errno.EACCES),
    ("openat2", (437, 437), (), errno.ENOSYS),
    ("socket", (41, 198), (2, 1, 0), errno.EPERM),
    ("connect", (42, 203), (), errno.EPERM),
    ("execve", (59, 221), (), errno.EPERM),
    ("execveat", (322, 281), (), errno.EPERM),
    ("ptrace", (101, 117), (), errno.EPERM),
    ("process_vm_writev", (311, 271), (), errno.EPERM),
    ("clone thread", (56, 220), (0x3D0F00,), "allow"),
    ("clone fork", (56, 220), (0x01200011,), errno.EPERM),
    ("clone new user ns", (56, 220), (0x3D0F00 | 0x10000000,), errno.EPERM),
    ("clone3", (435, 435), (), errno.ENOSYS),
    ("kill self", (62, 129), (PID, 0), "allow"),
    ("kill parent", (62, 129), (PID - 1, 9), errno.EPERM),
    ("kill process group", (62, 129), (0, 9), errno.EPERM),
    ("tgkill self", (234, 131), (PID, PID + 1, 6), "allow"),
    ("prlimit64 self (0)", (302, 261), (0, 4), "allow"),
    ("prlimit64 other", (302, 261), (1, 4), errno.EPERM),
    ("ioctl TIOCSTI", (16, 29), (0, 0x5412), errno.EPERM),
    ("ioctl TCGETS", (16, 29), (0, 0x5401), "allow"),
    ("unlinkat", (263, 35), (), errno.EACCES),
    ("renameat2", (316, 276), (), errno.EACCES),
    ("mkdirat", (258, 34), (), errno.EACCES),
    ("fchmodat", (268, 53), (), errno.EACCES),
    ("io_uring_setup", (425, 425), (), errno.EPERM),
]


@pytest.mark.parametrize("arch", ["x86_64", "aarch64"])
@pytest.mark.parametrize(("name", "numbers", "args", "expected"), CASES, ids=[c[0] for c in CASES])
def test_filter_decisions(
    arch: str, name: str, numbers: tuple[int, int], args: tuple[int, ...], expected: object
) -> None:
    program = build_filter(arch, PID)
    nr = numbers[0] if arch == "x86_64" else numbers[1]
    action = run_filter(program, seccomp_data(arch, nr, *(a & 0xFFFFFFFFFFFFFFFF for a in args)))
    if expected == "allow":
        assert action == ALLOW, name
    else:
        assert errno_of(action) == expected, name


@pytest.mark.parametrize("arch", ["x86_64", "aarch64"])
def test_filter_kills_a_foreign_architecture(arch: str) -> None:
    program = build_filter(arch, PID)
    i386 = 0x40000003
    assert run_filter(program, seccomp_data(arch, 20, audit=i386)) == KILL
    other = "aarch64" if arch == "x86_64" else "x86_64"
    assert run_filter(program, seccomp_data(arch, 0, audit=AUDIT_ARCH[other])) == KILL


def test_filter_kills_x32_calls_but_not_the_no_call_marker() -> None:
    program = build_filter("x86_64", PID)
    assert run_filter(program, seccomp_data("x86_64", 0x40000000 | 39)) == KILL
    assert run_filter(program, seccomp_data("x86_64", -1)) == ALLOW


@pytest.mark.parametrize("arch", ["x86_64", "aarch64"])
def test_filter_jumps_stay_inside_and_every_path_returns(arch: str) -> None:
    program = build_filter(arch, PID)
    assert len(program) < 4096
    for index, (code, jt, jf, _k) in enumerate(program):
        if code in (0x15, 0x35, 0x45):
            assert index + 1 + max(jt, jf) < len(program)
            assert max(jt, jf) <= 255
    assert program[-1] == (0x06, 0, 0, ALLOW)
    # Every call number of either table is unique within it.
    numbers = [getattr(rule, arch) for rule in sandbox_linux._RULES if getattr(rule, arch)]
    assert len(numbers) == len(set(numbers))
