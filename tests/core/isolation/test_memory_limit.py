"""The worker's memory ceiling, in a real process; the Windows structures, by layout."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safehash.core.isolation import memory_limit
from safehash.core.isolation.memory_limit import (
    IoCounters,
    JobObjectBasicLimitInformation,
    JobObjectExtendedLimitInformation,
    assign_job_memory_limit,
    limit_own_memory,
)
from support.child_process import CLIENT, linux_only, run_child

GIB = 1 << 30


@linux_only
def test_a_worker_under_1_gib_decodes_a_24mp_photo_and_survives_a_3_gib_request(
    tmp_path: Path,
) -> None:
    with run_child("memory", tmp_path, str(GIB)) as child:
        results = child.results
        assert child.release() == 0
        assert child.connection.recv() == "survived"
    assert results["rlimit_data"] == f"ok:({GIB}, {GIB})"  # soft and hard
    assert results["oom_score_adj"] == "ok:1000"
    assert results["decode_24mp_jpeg"] == "ok:6000x4000"
    assert results["allocate_3gib"] == "MemoryError"
    assert results["allocate_256mib_after"] == f"ok:{256 << 20}"


@linux_only
@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run a child as another user")
def test_an_unprivileged_non_dumpable_worker_still_becomes_the_oom_killers_choice() -> None:
    # /proc/self belongs to root once a process is not dumpable; the function works round
    # that. The suite's own Python may sit in root's home, so use the system's.
    python = shutil.which("python3", path="/usr/bin:/bin")
    if python is None:
        pytest.skip("no system python3 to run as another user")
    code = (
        "import ctypes, sys\n"
        f"sys.path.insert(0, {str(CLIENT)!r})\n"
        "from safehash.core.process_hardening import harden_process, is_dumpable\n"
        "from safehash.core.isolation.memory_limit import prefer_this_process_when_out_of_memory\n"
        "harden_process()\n"
        "assert not is_dumpable()\n"
        "print(prefer_this_process_when_out_of_memory(), is_dumpable(),\n"
        "      open('/proc/self/oom_score_adj').read().strip())\n"
    )
    done = subprocess.run(
        [python, "-c", code], user=65534, capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False", "1000"]


def test_a_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        limit_own_memory(0)


def test_windows_job_is_refused_clearly_elsewhere() -> None:
    if sys.platform == "win32":
        pytest.skip("this is the other systems' behaviour")
    with pytest.raises(OSError) as raised:
        assign_job_memory_limit(os.getpid(), GIB)
    assert raised.value.errno == errno.ENOSYS


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="64-bit layout")
def test_job_object_structures_have_the_64_bit_windows_layout() -> None:
    # Sizes and offsets of winnt.h's structures as the x64 and ARM64 compilers lay them out.
    basic = JobObjectBasicLimitInformation
    assert ctypes.sizeof(basic) == 64
    assert [getattr(basic, name).offset for name, _ in basic._fields_] == [
        0, 8, 16, 24, 32, 40, 48, 56, 60,
    ]  # fmt: skip
    assert ctypes.sizeof(IoCounters) == 48
    extended = JobObjectExtendedLimitInformation
    assert ctypes.sizeof(extended) == 144
    assert extended.IoInfo.offset == 64
    assert extended.ProcessMemoryLimit.offset == 112
    assert extended.PeakJobMemoryUsed.offset == 136


def test_mach_task_basic_info_layout() -> None:
    # struct mach_task_basic_info: 48 bytes, MACH_TASK_BASIC_INFO_COUNT 12 natural_t.
    assert ctypes.sizeof(memory_limit._MachTaskBasicInfo) == 48
    assert memory_limit._MachTaskBasicInfo.policy.offset == 40
