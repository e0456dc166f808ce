"""Refusing hostile pictures from their headers, before any pixel is decoded.

A few hundred bytes can ask a decoder for gigabytes or minutes: a JPEG of thousands of empty
scans, an animated WebP with a 14000x14000 canvas, an AVIF whose declared size was edited, a
run-length BMP that Pillow decodes in pure Python. Each of these can be seen in the header, so
each is refused there with its own error, and the isolated worker's time and memory limits
stay a second line of defence rather than the only one.

Two steps: ``check_header`` reads the raw bytes before Pillow opens the file (libwebp
allocates its canvases when the file is opened), and ``check_opened`` looks at what Pillow
found before anything is decoded. Memory estimates count what each decoder really holds,
measured on 16-megapixel pictures of every format (bytes a pixel, beside the file's bytes):
JPEG 4 (Pillow keeps RGB and CMYK as 4 bytes a pixel, greyscale as 1), plus 2 bytes a
coefficient when progressive (7 for 4:2:0, 10 for 4:4:4); WebP 16.6 to 21.6; AVIF 9.5 to 12;
HEIC 7.8 to 9.2; PNG 4; TIFF 4 plus a raw strip; GIF 1.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageFile

from safehash.core import errors, heif_headers
from safehash.core.limits import DecodeLimits


@dataclass(frozen=True, slots=True)
class Declared:
    """The size a file's header declares, to hold Pillow's reading of it to."""

    width: int
    height: int
    exact: bool = True  # False: the decoder may turn or crop the picture first (HEIF)
    # Why the file is refused, once Pillow has recognised it as a picture at all (a video
    # or a damaged box structure that no reader accepts is "not a photo", not "damaged").
    refusal: errors.FileError | None = None

    def agrees_with(self, size: tuple[int, int]) -> bool:
        if self.exact:
            return size == (self.width, self.height)
        width, height = size
        fits = max(width, height) <= max(self.width, self.height)
        return fits and width * height <= self.width * self.height


def check_header(data: bytes, limits: DecodeLimits) -> Declared | None:
    """Refuse what the raw header gives away; the declared size, when the format is known."""
    if data[:3] == b"\xff\xd8\xff":
        found = _jpeg(data, limits)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        found = _webp(data)
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        _gif(data)
        return None  # Pillow reads the canvas size itself; its mode is checked once opened
    elif data[4:8] == b"ftyp":  # AVIF, HEIF, and other ISO media files such as videos
        try:
            picture = heif_headers.inspect(data)
            cost = round(picture.width * picture.height * picture.bytes_per_pixel)
            _refuse(picture.width, picture.height, cost, len(data), limits)
        except errors.FileError as refusal:
            return Declared(0, 0, refusal=refusal)
        return Declared(picture.width, picture.height, not picture.crops_or_turns)
    else:
        return None
    if found is None:  # not a header we can read: the decoder will say what is wrong
        return None
    _refuse(*found, len(data), limits)
    return Declared(found[0], found[1])


def check_opened(
    image: Image.Image, declared: Declared | None, data_size: int, limits: DecodeLimits
) -> None:
    """Refuse, from what Pillow read of the header, what would cost too much to decode."""
    if declared is not None and declared.refusal is not None:
        raise declared.refusal
    if declared is None and image.format in ("AVIF", "HEIF"):
        raise errors.CorruptImage()  # never decoded without its sizes checked
    width, height = image.size
    if width <= 0 or height <= 0:
        raise errors.CorruptImage()
    if declared is not None and not declared.agrees_with(image.size):
        raise errors.CorruptImage()  # Pillow's decoder and our reading disagree: trust neither
    pixels = width * height
    if pixels > limits.max_pixels:
        raise errors.ImageTooLarge()
    extra = 0
    if _python_decoder(image):
        # Pillow's decoders written in Python (RLE BMP) run a hundred times slower than the
        # C ones and cannot be interrupted: about 0.2 us a pixel, 0.6 us a 2-byte code.
        if pixels > limits.max_python_decode_pixels:
            raise errors.ImageTooLarge()
        if data_size - _tile_offset(image) > limits.max_python_decode_pixels:
            raise errors.ImageTooComplex()
        extra = 2 * pixels * _mode_bytes(image.mode)  # its bytearray and the copy it hands on
    elif image.format == "TIFF":
        extra = pixels * _tiff_raw_bytes(image)  # libtiff may hold a whole strip or tile
    _refuse(width, height, pixels * _mode_bytes(image.mode) + extra, data_size, limits)


def _refuse(width: int, height: int, cost: int, data_size: int, limits: DecodeLimits) -> None:
    if width <= 0 or height <= 0:
        raise errors.CorruptImage()
    if width * height > limits.max_pixels:
        raise errors.ImageTooLarge()
    if cost + data_size > limits.max_decode_bytes:  # the file's bytes are held as well
        raise errors.NeedsTooMuchMemory()


def _mode_bytes(mode: str) -> int:
    """Bytes a pixel in a Pillow image of ``mode``."""
    if mode in ("1", "L", "P"):
        return 1
    if mode.startswith("I;16"):
        return 2
    return 4  # RGB, RGBA, CMYK, YCbCr, LA, I, F... all stored in 4 bytes


def _python_decoder(image: Image.Image) -> bool:
    for tile in getattr(image, "tile", None) or ():
        decoder = Image.DECODERS.get(tile[0])
        if isinstance(decoder, type) and issubclass(decoder, ImageFile.PyDecoder):
            return True
    return False


def _tile_offset(image: Image.Image) -> int:
    return min(tile[2] for tile in image.tile)


def _tiff_raw_bytes(image: Image.Image) -> int:
    tags = getattr(image, "tag_v2", {})
    bits = tags.get(258, (8,))  # BitsPerSample
    bits = bits[0] if isinstance(bits, tuple) and bits else bits
    samples = tags.get(277, 1)  # SamplesPerPixel
    if not isinstance(bits, int) or not isinstance(samples, int):
        return 8
    return min(samples, 8) * ((min(bits, 64) + 7) // 8)


# --- JPEG --------------------------------------------------------------------------------

_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_PROGRESSIVE = frozenset({0xC2, 0xC6, 0xCA, 0xCE})
# A marker is 0xFF and a code; 0xFF 0x00 is a stuffed byte and 0xFF 0xFF padding. Inside a
# scan's entropy-coded data the restart markers (0xD0-0xD7) belong to the scan too.
_MARKER = re.compile(rb"\xff[^\x00\xff]")
_SCAN_END = re.compile(rb"\xff[^\x00\xff\xd0-\xd7]")


def _jpeg(data: bytes, limits: DecodeLimits) -> tuple[int, int, int] | None:
    """Walk the marker segments and every scan's data as libjpeg will, counting scans.

    libjpeg-turbo writes 10 scans for a progressive colour picture (6 grey, 18 CMYK) and
    mozjpeg's scan search about as many; each scan makes the decoder walk every block of the
    picture again, so a file of thousands of empty scans takes minutes for a few bytes each.
    """
    frame: tuple[int, int, list[tuple[int, int]], bool] | None = None
    scans, partial_scans, pos = 0, False, 2
    while (found := _MARKER.search(data, pos)) is not None:
        pos = found.start()
        marker = data[pos + 1]
        if marker == 0xD9:  # end of image: libjpeg stops (an MPO's next pictures are not read)
            break
        if 0xD0 <= marker <= 0xD8 or marker == 0x01:  # markers without a length
            pos += 2
            continue
        if pos + 4 > len(data):
            break
        length = (data[pos + 2] << 8) | data[pos + 3]
        if length < 2:
            break  # libjpeg stops at this too
        body = data[pos + 4 : pos + 2 + length]
        if marker in _SOF and frame is None and len(body) >= 6:
            count = body[5]
            sampling = [(b >> 4, b & 15) for b in body[7 : 7 + 3 * count : 3]]
            height, width = struct.unpack_from(">HH", body, 1)
            frame = width, height, sampling, marker in _PROGRESSIVE
        elif marker == 0xDA:
            scans += 1
            if scans > limits.max_jpeg_scans:
                raise errors.ImageTooComplex()
            if frame is None or not body:
                break  # libjpeg refuses a scan before its frame
            if body[0] < len(frame[2]):
                partial_scans = True  # scans of some components: the whole picture is kept
            elif scans == 1 and not frame[3]:
                break  # one scan of every component: libjpeg reads no further (camera photos)
            end = _SCAN_END.search(data, pos + 2 + length)
            if end is None:
                break
            pos = end.start()
            continue
        pos += 2 + length
    if frame is None:
        return None
    width, height, sampling, progressive = frame
    if not sampling or any(not (1 <= h <= 4 and 1 <= v <= 4) for h, v in sampling):
        return None  # libjpeg refuses these itself
    pixels = width * height
    cost = pixels * (1 if len(sampling) == 1 else 4)
    if progressive or partial_scans:
        cost += _coefficient_bytes(width, height, sampling)
    return width, height, cost


def _coefficient_bytes(width: int, height: int, sampling: list[tuple[int, int]]) -> int:
    """libjpeg's whole-picture coefficient buffer: 64 coefficients of 2 bytes a block."""
    max_h = max(h for h, _ in sampling)
    max_v = max(v for _, v in sampling)
    total = 0
    for h, v in sampling:
        blocks_w = -(-width * h // (8 * max_h))
        blocks_h = -(-height * v // (8 * max_v))
        total += (-(-blocks_w // h) * h) * (-(-blocks_h // v) * v) * 128
    return total


# --- GIF ---------------------------------------------------------------------------------

# Pillow walks a GIF's data sub-blocks in Python, one at a time (0.17 us each), from the
# start to the second picture, to tell whether the file is animated. Encoders write blocks
# of 255 bytes, so a million blocks is 250 MB of picture data; a file of one-byte blocks
# would hold 256 million of them in 512 MB and keep Pillow busy for most of a minute.
_GIF_MAX_BLOCKS = 1_000_000


def _gif(data: bytes) -> None:
    """Walk the blocks Pillow will walk, more cheaply, and refuse an absurd number of them."""
    if len(data) < 13:
        return
    pos = 13 + _gif_palette_bytes(data[10])
    pictures = blocks = 0
    while pos < len(data):
        kind = data[pos]
        if kind == 0x21:  # an extension: its label, then sub-blocks
            pos += 2
        elif kind == 0x2C and pictures == 0:  # the first picture: descriptor, palette, LZW
            pictures += 1
            if pos + 10 > len(data):
                return
            pos += 10 + _gif_palette_bytes(data[pos + 9]) + 1
        else:  # the second picture, the trailer or damage: Pillow's walk ends here
            return
        while pos < len(data) and (size := data[pos]):
            pos += size + 1
            blocks += 1
            if blocks > _GIF_MAX_BLOCKS:
                raise errors.ImageTooComplex()
        pos += 1


def _gif_palette_bytes(flags: int) -> int:
    return 3 << ((flags & 7) + 1) if flags & 0x80 else 0


# --- WebP --------------------------------------------------------------------------------

# libwebp's animation decoder (Pillow uses it for every WebP) keeps two RGBA canvases, and
# Pillow copies the frame it hands over into a bytes object and then into its own image:
# measured 16.6 to 17.5 bytes a canvas pixel. A lossless frame adds its ARGB buffers
# (measured 5 bytes a pixel), an alpha plane 1 byte.
_WEBP_CANVAS_BYTES = 18
_WEBP_LOSSLESS_BYTES = 6
_WEBP_ALPHA_BYTES = 1
_WEBP_CHUNKS_BEFORE_FRAME = 64


def _webp(data: bytes) -> tuple[int, int, int] | None:
    chunks = _riff_chunks(data)
    first = next(chunks, None)
    if first is None:
        return None
    kind, body = first
    if kind in (b"VP8 ", b"VP8L"):
        size = _bitstream_size(kind, body)
        if size is None:
            return None
        width, height = size
        return width, height, width * height * (_WEBP_CANVAS_BYTES + _frame_extra(kind, False))
    if kind != b"VP8X" or len(body) < 10:
        return None
    width = int.from_bytes(body[4:7], "little") + 1
    height = int.from_bytes(body[7:10], "little") + 1
    # Only the first frame is decoded; its coding adds buffers of its own size.
    extra = width * height * _WEBP_LOSSLESS_BYTES  # until we know better
    alpha = False
    for index, (kind, body) in enumerate(chunks):
        if index > _WEBP_CHUNKS_BEFORE_FRAME:
            break
        if kind == b"ALPH":
            alpha = True
        elif kind in (b"VP8 ", b"VP8L"):
            extra = width * height * _frame_extra(kind, alpha)
            break
        elif kind == b"ANMF" and len(body) >= 16:
            frame_w = int.from_bytes(body[6:9], "little") + 1
            frame_h = int.from_bytes(body[9:12], "little") + 1
            inner = {k for k, _ in _riff_chunks(body, 16, limit=4)}
            coding = b"VP8L" if b"VP8L" in inner else b"VP8 "
            extra = frame_w * frame_h * _frame_extra(coding, b"ALPH" in inner)
            break
    return width, height, width * height * _WEBP_CANVAS_BYTES + extra


def _frame_extra(kind: bytes, alpha: bool) -> int:
    if kind == b"VP8L":
        return _WEBP_LOSSLESS_BYTES
    return _WEBP_ALPHA_BYTES if alpha else 0


def _riff_chunks(data: bytes, pos: int = 12, limit: int = 1 << 20) -> Iterator[tuple[bytes, bytes]]:
    """(kind, start of payload) of each chunk: enough for the headers inside."""
    count = 0
    while pos + 8 <= len(data) and count < limit:
        kind = data[pos : pos + 4]
        (size,) = struct.unpack_from("<I", data, pos + 4)
        keep = 4096 if kind == b"ANMF" else 64  # a frame's header, then its first chunks
        yield kind, data[pos + 8 : pos + 8 + min(size, keep)]
        pos += 8 + size + (size & 1)
        count += 1


def _bitstream_size(kind: bytes, body: bytes) -> tuple[int, int] | None:
    if kind == b"VP8 ":
        if len(body) < 10 or body[3:6] != b"\x9d\x01\x2a":
            return None
        width, height = struct.unpack_from("<HH", body, 6)
        width, height = width & 0x3FFF, height & 0x3FFF
    else:
        if len(body) < 5 or body[0] != 0x2F:
            return None
        (bits,) = struct.unpack_from("<I", body, 1)
        width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return (width, height) if width and height else None
