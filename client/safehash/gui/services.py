"""The core services one window uses, made once at start: the deployment profile, the
person's settings, the password store, the network log, the outbox and the bank thread.

Nothing is written here unless the person chose it (settings, a kept outbox) or asked to
forget it all (``forget_everything``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from safehash.core import errors
from safehash.core.forget import forget_everything
from safehash.core.outbox import Outbox
from safehash.core.profile import Profile
from safehash.core.secrets import SecretStore, StoreStatus
from safehash.core.settings import Settings, load_settings, save_settings
from safehash.core.transport import NetworkLog, RetryPolicy
from safehash.gui.bank import BankGateway
from safehash.gui.clipboard import ClipboardGuard
from safehash.gui.file_dialogs import FileDialogs
from safehash.gui.i18n import current_language


@dataclass
class Services:
    base_profile: Profile
    settings: Settings
    secrets: SecretStore
    network_log: NetworkLog
    outbox: Outbox
    bank: BankGateway
    clipboard: ClipboardGuard = field(default_factory=ClipboardGuard)
    dialogs: FileDialogs = field(default_factory=FileDialogs)
    problems: list[str] = field(default_factory=list)  # error codes to tell the person
    _store_status: StoreStatus | None = None

    @property
    def profile(self) -> Profile:
        return effective_profile(self.base_profile, self.settings)

    @property
    def language(self) -> str:
        """The language the window speaks now ("en", "es", "pt_BR", ...)."""
        return current_language()

    def store_status(self) -> StoreStatus:
        if self._store_status is None:
            self._store_status = self.secrets.status()
        return self._store_status

    def apply_settings(self, settings: Settings, *, save: bool) -> None:
        """Use new settings now; write them only when ``save`` (the person chose to)."""
        bank_changed = (settings.endpoint_override, settings.proxy) != (
            self.settings.endpoint_override,
            self.settings.proxy,
        )
        self.settings = settings
        if save:
            save_settings(settings)
        if bank_changed:
            self.bank.reconfigure(self.profile, settings.proxy)

    def save_only(self, **changes: object) -> None:
        """Write just these choices (``remember_case=True``) on top of what was saved
        before; what is in use only until SafeHash closes (a language or a proxy chosen
        without "Save on this computer") stays unwritten."""
        try:
            saved = load_settings()
        except errors.SettingsError:
            saved = Settings()
        save_settings(dataclasses.replace(saved, **changes))  # type: ignore[arg-type]
        self.settings = dataclasses.replace(self.settings, **changes)  # type: ignore[arg-type]

    def forget_everything(self) -> None:
        """Delete what SafeHash keeps on this computer, as ``safehash forget --everything``
        does (every secret in the password store, the kept outbox, settings, SafeHash's
        folders); and empty the clipboard if SafeHash filled it."""
        self.clipboard.clear_if_ours()
        self.network_log.clear()
        self.outbox.destroy()
        self.outbox = Outbox()
        forget_everything(self.secrets)
        # The window keeps speaking the language in use (nothing of it is written).
        self.settings = Settings(language=self.settings.language,
                                 text_size=self.settings.text_size)
        self.bank.reconfigure(self.profile, None)

    def shutdown(self) -> bool:
        return self.bank.shutdown()


def effective_profile(profile: Profile, settings: Settings) -> Profile:
    if settings.endpoint_override:
        try:
            return profile.with_overrides(endpoint=settings.endpoint_override)
        except errors.ProfileError:
            return profile
    return profile


def create_services(
    profile: Profile,
    *,
    secrets: SecretStore | None = None,
    settings: Settings | None = None,
    retry: RetryPolicy | None = None,
) -> Services:
    problems: list[str] = []
    if settings is None:
        try:
            settings = load_settings()
        except errors.SettingsError as exc:
            problems.append(exc.code)
            settings = Settings()
    store = secrets or SecretStore()
    outbox = Outbox()
    if settings.keep_outbox:
        try:
            outbox = Outbox.open_persistent(store)
        except errors.SafeHashError as exc:
            problems.append(exc.code)
    log = NetworkLog()
    bank = BankGateway(effective_profile(profile, settings), settings.proxy, log, store, retry)
    return Services(profile, settings, store, log, outbox, bank, problems=problems)
