"""Build build/dist/safehash_<version>_<arch>.deb from the bundle (`make deb`).

    python installer_scripts/linux/build_deb.py [--bundle DIR] [--out DIR] [--work DIR] [--fast]

Installs the bundle as /opt/safehash with /usr/bin/safehash pointing at it, a .desktop
file, icons and AppStream metadata. No maintainer scripts: the desktop and icon caches
are refreshed by dpkg triggers of desktop-file-utils and hicolor-icon-theme.

Depends is computed, not guessed: every shared library the bundle's files name
(DT_NEEDED) and do not carry themselves must map to a Debian package in SONAME_PACKAGES,
or the build stops. Reproducible: files get SOURCE_DATE_EPOCH as mtime, fixed modes,
owner root:root (--root-owner-group); dpkg-deb sorts entries and uses SOURCE_DATE_EPOCH
for the ar members; xz runs single-threaded, since its multi-threaded output depends on
the thread count. `--fast` (zstd) is for the packaging tests, which check the contents.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "build"))
from build_bundle import BUNDLE, DIST, WORK, build_lock, source_date_epoch  # noqa: E402
from elf_needed import needed  # noqa: E402

from safehash.core.licences import Inventory, as_text  # noqa: E402

# soname prefix -> Debian package (Debian 12+, Ubuntu 22.04+). "a | b" where 2024's
# 64-bit time_t transition renamed the package (Debian 13, Ubuntu 24.04).
SONAME_PACKAGES = {
    "libc.so": "libc6", "libm.so": "libc6", "libdl.so": "libc6", "libpthread.so": "libc6",
    "librt.so": "libc6", "libmvec.so": "libc6", "ld-linux": "libc6",
    "libstdc++.so": "libstdc++6", "libgcc_s.so": "libgcc-s1",
    "libz.so": "zlib1g", "liblzma.so": "liblzma5", "libzstd.so": "libzstd1",
    "libffi.so.8": "libffi8",
    "libglib-2.0.so": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1.so": "libdbus-1-3",
    "libfontconfig.so": "libfontconfig1", "libfreetype.so": "libfreetype6",
    "libGL.so": "libgl1", "libEGL.so": "libegl1",
    "libX11.so": "libx11-6", "libX11-xcb.so": "libx11-xcb1", "libxcb.so": "libxcb1",
    "libxcb-cursor.so": "libxcb-cursor0", "libxcb-glx.so": "libxcb-glx0",
    "libxcb-icccm.so": "libxcb-icccm4", "libxcb-image.so": "libxcb-image0",
    "libxcb-keysyms.so": "libxcb-keysyms1", "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render-util.so": "libxcb-render-util0", "libxcb-render.so": "libxcb-render0",
    "libxcb-shape.so": "libxcb-shape0", "libxcb-shm.so": "libxcb-shm0",
    "libxcb-sync.so": "libxcb-sync1", "libxcb-util.so": "libxcb-util1",
    "libxcb-xfixes.so": "libxcb-xfixes0", "libxcb-xkb.so": "libxcb-xkb1",
    "libxkbcommon.so": "libxkbcommon0", "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libwayland-client.so": "libwayland-client0", "libwayland-cursor.so": "libwayland-cursor0",
    "libwayland-egl.so": "libwayland-egl1",
}  # fmt: skip

CONTROL = """\
Package: safehash
Version: {version}
Architecture: {arch}
Maintainer: {maintainer}
Installed-Size: {installed_size}
Depends: {depends}
Recommends: fonts-dejavu-core | fonts-liberation2
Suggests: gnome-keyring | kwalletmanager
Section: utils
Priority: optional
Homepage: {homepage}
Description: make fingerprints of photos on this computer, send only those
 If intimate images of you were shared without your consent, SafeHash turns each photo
 into a hash (a short fingerprint) on your own computer. Only the hashes, with a case
 token, go to a hash bank that partner platforms check uploads against. The photos are
 never uploaded.
