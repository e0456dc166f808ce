"""Small honest videos made by PyAV, for tests and for the committed vPDQ reference clips.

Content is a photo-like picture panning across the frame, so that every hashed frame has
detail (quality near 100) and frames a second apart differ. Encoders run on one thread,
so a clip's bytes depend only on the arguments and the encoder's version.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from support.reference_images import photo_like


@dataclass(frozen=True)
class Clip:
    container: str  # PyAV format name: mp4, mov, matroska, webm, avi, 3gp
    codec: str  # PyAV encoder name
    width: int = 320
    height: int = 240
    rate: Fraction = Fraction(25)
    seconds: float = 3.0
    pix_fmt: str = "yuv420p"
    audio_first: bool = False  # an audio stream before the video (vpdq's quirk)
    audio: bool = False
    rotation: int = 0  # display rotation, degrees counterclockwise (as frame.rotation says)
    options: tuple[tuple[str, str], ...] = ()
    seed: int = 1
    dark: bool = False  # nearly black: little detail, low PDQ quality


def frames_of(clip: Clip) -> list[np.ndarray]:
    """The RGB pictures the clip shows, stored as they are encoded (before any rotation)."""
    count = round(clip.seconds * clip.rate)
    wide = photo_like(clip.width * 2, clip.height + 64, seed=clip.seed)
    pictures = []
    for i in range(count):
        left = (i * 3) % clip.width
        top = (i // 3) % 64
        picture = wide[top : top + clip.height, left : left + clip.width]
        if clip.dark:
            picture = picture // 64 + 8
        pictures.append(np.ascontiguousarray(picture))
    return pictures


def write_clip(path: Path, clip: Clip, pictures: list[np.ndarray] | None = None) -> Path:
    pictures = frames_of(clip) if pictures is None else pictures
    with av.open(str(path), "w", format=clip.container) as out:
        if clip.audio_first:
            audio = out.add_stream("aac", rate=48000)
        video = out.add_stream(clip.codec, rate=clip.rate)
        video.width, video.height, video.pix_fmt = clip.width, clip.height, clip.pix_fmt
        video.thread_count = 1
        video.options = dict(clip.options)
        if clip.rotation:
            video.set_display_rotation(clip.rotation)
        if clip.audio and not clip.audio_first:
            audio = out.add_stream("aac", rate=48000)
        for i, rgb in enumerate(pictures):
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format=clip.pix_fmt)
            frame.pts = i
            frame.time_base = 1 / clip.rate
            out.mux(video.encode(frame))
        out.mux(video.encode(None))
        if clip.audio or clip.audio_first:
            _write_tone(out, audio, clip.seconds)
    return path


def _write_tone(out: av.container.OutputContainer, audio: av.AudioStream, seconds: float) -> None:
    samples = int(48000 * seconds)
    tone = (0.2 * np.sin(np.arange(samples) * 2 * np.pi * 440 / 48000)).astype(np.float32)
    for start in range(0, samples, 1024):
        chunk = tone[start : start + 1024]
        if len(chunk) < 1024:
            break
        frame = av.AudioFrame.from_ndarray(chunk[np.newaxis, :], format="fltp", layout="mono")
        frame.sample_rate = 48000
        frame.pts = start
        out.mux(audio.encode(frame))
    out.mux(audio.encode(None))
