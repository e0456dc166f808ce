"""Where SafeHash's resources are: the deployment profile, icons and the compiled
translations (``.qm`` files and ``languages.json``).

Installed (a wheel, a zipapp, a PyInstaller bundle) they are package data,
``safehash/resources/``, read through ``importlib.resources``, so nothing depends on a
folder layout or on ``sys._MEIPASS``. In a source checkout (an editable install, the
tests) they are the top-level ``resources/`` folder that translators and deployers edit;
the wheel's build step copies it into the package (``setup.py``).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resources() -> Traversable:
    packaged = files("safehash") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "resources"  # client/safehash/core/ -> checkout
