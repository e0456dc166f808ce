"""Build SafeHash's one-folder bundle (build/dist/safehash/) with PyInstaller.

    python build/build_bundle.py             # always build (`make bundle`)
    python build/build_bundle.py --if-stale  # reuse the bundle if nothing it is made of changed
    python build/build_bundle.py --if-stale --snapshot DIR   # and hard-link a copy to DIR

The snapshot is how tests use the bundle: made under the lock, with hard links (no extra
disk space), it stays intact when another test run in this checkout rebuilds the bundle.

Reproducibility: SOURCE_DATE_EPOCH is the last git commit's time (unless already set),
PYTHONHASHSEED=0 for PyInstaller, every file in the bundle gets that time as its mtime,
and extensions compiled on this machine lose their path-bearing debug info. A build
holds a lock (build/work/.lock) so two test runs in one checkout cannot build over each
other. Dependencies are pinned separately: `make bundle` first installs
`.[build]` with `-c build/constraints.txt`.

Freshness is decided by content, not mtimes (the bundle's mtimes are set to the commit
time on purpose): build/dist/safehash.fingerprint holds a SHA-256 of every source and
resource file, the build files, and the name and version of every installed package.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
WORK = BUILD / "work"
DIST = BUILD / "dist"
BUNDLE = DIST / "safehash"
FINGERPRINT = DIST / "safehash.fingerprint"
INPUTS = ("client", "resources", "build", "installer_scripts/macos/Info.plist")
GENERATED = {("build", "work"), ("build", "dist")}


def source_date_epoch() -> int:
    configured = os.environ.get("SOURCE_DATE_EPOCH")
    if configured:
        return int(configured)
    git = shutil.which("git")
    if git:
        done = subprocess.run([git, "log", "-1", "--format=%ct"], cwd=ROOT,  # noqa: S603
                              capture_output=True, text=True, check=False)  # fmt: skip
        if done.returncode == 0 and done.stdout.strip():
            return int(done.stdout.strip())
    return int((ROOT / "pyproject.toml").stat().st_mtime)  # a source tarball without git


def _input_files() -> Iterator[Path]:
    yield ROOT / "pyproject.toml"
    for name in INPUTS:
        top = ROOT / name
        paths = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in paths:
            rel = path.relative_to(ROOT).parts
            if rel[:2] in GENERATED or "__pycache__" in rel or not path.is_file():
                continue
            yield path


def fingerprint() -> str:
    digest = hashlib.sha256(f"{sys.version}\n{sys.platform}\n".encode())
    for path in _input_files():
        digest.update(f"{path.relative_to(ROOT).as_posix()}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(packages).encode())
    return digest.hexdigest()


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / ".lock", "w") as handle:
        try:
            import fcntl  # POSIX; on Windows builds are not run concurrently
        except ImportError:
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def compile_translations() -> None:
    """Compile resources/i18n/*.ts whose .qm is missing or older into build/work/i18n/.

    `make translations` normally writes the .qm files (and languages.json) beside the
    sources, and those are bundled as they are; this only fills gaps, so a bundle never
    silently lacks a language whose source is in git."""
    out = WORK / "i18n"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    stale = [ts for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts"))
             if not ts.with_suffix(".qm").is_file()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]  # fmt: skip
    if not stale:
        return
    scripts = Path(sys.executable).parent
    lrelease = shutil.which("pyside6-lrelease", path=str(scripts)) or shutil.which(
        "pyside6-lrelease"
    )
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    for ts in stale:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],  # noqa: S603
                       check=True)  # fmt: skip


def locally_built_extensions() -> list[str]:
    """Bundle paths of extension modules compiled on this machine: those of installed
    distributions whose wheel tag is plain linux_* (built from source, no manylinux wheel;
    none of today's dependencies)."""
    found = []
    for dist in metadata.distributions():
        wheel = dist.read_text("WHEEL") or ""
        if "-linux_" in wheel:
            found += [str(f) for f in dist.files or [] if str(f).endswith(".so")]
    return sorted(found)


def normalise_local_builds(bundle: Path) -> None:
    """A locally compiled extension carries pip's random build folder
    (/tmp/pip-install-XXXX) in its debug info, and a GNU build ID hashed over it, so two
    installs of the same source release differ in exactly those bytes. Drop both; the code is
    untouched. Only these files: stripping numpy's or Qt's libraries breaks them."""
    objcopy = shutil.which("objcopy")
    if not sys.platform.startswith("linux") or objcopy is None:
        return
    for rel in locally_built_extensions():
        target = bundle / "_internal" / rel
        if target.is_file():
            subprocess.run([objcopy, "--strip-debug", "--remove-section=.note.gnu.build-id",  # noqa: S603
                            str(target)], check=True)  # fmt: skip


def has_debug_info(path: Path) -> bool:
    """A 64-bit little-endian ELF file with DWARF sections (.debug_*)."""
    with open(path, "rb") as handle:
        head = handle.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return False
        shoff = int.from_bytes(head[0x28:0x30], "little")
        shentsize = int.from_bytes(head[0x3A:0x3C], "little")
        shnum = int.from_bytes(head[0x3C:0x3E], "little")
        shstrndx = int.from_bytes(head[0x3E:0x40], "little")
        if not shoff or not shnum or shstrndx >= shnum:
            return False
        handle.seek(shoff)
        table = handle.read(shentsize * shnum)
        names_at = table[shstrndx * shentsize :]
        offset = int.from_bytes(names_at[0x18:0x20], "little")
        size = int.from_bytes(names_at[0x20:0x28], "little")
        handle.seek(offset)
        return b".debug_info\0" in handle.read(size)


def strip_debug_info(bundle: Path) -> None:
    """Linux: drop the DWARF debug information that CPython's build and PyAV's wheel leave
    in their libraries (libpython, lib-dynload, PyAV's modules: about 50 MB nobody runs).
    Only files that have .debug_* sections; symbols and code stay, and numpy's OpenBLAS
    (which has none) is not touched. The result is the same bytes for the same input."""
    objcopy = shutil.which("objcopy")
    if not sys.platform.startswith("linux") or objcopy is None:
        return
    for path in sorted((bundle / "_internal").rglob("*")):
        if path.is_file() and not path.is_symlink() and has_debug_info(path):
            subprocess.run([objcopy, "--strip-debug", str(path)], check=True)  # noqa: S603


def clamp_mtimes(folder: Path, epoch: int) -> None:
    own = os.utime in os.supports_follow_symlinks  # not on Windows
    for path in [folder, *folder.rglob("*")]:
        if own or not path.is_symlink():
            os.utime(path, (epoch, epoch), **({"follow_symlinks": False} if own else {}))


def build(epoch: int) -> None:
    subprocess.run([sys.executable, str(BUILD / "make_icon.py"), str(WORK / "icons")],  # noqa: S603
                   check=True)  # fmt: skip
    if sys.platform == "darwin":
        subprocess.run(["sh", str(ROOT / "installer_scripts" / "macos" / "make_icns.sh")],  # noqa: S603, S607
                       check=True)  # fmt: skip
    compile_translations()
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), PYTHONHASHSEED="0")
    FINGERPRINT.unlink(missing_ok=True)
    command = [sys.executable, "-m", "PyInstaller", str(BUILD / "safehash.spec"),
               "--noconfirm", "--clean", "--log-level", "WARN",
               "--workpath", str(WORK / "pyinstaller"), "--distpath", str(DIST)]  # fmt: skip
    subprocess.run(command, env=env, check=True, cwd=ROOT)  # noqa: S603
    normalise_local_builds(BUNDLE)
    strip_debug_info(BUNDLE)
    clamp_mtimes(BUNDLE, epoch)


def snapshot(target: Path) -> None:
    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:  # another file system
            shutil.copy2(src, dst)

    shutil.copytree(BUNDLE, target, symlinks=True, copy_function=link_or_copy)


def main(argv: list[str]) -> int:
    if_stale = "--if-stale" in argv
    target = Path(argv[argv.index("--snapshot") + 1]) if "--snapshot" in argv else None
    with build_lock():
        wanted = fingerprint()
        if if_stale and BUNDLE.is_dir() and FINGERPRINT.is_file() and \
                FINGERPRINT.read_text().strip() == wanted:  # fmt: skip
            print(f"SafeHash bundle is up to date: {BUNDLE}")
        else:
            started = time.monotonic()
            build(source_date_epoch())
            FINGERPRINT.write_text(wanted + "\n")
            print(f"SafeHash bundle built in {time.monotonic() - started:.0f} s: {BUNDLE}")
        if target is not None:
            snapshot(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
