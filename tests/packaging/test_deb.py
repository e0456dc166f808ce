"""The .deb: built with dpkg-deb from the same bundle, checked as an archive, then
unpacked into a temporary root (dpkg-deb -x) and run from there."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE = (sys.executable, "-m", "safehash")


@pytest.fixture(scope="session")
def deb(bundle: Path, dpkg_deb: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A .deb of the session's bundle (zstd for speed; releases use xz, same contents).
    Deleted after the session, with its unpacked copy: together they are ~350 MB."""
    out = tmp_path_factory.mktemp("deb")
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "installer_scripts" / "linux" / "build_deb.py"),
         "--bundle", str(bundle), "--fast", "--out", str(out), "--work", str(out / "work")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    [package] = out.glob("safehash_*.deb")
    yield package
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="session")
def unpacked(deb: Path, dpkg_deb: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run([dpkg_deb, "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def field(deb: Path, dpkg_deb: str, name: str) -> str:
    return subprocess.run([dpkg_deb, "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip


def test_control_fields(deb, dpkg_deb, run) -> None:
    assert field(deb, dpkg_deb, "Package") == "safehash"
    version = run(*SOURCE, "--version").stdout.decode().split()[-1]
    assert field(deb, dpkg_deb, "Version") == version
    depends = field(deb, dpkg_deb, "Depends")
    # Qt's xcb platform needs these, and minimal desktops often lack libxcb-cursor0.
    for package in ("libc6", "libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1",
                    "libgl1", "libegl1", "libdbus-1-3"):  # fmt: skip
        assert re.search(rf"(^|, |\| ){re.escape(package)}(,|$| \|)", depends), package
    assert int(field(deb, dpkg_deb, "Installed-Size")) > 50_000  # KiB


def test_archive_layout(deb, dpkg_deb) -> None:
    listing = subprocess.run([dpkg_deb, "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()  # fmt: skip
    entries = {}
    for line in listing:
        perms, owner, _size, date, time, name = line.split(None, 5)
        entries[name.split(" -> ")[0]] = (perms, owner, f"{date} {time}", name)
    assert {owner for _p, owner, _t, _n in entries.values()} == {"root/root"}
    assert len({stamp for _p, _o, stamp, _n in entries.values()}) == 1  # SOURCE_DATE_EPOCH
    assert entries["./opt/safehash/safehash"][0] == "-rwxr-xr-x"
    assert entries["./usr/bin/safehash"][3].endswith("-> /opt/safehash/safehash")
    for needed in ("./usr/share/applications/safehash.desktop",
                   "./usr/share/icons/hicolor/256x256/apps/safehash.png",
                   "./usr/share/metainfo/safehash.metainfo.xml",
                   "./usr/share/doc/safehash/copyright",
                   "./opt/safehash/_internal/safehash/resources/deployment.toml"):  # fmt: skip
        assert needed in entries, needed
    outside = [n for n in entries if not n.startswith(("./opt/safehash", "./usr/", "./opt/"))]
    assert outside == ["./"]
    writable = [n for n, (p, _o, _t, _x) in entries.items()
                if p[0] != "l" and (p[5] == "w" or p[8] == "w")]  # fmt: skip
    assert writable == []  # nothing group- or world-writable


def test_unpacked_package_runs(unpacked, run, sample_images, tmp_path) -> None:
    program = unpacked / "opt" / "safehash" / "safehash"
    # Started through a symlink, as /usr/bin/safehash does.
    link = tmp_path / "bin" / "safehash"
    link.parent.mkdir()
    link.symlink_to(program)
    assert run(link, "--version").stdout == run(*SOURCE, "--version").stdout
    frozen = run(link, "hash", "--json", *sample_images)
    source = run(*SOURCE, "hash", "--json", *sample_images)
    assert sorted(frozen.stdout.splitlines()) == sorted(source.stdout.splitlines())
    assert frozen.returncode == source.returncode
    done = run(link, "--self-test", timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")


def test_desktop_file_is_valid(unpacked) -> None:
    desktop = unpacked / "usr" / "share" / "applications" / "safehash.desktop"
    text = desktop.read_text()
    assert "\nExec=safehash %F\n" in text and "\nIcon=safehash\n" in text
    # Offered in a photo's and a video's "Open with" (never a folder's, never the default:
    # no mimeapps); tests/gui/test_open_with.py checks every type.
    mime = next(line for line in text.splitlines() if line.startswith("MimeType="))
    assert mime.startswith("MimeType=image/jpeg;") and "inode/directory" not in mime
    assert "video/mp4;" in mime and "video/webm;" in mime
    assert not list(unpacked.rglob("mimeapps.list"))
    validator = "/usr/bin/desktop-file-validate"
    if os.access(validator, os.X_OK):
        done = subprocess.run([validator, str(desktop)], capture_output=True, text=True,
                              check=False)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr


def test_purge_offers_to_forget_everything(deb, dpkg_deb, tmp_path) -> None:
    """postrm asks (debconf, default no) on purge only; the question says what goes."""
    control = tmp_path / "control"
    subprocess.run([dpkg_deb, "-e", str(deb), str(control)], check=True)
    postrm = control / "postrm"
    assert postrm.stat().st_mode & 0o777 == 0o755
    assert subprocess.run(["sh", "-n", str(postrm)], check=False).returncode == 0
    script = postrm.read_text()
    assert 'if [ "$1" = "purge" ]' in script and "secret-tool clear service SafeHash" in script
    templates = (control / "templates").read_text()
    assert "Template: safehash/forget-everything" in templates and "Default: false" in templates
    # Not a purge: nothing is asked or deleted.
    done = subprocess.run(["sh", str(postrm), "remove"], capture_output=True, check=False)
    assert done.returncode == 0 and not done.stdout and not done.stderr
