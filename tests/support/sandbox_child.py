"""Child programs for the sandbox, memory and hardening tests (run as real processes).

``python sandbox_child.py MODE FD DIR [EXTRA]``: MODE picks what to confine and try, FD is the
write end of a ``multiprocessing`` pipe the results go back on (a write to a descriptor
the child already has), DIR is the test's temporary folder. After sending, the child waits
for a line on stdin, so the parent can look at ``/proc/<pid>/status`` while it runs.
"""

from __future__ import annotations

import ctypes
import errno
import io
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

# Everything the checks use is imported before the sandbox closes, as a worker does.
import numpy as np
from PIL import Image

from safehash.core.isolation import memory_limit, sandbox_linux
from safehash.core.process_hardening import harden_process, is_dumpable


def attempt(action: Callable[[], object]) -> str:
    """``ok`` or ``ok:<value>``, or the errno name of the OSError it raised."""
    try:
        value = action()
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, f"OSError({exc.errno})")
    except MemoryError:
        return "MemoryError"
    return "ok" if value is None else f"ok:{value}"


def _ptrace_attach(pid: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.ptrace.restype = ctypes.c_long
    if libc.ptrace(ctypes.c_long(16), ctypes.c_long(pid), None, None) != 0:  # PTRACE_ATTACH
        raise OSError(ctypes.get_errno(), "ptrace")


def _unshare_user_namespace() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(ctypes.c_int(0x10000000)) != 0:  # CLONE_NEWUSER
        raise OSError(ctypes.get_errno(), "unshare")


def _thread() -> str:
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(threading.get_native_id()))
    worker.start()
    worker.join()
    return "joined" if seen else "did not run"


def _import_fresh(folder: Path) -> str:
    sys.path.insert(0, str(folder))
    module = __import__("fresh_module")
    return str(module.VALUE)


def sandbox_checks(folder: Path) -> dict[str, str]:
    parent = os.getppid()
    victim = folder / "victim.txt"
    png = folder / "photo.png"
    return {
        "socket_inet": attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM)),
        "socket_inet6": attempt(lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)),
        "socket_unix": attempt(lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)),
        "socketpair": attempt(socket.socketpair),
        "open_new_for_writing": attempt(lambda: open(folder / "new.txt", "w")),
        "open_for_append": attempt(lambda: open(victim, "a")),
        "open_read_write": attempt(lambda: open(victim, "r+")),
        "os_open_trunc": attempt(lambda: os.open(victim, os.O_RDONLY | os.O_TRUNC)),
        "rename": attempt(lambda: os.rename(victim, folder / "renamed.txt")),
        "unlink": attempt(lambda: os.unlink(victim)),
        "mkdir": attempt(lambda: os.mkdir(folder / "new-folder")),
        "symlink": attempt(lambda: os.symlink(victim, folder / "link")),
        "hard_link": attempt(lambda: os.link(victim, folder / "hard-link")),
        "chmod": attempt(lambda: os.chmod(victim, 0o777)),
        "truncate": attempt(lambda: os.truncate(victim, 0)),
        "utime": attempt(lambda: os.utime(victim, (0, 0))),
        "execv": attempt(lambda: os.execv(sys.executable, [sys.executable, "-c", "pass"])),
        "subprocess": attempt(lambda: subprocess.run(["/bin/true"], check=False)),
        "fork": attempt(os.fork),
        "signal_parent": attempt(lambda: os.kill(parent, 0)),
        "limit_parent": attempt(lambda: resource.prlimit(parent, resource.RLIMIT_CORE, (0, 0))),
        "ptrace_parent": attempt(lambda: _ptrace_attach(parent)),
        "read_parent_memory": attempt(lambda: open(f"/proc/{parent}/mem", "rb").close()),
        "unshare": attempt(_unshare_user_namespace),
        # What hashing needs must still work.
        "read_file": attempt(lambda: victim.read_text(encoding="utf-8").strip()),
        "decode_png": attempt(lambda: Image.open(png).convert("RGB").getpixel((3, 4))),
        "numpy": attempt(lambda: int(np.arange(1000, dtype=np.int64).sum())),
        "thread": attempt(_thread),
        "import_new_module": attempt(lambda: _import_fresh(folder)),
        "signal_self": attempt(lambda: os.kill(os.getpid(), 0)),
        "own_limits": attempt(
            lambda: resource.setrlimit(
                resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE)
            )
        ),
    }


