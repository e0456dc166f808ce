"""Which third-party software SafeHash runs with, under which licences, and where each
one's source is: shown by ``safehash --licences`` and Settings' "About SafeHash and its
licences".

A bundle or installer carries the inventory its build wrote (``build/licences.py``:
``resources/licences.json``, every bundled distribution and native library). Installed
from a wheel or run from source, SafeHash lists what it runs with instead: the installed
distributions it depends on (their metadata) and the native libraries inside them.

Why this tool: the installed distributions' own metadata (PEP 639 ``License-Expression``,
else ``License`` or the classifiers) is what their authors declare, and it is already on
every build machine; the native libraries (FFmpeg, Qt, OpenBLAS...) are named in no
metadata, so they are matched by file name against ``native_licences.py``, and a build
that finds one it does not know stops. No extra tool (pip-licenses, ScanCode) would know
more about the native ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from importlib import metadata

from safehash.core.native_licences import LIBRARIES, Native
from safehash.core.package_data import resources

INVENTORY_NAME = "licences.json"
# Where SafeHash itself came from must offer its source: its repository at the release tag.
SAFEHASH_SOURCE = "SafeHash's repository at this version's release tag (RELEASING.md)"
_SOURCE_LABELS = ("source", "source code", "repository", "code", "homepage", "home")
_LIBRARY = re.compile(
    r"^(?:lib)?(?P<name>.+?)(?:-[0-9a-f]{8}){0,2}(?:\.cpython.*)?"
    r"(?:\.so(?:\.(?P<version>[\d.]+))?|(?:\.(?P<dversion>[\d.]+))?\.dylib|\.dll)$"
)
_DLL_VERSION = re.compile(r"^(?P<name>.+?)-(?P<version>\d+)$")  # avcodec-62.dll


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str
    source: str
    kind: str = "python"  # "python" distribution or "native" library
    files: tuple[str, ...] = ()  # the native library's files (names only)

    @property
    def gpl(self) -> bool:
        """Under the GPL with no choice of another licence and no linking exception."""
        text = self.licence
        return bool(re.search(r"(?<!L)GPL", text)) and " OR " not in text and "exception" \
            not in text.lower()  # fmt: skip


@dataclass(frozen=True, slots=True)
class Inventory:
    components: tuple[Component, ...]
    origin: str  # "bundle": written by the build; "environment": what is installed here
    unknown: tuple[str, ...] = field(default=())  # native files not in the table

    def gpl_parts(self) -> list[Component]:
        return [c for c in self.components if c.gpl]

    def to_json(self) -> str:
        doc = {"origin": self.origin, "components": [asdict(c) for c in self.components],
               "unknown": list(self.unknown)}  # fmt: skip
        return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Inventory:
        doc = json.loads(text)
        parts = tuple(Component(**{**c, "files": tuple(c.get("files", ()))})
                      for c in doc["components"])  # fmt: skip
        return cls(parts, doc.get("origin", "bundle"), tuple(doc.get("unknown", ())))


def load_inventory() -> Inventory:
    """The build's inventory when SafeHash was installed from a bundle, else this
    environment's."""
    built = resources() / INVENTORY_NAME
    if built.is_file():
        return Inventory.from_json(built.read_text("utf-8"))
    return from_environment()


# --- Python distributions ---------------------------------------------------------------


def runtime_distributions(root: str = "safehash") -> list[metadata.Distribution]:
    """``root`` and everything it needs at run time (extras it asks for included), as
    installed here; test and build tools are not in it."""
    from packaging.requirements import Requirement  # only when an inventory is made

    found: dict[str, metadata.Distribution] = {}
    queue: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        name, extras = queue.pop()
        if (key := (_canonical(name), extras)) in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency for another platform
        found[_canonical(dist.metadata["Name"])] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e})
                                         for e in ("", *extras)):  # fmt: skip
                queue.append((req.name, frozenset(req.extras)))
    return [found[k] for k in sorted(found)]


def describe(dist: metadata.Distribution) -> Component:
    meta = dist.metadata
    name = meta["Name"]
    licence = meta.get("License-Expression") or ""
    if not licence:
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]  # fmt: skip
        declared = (meta.get("License") or "").strip()
        licence = declared if declared and "\n" not in declared and len(declared) < 80 else ""
        licence = licence or " / ".join(classifiers) or "see its licence files"
    if _canonical(name) == "safehash":
        return Component(name, dist.version, licence, SAFEHASH_SOURCE)
    return Component(name, dist.version, licence, _source_of(dist))


