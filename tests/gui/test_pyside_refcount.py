"""PySide6 6.12.0 released references to None and True it never took, which aborts
CPython 3.11 after a few thousand calls; pyproject.toml excludes it. This keeps any
PySide6 we install honest."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Sender(QObject):
    changed = Signal(bool)
sender = Sender()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(500):
    label.setText("x")
    sender.changed.emit(True)
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_void_calls_and_emits_do_not_leak_or_over_release_singletons() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    none_delta, true_delta = map(int, done.stdout.split())
    assert abs(none_delta) < 50 and abs(true_delta) < 50
