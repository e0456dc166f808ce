"""AVIF and HEIF headers: the size a file declares, checked against the size it really codes.

An AVIF or HEIC file says how large its picture is in an 'ispe' property, and separately codes
a picture whose size is in the codec's own headers (the AV1 sequence and frame headers, or
the HEVC sequence parameter set). An edited 'ispe' is cheap and dangerous: libavif stretches
whatever it decodes to the declared size (a 64x64 picture becomes a 1.6 GB, 14000x14000
"sharp" one), and a coded size larger than the declared one makes the codec decode far more
than the header admits. Here we read both, before any decoder runs, and refuse a file whose
sizes disagree; libheif makes the same check itself after decoding, libavif does not.

Only what is needed is parsed: the items of the 'meta' box (or, for AVIF sequences, the first
sample of each track), their properties, and the first bytes of each coded picture. Every
count is capped, so a file of millions of tiny boxes costs milliseconds, not minutes.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from safehash.core import errors

# A real photo has a few dozen items (an iPhone HEIC: 48 tiles, a thumbnail, metadata).
_MAX_BOXES = 4096
_MAX_ITEMS = 4096
_MAX_TILES = 1024  # 1024 tiles of 512x512 are already more pixels than we decode
_MAX_UNITS = 256  # OBUs or NAL units in one coded picture; real ones have fewer than ten
_MAX_GATHERED = 16 << 20  # bytes copied to join an item stored in several pieces
_PILLOW_AVIF_BRANDS = (b"avif", b"avis", b"mif1", b"msf1")
_ALPHA_URNS = (b"urn:mpeg:mpegB:cicp:systems:auxiliary:alpha", b"urn:mpeg:hevc:2015:auxid:1")


class _Damaged(Exception):
    """Internal: the header is not what the format says it must be."""


@dataclass(frozen=True, slots=True)
class Picture:
    """What an AVIF or HEIF file declares and how its decoder will hold it."""

    width: int  # the declared size of the picture the decoder hands over (before rotation)
    height: int
    bytes_per_pixel: float  # the decoder's memory per declared pixel, all copies counted
    crops_or_turns: bool  # HEIF: libheif applies rotation and cropping before Pillow sees it


def inspect(data: bytes) -> Picture:
    """The declared picture of an AVIF/HEIF file (``data`` starts with an 'ftyp' box).

    Raises CorruptImage when the declared and coded sizes disagree or the header is broken,
    ImageTooComplex when it holds far more parts than any camera writes.
    """
    try:
        return _inspect(data)
    except _Damaged as exc:
        raise errors.CorruptImage() from exc
    except (IndexError, KeyError, ValueError, struct.error) as exc:  # read past a box's end
        raise errors.CorruptImage() from exc


# --- Boxes ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Box:
    kind: bytes
    start: int  # of the payload
    end: int


def _boxes(data: bytes, start: int, end: int) -> Iterator[_Box]:
    pos, count = start, 0
    while pos + 8 <= end:
        count += 1
        if count > _MAX_BOXES:
            raise errors.ImageTooComplex()
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise _Damaged(f"box {kind!r} overruns its parent")
        yield _Box(kind, pos + header, pos + size)
        pos += size


def _children(data: bytes, box: _Box, skip: int = 0) -> dict[bytes, _Box]:
    """The first child box of each kind (``skip``: bytes of version and flags first)."""
    found: dict[bytes, _Box] = {}
    for child in _boxes(data, box.start + skip, box.end):
        found.setdefault(child.kind, child)
    return found


def _uint(data: bytes, pos: int, size: int) -> int:
    if size == 0:
        return 0
    if pos + size > len(data):
        raise _Damaged("field past the end")
    return int.from_bytes(data[pos : pos + size], "big")


# --- Items ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    id: int
    kind: bytes = b""
    properties: list[int] = field(default_factory=list)  # 1-based indices into ipco
    extents: list[tuple[int, int]] = field(default_factory=list)
    construction: int = 0
    base: int = 0
    refs: dict[bytes, list[int]] = field(default_factory=dict)


@dataclass(slots=True)
class _Meta:
    data: bytes
    primary: int
    items: dict[int, _Item]
    properties: list[_Box]
    idat: _Box | None

    def prop(self, item: _Item, kind: bytes) -> _Box | None:
        for index in item.properties:
            if 0 < index <= len(self.properties) and self.properties[index - 1].kind == kind:
                return self.properties[index - 1]
        return None

    def payload(self, item: _Item) -> bytes | memoryview:
        """The item's bytes, from the file or from the 'idat' box (not copied when whole)."""
        if item.construction == 1:
            if self.idat is None:
                raise _Damaged("item in a missing idat")
            origin, end = self.idat.start, self.idat.end
        elif item.construction == 0:
            origin, end = 0, len(self.data)
        else:  # construction from other items: neither libavif nor libheif reads these
            raise _Damaged("unsupported item construction")
        parts, gathered = [], 0
        for offset, length in item.extents:
            first = origin + item.base + offset
            last = end if length == 0 else first + length
            if first > end or last > end:
                raise _Damaged("item data past the end")
            parts.append(memoryview(self.data)[first:last])
            gathered += last - first
        if len(parts) == 1:
            return parts[0]
        if gathered > _MAX_GATHERED:
            raise errors.ImageTooComplex()
        return b"".join(parts)


