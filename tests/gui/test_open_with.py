""""Open with SafeHash": ``safehash PHOTO_VIDEO_OR_FOLDER...`` opens the window at step 2
with those photos and videos added (subcommands keep working), macOS's FileOpen events add
them to the running window, and the installers offer SafeHash in "Open with" for every
photo type and every video container SafeHash reads, never as the default."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from safehash.cli import photos_to_open
from safehash.core.records import MEDIA_VIDEO
from safehash.core.signatures import SNIFF_BYTES, media_kind
from safehash.gui.app import FileOpenWatcher
from safehash.gui.bidi import strip_isolates
from safehash.gui.photos import state_sentence

from .helpers import open_dialog, wait_hashed
from .images import photo

REPO = Path(__file__).resolve().parents[2]
CLIPS = REPO / "tests" / "support" / "videos"


def _ftyp(brand: bytes) -> bytes:
    return b"\x00\x00\x00\x18ftyp" + brand + b"\x00\x00\x02\x00" + brand + b"isom"


def _ebml(doctype: bytes) -> bytes:
    return (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04"
            b"\x42\xf3\x81\x08\x42\x82" + bytes([0x80 | len(doctype)]) + doctype)  # fmt: skip


# Every video container SafeHash reads (core/signatures.py): its first bytes as phones,
# cameras and converters write them, its file extensions, its MIME types (freedesktop
# shared-mime-info names, with the aliases programs still use) and its macOS type (UTI).
VIDEO_CONTAINERS = {
    "MP4": (_ftyp(b"isom"), (".mp4",), ("video/mp4",), "public.mpeg-4"),
    "M4V": (_ftyp(b"M4V "), (".m4v",), ("video/x-m4v",), "com.apple.m4v-video"),
    "QuickTime": (_ftyp(b"qt  "), (".mov",), ("video/quicktime",), "com.apple.quicktime-movie"),
    "3GP": (_ftyp(b"3gp4"), (".3gp",), ("video/3gpp",), "public.3gpp"),
    "3G2": (_ftyp(b"3g2a"), (".3g2",), ("video/3gpp2",), "public.3gpp2"),
    "Matroska": (_ebml(b"matroska"), (".mkv",), ("video/x-matroska",), "org.matroska.mkv"),
    "WebM": (_ebml(b"webm"), (".webm",), ("video/webm",), "org.webmproject.webm"),
    "AVI": (b"RIFF\x00\x10\x00\x00AVI LIST", (".avi",),
            ("video/x-msvideo", "video/vnd.avi", "video/avi", "video/msvideo"), "public.avi"),
}  # fmt: skip
VIDEO_EXTENSIONS = {e for _h, exts, _m, _u in VIDEO_CONTAINERS.values() for e in exts}
VIDEO_MIME_TYPES = {m for _h, _e, types, _u in VIDEO_CONTAINERS.values() for m in types}
VIDEO_UTIS = {uti for _h, _e, _m, uti in VIDEO_CONTAINERS.values()}

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safehash.cli import main
from safehash.gui.bidi import strip_isolates
from safehash.gui.main_window import MainWindow
from safehash.gui.photos import state_sentence

app = QApplication([])

def check():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, check)
        return
    window = windows[0]
    if window.hasher.busy or window.session.photos.rowCount() == 0:
        QTimer.singleShot(50, check)
        return
    print("TITLE", window.step_title.text(), flush=True)
    print("ROWS", sorted(e.name for e in window.session.photos.entries()), flush=True)
    print("STATES", sorted(strip_isolates(state_sentence(e))
                           for e in window.session.photos.entries()), flush=True)
    window.close()

QTimer.singleShot(0, check)
sys.exit(main(sys.argv[1:]))
"""


def test_photos_and_folders_open_the_window_at_step_2(isolated_home, tmp_path):
    one = photo(tmp_path / "one.jpg", 3)
    folder = tmp_path / "folder"
    photo(folder / "two.png", 4)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(one), str(folder)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "TITLE Step 2 of 5: Add your photos" in done.stdout
    assert "ROWS ['one.jpg', 'two.png']" in done.stdout
    assert [p for p in isolated_home.rglob("*") if p.is_file()] == []  # nothing written


