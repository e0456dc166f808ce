"""Make the committed vPDQ reference clips and hash them once with Meta's vpdq.

    .venv/bin/python tests/support/make_vpdq_reference.py --vpdq-python /path/to/python

``--vpdq-python`` is a Python that has Meta's ``vpdq`` package (0.2.5, built from its sdist
against the system's FFmpeg: see tests/support/videos/README.md). It runs in its own
process; SafeHash and its tests never need it. The clips are written by this venv's PyAV
(tests/support/video_clips.py) and kept in git, so the reference stays tied to their bytes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.video_clips import Clip, write_clip

HERE = Path(__file__).resolve().parent / "videos"
REFERENCE = HERE / "vpdq-reference.json"

# name -> (clip, how SafeHash's frames compare with vpdq's)
#   "exact": the same frames, numbers, timestamps, hashes and qualities;
#   "prefix": vpdq's frames are the first of ours, exactly (vpdq loses the frames still in
#             the decoder when the video is not stream 0);
#   "near": the same frames and timestamps, hashes within 2 bits (10-bit video).
CLIPS: dict[str, tuple[Clip, str]] = {
    "h264_bframes_2997.mp4": (
        Clip("mp4", "libx264", rate=Fraction(30000, 1001), seconds=3.1, audio=True), "exact"),
    "h264_audio_first.mp4": (
        Clip("mp4", "libx264", rate=Fraction(25), seconds=2.04, audio_first=True, seed=2),
        "prefix"),
    "hevc_8bit.mp4": (Clip("mp4", "libx265", rate=Fraction(24), seed=3), "exact"),
    "hevc_10bit.mkv": (
        Clip("matroska", "libx265", pix_fmt="yuv420p10le", seed=4), "near"),
    "vp8.webm": (Clip("webm", "libvpx", rate=Fraction(30), seed=5), "exact"),
    "vp9.webm": (Clip("webm", "libvpx-vp9", seed=6), "exact"),
    "av1.mkv": (Clip("matroska", "libsvtav1", seed=7), "exact"),
    "mpeg4.avi": (Clip("avi", "mpeg4", seed=8), "exact"),
    "mjpeg_full_range.avi": (
        Clip("avi", "mjpeg", 160, 120, rate=Fraction(15), pix_fmt="yuvj422p", seed=9), "exact"),
    "h263.3gp": (Clip("3gp", "h263", 176, 144, seed=10), "exact"),
    "rotated_90.mov": (Clip("mov", "libx264", rotation=90, seed=11), "exact"),
    "half_fps.mp4": (Clip("mp4", "libx264", rate=Fraction(1, 2), seconds=10, seed=12), "exact"),
    "dark.mp4": (Clip("mp4", "libx264", seed=13, dark=True), "exact"),
}

_VPDQ = """
import json, sys, vpdq
out = {}
for path in sys.argv[1:]:
    out[path] = [[f.frame_number, f.timestamp, f.hex, f.quality] for f in vpdq.computeHash(path)]
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vpdq-python", required=True)
    args = parser.parse_args()
    HERE.mkdir(exist_ok=True)
    for name, (clip, _) in CLIPS.items():
        write_clip(HERE / name, clip)
    paths = [str(HERE / name) for name in CLIPS]
    done = subprocess.run(
        [args.vpdq_python, "-c", _VPDQ, *paths], capture_output=True, text=True, check=True
    )
    hashed = json.loads(done.stdout)
    version = subprocess.run(
        [args.vpdq_python, "-c", "import importlib.metadata as m; print(m.version('vpdq'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    reference = {
        "made_by": f"vpdq {version} (Meta, built from its sdist against the system FFmpeg)",
        "clips": {
            name: {"compare": compare, "vpdq": hashed[str(HERE / name)]}
            for name, (_, compare) in CLIPS.items()
        },
    }
    REFERENCE.write_text(json.dumps(reference, indent=1) + "\n")
    print(f"wrote {len(CLIPS)} clips and {REFERENCE}")


if __name__ == "__main__":
    main()
