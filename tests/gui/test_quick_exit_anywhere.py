"""Quick exit acts at once while a photo is being opened and while any dialog is open,
from the window's button, the dialog's own button, Esc twice and Ctrl+Shift+X; the reader
processes are gone afterwards."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from safehash.core.isolation import IsolatedReader, use_shared_reader
from safehash.gui.close_guard import ask_before_closing
from safehash.gui.error_text import error_sentence
from safehash.gui.main_window import MainWindow
from safehash.gui.preview import PreviewDialog
from support.worker_hooks import HANG, install_faults, slow_previews

from .helpers import open_dialog
from .images import photo

QUICK_EXIT_S = 0.2
WAYS = ["window button", "dialog button", "Esc twice", "Ctrl+Shift+X"]


@pytest.fixture
def slow_reader() -> Iterator[IsolatedReader]:
    """Every photo opened for a preview takes a minute (a hostile file could make it)."""
    reader = IsolatedReader(workers=1, test_hook=slow_previews)
    use_shared_reader(reader)
    yield reader
    use_shared_reader(IsolatedReader())  # closes the slow one, and its processes


def serving(dialog: PreviewDialog) -> list[multiprocessing.Process]:
    """The processes reading the dialog's photo now: those its request's cancel would kill."""
    request = dialog.request
    return [] if request is None else request.token.processes()


def busy(reader: IsolatedReader) -> list[multiprocessing.Process]:
    """The reader's processes serving a request now."""
    return reader.processes(busy_only=True)


def readers_alive() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "safehash-reader"]


def visible_windows() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def platform_click(button: QWidget) -> None:
    """A click as the platform delivers it, to the window at the button's place: unlike a
    click sent to the widget itself, it goes through Qt's modality rules, so it does
    nothing when a modal dialog blocks that window."""
    window = button.window().windowHandle()
    where = button.mapTo(button.window(), button.rect().center())
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


