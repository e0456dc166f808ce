"""Licences and sources of the native libraries SafeHash's bundles carry, by library name
(``libavcodec-5e6b81c2.so.62.28.102`` is ``avcodec``; Windows and macOS names alike).

The bundle's build stops when it finds a library that is not here (``build/licences.py``),
so the inventory can never silently leave one out; add the new library with its licence
(SPDX) and where its source is. Qt plugins (under ``Qt/plugins``) are Qt's.
"""

from __future__ import annotations

from typing import NamedTuple


class Native(NamedTuple):
    project: str
    licence: str  # SPDX expression
    source: str


FFMPEG = Native(
    "FFmpeg (built with --enable-gpl, in PyAV's wheels)",
    "GPL-2.0-or-later",
    "https://ffmpeg.org/download.html (PyAV's build: https://github.com/PyAV-Org/pyav-ffmpeg)",
)
QT = Native("Qt 6", "LGPL-3.0-only", "https://download.qt.io/official_releases/qt/")
X11 = Native("X.Org libraries (xcb, Xau)", "MIT", "https://gitlab.freedesktop.org/xorg")
WEBP = Native("libwebp", "BSD-3-Clause", "https://chromium.googlesource.com/webm/libwebp")
NETTLE = Native(
    "Nettle", "LGPL-3.0-or-later OR GPL-2.0-or-later", "https://www.lysator.liu.se/~nisse/nettle/"
)
ICU = Native("ICU", "Unicode-3.0", "https://github.com/unicode-org/icu")
PYSIDE = Native(
    "PySide6 / Shiboken6", "LGPL-3.0-only", "https://code.qt.io/cgit/pyside/pyside-setup.git"
)

