"""``safehash hash [--json] PATH...``: hash photos, videos and folders, one result per file."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, TextIO

from safehash.cli.progress import ProgressBar
from safehash.core import case_token
from safehash.core.batch import HashBatch, HashResult, readers_to_start
from safehash.core.display import clean_for_display
from safehash.core.isolation import ReaderLimits, VideoProgress, configure_shared_reader
from safehash.core.isolation.pool import DEFAULT_MEMORY_BYTES, DEFAULT_TIME_LIMIT
from safehash.core.limits import DecodeLimits
from safehash.core.records import NOTE_TEXT, HashRecord

# Every line has these; a video's line also has "duration", "vpdq" and "vpdq_variants".
JSON_KEYS = (
    "path", "ok", "error", "media", "pdq", "pdq_quality", "pdq_variants", "reliable",
    "md5", "sha256", "phash", "width", "height", "format", "notes",
)  # fmt: skip
DEFAULT_MAX_MINUTES = 240


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "hash",
        help="hash photos and videos (folders are searched for both)",
        description="Hash photos and videos on this computer. Nothing is sent anywhere.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="photo or video files, or folders"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per file per line")
    parser.add_argument("--workers", type=int, default=None, help="files hashed at once")
    parser.add_argument(
        "--max-megapixels", type=float, default=200.0,
        help="refuse pictures larger than this before decoding (default 200)",
    )  # fmt: skip
    parser.add_argument(
        "--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
        help="stop reading a photo that takes longer than this; a video gets this plus "
        "time in proportion to its length (default 30)",
    )
    parser.add_argument(
        "--max-duration", type=float, default=DEFAULT_MAX_MINUTES, metavar="MINUTES",
        help=f"refuse videos longer than this (default {DEFAULT_MAX_MINUTES}, 4 hours)",
    )
    parser.add_argument(
        "--memory-limit", type=int, default=DEFAULT_MEMORY_BYTES >> 20, metavar="MB",
        help="memory each file reader may use, in megabytes (default 1024)",
    )  # fmt: skip
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    usage = _usage_error(args)
    if usage:
        print(f"safehash hash: error: {usage}", file=sys.stderr)
        return 2
    limits = DecodeLimits(
        max_pixels=int(args.max_megapixels * 1_000_000),
        max_video_seconds=int(args.max_duration * 60),
    )
    reader = configure_shared_reader(
        args.workers,
        ReaderLimits(time_limit=args.time_limit, memory_bytes=args.memory_limit << 20),
    )
    # The workers load their decoders while the folders are walked; no more of them than
    # there are files to read.
    reader.warm_up(readers_to_start(args.paths, reader.workers))
    files = list(HashBatch(args.paths, limits=limits).found())
    progress = ProgressBar(len(files), sys.stderr)

    def video_progress(index: int, _path: str, state: VideoProgress) -> None:
        progress.video(index, state.fraction)

    results: list[HashResult] = []
    waiting: dict[int, HashResult] = {}  # finished early, printed once those before it are
    next_index = 0
    failures = 0
    batch = HashBatch(
        files,
        workers=args.workers,
        limits=limits,
        expand_folders=False,
        on_progress=video_progress,
    )
    for result in batch:
        progress.advance(result.index)
        failures += not result.ok
        if not args.json:
            results.append(result)
            continue
        # Streamed in input order, so scripts can pair lines with what they asked for.
        waiting[result.index] = result
        while next_index in waiting:
            print(json.dumps(result_to_json(waiting.pop(next_index))), flush=True)
            next_index += 1
    progress.finish()
    if not args.json:
        print_table(sorted(results, key=lambda r: r.index), sys.stdout)
    return 1 if failures else 0


def _usage_error(args: argparse.Namespace) -> str | None:
    if any(case_token.looks_like(p) for p in args.paths):
        # Never repeated back (terminals and logs are not private), never opened as a file.
        return (
            "That looks like a case token, not a photo. A case token is never typed on the "
            "command line: other programs and your shell history can see it."
        )
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if not args.time_limit > 0:
        return "--time-limit must be more than 0 seconds"
    if args.memory_limit < 256:
        return "--memory-limit must be at least 256 MB"
    if not 0 < args.max_duration <= 10 * 60:
        return "--max-duration must be more than 0 and at most 600 minutes (10 hours)"
    return None


def result_to_json(result: HashResult) -> dict[str, Any]:
    """One line of ``--json`` output. Paths keep undecodable bytes as \\udcXX escapes."""
    fields: dict[str, Any] = {key: None for key in JSON_KEYS}
    fields.update(path=result.path, ok=result.ok, pdq_variants={}, notes=[])
    if result.record is not None:
        fields.update(result.record.to_json())
    else:
        fields["error"] = result.error.message if result.error else "Unknown error."
        fields["error_code"] = result.error.code if result.error else "internal_error"
    return fields


def print_table(results: list[HashResult], out: TextIO) -> None:
    rows = [("FILE", "RESULT", "QUALITY", "SIZE", "FORMAT", "PDQ")]
    notes: list[str] = []
    for r in results:
        name = clean_for_display(os.path.basename(r.path) or r.path, 60)
        if r.record is None:
            message = r.error.message if r.error else "Unknown error."
            rows.append((case_token.redact(name), "error", "", "", "", ""))
            notes.append(f"  {case_token.redact(name)}: {message}")
            continue
        rec = r.record
        rows.append((
            name, "ok" if rec.reliable else "low quality", str(rec.quality),
            f"{rec.width}x{rec.height}", rec.format, _hashes_cell(rec),
        ))  # fmt: skip
        if rec.unreliable_reason:
            notes.append(f"  {name}: {rec.unreliable_reason}")
        notes.extend(f"  {name}: {NOTE_TEXT.get(n, n)}" for n in rec.notes)
    rows[0] = (*rows[0][:5], "PDQ" if all(not r[5].startswith("vPDQ") for r in rows) else "HASH")
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
    ok = sum(1 for r in results if r.ok)
    out.write(f"\n{ok} of {len(results)} files hashed.\n")
    if notes:
        out.write("\n" + "\n".join(notes) + "\n")


def _hashes_cell(record: HashRecord) -> str:
    """A photo's PDQ; for a video, how many frames were hashed and how long it is (its
    hashes are in --json)."""
    if not record.is_video:
        return record.pdq or ""
    seconds = round(record.duration or 0.0)
    hours, minutes = divmod(seconds // 60, 60)
    length = f"{hours}:{minutes:02d}" if hours else f"{minutes}"
    frames = len(record.vpdq)
    return f"vPDQ of {frames} frame{'s' if frames != 1 else ''}, {length}:{seconds % 60:02d}"
