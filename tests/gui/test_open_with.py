""""Open with SafeHash": ``safehash PHOTO_OR_FOLDER...`` opens the window at step 2 with
those photos added (subcommands keep working), macOS's FileOpen events add photos to the
running window, and the installers offer SafeHash in "Open with", never as the default."""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from safehash.cli import photos_to_open
from safehash.gui.app import FileOpenWatcher

from .helpers import open_dialog, wait_hashed
from .images import photo

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safehash.cli import main
from safehash.gui.main_window import MainWindow

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


def test_which_arguments_are_photos(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hash").write_bytes(b"")  # a file named like a subcommand
    (tmp_path / "p.jpg").write_bytes(b"")
    assert photos_to_open(["p.jpg", "missing.jpg"]) == ["p.jpg", "missing.jpg"]
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


def test_photos_opened_while_a_question_is_open_wait_for_it(qtbot, window, tmp_path):
    window.go_to(window.settings)
    window.settings.forget_button.click()
    question = open_dialog(qtbot, window, "forgetEverything")
    window.open_paths([str(photo(tmp_path / "p.jpg", 7))])
    assert window.current_page() is window.settings  # nothing changes behind a question
    question.reject()
    qtbot.waitUntil(lambda: window.current_page() is window.add_photos)
    wait_hashed(qtbot, window, 1)


def test_installers_offer_open_with_and_never_take_the_default():
    desktop = (REPO / "installer_scripts/linux/safehash.desktop").read_text()
    assert "\nExec=safehash %F\n" in desktop
    mime = next(line for line in desktop.splitlines() if line.startswith("MimeType="))
    assert "image/jpeg;" in mime and "image/png;" in mime and "inode/directory" not in mime

    with open(REPO / "installer_scripts/macos/Info.plist", "rb") as handle:
        info = plistlib.load(handle)
    (kind,) = info["CFBundleDocumentTypes"]
    assert kind["LSHandlerRank"] == "Alternate"  # listed in Open With, never the default
    assert kind["CFBundleTypeRole"] == "Viewer" and kind["LSItemContentTypes"] == ["public.image"]

    iss = (REPO / "installer_scripts/windows/safehash.iss").read_text()
    assert "OpenWithProgids" in iss and "ChangesAssociations=yes" in iss
    # Never the default: no extension's own (Default) value is ever written.
    for line in iss.splitlines():
        if line.startswith("Root:") and "Software\\Classes\\." in line:
            assert "OpenWithProgids" in line and "ValueType: none" in line, line
