"""Whole-process speed and memory of `safehash hash`, against its baselines, in one run.

    make bench            (or: .venv/bin/python scripts/bench_processes.py [--files N])

First the start-up of the quick commands (`--version`, `hash` of one small photo), then
each command is timed as a whole process (start-up, worker processes and all), the
commands taking turns round after round so that the machine's noise hits them alike. It
prints each command's median and spread, and the median ratio with the range of the
per-round ratios. Targets (issue "Untrusted files are opened only in separate, limited
processes"): `safehash hash` at least 0.85x the speed of plain Pillow decoding with 2
threads, at least 5x HMA's `pdq_from_file`; six 24 MP JPEGs with 2 workers under 400 MB in
all processes together. Nothing here asserts: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_hashing import make_jpegs  # the same photo-like JPEGs

SAFEHASH = [sys.executable, "-m", "safehash", "hash", "--json", "--workers", "2"]

PILLOW_2_THREADS = """
import sys
from concurrent.futures import ThreadPoolExecutor
from PIL import Image
def decode(path):
    with Image.open(path) as image:
        image.load()
with ThreadPoolExecutor(2) as pool:
    list(pool.map(decode, sys.argv[1:]))
"""

HMA_2_THREADS = """
import sys
from concurrent.futures import ThreadPoolExecutor
from threatexchange.signal_type.pdq.pdq_hasher import pdq_from_file
with ThreadPoolExecutor(2) as pool:
    list(pool.map(pdq_from_file, sys.argv[1:]))
"""


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def compare(commands: dict[str, list[str]], rounds: int) -> dict[str, list[float]]:
    """Seconds per round for each command, the commands taking turns."""
    for command in commands.values():
        timed(command)  # warm the page cache and Python's bytecode cache
    seconds: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(rounds):
        for label, command in commands.items():
            seconds[label].append(timed(command))
    for label, values in seconds.items():
        print(
            f"  {label:<36} median {statistics.median(values):6.3f} s"
            f"  (min {min(values):.3f}, max {max(values):.3f})"
        )
    return seconds


def speed_ratio(ours: list[float], baseline: list[float]) -> str:
    """How many times faster than the baseline we are, round by round (>1: faster)."""
    ratios = sorted(b / o for o, b in zip(ours, baseline, strict=True))
    return (
        f"{statistics.median(ratios):5.2f}x (rounds {ratios[0]:.2f}x .. {ratios[-1]:.2f}x)"
    )


def tree_peak_rss(command: list[str]) -> tuple[float, int]:
    """Peak of the summed resident memory of a command and all its children (MB), sampled
    every few milliseconds from /proc; and the most processes seen at once."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak_kb, most = 0, 0
    while process.poll() is None:
        pids = _tree(process.pid)
        most = max(most, len(pids))
        peak_kb = max(peak_kb, sum(_rss_kb(pid) for pid in pids))
        time.sleep(0.005)
    return peak_kb / 1024, most


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending.extend(children.get(pid, []))
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def start_up(folder: Path, rounds: int) -> None:
    """The quick command line (issue 14): `safehash --version` and `safehash hash` of one
    small photo as whole processes, from source, and from the bundle when it is built."""
    photo = make_jpegs(folder, 1, 640, 480)[0]
    safehash = [sys.executable, "-m", "safehash"]
    commands = {"safehash --version": [*safehash, "--version"],
                "safehash hash (one 640x480 JPEG)": [*safehash, "hash", str(photo)]}  # fmt: skip
    frozen = Path(__file__).resolve().parents[1] / "build" / "dist" / "safehash" / "safehash"
    if frozen.is_file():
        commands["bundle: safehash --version"] = [str(frozen), "--version"]
        commands["bundle: safehash hash (same JPEG)"] = [str(frozen), "hash", str(photo)]
    print("\nStart-up, whole processes (targets: --version <= 0.15 s, hash <= 0.25 s):")
    compare(commands, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=48, help="12 MP JPEGs (default 48)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of turns (default 5)")
    parser.add_argument("--no-hma", action="store_true", help="skip threatexchange")
    parser.add_argument("--start-up-only", action="store_true", help="only the start-up times")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="safehash-bench-") as tmp:
        folder = Path(tmp)
        start_up(folder, max(args.rounds, 15))
        if args.start_up_only:
            return
        print(f"Making {args.files} JPEGs of 4000x3000 (12 MP)...")
        files = [str(p) for p in make_jpegs(folder, args.files, 4000, 3000)]
        print("\nWhole processes, same files, taking turns:")
        commands = {
            "safehash hash --json (2 workers)": [*SAFEHASH, *files],
            "plain Pillow decode, 2 threads": [sys.executable, "-c", PILLOW_2_THREADS, *files],
        }
        if not args.no_hma:
            commands["HMA pdq_from_file, 2 threads"] = [
                sys.executable, "-c", HMA_2_THREADS, *files,
            ]  # fmt: skip
        seconds = compare(commands, args.rounds)
        ours = seconds["safehash hash --json (2 workers)"]
        print(
            "\n  speed of safehash / plain Pillow decode:  "
            f"{speed_ratio(ours, seconds['plain Pillow decode, 2 threads'])}  (target >= 0.85x)"
        )
        if not args.no_hma:
            print(
                "  speed of safehash / HMA pdq_from_file:    "
                f"{speed_ratio(ours, seconds['HMA pdq_from_file, 2 threads'])}  (target >= 5x)"
            )

        print("\nMemory, all processes together (parent and workers), sampled peak:")
        big = [str(p) for p in make_jpegs(folder, 6, 6000, 4000)]
        peak, most = tree_peak_rss([*SAFEHASH, *big])
        print(f"  six 24 MP JPEGs, 2 workers: {peak:6.0f} MB in up to {most} processes"
              "  (target <= 400 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
