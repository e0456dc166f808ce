"""Videos: demux, decode every frame of the first video stream, hash one frame a second.

Runs only inside an isolated worker (``safehash.core.isolation``), like ``imaging``. What it
computes is Meta's vPDQ, frame for frame as the ``vpdq`` package (0.2.5) reports it:

- the first video stream is decoded in full: frames are picked by their 0-based position
  in the decoder's output, so none may be skipped;
- fps is the stream's average frame rate, else its base rate (``r_frame_rate``); a frame
  is hashed when its position is a multiple of ``max(1, int(fps))`` (one a second), and its
  timestamp is ``float32(position) / float32(fps)``;
- a hashed frame is converted to 8-bit RGB at its own size by swscale with ``SWS_AREA``, the
  BT.601 matrix whatever the stream says, full range for ``yuvj*`` formats and limited
  range otherwise; its PDQ is taken at full size from the float32 luma (``pdq.py``);
- rotation metadata is ignored, as vpdq does; when the container says the video is
  rotated, the frames are also hashed turned upright (``VARIANT_UPRIGHT``).

Where SafeHash differs, on purpose: vpdq loses the frames still buffered in the decoder
when the video is not the file's first stream (it flushes only stream 0); SafeHash
reports every frame it decodes. A file cut short is hashed as far as it plays, with a note
(vpdq does the same when the demuxer stops, and fails on a decoder error).

Hostile files: only the container SafeHash recognised is parsed (no probing of other
demuxers), only the codecs listed in ``DECODERS`` are handed to a decoder (the stream-info
probe may not open any other, audio included), frame sizes are capped before and while
decoding, and the duration is refused from the header and checked again as frames come.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from typing import BinaryIO

import av
import av.error
import numpy as np

from safehash.core import errors
from safehash.core.limits import DecodeLimits
from safehash.core.pdq import luma_from_rgb, pdq_from_luma
from safehash.core.records import (
    MAX_VPDQ_FRAMES,
    NOTE_FIRST_VIDEO_STREAM,
    NOTE_ODD_FRAME_RATE,
    NOTE_VIDEO_CUT_SHORT,
    NOTE_VIDEO_ROTATED,
    PdqHash,
    VpdqFrame,
)

# Codec names (FFmpeg's) SafeHash decodes, and the decoders that may open them. Nothing else
# reaches a decoder, not even while FFmpeg probes the file's streams.
CODECS = frozenset({"h264", "hevc", "vp8", "vp9", "av1", "mpeg4", "mjpeg", "h263"})
DECODERS = "h264,hevc,vp8,vp9,libdav1d,av1,mpeg4,mjpeg,h263"

# Seconds of video between two hashed frames (vpdq's default, and HMA's).
SECONDS_PER_HASH = 1.0
# How often progress is reported, at most (seconds of wall time).
_PROGRESS_EVERY = 0.25
# A frame rate outside this range is a fact the person should hear about: frames are still
# picked by it, as every vPDQ hasher does, but their times may not be real seconds.
_USUAL_FPS = (1.0, 240.0)
# Decoded content ending this much before the declared duration means the file is cut short.
_CUT_SHORT_SLACK = 2.0
# Decoder threads: FFmpeg starts them when the first packet is decoded, after the worker's
# sandbox is in force, so Landlock covers them as well as seccomp.
_MAX_DECODER_THREADS = 4

ProgressCallback = Callable[[float, "float | None"], None]  # (position, duration) in seconds


@dataclass(frozen=True, slots=True)
class VideoInfo:
    """What the container says, checked before any frame is decoded."""

    format: str  # MP4, QuickTime, 3GP, Matroska, WebM, AVI
    codec: str
    width: int
    height: int
    fps: Fraction
    duration: float | None  # seconds; None when the container does not say
    video_streams: int


@dataclass(frozen=True, slots=True)
class VideoHashes:
    frames: tuple[VpdqFrame, ...]
    upright: tuple[VpdqFrame, ...] | None  # when the video is rotated
    width: int  # of the frames as stored
    height: int
    duration: float
    notes: tuple[str, ...]


def container_format(head: bytes) -> tuple[str, str]:
    """(FFmpeg demuxer, format name) for a file ``signatures.looks_like_video`` accepted."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "mov", "QuickTime"
        if brand.startswith((b"3gp", b"3g2", b"3ge", b"3gg")):
            return "mov", "3GP"
        return "mov", "MP4"
    if head.startswith(b"RIFF"):
        return "avi", "AVI"
    # The EBML header's DocType element (id 0x4282, a one-byte size, the text) tells WebM.
    at = head.find(b"\x42\x82")
    if at >= 0 and head[at + 3 : at + 7] == b"webm":
        return "matroska", "WebM"
    return "matroska", "Matroska"


