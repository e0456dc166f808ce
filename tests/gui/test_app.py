"""``safehash`` with no arguments opens the window (``run_app()``), in a process of its own
as a person starts it, and leaves nothing behind when it closes."""

from __future__ import annotations

import os
import subprocess
import sys

from safehash.gui import app as gui_app

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
    print("TITLE", windows[0].step_title.text() if windows else None, flush=True)
    windows[0].close()

QTimer.singleShot(0, check)
sys.exit(main([]))
"""


def test_safehash_without_arguments_opens_the_window(isolated_home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "TITLE Step 1 of 5: Welcome" in done.stdout
    assert [p for p in isolated_home.rglob("*") if p.is_file()] == []  # nothing written


def test_languages_offered_are_those_with_a_translation():
    assert "en" in gui_app.available_languages()
