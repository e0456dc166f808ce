"""What the SafeHash bundle leaves out, and why. Used by build/safehash.spec.

Three kinds of cuts:
- Python modules the app never imports at run time (PyInstaller follows every import it
  can see, including optional and test-only ones).
- Qt plugins for platforms and features a desktop widgets app does not use; fewer image
  decoders also means less code that could ever parse a hostile file.
- Linux system libraries that must match the running desktop (X11/xcb, glib, fontconfig,
  D-Bus, the C++ runtime): a copy from the build machine can clash with the system's GL
  driver or GTK. The .deb depends on them instead (installer_scripts/linux/build_deb.py).
"""

from __future__ import annotations

import fnmatch
import re
import sys
from pathlib import Path

# --- Python modules -------------------------------------------------------------------
_QT_UNUSED = [
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest",
    "QtQmlFeatures", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick",
    "QtWebChannel", "QtWebSockets", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
    "Qt3DAnimation", "Qt3DExtras", "QtMultimedia", "QtMultimediaWidgets", "QtOpenGL",
    "QtOpenGLWidgets", "QtSql", "QtSvg", "QtSvgWidgets", "QtTest", "QtDesigner", "QtHelp",
    "QtUiTools", "QtXml", "QtPrintSupport", "QtConcurrent", "QtDBus", "QtLabsStyleKit",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtPdf", "QtPdfWidgets", "QtBluetooth",
    "QtPositioning", "QtLocation", "QtSerialPort", "QtSensors", "QtSpatialAudio",
    "QtStateMachine", "QtTextToSpeech", "QtRemoteObjects", "QtScxml", "QtNfc", "QtHttpServer",
]  # fmt: skip

EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in _QT_UNUSED),
    # Test and developer tools that optional imports would otherwise drag in.
    "tkinter", "_tkinter", "pytest", "_pytest", "pluggy", "pygments", "IPython",
    "matplotlib", "setuptools", "pkg_resources", "distutils", "lib2to3", "pydoc_data",
    # numpy/scipy's show_config() may use PyYAML; SafeHash never calls it.
    "yaml",
    # Imported only under `if TYPE_CHECKING:` (requests, urllib3, jaraco, numpy): without
    # this, the bundle would change with whether the build venv happens to have it.
    "typing_extensions",
    # Pillow's Tk bridge (Tk is not bundled).
    "PIL.ImageTk", "PIL._imagingtk",
    # GNU readline (GPL) is only for the interactive prompt, which a bundle never shows.
    "readline",
    # imagehash (the tests' pHash reference) and what it brings: SciPy and PyWavelets.
    # pHash is numpy alone (core/phash.py); a build venv that has them must not ship them.
    "imagehash", "scipy", "pywt",
    # pillow-heif writes the tests' HEIC files; the app decodes HEIC with pi-heif only.
    "pillow_heif",
]  # fmt: skip

# --- Qt plugins (paths under PySide6/Qt/plugins/) -------------------------------------
_DROPPED_PLUGINS = [  # "*q..." matches libqeglfs.so, qwebp.dll and libqwebp.dylib alike
    # Framebuffer, EGL-fullscreen, VNC and Vulkan-display platforms: not desktops.
    "platforms/*qeglfs*", "platforms/*qlinuxfb*", "platforms/*qminimalegl*",
    "platforms/*qvnc*", "platforms/*qvkkhrdisplay*", "egldeviceintegrations/*",
    "generic/*",  # evdev/tuio input, only for the framebuffer platforms
    # GTK3 theme: it loads GTK (and its recent-files list) into the process; the app uses
    # Qt's own dialogs on purpose (gui/file_dialogs.py). The portal theme stays.
    "platformthemes/*qgtk3*",
    "networkinformation/*", "tls/*",  # QtNetwork is not used
    # Photos are decoded by Pillow in core/imaging.py, never by Qt: keep only the decoders
    # for icons (SVG for icon themes, ICO), so Qt never parses anything else.
    "imageformats/*qgif*", "imageformats/*qicns*", "imageformats/*qjpeg*",
    "imageformats/*qtga*", "imageformats/*qtiff*", "imageformats/*qwbmp*",
    "imageformats/*qwebp*", "imageformats/*qpdf*",
    "qmltooling/*", "sqldrivers/*", "printsupport/*", "designer/*", "multimedia/*",
    "position/*", "sensors/*", "texttospeech/*", "webview/*", "canbus/*",
]  # fmt: skip
# Libraries only the dropped EGLFS platform uses.
_DROPPED_QT_LIBS = ["libQt6EglFSDeviceIntegration.so*", "libQt6EglFsKmsSupport.so*"]

