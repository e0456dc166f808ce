"""Save a PNG of every page of the window, with realistic content, to screenshots/.

    make screenshots            # under Xvfb (xvfb-run -a), as a real X11 window
    make screenshots LOCALE=ar  # in Arabic (right to left), into screenshots/ar/
    make screenshots LOCALE=pseudo   # the pseudo-language: untranslated text stands out
    python scripts/screenshots.py [--out DIR] [--locale CODE]   # any display, or offscreen

Runs in a temporary HOME against a reference bank on 127.0.0.1 (nothing leaves this
computer): four photos that hash well, one with too little detail, one file that is not
a photo and a folder that cannot be opened, then a video (its row while it is read, and its
still picture); a first sending that fails (so the outbox shows) and a retry that works.
Dialogs are also drawn over the window, as they are seen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="default: screenshots/, or screenshots/<locale>/")
    parser.add_argument("--locale", default="en",
                        help='a compiled language ("ar", "es", ...) or "pseudo"')
    args = parser.parse_args()
    locale = "en_XA" if args.locale == "pseudo" else args.locale.replace("-", "_")
    out = args.out or (REPO / "screenshots" / (args.locale if locale != "en" else ""))
    with practice_home("safehash-shots-") as temp:
        return shoot(out, temp, locale)


@contextmanager
def practice_home(prefix: str) -> Iterator[Path]:
    """A temporary folder holding an empty HOME (and XDG folders) that SafeHash is run in,
    so nothing of the user's own is read or changed; offscreen Qt when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix=prefix) as temp:
        home = Path(temp) / "home"
        for sub in (".config", ".local/share", ".cache"):
            (home / sub).mkdir(parents=True)
        os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                          XDG_DATA_HOME=str(home / ".local/share"),
                          XDG_CACHE_HOME=str(home / ".cache"))  # fmt: skip
        yield Path(temp)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run Qt's events until ``condition`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle() -> None:
    """Give the window 150 ms of events to finish drawing before it is grabbed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def make_photos(folder: Path) -> list[Path]:
    import numpy as np
    from PIL import Image

    sys.path.insert(0, str(REPO / "tests"))
    from support.folders import nest_too_deep
    from support.reference_images import photo_like

    folder.mkdir(parents=True)
    paths = []
    for seed, name in ((3, "IMG_2041.jpg"), (4, "IMG_2042.jpg"), (5, "beach-2023.png"),
                       (6, "IMG_2077.jpg")):  # fmt: skip
        path = folder / name
        Image.fromarray(photo_like(1200, 900, seed)).save(path, quality=90)
        paths.append(path)
    closed = folder / "Private"  # deeper than the system can open, so also for root
    closed.mkdir()
    nest_too_deep(closed, "nested-" + "x" * 200, levels=25)
    dark = folder / "screenshot-night.png"
    Image.fromarray(np.full((600, 800, 3), 18, dtype=np.uint8)).save(dark)
    broken = folder / "chat-export.jpg"
    broken.write_bytes(b"This is not really a photo.\n")
    return [*paths, dark, broken, closed]


def make_video(folder: Path) -> Path:
    """An 8-second phone-like clip (H.264 with sound, in MP4), made here by PyAV."""
    from fractions import Fraction

    from support.video_clips import Clip, write_clip

    clip = Clip("mp4", "libx264", width=640, height=360, rate=Fraction(25), seconds=8.0,
                audio=True, seed=7)  # fmt: skip
    return write_clip(folder / "VID_2051.mp4", clip)


def select_row(table: object, row: int) -> None:
    """As a click does it (QTableView.selectRow selects nothing in a right-to-left view)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(table.model().index(row, 0),  # type: ignore[attr-defined]
                                  flags.ClearAndSelect | flags.Rows)  # fmt: skip


