"""``safehash --self-test``: open the real window, check it reached its first page, close it.

Installers and the packaging tests run this on a fresh build (``QT_QPA_PLATFORM=offscreen``
where there is no screen) to prove that Qt, its plugins, the deployment profile and the
translations were all found. Exit status 0 when the window showed the welcome page and
closed cleanly; 1, with one plain sentence on stderr, otherwise. A watchdog ends the
process after ``TIMEOUT_S`` seconds whatever state Qt is in, so a hung build cannot
stall an installer or a CI run.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTimer
from PySide6.QtWidgets import QApplication

from safehash.core import errors
from safehash.core.profile import default_profile_path, load_profile

TIMEOUT_S = 30.0
POLL_MS = 50
EXIT_OK = 0
EXIT_FAILED = 1


def _fail(message: str) -> int:
    print(f"SafeHash self-test failed: {message}", file=sys.stderr, flush=True)
    return EXIT_FAILED


def _start_watchdog(timeout_s: float) -> threading.Timer:
    def expire() -> None:
        _fail(f"the window did not open and close within {timeout_s:g} seconds.")
        sys.stdout.flush()
        os._exit(EXIT_FAILED)  # Qt may be stuck in C++: nothing gentler is sure to work

    watchdog = threading.Timer(timeout_s, expire)
    watchdog.daemon = True
    watchdog.start()
    return watchdog


def run_self_test(timeout_s: float = TIMEOUT_S) -> int:
    watchdog = _start_watchdog(timeout_s)
    try:
        return _run()
    finally:
        watchdog.cancel()


def _run() -> int:
    # The profile first: run_app would show a modal error box, which offscreen nobody sees.
    try:
        load_profile()
    except errors.ProfileError as exc:
        return _fail(f"the deployment profile ({default_profile_path()}) - {exc.message}")

    # Qt's own translations (its dialogs' buttons): a bundle that lost them still runs,
    # in English only, so nothing else would notice.
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not list(Path(qt_translations).glob("qtbase_*.qm")):
        return _fail(f"Qt's translations are missing from {qt_translations}.")

    from safehash.gui.app import run_app
    from safehash.gui.main_window import MainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    problems: list[str] = []
    passed: list[str] = []

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            problems.append("no SafeHash window was created.")
            app.exit(EXIT_FAILED)
            return
        window = windows[0]
        handle = window.windowHandle()
        if not (window.isVisible() and handle is not None and handle.isExposed()):
            QTimer.singleShot(POLL_MS, check)  # shown, but the platform has not drawn it yet
            return
        if window.current_page() is not window.welcome:
            problems.append(f"the first page is {type(window.current_page()).__name__}, "
                            "not the welcome page.")  # fmt: skip
            app.exit(EXIT_FAILED)
            return
        passed.append(f"the window opened on the welcome page ({app.platformName()} platform)")
        # Closing the last window must end the program by itself, as it does for a person.
        window.close()

    code = run_app(on_ready=check)
    if problems:
        return _fail(problems[0])
    if code != EXIT_OK or not passed:
        return _fail(f"the window closed with status {code} before the check ran.")
    print(f"SafeHash self-test passed: {passed[0]} and closed cleanly.", flush=True)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(run_self_test())
