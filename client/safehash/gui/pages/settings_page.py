"""Side page: language, the hash bank (from the deployment profile, with an advanced
override), a proxy, and what this computer may remember. Nothing is written unless the
person presses "Save on this computer".

A language chosen here is used at once (every page changes its words, nothing else
changes) and said in that language; it is kept for next time only when the person saves."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from safehash.core import errors
from safehash.core.display import clean_for_display
from safehash.core.settings import Settings
from safehash.core.transport import normalise_proxy
from safehash.gui.about import show_about
from safehash.gui.bank_words import bank_name
from safehash.gui.bidi import isolate
from safehash.gui.error_text import error_sentence
from safehash.gui.forget import confirm_forget
from safehash.gui.i18n import (
    current_language,
    fill,
    language_for_start,
    language_label,
    number,
    set_language,
)
from safehash.gui.services import Services
from safehash.gui.theme import TEXT_SIZES, apply_theme, set_role, text_scale
from safehash.gui.widgets import (
    Page,
    flow_row,
    labelled,
    ltr_field,
    named,
    plain_label,
    section,
    set_text,
)

__all__ = ["SettingsPage", "language_label"]


class SettingsPage(Page):
    forget_requested = Signal()  # the person confirmed "Forget everything"

    def __init__(
        self, services: Services, languages: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = named(QComboBox(), lambda: self.tr("Language"))
        self.language.addItem("", None)  # "The computer's language", set by retranslate()
        for code in languages:
            self.language.addItem(language_label(code), code)
        #: %1 is the name of the button "Save on this computer".
        self.language_note = plain_label(lambda: fill(self.tr(
            "A language you choose is used at once. To keep it for next time, press “%1” "
            "below."
        ), self.tr("Save on this computer")))  # fmt: skip
        self.body.addWidget(section(lambda: self.tr("Language"), self.language,
                                    self.language_note))  # fmt: skip

        # The text size: for a small or far-away screen, or eyes that need it; used at once
        # like the language, kept only when saved.
        self.text_size = named(QComboBox(), lambda: self.tr("Text size"))
        for size in TEXT_SIZES:
            self.text_size.addItem("", size)  # words set by _retranslate_choices()
        self.body.addWidget(section(lambda: self.tr("Text size"), self.text_size))

        self.bank_text = plain_label(self._bank_sentence)
        self.override = labelled(QCheckBox(), lambda: self.tr("Use another hash bank (advanced)"),
                                 lambda: self.tr("Use another hash bank"))  # fmt: skip
        self.endpoint = named(QLineEdit(), lambda: self.tr("Address of the other hash bank"))
        self.endpoint.setPlaceholderText("https://")
        self.body.addWidget(section(lambda: self.tr("Hash bank"), self.bank_text,
                                    self.override, ltr_field(self.endpoint)))  # fmt: skip

        self.proxy = named(
            QLineEdit(),
            lambda: self.tr("Proxy address"),
            lambda: self.tr("For example socks5h://127.0.0.1:9050 to go through Tor"),
        )
        self.proxy.setPlaceholderText("socks5h://127.0.0.1:9050")
        proxy_text = plain_label(lambda: self.tr(
            "Leave empty to connect directly. To hide that you use SafeHash from your "
            "network, enter the address of a proxy such as Tor."
        ))  # fmt: skip
        self.body.addWidget(section(lambda: self.tr("Connection"), proxy_text,
                                    ltr_field(self.proxy)))  # fmt: skip

        self.remember_case = labelled(QCheckBox(),
                                      lambda: self.tr("Remember my case on this computer"))
        self.keep_outbox = labelled(
            QCheckBox(),
            lambda: self.tr("Keep fingerprints that could not be sent yet, encrypted"),
            lambda: self.tr("Keep fingerprints that could not be sent yet"),
        )
        store = services.store_status()
        remember_note = plain_label(
            (lambda: self.tr("By default SafeHash remembers nothing: everything is forgotten "
                             "when it closes.")) if store.available
            else (lambda: error_sentence(errors.KeyringUnavailable.code))
        )  # fmt: skip
        self.remember_case.setEnabled(store.available)
        self.keep_outbox.setEnabled(store.available)
        self.body.addWidget(section(lambda: self.tr("What this computer remembers"),
                                    remember_note, self.remember_case,
                                    self.keep_outbox))  # fmt: skip

        self.apply_button = labelled(QPushButton(), lambda: self.tr("Use until SafeHash closes"),
                                     lambda: self.tr("Use these settings until SafeHash closes"))
        set_role(self.apply_button, "primary")
        self.save_button = labelled(QPushButton(), lambda: self.tr("Save on this computer"),
                                    lambda: self.tr("Save these settings on this computer"))
        self.body.addWidget(flow_row(self.apply_button, self.save_button))
        self.feedback = plain_label()
        self.body.addWidget(self.feedback)

        self.forget_button = labelled(
            QPushButton(),
            lambda: self.tr("Forget everything on this computer…"),
            lambda: self.tr("Forget everything on this computer"),
            lambda: self.tr("Deletes everything SafeHash kept here: settings, remembered "
                            "case, waiting sendings"),
        )  # fmt: skip
        self.body.addWidget(section(
            lambda: self.tr("Forget everything"),
            plain_label(lambda: self.tr(
                "Deletes your saved settings, a remembered case token and fingerprints "
                "waiting to be sent. Files you saved yourself, such as a receipt or a case "
                "token file, stay where you saved them."
            )),
            flow_row(self.forget_button),
        ))  # fmt: skip
        self.about_button = labelled(
            QPushButton(),
            lambda: self.tr("About SafeHash and its licences…"),
            lambda: self.tr("About SafeHash and its licences"),
        )
        self.body.addWidget(section(
            lambda: self.tr("About SafeHash"),
            plain_label(lambda: self.tr(
                "Which free software SafeHash includes, under which licences, and where its "
                "source code is."
            )),
            flow_row(self.about_button),
        ))  # fmt: skip
        self.body.addStretch(1)
        for field in (self.language, self.text_size, self.endpoint, self.proxy):
            field.setMaximumWidth(520)
        self.override.toggled.connect(self.endpoint.setEnabled)
        self.language.activated.connect(self._on_language_chosen)
        self.text_size.activated.connect(self._on_text_size_chosen)
        self.forget_button.clicked.connect(self.confirm_forget)
        self.about_button.clicked.connect(lambda: show_about(self))
        self.apply_button.clicked.connect(lambda: self.apply(save=False))
        self.save_button.clicked.connect(lambda: self.apply(save=True))
        self._retranslate_choices()

    def _bank_sentence(self) -> str:
        profile = self.services.base_profile
        where = bank_name(profile)
        organisation = profile.text("organisation_name", current_language())
        #: %1 is the hash bank ("the practice bank on this computer ..." or its name), %2
        #: the organisation that set up this copy of SafeHash.
        return fill(self.tr("Fingerprints are sent to %1, as set by %2."), where,
                    isolate(clean_for_display(organisation, 100)))  # fmt: skip

    def _retranslate_choices(self) -> None:
        self.language.setItemText(0, self.tr("The computer's language"))
        words = {100: self.tr("Usual size"), 125: self.tr("Larger"), 150: self.tr("Largest")}
        for index in range(self.text_size.count()):
            size = self.text_size.itemData(index)
            #: A text size: %1 its name ("Larger"), %2 how big, in per cent ("125").
            self.text_size.setItemText(index, fill(self.tr("%1 (%2%)"), words[size],
                                                   number(size)))  # fmt: skip

    def _on_text_size_chosen(self, index: int) -> None:
        """Use the chosen text size now; kept for next time only if the person saves."""
        size = self.text_size.itemData(index)
        apply_theme(size)
        settings = dataclasses.replace(self.services.settings, text_size=size)
        self.services.apply_settings(settings, save=False)

    def retranslate(self) -> None:
        super().retranslate()
        self._retranslate_choices()

    def _on_language_chosen(self, index: int) -> None:
        """Speak the chosen language now; kept for next time only if the person saves."""
        chosen = self.language.itemData(index)
        code = chosen or language_for_start(None)
        set_language(code)
        settings = dataclasses.replace(self.services.settings, language=chosen)
        self.services.apply_settings(settings, save=False)
        # Said in the new language (its translation is installed by now).
        name = language_label(current_language())
        #: Shown (and read out) after the person picks a language; %1 is its name.
        set_text(self.feedback, lambda: fill(self.tr("Language changed: %1."), name))

    def confirm_forget(self) -> None:
        confirm_forget(self, self.forget_requested.emit)

    def title(self) -> str:
        return self.tr("Settings")

    def first_focus(self) -> QWidget | None:
        return self.language

    def default_button(self) -> QPushButton | None:
        return self.apply_button

    def continue_text(self) -> None:
        return None

    def entered(self) -> None:
        settings = self.services.settings
        index = self.language.findData(settings.language) if settings.language else 0
        self.language.setCurrentIndex(max(index, 0))
        self.text_size.setCurrentIndex(max(self.text_size.findData(text_scale()), 0))
        self.override.setChecked(bool(settings.endpoint_override))
        self.endpoint.setText(settings.endpoint_override or "")
        self.endpoint.setEnabled(bool(settings.endpoint_override))
        self.proxy.setText(settings.proxy or "")
        self.remember_case.setChecked(settings.remember_case)
        self.keep_outbox.setChecked(settings.keep_outbox)
        set_text(self.feedback, "")

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
            text_size=self.text_size.currentData() or 100,
        )

    def apply(self, *, save: bool) -> None:
        proxy = self.proxy.text().strip()
        if proxy:
            try:
                normalise_proxy(proxy)
            except errors.BankError:
                set_text(self.feedback, lambda: self.tr(
                    "The proxy address is not valid: it starts with socks5h://, socks5://, "
                    "http:// or https://, followed by the proxy's address and port."
                ))  # fmt: skip
                self.proxy.setFocus()
                return
            if "@" in proxy.partition("://")[2]:
                set_text(self.feedback, lambda: self.tr(
                    "A proxy with a password cannot be used from the settings."
                ))  # fmt: skip
                return
        try:
            settings = self.chosen()
            self.services.apply_settings(settings, save=save)
        except errors.ProfileError:
            #: %1 is a whole sentence saying what a valid address looks like.
            set_text(self.feedback, lambda: fill(
                self.tr("The hash bank address is not valid: %1"),
                error_sentence(errors.InsecureUrl.code),
            ))  # fmt: skip
            self.endpoint.setFocus()
            return
        except errors.SafeHashError as exc:
            code = exc.code
            set_text(self.feedback, lambda: error_sentence(code))
            return
        set_text(self.feedback, lambda: self.tr("Saved on this computer.") if save
                 else self.tr("In use until SafeHash closes. Nothing was saved."))  # fmt: skip
