"""Whole-process speed and memory of `safehash hash` on videos, against Meta's vpdq.

    make bench   (or: .venv/bin/python scripts/bench_video.py [--vpdq-python PY] [--clips DIR])

Clips (made once per run, or reused from --clips): 1080p30 H.264 with AAC audio, 720p at
29.97 fps H.264 with B-frames, 480p VP9, 4K60 H.264; photo-like moving content with film
grain, so bitrates are a phone's (about 6-25 Mbit/s). Made with Debian's `ffmpeg` when it
is installed (`apt-get install ffmpeg`; the bench only), else with PyAV (slower to encode).

Each round runs, taking turns so the machine's noise hits both alike:
- `safehash hash --json --workers 2 CLIP...` as a whole process (start-up and workers);
- Meta's `vpdq.computeHash` on the same clips one after another, its default threads, in
  one process (`--vpdq-python`: a Python with the vpdq package, built from its sdist:
  tests/support/videos/README.md). Without it, only SafeHash is timed.
Prints medians and spreads, the median ratio with the range of per-round ratios, times
real time for the 1080p30 clip alone (in turns with PyAV decoding it and nothing else,
which is as fast as any vPDQ of it can be), and the peak memory of all SafeHash processes
together on the 4K clip. Targets (issue "Videos"): at least as fast as vpdq on the set,
at least 10x real time for 1080p30 H.264 on 2 cores, at most 700 MB with a 4K clip.
Nothing here asserts: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from bench_processes import compare, speed_ratio, tree_peak_rss

SAFEHASH = [sys.executable, "-m", "safehash", "hash", "--json", "--workers", "2"]

# name: (seconds, ffmpeg arguments)
CLIPS = {
    "1080p30_h264_aac.mp4": (30, [
        "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30,noise=alls=10:allf=t+u",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "128k", "-shortest",
    ]),
    "720p2997_h264_bframes.mp4": (30, [
        "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30000/1001,noise=alls=10:allf=t+u",
        "-c:v", "libx264", "-preset", "veryfast", "-bf", "3", "-crf", "23",
        "-pix_fmt", "yuv420p",
    ]),
    "480p_vp9.webm": (30, [
        "-f", "lavfi", "-i", "testsrc2=size=854x480:rate=30,noise=alls=10:allf=t+u",
        "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "2M",
        "-row-mt", "1",
    ]),
    "4k60_h264.mp4": (10, [
        "-f", "lavfi", "-i", "testsrc2=size=3840x2160:rate=60,noise=alls=6:allf=t+u",
        "-c:v", "libx264", "-preset", "ultrafast", "-crf", "26", "-pix_fmt", "yuv420p",
    ]),
}  # fmt: skip

# Every frame of the first video stream decoded as SafeHash's workers decode it, and nothing
# more: no start-up of workers, no conversion, no hashing.
DECODE_ONLY = [sys.executable, "-c", """
import sys, av
with av.open(sys.argv[1]) as container:
    stream = container.streams.video[0]
    stream.codec_context.thread_type = "AUTO"
    stream.codec_context.thread_count = 2
    for packet in container.demux(stream):
        for frame in stream.decode(packet):
            pass
"""]

VPDQ_ONE_AFTER_ANOTHER = """
import sys, vpdq
for path in sys.argv[1:]:
    vpdq.computeHash(path)
"""


def make_clips(folder: Path) -> dict[str, Path]:
    made = {}
    for name, (seconds, arguments) in CLIPS.items():
        path = folder / name
        if not path.exists():
            print(f"  making {name} ({seconds} s)...", flush=True)
            if shutil.which("ffmpeg"):
                subprocess.run(
                    ["ffmpeg", "-loglevel", "error", "-y", *arguments, "-t", str(seconds),
                     str(path)], check=True,
                )  # fmt: skip
            else:
                _make_with_pyav(path, seconds)
        made[name] = path
    return made


def _make_with_pyav(path: Path, seconds: int) -> None:
    from support.video_clips import Clip, write_clip

    size = {"1080p": (1920, 1080), "720p2": (1280, 720), "480p_": (854, 480), "4k60_": (3840, 2160)}
    width, height = size[path.name[:5]]
    rate = {"720p2": Fraction(30000, 1001), "4k60_": Fraction(60)}.get(path.name[:5], Fraction(30))
    codec = "libvpx-vp9" if path.suffix == ".webm" else "libx264"
    container = "webm" if path.suffix == ".webm" else "mp4"
    audio = path.name.startswith("1080p")
    write_clip(path, Clip(container, codec, width, height, rate, seconds, audio=audio))


def vpdq_command(python: str | None) -> list[str] | None:
    if python:
        return [python, "-c", VPDQ_ONE_AFTER_ANOTHER]
    if importlib.util.find_spec("vpdq") is not None:
        return [sys.executable, "-c", VPDQ_ONE_AFTER_ANOTHER]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vpdq-python", help="a Python with Meta's vpdq package")
    parser.add_argument("--clips", type=Path, help="keep the clips here (made when missing)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of turns (default 5)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="safehash-bench-video-") as tmp:
        folder = args.clips or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print("Clips:")
        clips = make_clips(folder)
        paths = [str(p) for p in clips.values()]
        vpdq = vpdq_command(args.vpdq_python)

        print("\nThe four clips, whole processes, taking turns:")
        commands = {"safehash hash --json (2 workers)": [*SAFEHASH, *paths]}
        if vpdq:
            commands["Meta's vpdq.computeHash, in turn"] = [*vpdq, *paths]
        else:
            print("  (Meta's vpdq not found: pass --vpdq-python; only SafeHash is timed)")
        seconds = compare(commands, args.rounds)
        if vpdq:
            ours, theirs = seconds.values()
            print(f"\n  speed of safehash / vpdq:  {speed_ratio(ours, theirs)}  (target >= 1x)")

        print("\n1080p30 H.264 (30 s) alone, whole processes, taking turns with FFmpeg's")
        print("decoding of every frame in PyAV (2 threads, nothing else: the ceiling):")
        one = str(clips["1080p30_h264_aac.mp4"])
        alone = compare(
            {"safehash hash --json": [*SAFEHASH, one], "PyAV decode only": [*DECODE_ONLY, one]},
            max(args.rounds, 9),
        )
        video_seconds = CLIPS["1080p30_h264_aac.mp4"][0]
        for label, times in alone.items():
            times = sorted(times)
            print(
                f"  {label:<22} {video_seconds / statistics.median(times):5.1f}x real time "
                f"(rounds {video_seconds / times[-1]:.1f}x .. {video_seconds / times[0]:.1f}x)"
            )
        print("  target: safehash >= 10x on 2 cores")

        print("\nMemory, all SafeHash processes together, sampled peak:")
        peak, most = tree_peak_rss([*SAFEHASH, str(clips["4k60_h264.mp4"])])
        print(f"  4K60 H.264: {peak:6.0f} MB in up to {most} processes  (target <= 700 MB)")


if __name__ == "__main__":
    main()
