"""Builders of hostile picture files, made in memory, small and deterministic.

Each builder makes one attack an abuser could send (its docstring says which) and returns the
file's bytes. They are shared: the imaging tests check that each is refused from its header,
and the isolation tests can send them through the worker processes to check the per-file
errors there. Builders of valid files of the same kinds (an RLE-compressed BMP, which Pillow
cannot write) live here too, so "the same kind, made honestly" is tested with the same code.
"""

from __future__ import annotations

import io
import struct

import numpy as np
from PIL import Image

# --- JPEG ------------------------------------------------------------------------------

_SOI, _EOI = b"\xff\xd8", b"\xff\xd9"


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _jpeg_tables() -> bytes:
    """One flat quantisation table and one-symbol Huffman tables (DC 0, AC end-of-block),
    shared by every component.

    With a single code of length 1, every block decodes from one bit, so scans of any size
    can be written with almost no data; and libjpeg pads missing data with zeros anyway.
    """
    dqt = _segment(0xDB, b"\x00" + b"\x01" * 64)
    counts = b"\x01" + b"\x00" * 15
    dht = _segment(0xC4, b"\x00" + counts + b"\x00" + b"\x10" + counts + b"\x00")
    return dqt + dht


def _sof(marker: int, width: int, height: int, components: int) -> bytes:
    body = struct.pack(">BHHB", 8, height, width, components)
    for index in range(components):
        # Luma at 2x2 when in colour, as cameras write it (4:2:0); chroma at 1x1.
        sampling = 0x22 if components > 1 and index == 0 else 0x11
        body += struct.pack(">BBB", index + 1, sampling, 0)
    return _segment(marker, body)


def _sos(component_ids: list[int], ss: int, se: int, ah: int, al: int) -> bytes:
    body = bytes([len(component_ids)])
    for cid in component_ids:
        body += bytes([cid, 0x00])
    return _segment(0xDA, body + bytes([ss, se, (ah << 4) | al]))


def jpeg_with_many_scans(
    scans: int = 3000, width: int = 8192, height: int = 8192, progressive: bool = True
) -> bytes:
    """A progressive JPEG of ``scans`` empty scans: 10 bytes each, but libjpeg walks every
    block of the picture once per scan, so this 30 KB file keeps a decoder busy for about
    half a minute (encoders write at most about 18 scans). Greyscale, so its memory stays
    under the budget (190 MB) and only time is attacked. Not progressive: a baseline frame
    followed by the same scans, which libjpeg refuses at the second one."""
    if progressive:
        parts = [_SOI, _jpeg_tables(), _sof(0xC2, width, height, 1), _sos([1], 0, 0, 0, 0)]
        parts += [_sos([1], 1, 63, 0, 0)] * (scans - 1)
    else:
        parts = [_SOI, _jpeg_tables(), _sof(0xC0, width, height, 1)]
        parts += [_sos([1], 0, 63, 0, 0)] * scans
    return b"".join([*parts, _EOI])


def jpeg_huge_with_tiny_data(
    width: int = 14000, height: int = 14000, progressive: bool = True
) -> bytes:
    """A colour JPEG that declares ``width`` x ``height`` pixels and carries no picture data:
    a few hundred bytes for which Pillow allocates 4 bytes a pixel and, when progressive,
    libjpeg 3 more for its coefficients (1.4 GB here), then fills them with grey."""
    if progressive:
        frame, scan = _sof(0xC2, width, height, 3), _sos([1, 2, 3], 0, 0, 0, 0)
    else:
        frame, scan = _sof(0xC0, width, height, 3), _sos([1, 2, 3], 0, 63, 0, 0)
    return b"".join([_SOI, _jpeg_tables(), frame, scan, _EOI])


# --- BMP -------------------------------------------------------------------------------


def bmp_rle8(indices: np.ndarray, palette: list[tuple[int, int, int]]) -> bytes:
    """A valid RLE8-compressed BMP of palette ``indices`` (rows top to bottom), encoded in
    runs as Windows writes it. Pillow reads these only, so tests make their own."""
    height, width = indices.shape
    data = bytearray()
    for row in indices[::-1]:  # BMP stores the bottom row first
        x = 0
        while x < width:
            run = 1
            while x + run < width and run < 255 and row[x + run] == row[x]:
                run += 1
            data += bytes([run, int(row[x])])
            x += run
        data += b"\x00\x00"  # end of line
    data += b"\x00\x01"  # end of bitmap
    return _bmp(width, height, 1, bytes(data), palette)


def bmp_rle_huge(width: int = 14000, height: int = 14000) -> bytes:
    """An RLE8 BMP of ``width`` x ``height`` pixels in about 4 bytes a row (57 KB here): each
    row is one pixel and an end-of-line code, which Pillow's pure-Python decoder pads one byte
    at a time, so it takes tens of seconds and cannot be interrupted."""
    data = b"\x01\x05\x00\x00" * height + b"\x00\x01"
    return _bmp(width, height, 1, data, [(value, value, value) for value in range(256)])


