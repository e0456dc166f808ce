"""The licence inventory of a bundle, written by build/safehash.spec into the bundle itself.

From the TOCs PyInstaller is about to collect: every Python distribution SafeHash needs at
run time (their metadata, see safehash/core/licences.py), every native library in the
bundle matched against safehash/core/native_licences.py, and PyInstaller's bootloader.
A native library the table does not know stops the build, naming it: the inventory is
complete or there is no bundle. Each distribution's own licence files (LICENSE, COPYING,
NOTICE... from its dist-info) are copied too, since most licences ask that their text
travel with the binaries. The result is package data, safehash/resources/licences.json
and safehash/resources/licences/<distribution>/..., read by `safehash --licences` and the
window's "About SafeHash and its licences".
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from safehash.core.licences import (
    INVENTORY_NAME,
    Inventory,
    describe,
    natives_of,
    runtime_distributions,
)
from safehash.core.native_licences import PYINSTALLER_BOOTLOADER

Toc = list[tuple[str, str, str]]
DEST = "safehash/resources"
_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]es?/|(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$)",
                           re.IGNORECASE)  # fmt: skip


def inventory_for(binaries: Toc) -> Inventory:
    from PyInstaller import __version__ as pyinstaller_version

    from safehash.core.licences import Component

    files = [(Path(dest).name, str(Path(dest).parent)) for dest, _src, _kind in binaries]
    natives, unknown = natives_of(files)
    if unknown:
        raise SystemExit(
            "The bundle carries native libraries the licence inventory does not know: "
            + ", ".join(unknown) + ". Add each to client/safehash/core/native_licences.py "
            "with its licence and where its source is."
        )
    boot = PYINSTALLER_BOOTLOADER
    bootloader = Component(boot.project, pyinstaller_version, boot.licence, boot.source,
                           "native", ("safehash", "SafeHash", "safehash-cli"))  # fmt: skip
    python = [describe(d) for d in runtime_distributions()]
    return Inventory(tuple(python + natives + [bootloader]), "bundle")


def write_inventory(binaries: Toc, work: Path) -> Toc:
    """Write the inventory and the licence texts under ``work``; returns their datas."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / INVENTORY_NAME).write_text(inventory_for(binaries).to_json(), "utf-8")
    datas = [(f"{DEST}/{INVENTORY_NAME}", str(work / INVENTORY_NAME), "DATA")]
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        for file in dist.files or []:
            path = str(file)
            if ".dist-info/" not in path or not _LICENCE_FILE.search(path.split(".dist-info/")[1]):
                continue
            source = Path(str(dist.locate_file(file)))
            if not source.is_file():
                continue
            rel = path.split(".dist-info/", 1)[1]
            target = work / "licences" / name / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            datas.append((f"{DEST}/licences/{name}/{rel}", str(target), "DATA"))
    return datas