def _read_meta(data: bytes, meta: _Box) -> _Meta:
    boxes = _children(data, meta, skip=4)
    if b"pitm" not in boxes or b"iinf" not in boxes:
        raise _Damaged("no primary item")
    pitm = boxes[b"pitm"]
    primary = _uint(data, pitm.start + 4, 2 if data[pitm.start] == 0 else 4)
    items: dict[int, _Item] = {}

    def item(item_id: int) -> _Item:
        if item_id not in items:
            if len(items) >= _MAX_ITEMS:
                raise errors.ImageTooComplex()
            items[item_id] = _Item(item_id)
        return items[item_id]

    iinf = boxes[b"iinf"]
    skip = 6 if data[iinf.start] == 0 else 8
    for infe in _boxes(data, iinf.start + skip, iinf.end):
        version = data[infe.start]
        if infe.kind != b"infe" or version < 2:
            continue
        id_size = 2 if version == 2 else 4
        entry = item(_uint(data, infe.start + 4, id_size))
        kind_at = infe.start + 4 + id_size + 2
        entry.kind = data[kind_at : kind_at + 4]
    if b"iloc" in boxes:
        _read_iloc(data, boxes[b"iloc"], item)
    properties: list[_Box] = []
    if b"iprp" in boxes:
        iprp = _children(data, boxes[b"iprp"])
        if b"ipco" in iprp:
            properties = list(_boxes(data, iprp[b"ipco"].start, iprp[b"ipco"].end))
        for ipma in _boxes(data, boxes[b"iprp"].start, boxes[b"iprp"].end):
            if ipma.kind == b"ipma":
                _read_ipma(data, ipma, item)
    if b"iref" in boxes:
        iref = boxes[b"iref"]
        id_size = 2 if data[iref.start] == 0 else 4
        for ref in _boxes(data, iref.start + 4, iref.end):
            source = item(_uint(data, ref.start, id_size))
            count = _uint(data, ref.start + id_size, 2)
            targets = source.refs.setdefault(ref.kind, [])
            for index in range(count):
                at = ref.start + id_size + 2 + index * id_size
                targets.append(_uint(data, at, id_size))
                if len(targets) > _MAX_ITEMS:
                    raise errors.ImageTooComplex()
    return _Meta(data, primary, items, properties, boxes.get(b"idat"))


def _read_iloc(data: bytes, iloc: _Box, item: Callable[[int], _Item]) -> None:
    version = data[iloc.start]
    pos = iloc.start + 4
    sizes = data[pos], data[pos + 1]
    offset_size, length_size = sizes[0] >> 4, sizes[0] & 15
    base_size, index_size = sizes[1] >> 4, (sizes[1] & 15 if version in (1, 2) else 0)
    pos += 2
    count_size = 2 if version < 2 else 4
    count = _uint(data, pos, count_size)
    pos += count_size
    if count > _MAX_ITEMS:
        raise errors.ImageTooComplex()
    for _ in range(count):
        entry = item(_uint(data, pos, count_size))
        pos += count_size
        if version in (1, 2):
            entry.construction = _uint(data, pos, 2) & 15
            pos += 2
        pos += 2  # data_reference_index
        entry.base = _uint(data, pos, base_size)
        pos += base_size
        extents = _uint(data, pos, 2)
        pos += 2
        if extents > _MAX_UNITS:
            raise errors.ImageTooComplex()
        for _ in range(extents):
            pos += index_size
            offset = _uint(data, pos, offset_size)
            length = _uint(data, pos + offset_size, length_size)
            pos += offset_size + length_size
            entry.extents.append((offset, length))
        if pos > iloc.end:
            raise _Damaged("iloc overruns its box")