def bmp_rle_endless_codes(codes: int = 8_000_000) -> bytes:
    """A 100x100 RLE8 BMP whose first row is followed by ``codes`` runs that draw nothing
    (the row is already full): 16 MB that keep Pillow's Python decoder turning for seconds,
    or minutes for a file near the 512 MB size limit, on a picture of 10,000 pixels."""
    rows = b"\x64\x07" + b"\x01\x07" * codes + b"\x00\x00" + b"\x64\x07\x00\x00" * 99
    return _bmp(100, 100, 1, rows + b"\x00\x01", [(value, value, value) for value in range(256)])


def _bmp(
    width: int, height: int, compression: int, data: bytes, palette: list[tuple[int, int, int]]
) -> bytes:
    colours = b"".join(bytes([b, g, r, 0]) for r, g, b in palette)
    offset = 14 + 40 + len(colours)
    info = struct.pack(
        "<IiiHHIIiiII", 40, width, height, 1, 8, compression, len(data), 2835, 2835,
        len(palette), 0,
    )  # fmt: skip
    header = b"BM" + struct.pack("<IHHI", offset + len(data), 0, 0, offset)
    return header + info + colours + data


# --- WebP ------------------------------------------------------------------------------


def _riff_chunk(kind: bytes, payload: bytes) -> bytes:
    padding = b"\x00" if len(payload) % 2 else b""
    return kind + struct.pack("<I", len(payload)) + payload + padding


def _tiny_vp8l() -> bytes:
    """The VP8L bitstream of a 1x1 lossless picture, as libwebp writes it."""
    out = io.BytesIO()
    Image.new("RGBA", (1, 1), (200, 30, 30, 255)).save(out, "WEBP", lossless=True)
    data = out.getvalue()
    start = data.index(b"VP8L")
    (size,) = struct.unpack_from("<I", data, start + 4)
    return data[start + 8 : start + 8 + size]


def webp_animated_huge_canvas(width: int = 14000, height: int = 14000, frames: int = 2) -> bytes:
    """An animated WebP whose canvas is ``width`` x ``height`` and whose frames are 1x1 (about
    1 KB): libwebp's animation decoder allocates two 4-byte canvases and Pillow copies the
    frame twice, about 16 bytes a canvas pixel (3 GB here), before any frame is drawn."""
    vp8l = _riff_chunk(b"VP8L", _tiny_vp8l())
    flags = 0x02 | 0x10  # animation, alpha
    vp8x = _riff_chunk(b"VP8X", bytes([flags, 0, 0, 0]) + _u24(width - 1) + _u24(height - 1))
    anim = _riff_chunk(b"ANIM", struct.pack("<IH", 0xFFFFFFFF, 0))
    frame = _riff_chunk(b"ANMF", _u24(0) + _u24(0) + _u24(0) + _u24(0) + _u24(100) + b"\x00" + vp8l)
    body = b"WEBP" + vp8x + anim + frame * frames
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _u24(value: int) -> bytes:
    return struct.pack("<I", value)[:3]


# --- AVIF and HEIF ---------------------------------------------------------------------


