"""The window: a header (where you are, Quick exit, side pages), the pages, and the
Back / Continue buttons. It wires pages together; the pages do the work. While one of its
dialogs is open, everything but Quick exit is greyed out (see ``dialogs``)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safehash.core.isolation import kill_all_readers
from safehash.core.outbox import Outbox
from safehash.gui.accessibility import announce, install_heading_roles
from safehash.gui.close_guard import ask_before_closing, would_lose_sendings
from safehash.gui.hashing import HashController
from safehash.gui.i18n import fill, number
from safehash.gui.pages.add_photos import AddPhotosPage
from safehash.gui.pages.case import CasePage
from safehash.gui.pages.case_status import CaseStatusPage
from safehash.gui.pages.check import CheckPage
from safehash.gui.pages.done import DonePage
from safehash.gui.pages.network_log import NetworkLogPage
from safehash.gui.pages.send import SendPage
from safehash.gui.pages.settings_page import SettingsPage
from safehash.gui.pages.welcome import WelcomePage
from safehash.gui.paste import local_paths
from safehash.gui.plurals import install_english_plurals
from safehash.gui.preview_loader import PreviewLoader
from safehash.gui.quick_exit import QuickExitWatcher, quick_exit_button
from safehash.gui.services import Services
from safehash.gui.session import Session
from safehash.gui.step_indicator import StepIndicator
from safehash.gui.theme import apply_theme, set_role
from safehash.gui.widgets import (
    MARGIN,
    SPACING,
    Page,
    flow_row,
    heading,
    labelled,
    named,
    retranslate_tree,
)

# The window's first size, when the screen has room for it: most pages fit without
# scrolling, and it is small enough for a 1366x768 laptop.
PREFERRED_SIZE = QSize(940, 740)
SCREEN_SHARE = 0.92  # at most this share of the screen's free area, each way

STEP_COUNT = 5


class MainWindow(QMainWindow):
    quick_exit_done = Signal()

    def __init__(
        self,
        services: Services,
        languages: list[str] | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        install_english_plurals()
        install_heading_roles()
        self.services = services
        self._quit_app = quit_app or QApplication.quit
        self._exiting = False
        self.setWindowTitle("SafeHash")
        self.setAcceptDrops(True)
        self.session = Session()
        self.hasher = HashController(self.session.photos)
        self.previews = PreviewLoader()
        self._dialogs: list[QDialog] = []  # open now, in the order they opened
        self._waiting_paths: list[str] = []  # opened with SafeHash while a dialog was open

        s = self.session
        self.welcome = WelcomePage(services)
        self.add_photos = AddPhotosPage(s, self.hasher, services.dialogs, self.previews)
        self.check = CheckPage(s, services)
        self.case = CasePage(s, services)
        self.send = SendPage(s, services)
        self.done = DonePage(s, services)
        self.flow: list[Page] = [self.welcome, self.add_photos, self.check, self.case,
                                 self.send, self.done]  # fmt: skip
        self.case_status = CaseStatusPage(s, services)
        self.settings = SettingsPage(services, languages or [])
        self.network_log = NetworkLogPage(services.network_log)

        self.stack = QStackedWidget()
        for page in [*self.flow, self.case_status, self.settings, self.network_log]:
            self.stack.addWidget(page)
            page.complete_changed.connect(self._update_footer)

        # Header: where you are (the step numbers and the title), and Quick exit in the
        # top corner.
        self.steps = StepIndicator(STEP_COUNT)
        self.step_title = heading("", role="title")
        self.step_title.setObjectName("stepTitle")
        self.status_button = labelled(QPushButton(), lambda: self.tr("Check or withdraw a case"))
        self.settings_button = labelled(QPushButton(), lambda: self.tr("Settings"))
        self.log_button = labelled(QPushButton(), lambda: self.tr("Network log"), None,
                                   lambda: self.tr("Every connection SafeHash made"))  # fmt: skip
        for button in (self.status_button, self.settings_button, self.log_button):
            # They open side pages, as links do: they look like links.
            set_role(button, "link")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.quick_exit_button = quick_exit_button(self.quick_exit)

        where = QVBoxLayout()
        where.setSpacing(SPACING // 2)
        where.addWidget(self.steps)
        where.addWidget(self.step_title)
        header = QHBoxLayout()
        header.setSpacing(SPACING // 2)
        header.addLayout(where, 1)
        header.addSpacing(SPACING)
        header.addWidget(self.quick_exit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.back_button = named(QPushButton(), "", lambda: self.tr("Go to the previous step"))
        self.continue_button = QPushButton()
        set_role(self.continue_button, "primary")
        self.continue_button.setMinimumWidth(140)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignBottom)
        footer.addStretch(1)
        # The side pages, away from both the step title and the primary action; on two
        # lines when a language's words (or large text) need the room.
        footer.addWidget(flow_row(self.status_button, self.settings_button, self.log_button,
                                  spacing=SPACING // 4), 0, Qt.AlignmentFlag.AlignVCenter)
        footer.addStretch(1)
        footer.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignBottom)

        # Everything below the header: what a dialog holds still while it is open.
        self.held_part = QWidget()
        held = QVBoxLayout(self.held_part)
        held.setContentsMargins(0, 0, 0, 0)
        held.setSpacing(SPACING * 3 // 4)
        held.addWidget(self.stack, 1)
        held.addLayout(footer)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN * 3 // 4)
        layout.setSpacing(SPACING * 3 // 4)
        layout.addLayout(header)
        layout.addWidget(self.held_part, 1)
        self.setCentralWidget(central)
        apply_theme(services.settings.text_size)
        style_hints = QGuiApplication.styleHints()  # kept: accessibility() lives in it
        style_hints.accessibility().contrastPreferenceChanged.connect(
            lambda _preference: apply_theme()
        )
        fit_to_screen(self)

        self.back_button.clicked.connect(self.go_back)
        self.continue_button.clicked.connect(self.go_on)
        self.status_button.clicked.connect(lambda: self.go_to(self.case_status))
        self.settings_button.clicked.connect(lambda: self.go_to(self.settings))
        self.log_button.clicked.connect(lambda: self.go_to(self.network_log))
        self.send.sent.connect(lambda: self.go_to(self.done))
        self.done.check_case_requested.connect(lambda: self.go_to(self.case_status))
        self.done.forget_requested.connect(self.forget_everything)
        self.settings.forget_requested.connect(self.forget_everything)
        self.done.start_again_requested.connect(self.start_again)

        self.quick_exit_watcher = QuickExitWatcher(self.quick_exit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.quick_exit_watcher)
        self._last_flow_page: Page = self.welcome
        self.go_to(self.welcome)

    # --- navigation -------------------------------------------------------------------

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def go_to(self, page: Page) -> None:
        if page in self.flow:
            self._last_flow_page = page
        self.stack.setCurrentWidget(page)
        page.entered()
        self._update_texts()
        self._focus_first(page)
        announce(self.step_title, self.step_title.text())  # a new step's title is said

    def _update_texts(self) -> None:
        page = self.current_page()
        if page.step is not None:
            #: The title of each step: "Step 2 of 5: Add your photos and videos". A support
            #: worker on the phone names the step by its number.
            title = fill(self.tr("Step %1 of %2: %3"), number(page.step), number(STEP_COUNT),
                         page.title())  # fmt: skip
        else:
            title = page.title()
        self.step_title.setText(title)
        self.step_title.setAccessibleName(title)
        self.steps.set_step(page.step, finished=page is self.done)
        self._update_footer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)  # the header and footer; each page does its own
            self._update_texts()
        elif event.type() in (QEvent.Type.ApplicationPaletteChange,
                              QEvent.Type.PaletteChange, QEvent.Type.ThemeChange):  # fmt: skip
            apply_theme()  # the platform's colours changed (dark mode, high contrast)
        super().changeEvent(event)

    # --- the keyboard -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keypad = Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~keypad and self._press_default():  # fmt: skip
            event.accept()
            return
        super().keyPressEvent(event)

    def _press_default(self) -> bool:
        """Enter presses the button that has the focus, or else the page's primary action
        (Start, Continue, Send; on a side page its own main button)."""
        if self._dialogs:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
            if focus.isEnabled():
                focus.click()
            return True
        page = self.current_page()
        button = self.continue_button if page.continue_text() is not None \
            else page.default_button()  # fmt: skip
        if isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled():
            button.click()
            return True
        return False

    def go_on(self) -> None:
        page = self.current_page()
        if page not in self.flow or not page.is_complete() or not page.take_continue():
            return
        index = self.flow.index(page)
        if index + 1 < len(self.flow):
            self.go_to(self.flow[index + 1])

    def go_back(self) -> None:
        page = self.current_page()
        if page not in self.flow:
            self.go_to(self._last_flow_page)
            return
        index = self.flow.index(page)
        if index > 0:
            self.go_to(self.flow[index - 1])

    def _update_footer(self) -> None:
        page = self.current_page()
        text = page.continue_text()
        self.continue_button.setVisible(text is not None)
        self.continue_button.setText(text or "")
        self.continue_button.setAccessibleName(text or "")
        self.continue_button.setEnabled(page.is_complete())
        in_flow = page in self.flow
        self.back_button.setVisible(page is not self.welcome and page is not self.done)
        self.back_button.setText(self.tr("Back") if in_flow else self.tr("Back to the steps"))
        self.back_button.setAccessibleName(self.back_button.text())

    def _focus_first(self, page: Page) -> None:
        """The keyboard focus on arrival: the first thing to do on the page, else its
        primary action, else its first control. Drawn with the focus ring (``theme``)."""
        reason = Qt.FocusReason.TabFocusReason
        wanted = page.first_focus()
        if wanted is not None and wanted.isEnabled() and wanted.isVisibleTo(page):
            wanted.setFocus(reason)
            page.follow_focus(wanted)
            return
        # (Visible to the window: at start the window itself is not shown yet.)
        if self.continue_button.isVisibleTo(self) and self.continue_button.isEnabled():
            self.continue_button.setFocus(reason)
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and \
                    widget.isVisibleTo(page):  # fmt: skip
                widget.setFocus(reason)
                page.follow_focus(widget)
                return
            widget = widget.nextInFocusChain()

    # --- drag and drop ----------------------------------------------------------------

    def _accepts_drop(self, event: QDragEnterEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return (
            mime is not None
            and mime.hasUrls()
            and bool(local_paths(list(mime.urls())))
            and self.current_page() in (self.welcome, self.add_photos)
            and not self._dialogs
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts_drop(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts_drop(event):
            event.ignore()
            return
        event.acceptProposedAction()
        if self.current_page() is not self.add_photos:
            self.go_to(self.add_photos)
        self.add_photos.add_urls(list(event.mimeData().urls()))

    def open_paths(self, paths: list[str]) -> None:
        """Photos, videos or folders opened with SafeHash (its command line, or macOS's
        "Open With"): step 2, with them added. Only this run's files are ever on the list."""
        if self._dialogs:  # nothing changes behind a question: after it
            self._waiting_paths.extend(paths)
            return
        if self.current_page() is not self.add_photos:
            self.go_to(self.add_photos)
        self.add_photos.add_paths([os.path.abspath(p) for p in paths])

    # --- dialogs (DialogHost) ----------------------------------------------------------

    def hold_for(self, dialog: QDialog) -> None:
        """Grey out all but Quick exit while ``dialog`` is open (it is not modal, so that
        Quick exit stays clickable; see ``dialogs``)."""
        self._dialogs.append(dialog)
        self.held_part.setEnabled(False)
        dialog.finished.connect(lambda _result, d=dialog: self._release(d))

    def _release(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        if not self._dialogs:
            self.held_part.setEnabled(True)
            if self.isVisible():
                self._focus_first(self.current_page())
            waiting, self._waiting_paths = self._waiting_paths, []
            if waiting and not self._exiting:
                self.open_paths(waiting)

    def open_dialogs(self) -> list[QDialog]:
        return list(self._dialogs)

    def close_dialogs(self) -> None:
        """Close every open dialog as "no" or "cancel": nothing they would do happens."""
        for dialog in reversed(self._dialogs):
            dialog.reject()

    # --- forgetting -------------------------------------------------------------------

    def wipe(self) -> None:
        """Drop every photo path, hash and token this window holds in memory."""
        self._waiting_paths = []
        self.hasher.reset()
        self.services.bank.forget_pending()
        self.session.wipe()
        for editor in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            editor.clear()
        self.case.forget()
        self.case_status.forget()
        self.services.network_log.clear()
        if not self.services.outbox.persistent:
            self.services.outbox = Outbox()

    def quick_exit(self) -> None:
        if self._exiting:
            return
        self._exiting = True
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        # Ask for no more files, then kill every reader (it never waits): a photo being
        # read, however hostile, stops with its process.
        self.hasher.cancel()
        self.previews.cancel_all()
        kill_all_readers()
        self.close_dialogs()
        self.services.clipboard.clear_if_ours()
        self.wipe()
        self.services.outbox = Outbox()  # nothing is saved on the way out
        self.quick_exit_done.emit()
        self._quit_app()

    def forget_everything(self) -> None:
        self.wipe()
        self.services.forget_everything()
        self.go_to(self.welcome)

    def start_again(self) -> None:
        case = self.session.case
        self.hasher.reset()
        self.session.wipe()
        self.session.case = case
        self.go_to(self.add_photos)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._exiting and would_lose_sendings(self.services.outbox):
            event.ignore()
            asking = [d for d in self._dialogs if d.objectName() == "closeGuard"]
            if asking:
                asking[0].raise_()
                asking[0].activateWindow()
            else:
                ask_before_closing(self, self.services.outbox, self._close_anyway)
            return
        self.hide()
        self.previews.cancel_all()
        self.close_dialogs()
        self.services.clipboard.clear_if_ours()
        self.wipe()
        event.accept()

    def _close_anyway(self) -> None:
        self.services.outbox = Outbox()  # the person chose to let them go
        self.close()

    def shutdown(self) -> bool:
        """Stop the worker threads; False if one did not stop in time."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.quick_exit_watcher)
        hashing_stopped = self.hasher.shutdown()
        previews_stopped = self.previews.shutdown()
        bank_stopped = self.services.shutdown()
        return hashing_stopped and previews_stopped and bank_stopped


def fit_to_screen(window: QWidget) -> None:
    """The first size: the preferred one where the screen has room, else what the screen's
    free area allows (large text or a 1.5x scale on a small screen), centred on it, so that
    Quick exit and the primary action are never outside the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED_SIZE)
        return
    free = screen.availableGeometry()
    width = min(PREFERRED_SIZE.width(), int(free.width() * SCREEN_SHARE))
    height = min(PREFERRED_SIZE.height(), int(free.height() * SCREEN_SHARE))
    window.resize(max(width, 320), max(height, 240))
    frame = window.frameGeometry()
    frame.moveCenter(free.center())
    window.move(frame.topLeft())