class OpenedVideo:
    """A video file opened for hashing: the header has been read and checked."""

    def __init__(self, source: BinaryIO, head: bytes, limits: DecodeLimits) -> None:
        self._limits = limits
        demuxer, name = container_format(head)
        with _decoding_errors():
            self._container = av.open(
                source,
                format=demuxer,
                container_options={
                    # Decoders the stream-info probe may open: ours, never an audio one.
                    "codec_whitelist": DECODERS,
                    "max_streams": "100",
                },
                metadata_errors="ignore",
            )
        try:
            self.info = self._check(name)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._container.close()

    def _check(self, name: str) -> VideoInfo:
        container = self._container
        videos = list(container.streams.video)
        if not videos:
            raise errors.NoVideoStream()
        stream = videos[0]  # vpdq's choice: the first video stream, whatever else there is
        self._stream = stream
        codec = stream.codec_context.codec.canonical_name  # "av1", whichever decoder
        if codec not in CODECS:
            raise errors.UnsupportedVideo()
        width, height = stream.codec_context.width, stream.codec_context.height
        if width <= 0 or height <= 0:
            raise errors.CorruptVideo()
        if width * height > self._limits.max_video_pixels:
            raise errors.VideoTooLarge()
        fps = stream.average_rate or stream.base_rate
        if fps is None or fps <= 0:
            raise errors.VideoFrameRateInvalid()
        duration = _declared_duration(container, stream)
        if duration is not None and duration > self._limits.max_video_seconds:
            raise errors.VideoTooLong()
        return VideoInfo(name, codec, width, height, fps, duration, len(videos))

    def hash_frames(self, on_progress: ProgressCallback | None = None) -> VideoHashes:
        """Decode every frame, hash one a second. Raises the file's error."""
        info, stream = self.info, self._stream
        context = stream.codec_context
        # The decoder refuses a frame larger than this by itself, whatever the header said.
        context.options = {"max_pixels": str(self._limits.max_video_pixels)}
        context.thread_type = "AUTO"
        context.thread_count = min(os.cpu_count() or 1, _MAX_DECODER_THREADS)

        fps = float(info.fps)
        step = max(1, int(SECONDS_PER_HASH * fps))
        fps32 = np.float32(fps)
        max_position = self._limits.max_video_seconds + SECONDS_PER_HASH
        rotation = 0
        size: tuple[int, int] | None = None
        sampled = 0
        shown = 0.0  # how far into the video, for progress (timestamps may say more)
        last_report = time.monotonic()
        count = 0
        with _decoding_errors() as stopped, _SampledFrameHasher() as hasher:
            for frame in _frames(self._container, stream, stopped):
                index, count = count, count + 1
                # The limit counts frames (what sampling counts), not timestamps a file
                # can set at will.
                if index / fps > max_position:
                    raise errors.VideoTooLong()
                if index % step == 0:
                    if sampled == MAX_VPDQ_FRAMES:
                        raise errors.VideoTooLong()
                    sampled += 1
                    if size is None:
                        size, rotation = (frame.width, frame.height), _quarter_turns(frame)
                    timestamp = float(np.float32(index) / fps32)
                    hasher.submit(frame, index, timestamp, rotation)
                now = time.monotonic()
                if on_progress is not None and now - last_report >= _PROGRESS_EVERY:
                    last_report = now
                    shown = max(shown, index / fps, _frame_time(frame, stream))
                    if info.duration is not None:
                        shown = min(shown, info.duration)
                    on_progress(shown, info.duration)
            frames, upright = hasher.results()
        if not frames or size is None:
            raise errors.CorruptVideo()  # nothing played at all
        end = count / fps
        # The header's length, unless more played than it says.
        duration = max(info.duration or 0.0, end)
        notes = []
        if rotation:
            notes.append(NOTE_VIDEO_ROTATED)
        if info.video_streams > 1:
            notes.append(NOTE_FIRST_VIDEO_STREAM)
        if not _USUAL_FPS[0] <= fps <= _USUAL_FPS[1]:
            notes.append(NOTE_ODD_FRAME_RATE)
        if stopped.early or (
            info.duration is not None and end < info.duration - _CUT_SHORT_SLACK
        ):
            notes.append(NOTE_VIDEO_CUT_SHORT)
        if on_progress is not None:
            on_progress(duration, duration)
        return VideoHashes(
            frames=frames,
            upright=upright if rotation else None,
            width=size[0],
            height=size[1],
            duration=duration,
            notes=tuple(notes),
        )


    def still_frame(self, max_side: int) -> np.ndarray:
        """One frame as players show it (turned upright), at most ``max_side`` pixels a
        side, as 8-bit RGB: the frame one second in (a video's first frames are often a
        black fade), or the last one of a shorter video. Never more than one second of
        video is decoded."""
        stream = self._stream
        stream.codec_context.options = {"max_pixels": str(self._limits.max_video_pixels)}
        wanted = max(1, int(SECONDS_PER_HASH * float(self.info.fps)))
        chosen = None
        with _decoding_errors() as stopped:
            for index, frame in enumerate(_frames(self._container, stream, stopped)):
                chosen = frame
                if index >= wanted:
                    break
        if chosen is None:
            raise errors.CorruptVideo()
        scale = min(1.0, max_side / max(chosen.width, chosen.height))
        rgb = chosen.reformat(
            width=max(1, round(chosen.width * scale)),
            height=max(1, round(chosen.height * scale)),
            format="rgb24",
            interpolation="AREA",
        ).to_ndarray()
        return np.ascontiguousarray(np.rot90(rgb, _quarter_turns(chosen)))