# --- Linux system libraries (see the module docstring) --------------------------------
LINUX_SYSTEM_LIBS = [
    "libstdc++.so.*", "libgcc_s.so.*",
    "libglib-2.0.so.*", "libgobject-2.0.so.*", "libgio-2.0.so.*", "libgmodule-2.0.so.*",
    "libgthread-2.0.so.*", "libpcre2-8.so.*", "libffi.so.*", "libmount.so.*",
    "libblkid.so.*", "libselinux.so.*",
    "libfontconfig.so.*", "libfreetype.so.*", "libexpat.so.*", "libpng16.so.*",
    "libdbus-1.so.*", "libsystemd.so.*", "libcap.so.*", "libgcrypt.so.*",
    "libgpg-error.so.*", "liblz4.so.*", "libzstd.so.*", "liblzma.so.*",
    "libX11.so.*", "libX11-xcb.so.*", "libXau.so.*", "libXdmcp.so.*", "libXext.so.*",
    "libXrender.so.*", "libxcb.so.*", "libxcb-*.so.*", "libxkbcommon.so.*",
    "libxkbcommon-x11.so.*", "libbsd.so.*", "libmd.so.*", "libz.so.*",
    "libmvec.so.*",  # part of glibc itself
]  # fmt: skip
# Pillow/numpy/pillow-heif ship private copies named like libfreetype-57f805ba.so: those
# are theirs (auditwheel-renamed), are not system libraries, and stay.
_HASHED_COPY = re.compile(r"-[0-9a-f]{8}\.so")


def _translation_languages(resources: Path) -> set[str]:
    """Primary language subtags SafeHash offers: resources/i18n/safehash_<tag>.(ts|qm) + en."""
    langs = {"en"}
    for path in (resources / "i18n").glob("safehash_*"):
        if path.suffix in {".ts", ".qm"}:
            tag = path.stem.removeprefix("safehash_")
            langs.add(re.split(r"[-_]", tag)[0].lower())
    return langs


# Install records, not metadata: direct_url.json of an editable install names the
# build machine's folders, and RECORD lists hashes of files that are not in the bundle.
_DIST_INFO_DROPPED = {"direct_url.json", "RECORD", "INSTALLER", "REQUESTED"}


def _keep(dest: str, langs: set[str]) -> bool:
    parts = Path(dest).parts
    name = parts[-1]
    if len(parts) > 1 and parts[-2].endswith(".dist-info") and name in _DIST_INFO_DROPPED:
        return False
    if "plugins" in parts:
        rel = "/".join(parts[parts.index("plugins") + 1 :])
        return not any(fnmatch.fnmatch(rel, pattern) for pattern in _DROPPED_PLUGINS)
    if "translations" in parts and name.endswith(".qm"):
        # qtbase_<lang>.qm (and the qt_<lang>.qm catalogue that includes it) are what Qt's
        # own dialogs and buttons use; qt_help and other modules' catalogues are not.
        match = re.fullmatch(r"(qt|qtbase)_([a-z]{2,3})(_[A-Za-z]+)?\.qm", name)
        return bool(match) and match.group(2) in langs
    if any(fnmatch.fnmatch(name, pattern) for pattern in _DROPPED_QT_LIBS):
        return False
    if sys.platform.startswith("linux") and len(parts) == 1 and not _HASHED_COPY.search(name):
        return not any(fnmatch.fnmatch(name, pattern) for pattern in LINUX_SYSTEM_LIBS)
    return True


Toc = list[tuple[str, str, str]]  # PyInstaller's (dest, source, kind) entries


def _without_orphans(binaries: Toc) -> Toc:
    """Linux: drop shared libraries that nothing kept still needs (e.g. GTK's chain, which
    only the dropped GTK theme plugin needed). Roots are extension modules, Qt plugins
    (loaded by Qt at run time) and libpython (loaded by the bootloader)."""
    from elf_needed import needed

    by_name: dict[str, list[tuple[str, str, str]]] = {}  # numpy and scipy both ship
    for entry in binaries:  # libgfortran-<hash>.so, each beside its own OpenBLAS
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    roots = [e for e in binaries
             if e[2] != "BINARY" or "plugins" in Path(e[0]).parts
             or Path(e[0]).name.startswith("libpython")]  # fmt: skip
    kept = {e[0]: e for e in roots}
    queue = list(roots)
    while queue:
        _dest, src, _kind = queue.pop()
        names = needed(src)
        if names is None:  # not an ELF we can read: keep everything, to be safe
            return binaries
        for name in names:
            for entry in by_name.get(name, []):
                if entry[0] not in kept:
                    kept[entry[0]] = entry
                    queue.append(entry)
    return [e for e in binaries if e[0] in kept]


def filter_tocs(binaries: Toc, datas: Toc, resources: Path) -> tuple[Toc, Toc]:
    """The binaries and datas the bundle keeps; symlinks to dropped libraries go too."""
    langs = _translation_languages(resources)
    binaries = [e for e in binaries if _keep(e[0], langs)]
    if sys.platform.startswith("linux"):
        binaries = _without_orphans(binaries)
    kept = {dest for dest, _src, _kind in binaries}
    datas = [e for e in datas
             if _keep(e[0], langs) and not (e[2] == "SYMLINK" and e[1] not in kept)]  # fmt: skip
    return binaries, datas


def icon_for_platform(icons: Path) -> str | None:
    """The executable's icon: .ico on Windows, .icns on macOS (made by build/make_icon.py
    and installer_scripts/macos/make_icns.sh); Linux uses the .desktop file's icon."""
    name = {"win32": "safehash.ico", "darwin": "safehash.icns"}.get(sys.platform)
    if name is None:
        return None
    path = icons / name
    return str(path) if path.is_file() else None
