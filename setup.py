"""The one build step pyproject.toml cannot declare: resources/ goes into the package.

``resources/`` stays at the top of the source tree, where translators and deployers work.
Building a wheel (or installing from the sdist) copies it into ``safehash/resources/`` and
compiles the translations there: the ``.qm`` files, the pseudo-language and
``languages.json``, made by ``scripts/i18n.py`` with PySide6's lrelease (a build
requirement), never committed. The app reads them with ``importlib.resources``
(``safehash.core.package_data``). An editable install reads ``resources/`` in place.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources"
# Translation sources and build products: the step below makes the products afresh.
NOT_COPIED = ("*.ts", "*.qm", "languages.json", "*.md", "*.pro")


def compile_translations(target: Path) -> None:
    spec = importlib.util.spec_from_file_location("safehash_i18n", ROOT / "scripts" / "i18n.py")
    if spec is None or spec.loader is None:
        raise SystemExit("scripts/i18n.py is missing from this source tree")
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    i18n.compile_all(out=target, sources=SOURCES / "i18n")


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's resources/ is read in place
        target = Path(self.build_lib) / "safehash" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(SOURCES, target, ignore=shutil.ignore_patterns(*NOT_COPIED))
        compile_translations(target / "i18n")


setup(cmdclass={"build_py": BuildPyWithResources})
