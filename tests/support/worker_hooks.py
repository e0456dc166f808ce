"""Test-only faults planted inside worker processes.

``IsolatedReader(test_hook=install_faults)`` runs ``install_faults`` inside each worker
before its sandbox closes (spawn pickles it by reference; ``tests/`` is on the path the
worker inherits). Production code never passes a hook, so none of this can happen there.
A fault is chosen by a word in the file's name, so one batch can mix good and bad files.
"""

from __future__ import annotations

import ctypes
import os
import time

CRASH = "fault-segfault"  # the worker dies of SIGSEGV
HANG = "fault-hang"  # the worker spins forever (a decoder stuck in a loop)
HOG = "fault-hog"  # the worker asks for 3 GiB
HUGE_ANSWER = "fault-huge-answer"  # the worker answers with 1 MB
GARBAGE = "fault-garbage"  # the worker answers with something that is not an answer
LIE = "fault-lie"  # the worker answers a well-formed record with a wrong-length hash
FORGE = "fault-forge"  # the worker writes a forged result line and a terminal escape
FORGED_LINE = b'{"path": "forged", "ok": true}\n\x1b]0;hijacked\x07'


def install_faults() -> None:
    from safehash.core import hashing
    from safehash.core.isolation import wire

    real_hash_file = hashing.hash_file
    real_record_answer = wire.record_answer

    def faulty_hash_file(path: str, limits: object, *more: object) -> object:
        name = os.path.basename(path)
        if CRASH in name:
            ctypes.string_at(0)  # a real segmentation fault, as a decoder bug would cause
        if HANG in name:
            while True:
                pass
        if FORGE in name:
            os.write(1, FORGED_LINE)
            os.write(2, FORGED_LINE)
        if HOG in name:
            hog = bytearray(3 << 30)
            return hog  # never reached under the memory limit
        return real_hash_file(path, limits, *more)  # type: ignore[arg-type]

    def faulty_record_answer(record: object) -> bytes:
        answer = real_record_answer(record)  # type: ignore[arg-type]
        if faulty_record_answer.next == "huge":
            answer = b" " * (1 << 20) + answer
        elif faulty_record_answer.next == "garbage":
            answer = b"\x80garbage"
        elif faulty_record_answer.next == "lie":
            answer = answer.replace(b'"pdq": "', b'"pdq": "00', 1)
        return answer

    faulty_record_answer.next = ""  # type: ignore[attr-defined]

    def choosing_hash_file(path: str, limits: object, *more: object) -> object:
        name = os.path.basename(path)
        faulty_record_answer.next = (  # type: ignore[attr-defined]
            "huge" if HUGE_ANSWER in name else "garbage" if GARBAGE in name
            else "lie" if LIE in name else ""
        )  # fmt: skip
        return faulty_hash_file(path, limits, *more)

    hashing.hash_file = choosing_hash_file  # type: ignore[assignment]
    wire.record_answer = faulty_record_answer  # type: ignore[assignment]


def slow_previews() -> None:
    """Every preview takes a minute, as a crafted file could make it."""
    from safehash.core import previewing

    def slow(*_args: object) -> tuple[int, int, bytes]:
        time.sleep(60)
        raise AssertionError("a slow preview should have been cancelled")

    previewing.make_preview = slow  # type: ignore[assignment]


def slow_video_frames() -> None:
    """Every hashed video frame takes 0.3 s more (a long video, in little time)."""
    from safehash.core import video

    real = video._hash_frame

    def slow(*args: object) -> object:
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:  # busy, as decoding is; not a sleep
            pass
        return real(*args)  # type: ignore[arg-type]

    video._hash_frame = slow  # type: ignore[assignment]


def check_video_threads() -> None:
    """Fail a video's hashing unless the worker had one thread when its sandbox closed
    (so Landlock covers every thread started later) and every thread alive at a hashed
    frame (FFmpeg's decoders, the worker's frame hasher, which runs this, and its digest
    reader) is under the seccomp filter."""
    from safehash.core import errors, video

    alone = len(os.listdir("/proc/self/task")) == 1  # the sandbox closes right after this
    real = video._hash_frame

    def checked(*args: object) -> object:
        tasks = os.listdir("/proc/self/task")
        filtered = []
        for task in tasks:
            with open(f"/proc/self/task/{task}/status") as status:
                filtered.append("Seccomp:\t2" in status.read())
        if not alone:
            raise errors.FileChanged()  # threads were started before the sandbox
        if len(tasks) < 2:
            raise errors.EmptyFile()  # no decoder threads: this test would prove nothing
        if not all(filtered):
            raise errors.InternalError()
        return real(*args)  # type: ignore[arg-type]

    video._hash_frame = checked  # type: ignore[assignment]