class HideClock(QObject):
    """When each window of the application was hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden_at: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and \
                watched.isWindow():  # fmt: skip
            self.hidden_at.append(time.monotonic())
        return False


def quick_exit(qtbot, window: MainWindow, dialog: QDialog, way: str) -> float:
    """Leave in ``way``, as a person does; the seconds until the last window was hidden
    (what follows, forgetting and the process ending, is not on screen)."""
    clock = HideClock()
    QApplication.instance().installEventFilter(clock)
    started = time.monotonic()
    try:
        _leave(qtbot, window, dialog, way)
    finally:
        QApplication.instance().removeEventFilter(clock)
    assert clock.hidden_at, "no window was hidden"
    return max(clock.hidden_at) - started


def _leave(qtbot, window: MainWindow, dialog: QDialog, way: str) -> None:
    if way == "window button":
        platform_click(window.quick_exit_button)
    elif way == "dialog button":
        platform_click(dialog.quick_exit_button)
    else:
        focus = QApplication.focusWidget()
        target = focus if focus is not None and dialog.isAncestorOf(focus) else dialog
        if way == "Esc twice":
            qtbot.keyClick(target, Qt.Key.Key_Escape)  # the first one closes the dialog
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        else:
            both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(target, Qt.Key.Key_X, both)
            # QTest's own release of Shift still says "Shift held", and the application
            # would believe it for the tests that follow (selections extend with Shift).
            qtbot.keyRelease(window, Qt.Key.Key_Shift)


def _open_preview(window: MainWindow, tmp_path: Path) -> QDialog:
    path = photo(tmp_path / "p.jpg", 4)
    dialog = PreviewDialog("p.jpg", str(path), window.previews, window)
    dialog.present()
    return dialog


@pytest.mark.parametrize("way", WAYS)
def test_quick_exit_while_a_slow_photo_opens(qtbot, window, slow_reader, tmp_path, way):
    dialog = _open_preview(window, tmp_path)
    assert dialog.status.isVisible() and dialog.status.text() == "Opening the photo…"
    qtbot.waitUntil(lambda: len(serving(dialog)) == 1, timeout=30_000)
    (process,) = serving(dialog)
    assert dialog.loading
    assert window.quick_exit_button.isEnabled()  # the rest of the window is held

    seconds = quick_exit(qtbot, window, dialog, way)

    assert visible_windows() == []
    assert seconds < QUICK_EXIT_S, f"{way}: {seconds:.3f} s"
    assert window.quit_calls == [True]
    assert window.open_dialogs() == []
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=5_000)


def test_closing_the_photo_stops_the_process_reading_it(qtbot, window, slow_reader, tmp_path):
    dialog = _open_preview(window, tmp_path)
    qtbot.waitUntil(lambda: len(serving(dialog)) == 1, timeout=30_000)
    (process,) = serving(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # one Esc: closes the photo, stays in the app
    assert not dialog.isVisible() and window.isVisible()
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=5_000)
    assert window.quit_calls == []
    assert window.held_part.isEnabled()


@pytest.fixture
def hanging_reader() -> Iterator[IsolatedReader]:
    """Two readers; a file named "fault-hang..." keeps its reader busy for ever."""
    reader = IsolatedReader(workers=2, test_hook=install_faults)
    use_shared_reader(reader)
    yield reader
    use_shared_reader(IsolatedReader())


def test_a_photo_stopped_from_elsewhere_says_so(qtbot, window, slow_reader, tmp_path):
    dialog = _open_preview(window, tmp_path)
    qtbot.waitUntil(lambda: len(serving(dialog)) == 1, timeout=30_000)
    slow_reader.kill_all()  # as the command line's Ctrl+C would, not the dialog
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5_000)
    assert dialog.status.text() == error_sentence("cancelled")
    assert window.isVisible() and dialog.isVisible()


def test_no_reader_process_is_left_after_quick_exit(qtbot, window, hanging_reader, tmp_path):
    paths = [str(photo(tmp_path / f"{HANG}-{i}.jpg", i)) for i in range(4)]
    window.go_to(window.add_photos)
    window.add_photos.add_paths(paths)
    # Both readers stuck in a file that never ends (nothing else is starting).
    qtbot.waitUntil(lambda: len(busy(hanging_reader)) == 2, timeout=30_000)
    processes = busy(hanging_reader)
    window.quick_exit()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not any(p.is_alive() for p in processes), timeout=5_000)
    qtbot.waitUntil(lambda: readers_alive() == [], timeout=5_000)  # and no other


# --- every kind of dialog ------------------------------------------------------------------


def _photo(window: MainWindow, tmp: Path) -> None:
    _open_preview(window, tmp)


def _forget_question(window: MainWindow, _tmp: Path) -> None:
    window.go_to(window.done)
    window.done.confirm_forget()


def _close_guard(window: MainWindow, _tmp: Path) -> None:
    ask_before_closing(window, window.services.outbox, window.close)


def _choose_photos(window: MainWindow, _tmp: Path) -> None:
    window.go_to(window.add_photos)
    window.add_photos.choose_photos()


def _choose_folder(window: MainWindow, _tmp: Path) -> None:
    window.go_to(window.add_photos)
    window.add_photos.choose_folder()


def _save_file(window: MainWindow, _tmp: Path) -> None:
    window.services.dialogs.save_file(window, "Save the receipt", "receipt.json", print)


def _open_file(window: MainWindow, _tmp: Path) -> None:
    window.go_to(window.case_status)
    window.case_status.load_receipt()


def _replace_file(window: MainWindow, tmp: Path) -> None:
    there = tmp / "receipt.json"
    there.write_text("{}")
    window.services.dialogs._ask_to_replace(window, str(there), print)


DIALOGS: dict[str, tuple[str, Callable[[MainWindow, Path], None]]] = {
    "photo": ("preview", _photo),
    "forget everything?": ("forgetEverything", _forget_question),
    "close SafeHash?": ("closeGuard", _close_guard),
    "choose photos": ("fileChooser", _choose_photos),
    "choose a folder": ("fileChooser", _choose_folder),
    "save a file": ("fileChooser", _save_file),
    "open a receipt": ("fileChooser", _open_file),
    "replace the file?": ("replaceFile", _replace_file),
}


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("kind", list(DIALOGS))
def test_quick_exit_while_a_dialog_is_open(qtbot, window, tmp_path, kind, way):
    name, opener = DIALOGS[kind]
    opener(window, tmp_path)
    dialog = open_dialog(qtbot, window, name)
    assert not window.held_part.isEnabled()  # nothing changes behind a question...
    assert window.quick_exit_button.isEnabled()  # ...but Quick exit is always there
    assert QApplication.activeModalWidget() is None  # which a modal dialog would block
    assert dialog.quick_exit_button.isVisible()

    seconds = quick_exit(qtbot, window, dialog, way)

    assert visible_windows() == []
    assert seconds < QUICK_EXIT_S, f"{kind}, {way}: {seconds:.3f} s"
    assert window.quit_calls == [True]
    assert window.open_dialogs() == []
