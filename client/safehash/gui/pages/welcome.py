"""Step 1: what happens, what is sent and what is not, honest limits, and where to get help."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from safehash.core.display import clean_for_display
from safehash.gui.error_text import error_sentence
from safehash.gui.quick_exit import shortcut_hint
from safehash.gui.services import Services
from safehash.gui.widgets import Page, named, plain_label, section


class WelcomePage(Page):
    step = 1

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = services.profile
        lang = services.language
        self.body.addWidget(
            plain_label(
                self.tr(
                    "SafeHash makes a fingerprint of each photo you choose, here on this "
                    "computer. Only these fingerprints, with your case token, are sent to the "
                    "hash bank used by %1. Partner platforms use them to recognise copies of "
                    "your photos and block them."
                ).replace("%1", clean_for_display(profile.text("organisation_name", lang)))
            )
        )
        self.body.addWidget(
            section(
                self.tr("What is sent, and what is not"),
                plain_label(
                    self.tr(
                        "Sent: a fingerprint of each photo (a short code made from the "
                        "picture, often called a hash) and your case token."
                    )
                ),
                plain_label(
                    self.tr(
                        "Never sent: your photos, their names, where they are on this "
                        "computer, or anything else about you."
                    )
                ),
            )
        )
        self.body.addWidget(
            section(
                self.tr("What this can and cannot do"),
                plain_label(
                    self.tr(
                        "It helps partner platforms block copies of your photos. It does not "
                        "remove photos that are already online, and it cannot stop every "
                        "website."
                    )
                ),
                plain_label(
                    self.tr(
                        "A fingerprint is sensitive: a rough likeness of a photo can sometimes "
                        "be rebuilt from it. It is only sent to the bank named here."
                    )
                ),
            )
        )
        age = profile.text("age_note", lang)
        if age:
            self.body.addWidget(
                section(
                    self.tr("If someone in a photo was under 18"),
                    plain_label(clean_for_display(age, 600)),
                )
            )
        self._links = QHBoxLayout()
        self._links.setSpacing(12)
        link_widgets = []
        support = profile.support_for(lang)
        for link in [support] if support else []:
            link_widgets.append(self._link_button(link.name, link.url))
        if profile.age_note_url:
            link_widgets.append(
                self._link_button(QUrl(profile.age_note_url).host(), profile.age_note_url)
            )
        if link_widgets:
            row = QWidget()
            row.setLayout(self._links)
            for button in link_widgets:
                self._links.addWidget(button)
            self._links.addStretch(1)
            self.body.addWidget(section(self.tr("Help and support"), row))
        self.body.addWidget(plain_label(self.tr("Quick exit: %1").replace("%1", shortcut_hint())))
        for code in services.problems:
            self.body.addWidget(plain_label(error_sentence(code)))
        self.body.addStretch(1)

    def _link_button(self, name: str, url: str) -> QPushButton:
        shown = clean_for_display(name, 80)
        button = QPushButton(self.tr("Open %1").replace("%1", shown))
        named(button, self.tr("Open %1").replace("%1", shown),
              self.tr("Opens the website in your browser"))  # fmt: skip
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
        return button

    def title(self) -> str:
        return self.tr("Welcome")

    def continue_text(self) -> str:
        return self.tr("Start")