def _read_ipma(data: bytes, ipma: _Box, item: Callable[[int], _Item]) -> None:
    version, flags = data[ipma.start], _uint(data, ipma.start + 1, 3)
    pos = ipma.start + 4
    count = _uint(data, pos, 4)
    pos += 4
    if count > _MAX_ITEMS:
        raise errors.ImageTooComplex()
    id_size = 2 if version < 1 else 4
    for _ in range(count):
        entry = item(_uint(data, pos, id_size))
        pos += id_size
        associations = data[pos]
        pos += 1
        for _ in range(associations):
            if flags & 1:
                entry.properties.append(_uint(data, pos, 2) & 0x7FFF)
                pos += 2
            else:
                entry.properties.append(data[pos] & 0x7F)
                pos += 1
        if pos > ipma.end:
            raise _Damaged("ipma overruns its box")


# --- The declared picture ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Coding:
    """How a coded picture is stored: enough to estimate the decoder's memory."""

    bytes_per_sample: int
    chroma_planes: float  # chroma samples per luma sample, both planes together


def _inspect(data: bytes) -> Picture:
    top = {}
    for box in _boxes(data, 0, len(data)):
        top.setdefault(box.kind, box)
    major = data[8:12]
    # libavif decodes a file's AV1 track, unless its brand says it is a still picture.
    if b"moov" in top and major != b"avif" and _has_av1_track(data, top[b"moov"]):
        return _inspect_tracks(data, top[b"moov"])
    if b"meta" not in top:
        raise _Damaged("neither items nor tracks")
    return _inspect_items(_read_meta(data, top[b"meta"]), major)


def _inspect_items(meta: _Meta, major: bytes) -> Picture:
    primary = meta.items.get(meta.primary)
    if primary is None:
        raise _Damaged("primary item missing")
    width, height = _ispe(meta, primary)
    if primary.kind == b"grid":
        _check_grid(meta, primary, width, height)
    coding = _check_coded_items(meta, primary)
    alpha = False
    for other in meta.items.values():
        if meta.primary in other.refs.get(b"auxl", ()):
            aux = meta.prop(other, b"auxC")
            urn = meta.data[aux.start + 4 : aux.end].split(b"\0", 1)[0] if aux else b""
            if urn in _ALPHA_URNS:
                alpha = True
                if other.kind == b"grid":
                    _check_grid(meta, other, *_ispe(meta, other))
                _check_coded_items(meta, other)
    # Pillow's AVIF reader (libavif) takes these brands when the pictures are AV1; any other
    # file goes to pi-heif (libheif), which turns and crops before Pillow sees the size.
    by_libavif = major in _PILLOW_AVIF_BRANDS and _coded_kinds(meta, primary) == {b"av01"}
    return Picture(width, height, _bytes_per_pixel(coding, alpha), not by_libavif)


def _ispe(meta: _Meta, item: _Item) -> tuple[int, int]:
    box = meta.prop(item, b"ispe")
    if box is None:
        raise _Damaged("an image item without its size")
    width, height = struct.unpack_from(">II", meta.data, box.start + 4)
    if width == 0 or height == 0:
        raise _Damaged("zero size")
    return width, height


def _coded_kinds(meta: _Meta, item: _Item) -> set[bytes]:
    if item.kind != b"grid":
        return {item.kind}
    return {meta.items[i].kind for i in item.refs.get(b"dimg", ()) if i in meta.items}


def _check_grid(meta: _Meta, grid: _Item, width: int, height: int) -> None:
    payload = meta.payload(grid)
    if len(payload) < 8:
        raise _Damaged("short grid")
    rows, columns = payload[2] + 1, payload[3] + 1
    size = 4 if payload[1] & 1 else 2
    out_w, out_h = _uint(payload, 4, size), _uint(payload, 4 + size, size)
    if (out_w, out_h) != (width, height):
        raise _Damaged("grid output differs from its declared size")
    tiles = grid.refs.get(b"dimg", [])
    if len(tiles) > _MAX_TILES:
        raise errors.ImageTooComplex()
    if len(tiles) != rows * columns:
        raise _Damaged("grid without its tiles")
    for tile_id in tiles:
        tile = meta.items.get(tile_id)
        if tile is None:
            raise _Damaged("missing tile")
        tile_w, tile_h = _ispe(meta, tile)
        # Tiles must cover the output, and not by a whole row or column more.
        if not (tile_w * (columns - 1) < out_w <= tile_w * columns):
            raise _Damaged("tiles do not match the grid")
        if not (tile_h * (rows - 1) < out_h <= tile_h * rows):
            raise _Damaged("tiles do not match the grid")


