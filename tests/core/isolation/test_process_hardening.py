"""No core dumps: a hardened process that crashes leaves nothing, and SafeHash hardens itself."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from support.child_process import child_env, linux_only, run_child


def core_pattern() -> str:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


@linux_only
def test_a_hardened_process_that_crashes_leaves_no_core(tmp_path: Path) -> None:
    with run_child("harden", tmp_path) as child:
        results = child.results
        returncode = child.release()
    assert results["rlimit_core"] == "ok:(0, 0)"
    assert results["dumpable"] == "ok:False"
    assert returncode == -signal.SIGSEGV
    assert not list(tmp_path.glob("core*"))


@linux_only
def test_the_same_crash_without_hardening_would_leave_a_core(tmp_path: Path) -> None:
    """The check above can see a core file: here the kernel writes one where it looks."""
    pattern = core_pattern()
    if not pattern.startswith("core") or "/" in pattern:
        pytest.skip(f"core_pattern {pattern!r} does not write into the working folder")
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("this test run may not write core files at all (hard RLIMIT_CORE 0)")
    code = (
        "import os, resource, signal\n"
        "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "os.kill(os.getpid(), signal.SIGSEGV)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=child_env(), check=False, timeout=60
    )
    assert done.returncode == -signal.SIGSEGV
    cores = list(tmp_path.glob("core*"))
    for core in cores:
        core.unlink()
    assert cores, "the kernel wrote no core: the no-core test above proves nothing here"


@linux_only
def test_the_command_line_process_runs_hardened(tmp_path: Path) -> None:
    code = (
        "import resource\n"
        "from safehash.cli import main\n"
        "from safehash.core.process_hardening import is_dumpable\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "(0, 0) False"


def test_hardening_twice_is_harmless_and_never_raises(tmp_path: Path) -> None:
    code = (
        "from safehash.core.process_hardening import harden_process\n"
        "harden_process()\nharden_process()\nprint('fine')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "fine\n", "")