def landlock_checks(folder: Path, port: int) -> dict[str, str]:
    victim = folder / "victim.txt"

    def connect() -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass

    return {
        "open_new_for_writing": attempt(lambda: open(folder / "new.txt", "w")),
        "open_for_append": attempt(lambda: open(victim, "a")),
        "mkdir": attempt(lambda: os.mkdir(folder / "new-folder")),
        "unlink": attempt(lambda: os.unlink(victim)),
        "rename": attempt(lambda: os.rename(victim, folder / "renamed.txt")),
        "truncate": attempt(lambda: os.truncate(victim, 0)),
        "tcp_connect": attempt(connect),
        "signal_parent": attempt(lambda: os.kill(os.getppid(), 0)),
        "read_parent_memory": attempt(lambda: open(f"/proc/{os.getppid()}/mem", "rb").close()),
        "read_file": attempt(lambda: victim.read_text(encoding="utf-8").strip()),
    }


def memory_checks(limit: int) -> dict[str, str]:
    def status(field: str) -> str:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return line.split(":", 1)[1].strip()
        return "?"

    # A 24-megapixel photo, made before the limit, decoded under it as a worker would.
    gradient = np.linspace(0, 255, 6000, dtype=np.uint8)
    picture = np.broadcast_to(gradient, (4000, 6000))
    jpeg = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(picture)).convert("RGB").save(jpeg, "JPEG")
    del picture

    memory_limit.limit_own_memory(limit)
    results = {
        "rlimit_data": attempt(lambda: resource.getrlimit(resource.RLIMIT_DATA)),
        "oom_score_adj": attempt(lambda: Path("/proc/self/oom_score_adj").read_text().strip()),
        "vm_data_after_imports": f"ok:{status('VmData')}",
    }

    def decode() -> str:
        with Image.open(io.BytesIO(jpeg.getvalue())) as image:
            image.load()
            return f"{image.size[0]}x{image.size[1]}"

    results["decode_24mp_jpeg"] = attempt(decode)
    results["vm_data_after_decode"] = f"ok:{status('VmData')} rss {status('VmHWM')}"
    results["allocate_3gib"] = attempt(lambda: np.ones(3 << 30, dtype=np.uint8).nbytes)
    results["allocate_256mib_after"] = attempt(lambda: np.ones(256 << 20, dtype=np.uint8).nbytes)
    return results


def hardening_checks() -> dict[str, str]:
    return {
        "rlimit_core": attempt(lambda: resource.getrlimit(resource.RLIMIT_CORE)),
        "dumpable": attempt(is_dumpable),
    }


def main() -> None:
    mode, fd, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    conn = Connection(fd, readable=False)
    if mode == "sandbox":
        harden_process()
        report = sandbox_linux.apply_worker_sandbox()
        results = {"report": repr(report), **sandbox_checks(folder)}
        results["large_answer"] = attempt(lambda: conn.send_bytes(bytes(512 * 512 * 3)))
    elif mode == "landlock":
        harden_process()
        sandbox_linux.enable_no_new_privs()
        landlock = sandbox_linux.restrict_filesystem_with_landlock()
        results = {"landlock": repr(landlock), **landlock_checks(folder, int(sys.argv[4]))}
    elif mode == "memory":
        harden_process()
        results = memory_checks(int(sys.argv[4]))
    elif mode == "harden":
        harden_process()
        results = hardening_checks()
    elif mode in ("x32", "i386"):
        harden_process()  # the kill below must not leave a core file either
        # The same call before the filter: what the kernel itself answers.
        results = {"unfiltered": attempt(lambda: _foreign_getpid(mode))}
        sandbox_linux.enable_no_new_privs()
        results["filter"] = str(sandbox_linux.install_seccomp_filter())
    else:
        raise SystemExit(f"unknown mode {mode}")
    conn.send(results)
    sys.stdin.readline()  # the parent looks at /proc/<pid>/status meanwhile
    if mode in ("x32", "i386"):
        _foreign_getpid(mode)
    elif mode == "harden":
        os.kill(os.getpid(), signal.SIGSEGV)
    conn.send("survived")


def _foreign_getpid(abi: str) -> int:
    """getpid through another ABI's door: x32 numbering, or the 32-bit ``int 0x80`` gate."""
    import mmap

    if abi == "x32":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        result = int(libc.syscall(ctypes.c_long(0x40000000 | 39)))
        if result < 0:
            raise OSError(ctypes.get_errno(), "x32 getpid")
        return result

    code = bytes([0xB8, 20, 0, 0, 0, 0xCD, 0x80, 0xC3])  # mov eax, 20; int 0x80; ret
    page = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    page.write(code)
    function = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(page)))
    return int(function())


if __name__ == "__main__":
    main()