def _check_coded_items(meta: _Meta, item: _Item) -> _Coding | None:
    """Each coded picture behind ``item`` must code exactly the size its 'ispe' declares."""
    coded = [item] if item.kind != b"grid" else [meta.items[i] for i in item.refs[b"dimg"]]
    coding: _Coding | None = None
    for part in coded:
        declared = _ispe(meta, part)
        if part.kind == b"av01":
            sizes, found = _av1_sizes(meta.payload(part))
        elif part.kind == b"hvc1":
            hvcc = meta.prop(part, b"hvcC")
            if hvcc is None:
                raise _Damaged("HEVC item without its configuration")
            sizes, found = _hevc_sizes(meta.data[hvcc.start : hvcc.end], meta.payload(part))
        else:
            continue  # other codecs: libheif compares the decoded size itself
        if any(size != declared for size in sizes):
            raise _Damaged(f"declares {declared}, codes {sizes}")
        coding = coding or found
    return coding


def _bytes_per_pixel(coding: _Coding | None, alpha: bool) -> float:
    """Decoder memory per pixel, as measured with libavif/dav1d and libheif/libde265.

    The codec's own planes and libavif's or libheif's copy of them, the 8-bit RGB(A) picture
    they convert to, Pillow's copy of those bytes and Pillow's own image (4 bytes a pixel).
    A 8-bit 4:2:0 RGB picture measured 9.5 (AVIF) and 7.8 (HEIC) bytes a pixel; this gives 10.
    """
    coding = coding or _Coding(2, 2.0)  # unknown codec: the largest layout
    planes = coding.bytes_per_sample * (1 + coding.chroma_planes + (1 if alpha else 0))
    channels = 4 if alpha else 3
    return 2 * planes + channels + 4


# --- AVIF sequences ----------------------------------------------------------------------


def _tracks(data: bytes, moov: _Box) -> Iterator[tuple[_Box, dict[bytes, _Box]]]:
    for trak in _boxes(data, moov.start, moov.end):
        if trak.kind != b"trak":
            continue
        parts = _children(data, trak)
        stbl = _find(data, parts.get(b"mdia"), (b"minf", b"stbl"))
        if b"tkhd" in parts and stbl is not None:
            yield parts[b"tkhd"], _children(data, stbl)


def _find(data: bytes, box: _Box | None, path: tuple[bytes, ...]) -> _Box | None:
    for kind in path:
        if box is None:
            return None
        box = _children(data, box).get(kind)
    return box


def _sample_entry(data: bytes, stbl: dict[bytes, _Box]) -> _Box | None:
    stsd = stbl.get(b"stsd")
    if stsd is None:
        return None
    for entry in _boxes(data, stsd.start + 8, stsd.end):
        return entry
    return None


def _has_av1_track(data: bytes, moov: _Box) -> bool:
    for _, stbl in _tracks(data, moov):
        entry = _sample_entry(data, stbl)
        if entry is not None and entry.kind == b"av01":
            return True
    return False


def _inspect_tracks(data: bytes, moov: _Box) -> Picture:
    """libavif decodes the first sample of the first AV1 track, at the track header's size."""
    pictures = []
    for tkhd, stbl in _tracks(data, moov):
        entry = _sample_entry(data, stbl)
        if entry is None or entry.kind != b"av01":
            continue
        at = tkhd.start + (88 if data[tkhd.start] == 1 else 76)  # width, height: 16.16
        width, height = _uint(data, at, 4) >> 16, _uint(data, at + 4, 4) >> 16
        if width == 0 or height == 0:
            raise _Damaged("track without a size")
        sizes, coding = _av1_sizes(_first_sample(data, stbl))
        if any(size != (width, height) for size in sizes):
            raise _Damaged(f"track declares {(width, height)}, codes {sizes}")
        pictures.append((width, height, coding))
    if not pictures:
        raise _Damaged("no AV1 track")
    width, height, coding = pictures[0]
    return Picture(width, height, _bytes_per_pixel(coding, len(pictures) > 1), False)


