"""The frozen bundle hashes byte for byte like the source, opens its window, and carries
only what it should."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

SOURCE = (sys.executable, "-m", "safehash")


def test_hash_json_is_byte_identical_to_source(bundle, run, sample_images) -> None:
    # The same paths for both, so even the "path" fields must match. Lines come in
    # completion order (even with --workers 1 the order of a failing file can vary), so
    # the lines are compared as sorted lists of exact bytes.
    frozen = run(bundle / "safehash", "hash", "--json", *sample_images)
    source = run(*SOURCE, "hash", "--json", *sample_images)
    assert sorted(frozen.stdout.splitlines()) == sorted(source.stdout.splitlines()), (
        frozen.stderr.decode(errors="replace")
    )
    assert frozen.returncode == source.returncode == 1  # two samples are meant to fail
    records = [json.loads(line) for line in frozen.stdout.splitlines()]
    assert sorted(r["path"] for r in records) == sorted(str(p) for p in sample_images)
    failed = {Path(r["path"]).name for r in records if not r["ok"]}
    assert failed == {"not-a-picture.jpg", "truncated.jpg"}
    formats = {r["format"] for r in records if r["ok"]}
    # pillow-heif and Pillow's AVIF, WebP and TIFF decoders made it into the bundle.
    assert {"HEIF", "AVIF", "WEBP", "TIFF", "JPEG", "PNG", "GIF", "BMP"} <= formats


def test_frozen_bundle_hashes_videos_like_source_and_vpdq(bundle, run) -> None:
    # Every codec and container SafeHash reads, from the committed reference clips: the
    # frozen output is the source's, byte for byte, and vPDQ is Meta's vpdq's.
    videos = Path(__file__).resolve().parents[1] / "support" / "videos"
    reference = json.loads((videos / "vpdq-reference.json").read_text())["clips"]
    clips = sorted(videos / name for name in reference)
    frozen = run(bundle / "safehash", "hash", "--json", *clips)
    source = run(*SOURCE, "hash", "--json", *clips)
    assert frozen.returncode == source.returncode == 0, frozen.stderr.decode(errors="replace")
    assert frozen.stdout == source.stdout  # --json lines come in input order
    lines = [json.loads(line) for line in frozen.stdout.splitlines()]
    assert [Path(line["path"]).name for line in lines] == [clip.name for clip in clips]
    for line in lines:
        expected = reference[Path(line["path"]).name]
        frames = [[f["frame"], f["timestamp"], f["pdq"], f["quality"]] for f in line["vpdq"]]
        if expected["compare"] == "exact":
            assert frames == expected["vpdq"]


def test_frozen_pdq_matches_metas_reference(bundle, run, reference_hashes) -> None:
    if not reference_hashes:
        pytest.skip("Meta's PDQ vectors are not in ../shared/pdq-vectors")
    done = run(bundle / "safehash", "hash", "--json", *reference_hashes)
    got = {Path(r["path"]): r["pdq"] for r in map(json.loads, done.stdout.splitlines())}
    assert got == reference_hashes


def test_version_matches_source(bundle, run) -> None:
    frozen = run(bundle / "safehash", "--version")
    assert frozen.returncode == 0
    assert frozen.stdout == run(*SOURCE, "--version").stdout
    assert b"unknown" not in frozen.stdout  # the dist-info metadata was bundled


def test_window_self_test_offscreen(bundle, run) -> None:
    started = time.monotonic()
    done = run(bundle / "safehash", "--self-test", timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"self-test passed" in done.stdout
    assert b"welcome page" in done.stdout
    assert time.monotonic() - started < 30


def test_self_test_fails_plainly_without_its_profile(bundle, run, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SAFEHASH_PROFILE", str(tmp_path / "missing.toml"))
    done = run(bundle / "safehash", "--self-test", timeout=60)
    assert done.returncode == 1
    assert b"self-test failed: the deployment profile" in done.stderr


def test_only_the_needed_qt_and_resources(bundle) -> None:
    internal = bundle / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert "safehash/resources/deployment.toml" in names
    qt_libs = {n.rsplit("/", 1)[-1] for n in names if n.startswith("PySide6/Qt/lib/")}
    for unwanted in ("WebEngine", "Qml", "Quick", "3D", "Multimedia", "Network", "Pdf"):
        assert not [lib for lib in qt_libs if unwanted in lib], unwanted
    bindings = {n.split("/")[1].split(".")[0] for n in names
                if n.startswith("PySide6/Qt") and n.endswith(".abi3.so")}  # fmt: skip
    assert bindings == {"QtCore", "QtGui", "QtWidgets"}
    translations = {n.rsplit("/", 1)[-1] for n in names if n.endswith(".qm")}
    offered = {
        p.stem.removeprefix("safehash_").split("_")[0].split("-")[0]
        for p in (Path(__file__).parents[2] / "resources" / "i18n").glob("safehash_*")
    }
    langs = {t.removesuffix(".qm").split("_")[1] for t in translations if t.startswith("qt")}
    assert langs <= offered | {"en"}
    assert "platforms/libqxcb.so" in {n.split("plugins/", 1)[-1] for n in names}
    assert not [n for n in names if n.endswith("direct_url.json")]  # no build-machine paths


def test_translations_are_bundled(bundle) -> None:
    source = Path(__file__).parents[2] / "resources" / "i18n"
    bundled = bundle / "_internal" / "safehash" / "resources" / "i18n"
    for ts in source.glob("safehash_*.ts"):
        assert (bundled / f"{ts.stem}.qm").is_file(), ts.name
    manifest = source / "languages.json"  # which languages are offered (make translations)
    if manifest.is_file():
        assert (bundled / "languages.json").read_bytes() == manifest.read_bytes()


def test_bundle_size_is_reported(bundle, record_property) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    record_property("bundle_mb", round(size / 1e6, 1))
    print(f"\nbundle folder: {size / 1e6:.1f} MB")
    # At most 280 MB with videos (272 MB measured): no SciPy (pHash is numpy alone), pi-heif
    # instead of pillow-heif (no x265 encoder), and no DWARF debug information (50 MB in
    # libpython, lib-dynload and PyAV's modules). FFmpeg's libraries are 75 MB of it.
    assert size <= 280e6, "the bundle grew: check build/bundle_filters.py"


def test_the_licence_inventory_names_every_native_library(bundle, run) -> None:
    """Every shared library in the bundle is in the inventory the build wrote, with a
    licence and a source; the frozen program says what its GPL parts mean."""
    from safehash.core.licences import INVENTORY_NAME, Inventory, library_name

    resources = bundle / "_internal" / "safehash" / "resources"
    inventory = Inventory.from_json((resources / INVENTORY_NAME).read_text("utf-8"))
    listed = {name for part in inventory.components for name in part.files}
    on_disk = {p.name for p in (bundle / "_internal").rglob("*")
               if p.is_file() and not p.is_symlink() and library_name(p.name)}  # fmt: skip
    assert on_disk and on_disk <= listed, sorted(on_disk - listed)
    assert inventory.origin == "bundle" and not inventory.unknown
    assert {c.name.split(" (")[0] for c in inventory.gpl_parts()} == {"FFmpeg", "x264", "x265"}
    assert not [f for f in on_disk if "x265" in f and "pi_heif" in f]
    for dist in ("numpy", "av", "pillow", "cryptography"):  # their licence texts travel too
        assert list((resources / "licences" / dist).rglob("*")), dist
    frozen = run(bundle / "safehash", "--licences")
    assert frozen.returncode == 0
    assert b"distributed under the GNU General Public License, version 3" in frozen.stdout


def test_frozen_workers_refuse_hostile_files_as_the_source_does(bundle, run, tmp_path) -> None:
    """The frozen program's file readers are spawned copies of the bundle (freeze_support):
    each hostile file gets the same error as from source, and a FIFO is skipped."""
    import os

    from support import hostile_files

    for name, build in {
        "scans.jpg": hostile_files.jpeg_with_many_scans,
        "canvas.webp": hostile_files.webp_animated_huge_canvas,
        "edited.avif": hostile_files.avif_with_edited_size,
        "huge.jpg": hostile_files.jpeg_huge_with_tiny_data,
    }.items():
        (tmp_path / name).write_bytes(build())
    os.mkfifo(tmp_path / "a-fifo")
    frozen = run(bundle / "safehash", "hash", "--json", tmp_path)
    source = run(*SOURCE, "hash", "--json", tmp_path)
    assert frozen.returncode == source.returncode == 1
    codes = {
        Path(r["path"]).name: r["error_code"] for r in map(json.loads, frozen.stdout.splitlines())
    }
    assert codes == {
        "scans.jpg": "image_too_complex",
        "canvas.webp": "needs_too_much_memory",
        "edited.avif": "corrupt_image",
        "huge.jpg": "needs_too_much_memory",
    }
    assert sorted(frozen.stdout.splitlines()) == sorted(source.stdout.splitlines())