def test_a_video_opens_the_window_at_step_2(isolated_home, tmp_path):
    """``safehash clip.webm``, as a file manager's "Open with SafeHash" starts it: the
    window at step 2, the video on the list and read (its row says so), nothing written."""
    video = tmp_path / "Videos" / "clip.webm"
    video.parent.mkdir()
    shutil.copyfile(CLIPS / "vp8.webm", video)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(video)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "TITLE Step 2 of 5: Add your photos and videos" in done.stdout
    assert "ROWS ['clip.webm']" in done.stdout
    assert "STATES ['Ready (video, 0:0" in done.stdout, done.stdout
    assert [p for p in isolated_home.rglob("*") if p.is_file()] == []  # nothing written


def test_which_arguments_are_photos(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hash").write_bytes(b"")  # a file named like a subcommand
    (tmp_path / "p.jpg").write_bytes(b"")
    (tmp_path / "v.mp4").write_bytes(b"")
    assert photos_to_open(["p.jpg", "missing.jpg"]) == ["p.jpg", "missing.jpg"]
    assert photos_to_open(["v.mp4", "p.jpg"]) == ["v.mp4", "p.jpg"]  # videos too
    assert photos_to_open(["hash", "p.jpg"]) is None  # the subcommand wins
    assert photos_to_open(["--version"]) is None
    assert photos_to_open(["-o", "x"]) is None
    assert photos_to_open(["missing.jpg"]) is None  # a typo is a usage error, as before
    assert photos_to_open(["--", "-odd name.jpg"]) == ["-odd name.jpg"]
    assert photos_to_open([]) is None


def test_subcommands_still_work_beside_a_photo(tmp_path):
    picture = photo(tmp_path / "p.jpg", 2)
    done = subprocess.run([sys.executable, "-m", "safehash", "hash", "--json", str(picture)],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"pdq"' in done.stdout


def test_a_file_opened_by_the_system_goes_to_step_2(qtbot, window, tmp_path):
    watcher = FileOpenWatcher(window)
    picture = photo(tmp_path / "p.jpg", 6)
    assert watcher.eventFilter(QApplication.instance(), QFileOpenEvent(str(picture)))
    assert window.current_page() is window.add_photos
    wait_hashed(qtbot, window, 1)
    assert not watcher.eventFilter(window, QEvent(QEvent.Type.Show))


def test_a_video_opened_by_the_system_goes_to_step_2(qtbot, window, tmp_path):
    watcher = FileOpenWatcher(window)
    video = tmp_path / "clip.mp4"
    shutil.copyfile(CLIPS / "hevc_8bit.mp4", video)
    assert watcher.eventFilter(QApplication.instance(), QFileOpenEvent(str(video)))
    assert window.current_page() is window.add_photos
    wait_hashed(qtbot, window, 1)
    (entry,) = window.session.photos.entries()
    assert entry.is_video and strip_isolates(state_sentence(entry)).startswith("Ready (video")


def test_photos_opened_while_a_question_is_open_wait_for_it(qtbot, window, tmp_path):
    window.go_to(window.settings)
    window.settings.forget_button.click()
    question = open_dialog(qtbot, window, "forgetEverything")
    window.open_paths([str(photo(tmp_path / "p.jpg", 7))])
    assert window.current_page() is window.settings  # nothing changes behind a question
    question.reject()
    qtbot.waitUntil(lambda: window.current_page() is window.add_photos)
    wait_hashed(qtbot, window, 1)


def test_the_video_containers_listed_here_are_those_safehash_reads():
    """The table the installer checks below use is SafeHash's own list: each container's
    first bytes are a video to core/signatures.py, and every real clip the tests keep (one
    of each container and codec SafeHash reads) is in it by its extension."""
    for name, (head, _exts, _types, _uti) in VIDEO_CONTAINERS.items():
        assert media_kind(head.ljust(SNIFF_BYTES, b"\0")) == MEDIA_VIDEO, name
    clips = [p for p in CLIPS.iterdir() if p.suffix not in (".md", ".json")]
    assert len(clips) >= 10
    for clip in clips:
        assert media_kind(clip.read_bytes()[:SNIFF_BYTES]) == MEDIA_VIDEO, clip.name
        assert clip.suffix in VIDEO_EXTENSIONS, clip.name
    # Sound alone is not offered: an M4A has the MP4 box but is no video.
    assert media_kind(_ftyp(b"M4A ").ljust(SNIFF_BYTES, b"\0")) != MEDIA_VIDEO


def desktop_mime_types() -> list[str]:
    desktop = (REPO / "installer_scripts/linux/safehash.desktop").read_text()
    assert "\nExec=safehash %F\n" in desktop
    mime = next(line for line in desktop.splitlines() if line.startswith("MimeType="))
    assert mime.endswith(";")
    return mime.removeprefix("MimeType=").rstrip(";").split(";")


def test_installers_offer_open_with_and_never_take_the_default():
    mime = desktop_mime_types()
    assert "image/jpeg" in mime and "image/png" in mime and "inode/directory" not in mime
    assert len(mime) == len(set(mime))
    # Every video container SafeHash reads, and nothing else (no sound, no other video).
    assert VIDEO_MIME_TYPES <= set(mime), VIDEO_MIME_TYPES - set(mime)
    assert {m for m in mime if not m.startswith("image/")} == VIDEO_MIME_TYPES

    with open(REPO / "installer_scripts/macos/Info.plist", "rb") as handle:
        info = plistlib.load(handle)
    photos, videos = info["CFBundleDocumentTypes"]
    for kind in (photos, videos):
        assert kind["LSHandlerRank"] == "Alternate"  # listed in Open With, never the default
        assert kind["CFBundleTypeRole"] == "Viewer"
    assert photos["LSItemContentTypes"] == ["public.image"]
    assert sorted(videos["LSItemContentTypes"]) == sorted(VIDEO_UTIS)
    # Types that are not Apple's own (public.*, com.apple.*) are imported, with the
    # extension and MIME type Finder maps to them, so .webm and .mkv files get them.
    imported = {d["UTTypeIdentifier"]: d for d in info["UTImportedTypeDeclarations"]}
    assert "UTExportedTypeDeclarations" not in info  # SafeHash defines no type of its own
    for _head, exts, types, uti in VIDEO_CONTAINERS.values():
        if uti.startswith(("public.", "com.apple.")):
            continue
        tags = imported[uti]["UTTypeTagSpecification"]
        assert imported[uti]["UTTypeConformsTo"] == ["public.movie"]
        assert tags["public.filename-extension"] == [e.lstrip(".") for e in exts]
        assert tags["public.mime-type"] == list(types)

    iss = (REPO / "installer_scripts/windows/safehash.iss").read_text()
    assert "OpenWithProgids" in iss and "ChangesAssociations=yes" in iss
    # Never the default: no extension's own (Default) value is ever written.
    offered: dict[str, str] = {}
    for line in iss.splitlines():
        if line.startswith("Root:") and "Software\\Classes\\." in line:
            assert "OpenWithProgids" in line and "ValueType: none" in line, line
            extension = line.split("Software\\Classes\\", 1)[1].split("\\", 1)[0]
            offered[extension] = line.split('ValueName: "', 1)[1].split('"', 1)[0]
    for extension in VIDEO_EXTENSIONS:
        assert offered.get(extension) == "SafeHash.Video", extension
        supported = (f'Subkey: "Software\\Classes\\Applications\\{{#AppExe}}\\SupportedTypes"; '
                     f'ValueType: string; ValueName: "{extension}"; ValueData: ""')  # fmt: skip
        assert supported in iss, extension
    assert {p for e, p in offered.items() if e not in VIDEO_EXTENSIONS} == {"SafeHash.Photo"}
    for progid in ("SafeHash.Photo", "SafeHash.Video"):
        command = f'Subkey: "Software\\Classes\\{progid}\\shell\\open\\command"; ValueType: string'
        assert f'{command}; ValueName: ""; ValueData: """{{app}}\\{{#AppExe}}"" -- ""%1"""' in iss


SHARED_MIME_INFO = Path("/usr/share/mime/packages/freedesktop.org.xml")


@pytest.mark.skipif(not SHARED_MIME_INFO.exists(), reason="no shared-mime-info here")
def test_each_video_extension_s_own_mime_type_is_offered():
    """A file manager names a file's type from shared-mime-info, whose names change (AVI:
    video/x-msvideo, then video/vnd.avi): the type this computer gives each video extension
    is on the .desktop file's MimeType line."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    owner = {}
    for kind in ET.parse(SHARED_MIME_INFO).getroot().findall("m:mime-type", ns):
        for glob in kind.findall("m:glob", ns):
            owner.setdefault(glob.get("pattern", "").lower(), kind.get("type"))
    mime = desktop_mime_types()
    for extension in VIDEO_EXTENSIONS:
        assert owner[f"*{extension}"] in mime, (extension, owner[f"*{extension}"])


@pytest.mark.skipif(not os.access("/usr/bin/desktop-file-validate", os.X_OK),
                    reason="desktop-file-utils is not installed")  # fmt: skip
def test_the_desktop_file_is_valid():
    done = subprocess.run(["/usr/bin/desktop-file-validate",
                           str(REPO / "installer_scripts/linux/safehash.desktop")],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower(), done.stdout