"""


def bundle_version(bundle: Path) -> str:
    [metadata] = (bundle / "_internal").glob("safehash-*.dist-info/METADATA")
    match = re.search(r"^Version: (\S+)$", metadata.read_text(), re.MULTILINE)
    assert match, metadata
    return match.group(1)


def external_sonames(bundle: Path) -> set[str]:
    """Libraries the bundle's ELF files need that the bundle does not contain."""
    inside = {path.name for path in bundle.rglob("*")}
    wanted: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            wanted.update(needed(path) or [])
    return wanted - inside


def depends(bundle: Path) -> str:
    packages, unknown = set(), []
    for soname in sorted(external_sonames(bundle)):
        match = [pkg for prefix, pkg in SONAME_PACKAGES.items() if soname.startswith(prefix)]
        if not match:
            unknown.append(soname)
        else:
            packages.add(max(match, key=len))
    if unknown:
        raise SystemExit(f"No Debian package known for {unknown}: add to SONAME_PACKAGES")
    return ", ".join(sorted(packages))


def stage(bundle: Path, root: Path, epoch: int) -> None:
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / "safehash"
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "safehash").symlink_to("/opt/safehash/safehash")
    share = root / "usr" / "share"
    for src, dest in (
        (HERE / "safehash.desktop", share / "applications" / "safehash.desktop"),
        (HERE / "safehash.metainfo.xml", share / "metainfo" / "safehash.metainfo.xml"),
        (HERE / "copyright", share / "doc" / "safehash" / "copyright"),
    ):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    shutil.copytree(WORK / "icons" / "hicolor", share / "icons" / "hicolor")
    inventory = opt / "_internal" / "safehash" / "resources" / "licences.json"
    (share / "doc" / "safehash" / "THIRD-PARTY").write_text(
        as_text(Inventory.from_json(inventory.read_text("utf-8"))), "utf-8"
    )  # the build's licence inventory, in words (also `safehash --licences`)
    # Fixed modes whatever the umask or the wheels' own bits; only the program runs.
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path == opt / "safehash" else 0o644)
    for path in [root, *root.rglob("*")]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol counts it: 1 KiB blocks per file, 1 per folder and symlink."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def build_deb(
    out_dir: Path, *, bundle: Path = BUNDLE, fast: bool = False, work: Path = WORK / "deb"
) -> Path:
    epoch = source_date_epoch()
    version = bundle_version(bundle)
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True,  # noqa: S607
                          text=True, check=True).stdout.strip()  # fmt: skip
    root = work / "root"
    with build_lock():  # no other build may replace the bundle while it is copied
        stage(bundle, root, epoch)
    control_dir = root / "DEBIAN"
    control_dir.mkdir(mode=0o755)
    control = CONTROL.format(
        version=version, arch=arch, installed_size=installed_size_kib(root),
        depends=depends(root / "opt" / "safehash"),
        maintainer=os.environ.get("DEB_MAINTAINER", "SafeHash maintainers <safehash@example.org>"),
        homepage=os.environ.get("DEB_HOMEPAGE", "https://example.org/safehash"),
    )  # fmt: skip
    (control_dir / "control").write_text(control)
    (control_dir / "control").chmod(0o644)
    # On purge, postrm offers to forget everything SafeHash kept (a debconf question).
    for name, mode in (("postrm", 0o755), ("templates", 0o644)):
        shutil.copyfile(HERE / name, control_dir / name)
        (control_dir / name).chmod(mode)
    for path in (control_dir, *control_dir.iterdir()):
        os.utime(path, (epoch, epoch))
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"safehash_{version}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    compression = ["-Zzstd", "-z9"] if fast else ["-Zxz", "-z6", "--threads-max=1"]
    subprocess.run(  # noqa: S603
        ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)],  # noqa: S607
        check=True, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DIST, help="folder for the .deb")
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the bundle folder")
    parser.add_argument("--work", type=Path, default=WORK / "deb", help="staging folder")
    parser.add_argument(
        "--fast", action="store_true", help="zstd instead of xz (8 s, not 2 min): tests only"
    )
    args = parser.parse_args()
    if not (args.bundle / "safehash").is_file():
        raise SystemExit(f"No bundle at {args.bundle}: run `make bundle` first")
    deb = build_deb(args.out, bundle=args.bundle, fast=args.fast, work=args.work)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