def dark_palette() -> object:
    """What a system in dark mode hands every app (the window itself sets no colour)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"), (roles.WindowText, "#e8eaed"), (roles.Base, "#17181a"),
        (roles.AlternateBase, "#2a2b2e"), (roles.Text, "#e8eaed"), (roles.Button, "#303134"),
        (roles.ButtonText, "#e8eaed"), (roles.Highlight, "#8ab4f8"),
        (roles.HighlightedText, "#202124"), (roles.ToolTipBase, "#303134"),
        (roles.ToolTipText, "#e8eaed"), (roles.PlaceholderText, "#9aa0a6"),
        (roles.Link, "#8ab4f8"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#80868b"))
    return palette


def high_contrast_palette() -> object:
    """What a high-contrast theme hands every app: black, white and one bright accent."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#000000"), (roles.WindowText, "#ffffff"), (roles.Base, "#000000"),
        (roles.AlternateBase, "#000000"), (roles.Text, "#ffffff"), (roles.Button, "#000000"),
        (roles.ButtonText, "#ffffff"), (roles.Highlight, "#ffff00"),
        (roles.HighlightedText, "#000000"), (roles.ToolTipBase, "#000000"),
        (roles.ToolTipText, "#ffffff"), (roles.PlaceholderText, "#c0c0c0"),
        (roles.Link, "#00ffff"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    for role in (roles.ButtonText, roles.WindowText, roles.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#00ff00"))
    return palette


def shoot(out: Path, temp: Path, locale: str = "en") -> int:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from safehash.core.isolation import IsolatedReader, use_shared_reader
    from safehash.core.profile import load_profile
    from safehash.core.transport import RetryPolicy
    from safehash.gui.app import available_languages
    from safehash.gui.i18n import compiled_languages, set_language
    from safehash.gui.main_window import MainWindow
    from safehash.gui.photos import PROGRESS_ROLE
    from safehash.gui.plurals import install_english_plurals
    from safehash.gui.preview import PreviewDialog
    from safehash.gui.services import create_services
    from safehash.refbank import start_refbank

    _app = QApplication.instance() or QApplication([])  # kept alive until the end
    install_english_plurals()
    if locale not in compiled_languages():
        print(f"No compiled translation for {locale!r}: run `make translations` first; "
              f"there are {', '.join(compiled_languages())}.", file=sys.stderr)
        return 1
    set_language(locale)
    out.mkdir(parents=True, exist_ok=True)
    photos = make_photos(temp / "Pictures")
    saved: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{len(saved) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    def grab_screen(window: QWidget, name: str) -> None:
        """The window and its dialog as the screen shows them (a real display only)."""
        settle()
        screen = QGuiApplication.primaryScreen()
        if QGuiApplication.platformName() == "offscreen" or screen is None:
            return
        frame = window.frameGeometry()
        path = out / f"{len(saved) + 1:02d}-{name}.png"
        screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
        saved.append(path)

    with start_refbank(None, bank_name="Helpline hash bank (practice)") as bank:
        profile = load_profile().with_overrides(endpoint=bank.url)
        services = create_services(profile, retry=RetryPolicy(max_attempts=1))
        window = MainWindow(services, available_languages(), quit_app=lambda: None)
        window.resize(960, 760)
        window.show()
        try:
            grab(window, "step1-welcome")
            window.go_on()
            grab(window, "step2-add-photos-empty")
            window.add_photos.add_paths([str(p) for p in photos])
            wait_until(lambda: not window.hasher.busy and window.session.photos.rowCount() == 7)
            select_row(window.add_photos.table, 5)
            grab(window, "step2-add-photos")
            # A video while it is read: its row shows how far (its reader slowed down here,
            # so that the moment can be drawn).
            sys.path.insert(0, str(REPO / "tests"))
            from support.worker_hooks import slow_previews, slow_video_frames

            video = make_video(temp / "Pictures")
            use_shared_reader(IsolatedReader(workers=1, test_hook=slow_video_frames))
            window.add_photos.add_paths([str(video)])
            model = window.session.photos
            wait_until(lambda: model.rowCount() == 8)
            cell = model.index(7, 1)
            window.add_photos.table.scrollTo(cell)
            wait_until(lambda: (cell.data(PROGRESS_ROLE) or 0.0) >= 0.35)
            grab(window, "step2-video-reading")
            wait_until(lambda: not window.hasher.busy, timeout=120)
            use_shared_reader(IsolatedReader())
            select_row(window.add_photos.table, 7)
            grab(window, "step2-video-ready")
            entry = model.entry(7)
            preview = PreviewDialog(entry.name, entry.path, window.previews, window, video=True)
            preview.present()
            wait_until(lambda: not preview.loading)
            grab(preview, "step2-show-a-still-of-the-video")
            grab_screen(window, "step2-show-a-still-of-the-video-over-the-window")
            preview.close()
            select_row(window.add_photos.table, 1)
            # A photo that takes its time to open (a reader that never finishes).
            use_shared_reader(IsolatedReader(workers=1, test_hook=slow_previews))
            entry = window.session.photos.entry(1)
            preview = PreviewDialog(entry.name, entry.path, window.previews, window)
            preview.present()
            grab(preview, "step2-show-this-photo-opening")
            grab_screen(window, "step2-show-this-photo-opening-over-the-window")
            preview.close()
            use_shared_reader(IsolatedReader())
            preview = PreviewDialog(entry.name, entry.path, window.previews, window)
            preview.present()
            wait_until(lambda: not preview.loading)
            grab(preview, "step2-show-this-photo")
            preview.close()
            window.add_photos.choose_photos()
            (chooser,) = window.open_dialogs()
            grab(chooser, "step2-choose-photos")
            grab_screen(window, "step2-choose-photos-over-the-window")
            chooser.reject()
            window.go_on()
            wait_until(lambda: window.session.bank_info is not None)
            grab(window, "step3-check")
            # Its top, where photos and videos are counted apart (the focus scrolled down).
            window.check.scroll.verticalScrollBar().setValue(0)
            grab(window, "step3-check-top")
            window.check.show_json.setChecked(True)
            window.check.consent.setChecked(True)
            grab(window, "step3-check-exact-message")
            window.go_on()
            grab(window, "step4-case-empty")
            window.case.token_edit.setText("SH-7K2M-")
            grab(window, "step4-case-typing")
            window.case.token_edit.clear()
            window.case.new_case.setChecked(True)
            window.case.open_new_case()
            wait_until(lambda: window.case.new_token.text() != "")
            grab(window, "step4-case-new-token")
            bank.faults.add("status", count=1, method="POST", path="/v1/submissions",
                            status=503)  # fmt: skip
            window.go_on()
            wait_until(lambda: window.send.retry_button.isVisible())
            window.send.outbox_list.setCurrentRow(0)
            grab(window, "step5-send-failed-outbox")
            window.send.start()
            wait_until(lambda: window.current_page() is window.done)
            grab(window, "done-receipt")
            window.go_to(window.case_status)
            window.case_status.check()
            wait_until(lambda: window.case_status.sendings.count() > 0)
            grab(window, "case-status")
            window.go_to(window.settings)
            grab(window, "settings")
            window.go_to(window.network_log)
            grab(window, "network-log")
            # A question with Qt's own Yes / No buttons, as "Forget everything?" asks it.
            window.go_to(window.done)
            window.done.confirm_forget()
            (question,) = window.open_dialogs()
            grab(question, "question-forget-everything")
            grab_screen(window, "question-forget-everything-over-the-window")
            question.reject()
            # The system's dark mode: the window only uses the platform palette.
            light = QApplication.palette()
            QApplication.setPalette(dark_palette())
            window.go_to(window.add_photos)
            grab(window, "dark-mode-add-photos")
            window.go_to(window.done)
            grab(window, "dark-mode-done")
            window.go_to(window.case)
            grab(window, "dark-mode-case")
            # A high-contrast theme.
            QApplication.setPalette(high_contrast_palette())
            window.go_to(window.welcome)
            grab(window, "high-contrast-welcome")
            window.go_to(window.add_photos)
            grab(window, "high-contrast-add-photos")
            window.go_to(window.case)
            grab(window, "high-contrast-case")
            window.go_to(window.done)
            grab(window, "high-contrast-done")
            QApplication.setPalette(light)
        finally:
            window.shutdown()
        # A large system font (here 1.6 times the usual size), set before the window opens.
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        QApplication.setFont(font)
        services = create_services(profile, retry=RetryPolicy(max_attempts=1))
        large = MainWindow(services, available_languages(), quit_app=lambda: None)
        large.resize(960, 760)
        large.show()
        try:
            grab(large, "large-text-welcome")
            large.go_on()
            large.add_photos.add_paths([str(p) for p in photos])
            wait_until(lambda: not large.hasher.busy and large.session.photos.rowCount() == 7)
            grab(large, "large-text-add-photos")
        finally:
            large.shutdown()
    for path in saved:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
