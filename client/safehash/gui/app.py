"""Starting the window: ``run_app()`` is what ``safehash`` with no arguments calls."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from safehash.core import errors
from safehash.core.profile import load_profile
from safehash.gui.error_text import error_sentence
from safehash.gui.i18n import (
    available_languages,
    fill,
    i18n_dir,
    language_for_start,
    set_language,
)

if TYPE_CHECKING:
    from safehash.gui.main_window import MainWindow

__all__ = ["available_languages", "i18n_dir", "install_translation", "run_app"]

EXIT_OK = 0
EXIT_SETUP_FAILED = 1
# The readers (worker processes that open photos) start this long after the window is
# shown, so that loading Python and the decoders in them does not slow the first paint.
WARM_UP_DELAY_MS = 300


def start_readers() -> None:
    """Start the isolated readers in the background, ready for the first photo."""
    from safehash.core.isolation import shared_reader

    shared_reader().warm_up()


def install_translation(app: QApplication, language: str | None) -> str:
    """Speak the saved ``language`` if SafeHash has it, else the computer's; the code used."""
    del app  # translators are installed on the running application
    code = language_for_start(language)
    set_language(code)
    return code


class FileOpenWatcher(QObject):
    """macOS hands the photos and videos of "Open With" to a running app as ``FileOpen``
    events, not as arguments: they go to the window like dropped files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and watched is QApplication.instance():
            assert isinstance(event, QFileOpenEvent)
            if event.file():
                self._window.open_paths([event.file()])
            return True
        return False


def run_app(
    argv: list[str] | None = None,
    *,
    on_ready: Callable[[], None] | None = None,
    paths: list[str] | None = None,
) -> int:
    """Open the window and run until it closes; with ``paths`` (photos, videos or folders
    from "Open with SafeHash") at step 2 with them added. ``on_ready`` (for the startup
    benchmark) runs once the window is shown and the event loop is idle."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("SafeHash")
    app.setDesktopFileName("safehash")
    # Closing the last window ends the program; the window itself drops what it held.
    app.setQuitOnLastWindowClosed(True)

    from safehash.gui.main_window import MainWindow
    from safehash.gui.services import create_services

    install_translation(app, None)  # the computer's language, for a set-up problem
    try:
        profile = load_profile()
    except errors.ProfileError as exc:
        # The second paragraph is the profile's own English detail, for the organisation.
        text = QCoreApplication.translate("App", "%1\n\nDetails for the organisation: %2")
        QMessageBox.critical(None, "SafeHash", fill(text, error_sentence(exc.code), exc.message))
        return EXIT_SETUP_FAILED
    services = create_services(profile)
    if services.settings.language:
        install_translation(app, services.settings.language)
    window = MainWindow(services, available_languages())
    if paths:
        window.open_paths(paths)
    if sys.platform == "darwin":  # only there do files arrive as events
        app.installEventFilter(FileOpenWatcher(window))
    window.show()
    # The keyboard is ready at once: typing, Tab and Enter reach the window (where a window
    # manager decides otherwise, this only asks).
    window.raise_()
    window.activateWindow()
    QTimer.singleShot(WARM_UP_DELAY_MS, start_readers)
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
