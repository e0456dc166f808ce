"""Starting the window: ``run_app()`` is what ``safehash`` with no arguments calls."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from safehash.core import errors
from safehash.core.profile import load_profile
from safehash.gui.error_text import error_sentence

EXIT_OK = 0
EXIT_SETUP_FAILED = 1


def i18n_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources" / "i18n"


def available_languages() -> list[str]:
    """Languages with a compiled translation (``safehash_<code>.qm``); English is built in."""
    codes = {"en"}
    folder = i18n_dir()
    if folder.is_dir():
        for qm in folder.glob("safehash_*.qm"):
            codes.add(qm.stem.removeprefix("safehash_"))
    return sorted(codes)


def install_translation(app: QApplication, language: str | None) -> None:
    locale = QLocale(language) if language else QLocale.system()
    ours = QTranslator(app)
    if ours.load(locale, "safehash", "_", str(i18n_dir())):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    app.setLayoutDirection(locale.textDirection())


def run_app(argv: list[str] | None = None, *, on_ready: Callable[[], None] | None = None) -> int:
    """Open the window and run until it closes. ``on_ready`` (for the startup benchmark)
    runs once the window is shown and the event loop is idle."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("SafeHash")
    app.setDesktopFileName("safehash")
    # Closing the last window ends the program; the window itself drops what it held.
    app.setQuitOnLastWindowClosed(True)

    from safehash.gui.main_window import MainWindow
    from safehash.gui.services import create_services

    try:
        profile = load_profile()
    except errors.ProfileError as exc:
        QMessageBox.critical(None, "SafeHash", error_sentence(exc.code) + "\n\n" + exc.message)
        return EXIT_SETUP_FAILED
    services = create_services(profile)
    install_translation(app, services.settings.language)
    window = MainWindow(services, available_languages())
    window.show()
    if on_ready is not None:
        QTimer.singleShot(0, on_ready)
    code = app.exec()
    stopped = window.shutdown()
    if not stopped:
        # A request to the bank is still waiting for its timeout. Nothing is left to
        # save, so the process ends now rather than lingering invisibly.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
