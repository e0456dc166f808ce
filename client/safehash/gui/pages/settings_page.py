"""Side page: language, the hash bank (from the deployment profile, with an advanced
override), a proxy, and what this computer may remember. Nothing is written unless the
person presses "Save on this computer"."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from safehash.core import errors
from safehash.core.display import clean_for_display
from safehash.core.settings import Settings
from safehash.core.transport import normalise_proxy
from safehash.gui.error_text import error_sentence
from safehash.gui.services import Services
from safehash.gui.widgets import Page, named, plain_label, section


def language_label(code: str) -> str:
    """A language in its own name (as OnionShare does)."""
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class SettingsPage(Page):
    def __init__(
        self, services: Services, languages: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = named(QComboBox(), self.tr("Language"))
        self.language.addItem(self.tr("The computer's language"), None)
        for code in languages:
            self.language.addItem(language_label(code), code)
        self.body.addWidget(section(self.tr("Language"), self.language, plain_label(
            self.tr("A new language is used the next time SafeHash starts. More languages "
                    "will come with later versions.")
        )))  # fmt: skip

        profile = services.base_profile
        if profile.is_demo:
            where = self.tr("the practice bank on this computer (nothing is shared)")
        else:
            where = clean_for_display(profile.bank_name or profile.endpoint_host, 100)
        self.bank_text = plain_label(
            self.tr("Fingerprints are sent to %1, as set by %2.")
            .replace("%1", where)
            .replace("%2", clean_for_display(profile.organisation_name, 100))
        )  # fmt: skip
        self.override = named(QCheckBox(self.tr("Use another hash bank (advanced)")),
                              self.tr("Use another hash bank"))  # fmt: skip
        self.endpoint = named(QLineEdit(), self.tr("Address of the other hash bank"))
        self.endpoint.setPlaceholderText("https://")
        self.body.addWidget(section(self.tr("Hash bank"), self.bank_text, self.override,
                                    self.endpoint))  # fmt: skip

        self.proxy = named(
            QLineEdit(),
            self.tr("Proxy address"),
            self.tr("For example socks5h://127.0.0.1:9050 to go through Tor"),
        )
        self.proxy.setPlaceholderText("socks5h://127.0.0.1:9050")
        proxy_text = plain_label(
            self.tr(
                "Leave empty to connect directly. To hide that you use SafeHash from your "
                "network, enter the address of a proxy such as Tor."
            )
        )
        self.body.addWidget(section(self.tr("Connection"), proxy_text, self.proxy))

        self.remember_case = named(QCheckBox(self.tr("Remember my case on this computer")),
                                   self.tr("Remember my case on this computer"))  # fmt: skip
        self.keep_outbox = named(
            QCheckBox(self.tr("Keep fingerprints that could not be sent yet, encrypted")),
            self.tr("Keep fingerprints that could not be sent yet"),
        )
        store = services.store_status()
        remember_note = plain_label(
            self.tr("By default SafeHash remembers nothing: everything is forgotten when it "
                    "closes.") if store.available
            else error_sentence(errors.KeyringUnavailable.code)
        )  # fmt: skip
        self.remember_case.setEnabled(store.available)
        self.keep_outbox.setEnabled(store.available)
        self.body.addWidget(section(self.tr("What this computer remembers"), remember_note,
                                    self.remember_case, self.keep_outbox))  # fmt: skip

        self.apply_button = named(QPushButton(self.tr("Use until SafeHash closes")),
                                  self.tr("Use these settings until SafeHash closes"))  # fmt: skip
        self.save_button = named(QPushButton(self.tr("Save on this computer")),
                                 self.tr("Save these settings on this computer"))  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.feedback = plain_label()
        self.body.addWidget(self.feedback)
        self.body.addStretch(1)
        for field in (self.language, self.endpoint, self.proxy):
            field.setMaximumWidth(520)
        self.override.toggled.connect(self.endpoint.setEnabled)
        self.apply_button.clicked.connect(lambda: self.apply(save=False))
        self.save_button.clicked.connect(lambda: self.apply(save=True))

    def title(self) -> str:
        return self.tr("Settings")

    def continue_text(self) -> None:
        return None

    def entered(self) -> None:
        settings = self.services.settings
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.override.setChecked(bool(settings.endpoint_override))
        self.endpoint.setText(settings.endpoint_override or "")
        self.endpoint.setEnabled(bool(settings.endpoint_override))
        self.proxy.setText(settings.proxy or "")
        self.remember_case.setChecked(settings.remember_case)
        self.keep_outbox.setChecked(settings.keep_outbox)
        self.feedback.setText("")

    def chosen(self) -> Settings:
        endpoint = self.endpoint.text().strip() if self.override.isChecked() else ""
        if endpoint:
            self.services.base_profile.with_overrides(endpoint=endpoint)  # ProfileError
        return Settings(
            language=self.language.currentData(),
            proxy=self.proxy.text().strip() or None,
            endpoint_override=endpoint or None,
            remember_case=self.remember_case.isChecked(),
            keep_outbox=self.keep_outbox.isChecked(),
        )

    def apply(self, *, save: bool) -> None:
        proxy = self.proxy.text().strip()
        if proxy:
            try:
                normalise_proxy(proxy)
            except errors.BankError:
                self.feedback.setText(self.tr(
                    "The proxy address is not valid: it starts with socks5h://, socks5://, "
                    "http:// or https://, followed by the proxy's address and port."
                ))  # fmt: skip
                self.proxy.setFocus()
                return
            if "@" in proxy.partition("://")[2]:
                self.feedback.setText(
                    self.tr("A proxy with a password cannot be used from the settings.")
                )
                return
        try:
            settings = self.chosen()
            self.services.apply_settings(settings, save=save)
        except errors.ProfileError:
            self.feedback.setText(
                self.tr("The hash bank address is not valid: %1")
                .replace("%1", error_sentence(errors.InsecureUrl.code))
            )  # fmt: skip
            self.endpoint.setFocus()
            return
        except errors.SafeHashError as exc:
            self.feedback.setText(error_sentence(exc.code))
            return
        self.feedback.setText(
            self.tr("Saved on this computer.") if save
            else self.tr("In use until SafeHash closes. Nothing was saved.")
        )  # fmt: skip
