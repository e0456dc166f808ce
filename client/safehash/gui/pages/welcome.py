"""Step 1: what happens, what is sent and what is not, honest limits, and where to get help.

The organisation's name, the age note and the support link come from the deployment
profile in the window's language (``Profile.text``, ``Profile.support_for``), and change
with it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from safehash.core.display import clean_for_display
from safehash.core.profile import SupportLink
from safehash.gui.bank_words import bank_name
from safehash.gui.bidi import isolate
from safehash.gui.error_text import error_sentence
from safehash.gui.flow_layout import FlowLayout
from safehash.gui.i18n import current_language, fill, local_digits, number
from safehash.gui.quick_exit import shortcut_hint
from safehash.gui.services import Services
from safehash.gui.widgets import Page, named, plain_label, section, set_text


def system_country() -> str | None:
    """The computer's region ("GB"), for a support link near the person."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if len(code) == 2 else None


class WelcomePage(Page):
    step = 1

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.body.addWidget(plain_label(self._intro))
        self.body.addWidget(
            section(
                lambda: self.tr("What is sent, and what is not"),
                plain_label(lambda: self.tr(
                    "Sent: a fingerprint of each photo and video (a short code made from the "
                    "picture, often called a hash) and your case token."
                )),
                plain_label(lambda: self.tr(
                    "Never sent: your photos and videos, their names, where they are on this "
                    "computer, or anything else about you."
                )),
            )
        )  # fmt: skip
        self.body.addWidget(
            section(
                lambda: self.tr("What this can and cannot do"),
                plain_label(lambda: self.tr(
                    "It helps partner platforms block copies of your photos and videos. It does "
                    "not remove what is already online, and it cannot stop every website."
                )),
                plain_label(lambda: self.tr(
                    "A fingerprint is sensitive: a rough likeness of a photo, or of moments of a "
                    "video, can sometimes be rebuilt from it. It is only sent to the bank named "
                    "here."
                )),
            )
        )  # fmt: skip
        age_text = plain_label(
            lambda: local_digits(clean_for_display(self._profile_text("age_note"), 600))
        )
        self.age_section = section(
            #: %1 is the age, 18, in the digits of your language.
            lambda: fill(self.tr("If someone in a photo or video was under %1"), number(18)),
            age_text,
        )
        self.age_section.setVisible(bool(self._profile_text("age_note")))
        self.body.addWidget(self.age_section)

        self.links_row = QWidget()
        self._links = FlowLayout(self.links_row)
        self.links_section = section(lambda: self.tr("Help and support"), self.links_row)
        self.body.addWidget(self.links_section)
        self._build_links()
        self.body.addWidget(plain_label(lambda: fill(self.tr("Quick exit: %1"), shortcut_hint())))
        for code in services.problems:
            self.body.addWidget(plain_label(lambda code=code: error_sentence(code)))
        self.body.addStretch(1)

    def _intro(self) -> str:
        if self.services.profile.is_demo:
            # The practice bank: the same words as on every other page (``bank_words``).
            return fill(self.tr(
                "SafeHash makes a fingerprint of each photo and video you choose, here on "
                "this computer. Only these fingerprints, with your case token, are sent to %1, "
                "where you can try out every step: nothing leaves this computer."
            ), bank_name(self.services.profile))  # fmt: skip
        organisation = local_digits(clean_for_display(self._profile_text("organisation_name")))
        return fill(self.tr(
            "SafeHash makes a fingerprint of each photo and video you choose, here on "
            "this computer. Only these fingerprints, with your case token, are sent to the "
            "hash bank used by %1. Partner platforms use them to recognise copies of "
            "your photos and videos and block them."
        ), isolate(organisation))  # fmt: skip

    def _profile_text(self, key: str) -> str:
        return self.services.profile.text(key, current_language())

    def support_link(self) -> SupportLink | None:
        return self.services.profile.support_for(current_language(), system_country())

    def _build_links(self) -> None:
        """The support link for the current language (and the computer's region), and the
        age note's link; rebuilt when the language changes, as the link may change too."""
        while (item := self._links.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        profile = self.services.profile
        links = []
        support = self.support_link()
        if support is not None:
            links.append(self._link_button(support.name, support.url))
        if profile.age_note_url:
            links.append(self._link_button(QUrl(profile.age_note_url).host(), profile.age_note_url))
        for button in links:
            self._links.addWidget(button)
        self.links_section.setVisible(bool(links))

    def _link_button(self, name: str, url: str) -> QPushButton:
        shown = isolate(clean_for_display(name, 80))
        button = QPushButton()
        set_text(button, lambda: fill(self.tr("Open %1"), shown))
        named(button, lambda: fill(self.tr("Open %1"), shown),
              lambda: self.tr("Opens the website in your browser"))  # fmt: skip
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
        return button

    def retranslate(self) -> None:
        super().retranslate()
        self.age_section.setVisible(bool(self._profile_text("age_note")))
        self._build_links()

    def title(self) -> str:
        return self.tr("Welcome")

    def continue_text(self) -> str:
        return self.tr("Start")