def _first_sample(data: bytes, stbl: dict[bytes, _Box]) -> memoryview:
    if b"stsz" not in stbl or not (b"stco" in stbl or b"co64" in stbl):
        raise _Damaged("track without samples")
    stsz = stbl[b"stsz"]
    size = _uint(data, stsz.start + 4, 4) or _uint(data, stsz.start + 12, 4)
    if b"stco" in stbl:
        offset = _uint(data, stbl[b"stco"].start + 8, 4)
    else:
        offset = _uint(data, stbl[b"co64"].start + 8, 8)
    if offset + size > len(data):
        raise _Damaged("sample past the end")
    return memoryview(data)[offset : offset + size]


# --- AV1 ---------------------------------------------------------------------------------


class _Bits:
    """A big-endian bit reader that raises _Damaged when it runs out."""

    def __init__(self, data: bytes | memoryview) -> None:
        self.value = int.from_bytes(data, "big")
        self.left = len(data) * 8

    def read(self, count: int) -> int:
        if count > self.left:
            raise _Damaged("header cut short")
        self.left -= count
        return (self.value >> self.left) & ((1 << count) - 1)

    def uvlc(self) -> int:
        zeros = 0
        while not self.read(1):
            zeros += 1
            if zeros >= 32:
                return (1 << 32) - 1
        return self.read(zeros) + (1 << zeros) - 1

    ue = uvlc  # HEVC's exp-Golomb code is the same code


@dataclass(slots=True)
class _Sequence:
    reduced: bool = False
    decoder_model: bool = False
    equal_interval: bool = False
    removal_bits: int = 0
    presentation_bits: int = 0
    points: list[tuple[int, bool]] = field(default_factory=list)  # (idc, decoder model)
    width_bits: int = 0
    height_bits: int = 0
    max_width: int = 0
    max_height: int = 0
    frame_ids: bool = False
    frame_id_bits: int = 0
    delta_id_bits: int = 0
    order_hint_bits: int = 0
    screen_content: int = 0
    integer_mv: int = 0
    superres: bool = False


def _av1_sizes(payload: bytes | memoryview) -> tuple[list[tuple[int, int]], _Coding]:
    """The size of each picture the AV1 decoder would output from ``payload``, and its layout.

    dav1d hands over the last shown frame of the temporal unit; libavif then stretches it to
    the declared size, so the last shown frame is what must match. Hidden frames may be
    smaller (spatial layers) but never larger than the sequence header's maximum.
    """
    sequence: _Sequence | None = None
    coding = _Coding(1, 0.5)
    shown: tuple[int, int] | None = None
    refs: list[tuple[int, int] | None] = [None] * 8
    pos = units = 0
    while pos < len(payload):
        units += 1
        if units > _MAX_UNITS:
            raise errors.ImageTooComplex()
        header = payload[pos]
        kind, extension, has_size = (header >> 3) & 15, header & 4, header & 2
        pos += 1
        temporal = spatial = 0
        if extension:
            temporal, spatial = payload[pos] >> 5, (payload[pos] >> 3) & 3
            pos += 1
        size = len(payload) - pos
        if has_size:
            size, pos = _leb128(payload, pos)
        body = payload[pos : pos + size]
        pos += size
        if kind == 1:  # sequence header
            sequence, coding = _av1_sequence(body)
        elif kind in (3, 6):  # frame header, frame
            if sequence is None:
                raise _Damaged("frame before its sequence header")
            # The header fields up to the frame size take at most a few hundred bytes.
            size_shown = _av1_frame(_Bits(body[:1024]), sequence, temporal, spatial, refs)
            if size_shown is not None:
                shown = size_shown
    if shown is None:
        raise _Damaged("no picture shown")
    return [shown], coding


