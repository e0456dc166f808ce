"""Run ``sandbox_child.py`` as a real process and talk to it (shared by the tests here)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("sandbox_child.py")
CLIENT = Path(__file__).resolve().parents[2] / "client"
TIMEOUT = 60

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="seccomp, Landlock and prctl are Linux's"
)


@dataclass
class Child:
    process: subprocess.Popen[bytes]
    results: dict[str, str]
    connection: multiprocessing.connection.Connection
    bulk: list[int]  # sizes of the raw byte messages sent before the results

    def status(self, task: str | None = None) -> dict[str, str]:
        """``/proc/<pid>/status`` (or one thread's), read from outside."""
        where = f"/proc/{self.process.pid}" + (f"/task/{task}" if task else "")
        lines = Path(where, "status").read_text().splitlines()
        return dict(line.split(":\t", 1) for line in lines if ":\t" in line)

    def tasks(self) -> list[str]:
        return os.listdir(f"/proc/{self.process.pid}/task")

    def release(self) -> int:
        """Let the child go on past its wait; returns its exit status (-N for a signal)."""
        assert self.process.stdin is not None
        self.process.stdin.write(b"\n")
        self.process.stdin.close()
        return self.process.wait(TIMEOUT)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CLIENT), env.get("PYTHONPATH")]))
    env.pop("PYTHONFAULTHANDLER", None)  # the crash tests want the plain signal death
    return env


@contextmanager
def run_child(mode: str, folder: Path, *extra: str) -> Iterator[Child]:
    """Start the child in ``folder`` (also its working folder) and wait for its results."""
    reader, writer = multiprocessing.Pipe(duplex=False)
    process = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(writer.fileno()), str(folder), *extra],
        stdin=subprocess.PIPE,
        cwd=folder,
        env=child_env(),
        pass_fds=(writer.fileno(),),
    )
    writer.close()
    try:
        if not reader.poll(TIMEOUT):
            raise AssertionError(f"the {mode} child sent nothing in {TIMEOUT} s")
        bulk: list[int] = []
        while True:
            data = reader.recv_bytes()
            if len(data) > 4096 and not any(data):  # a large all-zero answer, by send_bytes
                bulk.append(len(data))
                continue
            break
        yield Child(process, pickle.loads(data), reader, bulk)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(TIMEOUT)
        reader.close()