class _Stop:
    """Whether decoding stopped at an error of the file rather than at its end."""

    early = False


@contextmanager
def _decoding_errors() -> Iterator[_Stop]:
    stopped = _Stop()
    try:
        yield stopped
    except MemoryError as exc:  # av.error.MemoryError is one too
        raise errors.NeedsTooMuchMemory() from exc
    except av.error.FFmpegError as exc:
        raise errors.CorruptVideo() from exc


def _frames(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream, stopped: _Stop
) -> Iterator[av.VideoFrame]:
    """Every frame the decoder gives, in its output order, flushed at the end.

    The demuxer or the decoder failing part way (a file cut short, damaged data) ends the
    video there, as vpdq's loop ends; what the decoder still holds is flushed and kept.
    """
    try:
        for packet in container.demux(stream):
            yield from stream.decode(packet)  # the last, empty packet flushes the decoder
        return
    except MemoryError:
        raise
    except av.error.FFmpegError:
        stopped.early = True
    try:
        yield from stream.decode(None)
    except MemoryError:
        raise
    except av.error.FFmpegError:
        pass  # a decoder that cannot even flush: what it gave before stands


class _SampledFrameHasher:
    """Hashes the sampled frames on a thread of its own while the decoder goes on.

    Hashing a frame where it is decoded would stall FFmpeg's decoding threads for as long
    as the hash takes (they are fed one packet at a time); on a thread of its own it
    shares the cores with them instead. numpy and swscale let go of the GIL while they
    work. At most ``_WAITING`` frames wait, so memory stays bounded however fast the
    decoder is. An error while hashing (running out of memory) is raised in the decoding
    thread at its next frame.
    """

    _WAITING = 2

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[av.VideoFrame, int, float, int] | None] = queue.Queue(
            maxsize=self._WAITING
        )
        self._frames: list[VpdqFrame] = []
        self._upright: list[VpdqFrame] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="vpdq-hasher", daemon=True)

    def __enter__(self) -> _SampledFrameHasher:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._finish()

    def submit(self, frame: av.VideoFrame, index: int, timestamp: float, turns: int) -> None:
        self._raise_error()
        self._queue.put((frame, index, timestamp, turns))

    def results(self) -> tuple[tuple[VpdqFrame, ...], tuple[VpdqFrame, ...]]:
        """Every submitted frame's hashes, in frame order, once all are done."""
        self._finish()
        self._raise_error()
        return tuple(self._frames), tuple(self._upright)

    def _finish(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # keep taking frames, so the decoding thread never waits forever
            frame, index, timestamp, turns = item
            try:
                stored, turned = _hash_frame(frame, turns)
            except Exception as exc:  # noqa: BLE001 - raised in the decoding thread
                self._error = exc
                continue
            finally:
                del frame, item  # the decoder may reuse the frame's buffer now
            self._frames.append(VpdqFrame(index, timestamp, stored.value, stored.quality))
            if turned is not None:
                self._upright.append(VpdqFrame(index, timestamp, turned.value, turned.quality))


def _hash_frame(frame: av.VideoFrame, turns: int) -> tuple[PdqHash, PdqHash | None]:
    """PDQ of the frame as stored and, for a rotated video, turned upright."""
    full_range = frame.format.name.startswith("yuvj")
    rgb = frame.reformat(
        format="rgb24",
        interpolation="AREA",
        src_colorspace="ITU601",
        dst_colorspace="ITU601",
        src_color_range="JPEG" if full_range else "MPEG",
        dst_color_range="JPEG",
    ).to_ndarray()
    luma = luma_from_rgb(rgb, grey_rule=False)
    del rgb
    stored = pdq_from_luma(luma)
    # Luma is per pixel, so turning it is turning the picture: no second conversion.
    turned = pdq_from_luma(np.rot90(luma, turns)) if turns else None
    return stored, turned


def _quarter_turns(frame: av.VideoFrame) -> int:
    """Quarter turns counterclockwise (np.rot90) that show the frame as players do; 0 for
    none or for a rotation that is not a multiple of 90 degrees."""
    degrees = frame.rotation
    if degrees % 90:
        return 0
    return (degrees // 90) % 4


def _frame_time(frame: av.VideoFrame, stream: av.video.stream.VideoStream) -> float:
    """Seconds from the stream's start to this frame, by its timestamp; 0 when unknown."""
    if frame.pts is None or stream.time_base is None:
        return 0.0
    start = stream.start_time or 0
    seconds = float((frame.pts - start) * stream.time_base)
    return seconds if 0.0 <= seconds < 1e9 else 0.0


def _declared_duration(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream
) -> float | None:
    if container.duration is not None and container.duration > 0:
        return container.duration / av.time_base
    if stream.duration is not None and stream.duration > 0 and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    return None


