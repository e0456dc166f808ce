"""The direct DT_NEEDED entries of a 64-bit little-endian ELF file (Linux x86-64/arm64).

`ldd` lists every library loaded, through system libraries too; pruning the bundle needs
only what each file itself names. Small enough to read here rather than add pyelftools.
Returns None for anything that is not such an ELF file (the caller then keeps it).
"""

from __future__ import annotations

import struct
from pathlib import Path

PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_NEEDED, DT_STRTAB = 0, 1, 5


def needed(path: str | Path) -> list[str] | None:
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:  # ELF, 64-bit, little-endian
        return None
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads: list[tuple[int, int, int]] = []  # (vaddr, file offset, size in file)
    dynamic: tuple[int, int] | None = None
    for i in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize
        )
        if kind == PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif kind == PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []  # statically linked
    entries = []
    strtab_vaddr = None
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, pos)
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            entries.append(value)
        elif tag == DT_STRTAB:
            strtab_vaddr = value
    if strtab_vaddr is None:
        return None
    strtab = next((off + strtab_vaddr - va for va, off, size in loads
                   if va <= strtab_vaddr < va + size), None)  # fmt: skip
    if strtab is None:
        return None
    return [data[strtab + e : data.index(b"\0", strtab + e)].decode() for e in entries]