def _small_picture(side: int = 64) -> Image.Image:
    rng = np.random.default_rng(9)
    pixels = rng.integers(0, 256, size=(side // 8, side // 8, 3), dtype=np.uint8)
    return Image.fromarray(pixels).resize((side, side), Image.Resampling.NEAREST)


def _with_ispe(data: bytes, width: int, height: int) -> bytes:
    """Every image-size ('ispe') property of an ISOBMFF file set to ``width`` x ``height``."""
    out = bytearray(data)
    start = 0
    while (found := out.find(b"ispe", start)) != -1:
        # box: size(4) 'ispe' version/flags(4) width(4) height(4)
        out[found + 8 : found + 16] = struct.pack(">II", width, height)
        start = found + 4
    return bytes(out)


def avif_with_edited_size(width: int = 14000, height: int = 14000) -> bytes:
    """A 64x64 AVIF whose declared size ('ispe') was edited to ``width`` x ``height``.

    libavif stretches the decoded 64x64 picture to the declared size: about 1.6 GB for
    14000x14000, and a hash reported as a sharp picture of a size the file does not hold.
    """
    out = io.BytesIO()
    _small_picture().save(out, "AVIF", quality=60, speed=8)
    return _with_ispe(out.getvalue(), width, height)


def avif_sequence_with_edited_size(width: int = 14000, height: int = 14000) -> bytes:
    """An animated AVIF of 64x64 frames whose track header was edited to declare
    ``width`` x ``height``: libavif sizes the picture from the track header, as from 'ispe'."""
    out = io.BytesIO()
    first = _small_picture()
    first.save(out, "AVIF", save_all=True, append_images=[first.rotate(90)], speed=8)
    data = bytearray(out.getvalue())
    tkhd = data.index(b"tkhd")
    at = tkhd + 4 + (88 if data[tkhd + 4] == 1 else 76)  # width and height, 16.16 fixed
    data[at : at + 8] = struct.pack(">II", width << 16, height << 16)
    return bytes(data)


class _Bits:
    def __init__(self) -> None:
        self.bits: list[int] = []

    def put(self, value: int, count: int) -> _Bits:
        self.bits += [(value >> shift) & 1 for shift in reversed(range(count))]
        return self

    def obu(self, kind: int) -> bytes:
        """The bits as an AV1 OBU with a size field (trailing one bit, then byte-aligned)."""
        bits = [*self.bits, 1]
        bits += [0] * (-len(bits) % 8)
        payload = bytes(int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8))
        return bytes([kind << 3 | 2]) + _leb128(len(payload)) + payload


def _leb128(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def avif_with_small_frame(width: int = 1000, height: int = 1000, frame: int = 64) -> bytes:
    """An AVIF whose 'ispe' and AV1 sequence header both declare ``width`` x ``height``, while
    its key frame's header codes a ``frame`` x ``frame`` picture (frame_size_override_flag):
    the size only the frame header tells. The stream carries no tile data, so it cannot be
    decoded; it is for checking that the frame header is read."""
    sequence = (
        _Bits()
        .put(0, 3).put(0, 1).put(0, 1)  # profile 0, not still_picture, full header
        .put(0, 1).put(0, 1).put(0, 5)  # no timing info, no display delay, 1 operating point
        .put(0, 12).put(8, 5).put(0, 1)  # its idc, level 4.0, main tier
        .put(15, 4).put(15, 4).put(width - 1, 16).put(height - 1, 16)  # 16-bit sizes, maxima
        .put(0, 1).put(0, 3).put(0, 4).put(0, 1)  # no frame ids, tools off, no order hints
        .put(1, 1).put(1, 1)  # screen content tools and integer mv chosen per frame
        .put(0, 3)  # no superres, cdef, loop restoration
        .put(0, 1).put(0, 1).put(0, 1).put(0, 1)  # 8-bit, colour, no colour description, range
        .put(0, 2).put(0, 1).put(0, 1)  # chroma sample position, separate uv q, no film grain
    )  # fmt: skip
    header = (
        _Bits()
        .put(0, 1).put(0, 2).put(1, 1)  # not an existing frame; a key frame, shown
        .put(0, 1).put(0, 1)  # cdf updates on, no screen content tools
        .put(1, 1)  # frame_size_override_flag
        .put(frame - 1, 16).put(frame - 1, 16)  # the frame's own size
        .put(0, 1)  # render size same as frame size
    )  # fmt: skip
    obus = sequence.obu(1) + header.obu(3)
    out = io.BytesIO()
    _small_picture().save(out, "AVIF", quality=60, speed=8)
    data = bytearray(out.getvalue())
    # Replace the coded picture (all of 'mdat') in place, padded to its length with a
    # padding OBU, so every offset in the header stays right.
    mdat = data.index(b"mdat") - 4
    (size,) = struct.unpack_from(">I", data, mdat)
    room = size - 8 - len(obus)
    padding = room - 1 - len(_leb128(room - 3))
    obus += bytes([15 << 3 | 2]) + _leb128(padding) + bytes(padding)
    assert len(obus) == size - 8
    data[mdat + 8 : mdat + size] = obus
    return _with_ispe(bytes(data), width, height)


def heic_with_edited_size(width: int = 14000, height: int = 14000) -> bytes:
    """A 64x64 HEIC whose declared size ('ispe') was edited to ``width`` x ``height``, while the
    coded picture (the HEVC parameter sets) stays 64x64."""
    from pillow_heif import from_pillow

    out = io.BytesIO()
    from_pillow(_small_picture()).save(out, quality=60)
    return _with_ispe(out.getvalue(), width, height)


# --- GIF -------------------------------------------------------------------------------


def gif_with_tiny_blocks(blocks: int = 2_000_000) -> bytes:
    """A two-frame 64x64 GIF whose first picture's data is cut into ``blocks`` sub-blocks of
    one byte (encoders write 255): Pillow walks them one by one in Python to tell whether the
    file is animated, 4 seconds for 100 MB, most of a minute near the 512 MB size limit."""
    screen = b"GIF89a" + struct.pack("<HHBBB", 64, 64, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff"
    picture = b"," + struct.pack("<HHHHB", 0, 0, 64, 64, 0) + b"\x02"  # 2-bit LZW codes
    first = picture + b"\x01\x00" * blocks + b"\x00"
    second = picture + b"\x01\x2c\x00"  # a clear code and the end code
    return screen + first + second + b";"


def gif_cut_in_second_frame() -> bytes:
    """A two-frame GIF cut inside the second frame's descriptor: asking Pillow whether it is
    animated raises IndexError, which used to be reported as SafeHash's own problem."""
    first = Image.new("P", (32, 32), 1)
    first.putpalette([0, 0, 0, 255, 255, 255] * 128)
    second = first.copy()
    second.paste(0, (0, 0, 16, 16))
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=[second], duration=100)
    data = out.getvalue()
    # The second image descriptor (",") follows the second graphic control extension.
    control = data.index(b"\x21\xf9", data.index(b"\x21\xf9") + 1)
    descriptor = control + 8  # the extension is 8 bytes long
    assert data[descriptor : descriptor + 1] == b","
    return data[: descriptor + 1 + 8]  # 8 of its 9 bytes
