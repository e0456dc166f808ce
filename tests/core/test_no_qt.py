"""The core is plain Python: importing all of it never loads Qt."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import safehash.core

CORE = Path(safehash.core.__file__).parent


def test_no_qt_import_statements() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt\d|shiboken6|qtpy)\b", re.M)
    offenders = [p for p in CORE.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        m.name for m in pkgutil.walk_packages([str(CORE)], prefix="safehash.core.")
    ]
    assert "safehash.core.hashing" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