def _source_of(dist: metadata.Distribution) -> str:
    urls = {}
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    if home := dist.metadata.get("Home-page"):
        urls.setdefault("homepage", home)
    project = next((urls[label] for label in _SOURCE_LABELS if label in urls), None)
    # The sdist of exactly this version is on PyPI: the complete source of what runs.
    sdist = f"https://pypi.org/project/{dist.metadata['Name']}/{dist.version}/#files"
    return f"{sdist}; {project}" if project else sdist


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- Native libraries -------------------------------------------------------------------


def library_name(file_name: str) -> tuple[str, str] | None:
    """("avcodec", "62.28.102") from "libavcodec-5e6b81c2.so.62.28.102"; None for a
    Python extension module or anything that is not a shared library."""
    shared_binding = file_name.startswith(("libpyside6", "libshiboken6"))
    extension = ".cpython-" in file_name or file_name.endswith(".pyd") or (
        ".abi3.so" in file_name and not shared_binding
    )
    if extension:
        return None
    match = _LIBRARY.match(file_name)
    if match is None:
        return None
    name, version = match["name"], match["version"] or match["dversion"] or ""
    if file_name.endswith(".dll") and (dll := _DLL_VERSION.match(name)):
        name, version = dll["name"], dll["version"]
    return name, version


def native_component(file_names: list[str], known: Native, version: str) -> Component:
    return Component(known.project, version or "as bundled", known.licence, known.source,
                     "native", tuple(sorted(set(file_names))))  # fmt: skip


def natives_of(files: list[tuple[str, str]]) -> tuple[list[Component], list[str]]:
    """(components, unknown file names) for (file name, folder) pairs; a Qt plugin is Qt's."""
    grouped: dict[Native, list[tuple[str, str]]] = {}  # (file name, version) by library
    unknown: list[str] = []
    for file_name, folder in files:
        parsed = library_name(file_name)
        if parsed is None:
            continue
        name, version = parsed
        parts = folder.replace("\\", "/").split("/")
        if name not in LIBRARIES and "Qt" in parts:
            name, version = "Qt6Core", ""  # Qt's own libraries and plugins (PySide6's wheel)
        known = LIBRARIES.get(name)
        if known is None:
            unknown.append(file_name)
            continue
        grouped.setdefault(known, []).append((file_name, version))
    components = []
    for known, entries in sorted(grouped.items()):
        versions = sorted({version for _, version in entries if version})
        components.append(native_component([f for f, _ in entries], known, ", ".join(versions)))
    return components, sorted(unknown)


def from_environment() -> Inventory:
    dists = runtime_distributions()
    components = [describe(d) for d in dists]
    files = [(str(f).rsplit("/", 1)[-1], str(f).rsplit("/", 1)[0] if "/" in str(f) else "")
             for d in dists for f in d.files or []]  # fmt: skip
    natives, unknown = natives_of(files)
    return Inventory(tuple(components + natives), "environment", tuple(unknown))


# --- In words ---------------------------------------------------------------------------


def as_text(inventory: Inventory) -> str:
    lines = [
        "SafeHash is free software under the Apache License 2.0. It runs with the software",
        "listed below, each under its own licence; every part's complete source is where",
        "it says. SafeHash's own source: " + SAFEHASH_SOURCE + ".",
        "",
    ]
    gpl = inventory.gpl_parts()
    if gpl and inventory.origin == "bundle":
        names = ", ".join(sorted({c.name.split(" (")[0] for c in gpl}))
        lines += [
            f"This installation contains GPL-licensed parts ({names}), so SafeHash as",
            "installed here is distributed under the GNU General Public License, version 3.",
            "You may copy and share it under those terms, and you are entitled to the complete",
            "source code of every part: SafeHash's at the address above, the others' at the",
            "addresses below (or ask whoever gave you SafeHash: they must provide it).",
            "",
        ]
    elif gpl:
        lines += [f"GPL-licensed parts installed here: "
                  f"{', '.join(sorted({c.name for c in gpl}))}.", ""]  # fmt: skip
    for title, kind in (("Python packages", "python"), ("Native libraries", "native")):
        parts = [c for c in inventory.components if c.kind == kind]
        if not parts:
            continue
        lines += [f"{title} ({len(parts)})", ""]
        for c in sorted(parts, key=lambda c: c.name.lower()):
            lines.append(f"  {c.name} {c.version}")
            lines.append(f"    Licence: {c.licence}")
            lines.append(f"    Source:  {c.source}")
            if c.files:
                more = f" and {len(c.files) - 8} more" if len(c.files) > 8 else ""
                lines.append(f"    Files:   {', '.join(c.files[:8])}{more}")
        lines.append("")
    if inventory.unknown:
        lines += ["Native files not identified: " + ", ".join(inventory.unknown), ""]
    return "\n".join(lines)