LIBRARIES: dict[str, Native] = {
    **dict.fromkeys(
        ("avcodec", "avformat", "avutil", "avfilter", "avdevice", "swscale", "swresample"), FFMPEG
    ),
    "x264": Native(
        "x264 (H.264 encoder, linked by FFmpeg)",
        "GPL-2.0-or-later",
        "https://code.videolan.org/videolan/x264",
    ),
    "x265": Native(
        "x265 (HEVC encoder, linked by FFmpeg)",
        "GPL-2.0-or-later",
        "https://bitbucket.org/multicoreware/x265_git",
    ),
    "SvtAv1Enc": Native(
        "SVT-AV1 (AV1 encoder, linked by FFmpeg)",
        "BSD-3-Clause-Clear",
        "https://gitlab.com/AOMediaCodec/SVT-AV1",
    ),
    "dav1d": Native(
        "dav1d (AV1 decoder)", "BSD-2-Clause", "https://code.videolan.org/videolan/dav1d"
    ),
    "vpx": Native(
        "libvpx (VP8/VP9)", "BSD-3-Clause", "https://chromium.googlesource.com/webm/libvpx"
    ),
    "opus": Native("Opus", "BSD-3-Clause", "https://opus-codec.org/downloads/"),
    "mp3lame": Native(
        "LAME (MP3 encoder, linked by FFmpeg)", "LGPL-2.0-or-later", "https://lame.sourceforge.io/"
    ),
    "opencore-amrnb": Native(
        "opencore-amr", "Apache-2.0", "https://sourceforge.net/projects/opencore-amr/"
    ),
    "opencore-amrwb": Native(
        "opencore-amr", "Apache-2.0", "https://sourceforge.net/projects/opencore-amr/"
    ),
    "vpl": Native("oneVPL dispatcher", "MIT", "https://github.com/intel/libvpl"),
    "gnutls": Native("GnuTLS", "LGPL-2.1-or-later", "https://gnutls.org/download.html"),
    "nettle": NETTLE,
    "hogweed": NETTLE,
    "gmp": Native("GMP", "LGPL-3.0-or-later OR GPL-2.0-or-later", "https://gmplib.org/"),
    "unistring": Native(
        "libunistring",
        "LGPL-3.0-or-later OR GPL-2.0-or-later",
        "https://www.gnu.org/software/libunistring/",
    ),
    **dict.fromkeys(("xcb", "xcb-shape", "xcb-shm", "xcb-xfixes", "Xau"), X11),
    "asound": Native("ALSA library", "LGPL-2.1-or-later", "https://www.alsa-project.org/"),
    "drm": Native("libdrm", "MIT", "https://gitlab.freedesktop.org/mesa/drm"),
    **dict.fromkeys(("webp", "webpmux", "webpdemux", "sharpyuv"), WEBP),
    "avif": Native("libavif", "BSD-2-Clause", "https://github.com/AOMediaCodec/libavif"),
    "heif": Native(
        "libheif (decoder only, in pi-heif)",
        "LGPL-3.0-or-later",
        "https://github.com/strukturag/libheif",
    ),
    "de265": Native(
        "libde265 (HEVC decoder)", "LGPL-3.0-or-later", "https://github.com/strukturag/libde265"
    ),
    "jpeg": Native("libjpeg-turbo", "IJG AND BSD-3-Clause AND Zlib", "https://libjpeg-turbo.org/"),
    "lcms2": Native("Little CMS", "MIT", "https://www.littlecms.com/"),
    "openjp2": Native("OpenJPEG", "BSD-2-Clause", "https://github.com/uclouvain/openjpeg"),
    "tiff": Native("LibTIFF", "libtiff", "https://libtiff.gitlab.io/libtiff/"),
    "zstd": Native("Zstandard", "BSD-3-Clause OR GPL-2.0-only", "https://github.com/facebook/zstd"),
    "lzma": Native("XZ Utils (liblzma)", "0BSD", "https://tukaani.org/xz/"),
    "freetype": Native("FreeType", "FTL OR GPL-2.0-or-later", "https://freetype.org/"),
    "harfbuzz": Native("HarfBuzz", "MIT", "https://github.com/harfbuzz/harfbuzz"),
    "brotlicommon": Native("Brotli", "MIT", "https://github.com/google/brotli"),
    "brotlidec": Native("Brotli", "MIT", "https://github.com/google/brotli"),
    "png16": Native("libpng", "Libpng", "http://www.libpng.org/pub/png/libpng.html"),
    "scipy_openblas64_": Native(
        "OpenBLAS (numpy's)", "BSD-3-Clause", "https://github.com/OpenMathLib/OpenBLAS"
    ),
    "gfortran": Native(
        "GNU Fortran runtime (numpy's OpenBLAS)",
        "GPL-3.0-or-later WITH GCC-exception-3.1",
        "https://gcc.gnu.org/",
    ),
    "quadmath": Native(
        "GCC quadmath (numpy's OpenBLAS)", "LGPL-2.1-or-later", "https://gcc.gnu.org/"
    ),
    **dict.fromkeys(("icudata", "icui18n", "icuuc"), ICU),
    **dict.fromkeys(
        (
            "Qt6Core",
            "Qt6Gui",
            "Qt6Widgets",
            "Qt6DBus",
            "Qt6OpenGL",
            "Qt6Svg",
            "Qt6WaylandClient",
            "Qt6WlShellIntegration",
            "Qt6XcbQpa",
        ),
        QT,
    ),
    **dict.fromkeys(
        ("pyside6.abi3", "shiboken6.abi3", "pyside6qml.abi3", "pyside6", "shiboken6"), PYSIDE
    ),
    "python3.11": Native("CPython", "PSF-2.0", "https://www.python.org/downloads/source/"),
    "crypto": Native("OpenSSL 3 (CPython's)", "Apache-2.0", "https://www.openssl.org/source/"),
    "ssl": Native("OpenSSL 3 (CPython's)", "Apache-2.0", "https://www.openssl.org/source/"),
    "sqlite3": Native("SQLite (CPython's)", "blessing", "https://sqlite.org/download.html"),
    "bz2": Native("bzip2 (CPython's)", "bzip2-1.0.6", "https://sourceware.org/bzip2/"),
    "uuid": Native(
        "libuuid (util-linux)", "BSD-3-Clause", "https://github.com/util-linux/util-linux"
    ),
    "ffi": Native("libffi (CPython's)", "MIT", "https://github.com/libffi/libffi"),
}

PYINSTALLER_BOOTLOADER = Native(
    "PyInstaller bootloader (the program that starts the bundle)",
    "GPL-2.0-or-later WITH Bootloader-exception",
    "https://github.com/pyinstaller/pyinstaller",
)