def _leb128(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[pos + index]
        value |= (byte & 0x7F) << (7 * index)
        if not byte & 0x80:
            return value, pos + index + 1
    raise _Damaged("bad OBU size")


def _av1_sequence(body: bytes | memoryview) -> tuple[_Sequence, _Coding]:
    bits, seq = _Bits(body[:1024]), _Sequence()
    delay_bits = 0
    profile = bits.read(3)
    bits.read(1)  # still_picture
    seq.reduced = bool(bits.read(1))
    if seq.reduced:
        bits.read(5)
        seq.points = [(0, False)]
    else:
        if bits.read(1):  # timing_info_present_flag
            bits.read(64)
            seq.equal_interval = bool(bits.read(1))
            if seq.equal_interval:
                bits.uvlc()
            seq.decoder_model = bool(bits.read(1))
            if seq.decoder_model:
                delay_bits = bits.read(5) + 1
                bits.read(32)
                seq.removal_bits = bits.read(5) + 1
                seq.presentation_bits = bits.read(5) + 1
        display_delay = bits.read(1)
        for _ in range(bits.read(5) + 1):
            idc = bits.read(12)
            if bits.read(5) > 7:
                bits.read(1)
            model = False
            if seq.decoder_model:
                model = bool(bits.read(1))
                if model:
                    bits.read(2 * delay_bits + 1)
            if display_delay and bits.read(1):
                bits.read(4)
            seq.points.append((idc, model))
    seq.width_bits, seq.height_bits = bits.read(4) + 1, bits.read(4) + 1
    seq.max_width = bits.read(seq.width_bits) + 1
    seq.max_height = bits.read(seq.height_bits) + 1
    if not seq.reduced:
        seq.frame_ids = bool(bits.read(1))
    if seq.frame_ids:
        seq.delta_id_bits = bits.read(4) + 2
        seq.frame_id_bits = bits.read(3) + 1 + seq.delta_id_bits
    bits.read(3)  # 128x128 superblocks, filter intra, intra edge filter
    seq.screen_content = seq.integer_mv = 2
    if not seq.reduced:
        bits.read(4)  # interintra, masked compound, warped motion, dual filter
        order_hint = bits.read(1)
        if order_hint:
            bits.read(2)
        if not bits.read(1):  # seq_choose_screen_content_tools
            seq.screen_content = bits.read(1)
        if seq.screen_content and not bits.read(1):  # seq_choose_integer_mv
            seq.integer_mv = bits.read(1)
        if order_hint:
            seq.order_hint_bits = bits.read(3) + 1
    seq.superres = bool(bits.read(1))
    bits.read(2)  # cdef, loop restoration
    high_depth = bits.read(1)
    if profile == 2 and high_depth:
        bits.read(1)
    mono = profile != 1 and bits.read(1)
    # Profile 0 is 4:2:0, 1 is 4:4:4; profile 2 (4:2:2 or 12-bit) counted as 4:4:4.
    chroma = 0.0 if mono else 0.5 if profile == 0 else 2.0
    return seq, _Coding(2 if high_depth else 1, chroma)


def _av1_frame(
    bits: _Bits, seq: _Sequence, temporal: int, spatial: int, refs: list[tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The output size of one frame header if the frame is shown, following the AV1 spec's
    uncompressed_header() up to frame_size()."""
    key, intra_only, switch = 0, 2, 3
    if seq.reduced:
        frame_type, show, error_resilient = key, True, True
    else:
        if bits.read(1):  # show_existing_frame: shows a frame decoded before
            return refs[bits.read(3)] or _missing()
        frame_type = bits.read(2)
        show = bool(bits.read(1))
        if show and seq.decoder_model and not seq.equal_interval:
            bits.read(seq.presentation_bits)
        if not show:
            bits.read(1)  # showable_frame
        error_resilient = frame_type == switch or (frame_type == key and show) or bits.read(1)
    intra = frame_type in (key, intra_only)
    bits.read(1)  # disable_cdf_update
    screen = seq.screen_content if seq.screen_content != 2 else bits.read(1)
    if screen and seq.integer_mv == 2:
        bits.read(1)
    if seq.frame_ids:
        bits.read(seq.frame_id_bits)
    if frame_type == switch:
        override = True
    else:
        override = False if seq.reduced else bool(bits.read(1))
    bits.read(seq.order_hint_bits)
    if not (intra or error_resilient):
        bits.read(3)  # primary_ref_frame
    if seq.decoder_model and bits.read(1):
        for idc, model in seq.points:
            in_layer = (idc >> temporal) & 1 and (idc >> (spatial + 8)) & 1
            if model and (idc == 0 or in_layer):
                bits.read(seq.removal_bits)
    refresh = 0xFF if frame_type == switch or (frame_type == key and show) else bits.read(8)
    if (not intra or refresh != 0xFF) and error_resilient and seq.order_hint_bits:
        bits.read(8 * seq.order_hint_bits)
    if intra:
        size = _av1_frame_size(bits, seq, override)
    else:
        if seq.order_hint_bits and bits.read(1):  # frame_refs_short_signaling
            return _missing()  # refs chosen by order hints: too deep to follow; refuse
        indices = []
        for _ in range(7):
            indices.append(bits.read(3))
            if seq.frame_ids:
                bits.read(seq.delta_id_bits)
        size = None
        if override and not error_resilient:
            for index in indices:
                if bits.read(1):  # found_ref
                    size = refs[index] or _missing()
                    break
        if size is None:
            size = _av1_frame_size(bits, seq, override)
    for slot in range(8):
        if refresh >> slot & 1:
            refs[slot] = size
    return size if show else None


def _av1_frame_size(bits: _Bits, seq: _Sequence, override: bool) -> tuple[int, int]:
    if override:
        width, height = bits.read(seq.width_bits) + 1, bits.read(seq.height_bits) + 1
    else:
        width, height = seq.max_width, seq.max_height
    if width > seq.max_width or height > seq.max_height:
        raise _Damaged("frame larger than its sequence allows")
    return width, height  # superres changes the coded width, not the output's


def _missing() -> tuple[int, int]:
    raise _Damaged("frame size depends on frames not followed here")


# --- HEVC --------------------------------------------------------------------------------


def _hevc_sizes(hvcc: bytes, payload: bytes | memoryview) -> tuple[list[tuple[int, int]], _Coding]:
    """The picture size of every sequence parameter set, in the configuration and the data.

    libheif hands the configuration's parameter sets and then the item's own units to the
    decoder, so either may set the size the decoder uses.
    """
    if len(hvcc) < 23:
        raise _Damaged("short hvcC")
    units: list[bytes] = []
    pos = 23
    for _ in range(hvcc[22]):
        count = _uint(hvcc, pos + 1, 2)
        pos += 3
        for _ in range(count):
            length = _uint(hvcc, pos, 2)
            units.append(hvcc[pos + 2 : pos + 2 + length])
            pos += 2 + length
            if len(units) > _MAX_UNITS:
                raise errors.ImageTooComplex()
    length_size = (hvcc[21] & 3) + 1
    pos = 0
    while pos + length_size <= len(payload):
        length = _uint(payload, pos, length_size)
        units.append(bytes(payload[pos + length_size : pos + length_size + min(length, 256)]))
        pos += length_size + length
        if len(units) > _MAX_UNITS:
            raise errors.ImageTooComplex()
    sizes, coding = [], None
    for unit in units:
        if len(unit) > 2 and (unit[0] >> 1) & 63 == 33:  # SPS
            size, found = _hevc_sps(unit[2:].replace(b"\x00\x00\x03", b"\x00\x00"))
            sizes.append(size)
            coding = coding or found
    if coding is None:
        raise _Damaged("HEVC picture without a sequence parameter set")
    return sizes, coding


def _hevc_sps(rbsp: bytes) -> tuple[tuple[int, int], _Coding]:
    bits = _Bits(rbsp[:128])
    bits.read(4)
    sub_layers = bits.read(3)
    bits.read(1)
    bits.read(96)  # general profile, tier and level
    present = [(bits.read(1), bits.read(1)) for _ in range(sub_layers)]
    if sub_layers:
        bits.read(2 * (8 - sub_layers))
    for profile, level in present:
        bits.read(88 * profile + 8 * level)
    bits.ue()  # sps_seq_parameter_set_id
    chroma_format = bits.ue()
    if chroma_format == 3:
        bits.read(1)
    width, height = bits.ue(), bits.ue()
    sub_w = 2 if chroma_format in (1, 2) else 1
    sub_h = 2 if chroma_format == 1 else 1
    if bits.read(1):  # conformance window: what the decoder crops away
        left, right, top, bottom = bits.ue(), bits.ue(), bits.ue(), bits.ue()
        width -= sub_w * (left + right)
        height -= sub_h * (top + bottom)
    depth = max(bits.ue(), bits.ue()) + 8
    chroma = {0: 0.0, 1: 0.5, 2: 1.0}.get(chroma_format, 2.0)
    return (width, height), _Coding(2 if depth > 8 else 1, chroma)
