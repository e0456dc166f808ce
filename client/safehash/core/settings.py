"""What the person asked SafeHash to remember; by default nothing, and no file at all.

The file is written only when the person chooses to save a setting, in the platform's
configuration folder (``$XDG_CONFIG_HOME/SafeHash/settings.json`` on Linux). It never
holds a file path, a hash, a token or a password: secrets live in the password store.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from safehash.core import errors
from safehash.core.transport import check_url, normalise_proxy

APP_DIR_NAME = "SafeHash"
SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 64 * 1024
TEXT_SIZES = (100, 125, 150)  # the window's text sizes, in per cent
_LANGUAGE = re.compile(r"[a-z]{2,3}([-_][A-Za-z]{2,4})?")


def _base_dir(xdg_var: str, xdg_default: str, windows_var: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get(windows_var) or home / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    configured = os.environ.get(xdg_var)
    # The XDG spec says relative paths are to be ignored.
    return Path(configured) if configured and os.path.isabs(configured) else home / xdg_default


def config_dir() -> Path:
    return _base_dir("XDG_CONFIG_HOME", ".config", "APPDATA") / APP_DIR_NAME


def data_dir() -> Path:
    return _base_dir("XDG_DATA_HOME", ".local/share", "LOCALAPPDATA") / APP_DIR_NAME


def settings_path() -> Path:
    return config_dir() / "settings.json"


@dataclass(frozen=True, slots=True)
class Settings:
    language: str | None = None  # e.g. "es" or "pt-BR"; None = the system's
    proxy: str | None = None  # e.g. "socks5h://127.0.0.1:9050" for Tor
    endpoint_override: str | None = None  # advanced: another bank than the profile's
    remember_case: bool = False  # keep case tokens in the password store
    keep_outbox: bool = False  # keep unsent submissions (encrypted) across restarts
    text_size: int = 100  # the window's text size in per cent: 100, 125 or 150

    def __post_init__(self) -> None:
        _validate(self)


def _validate(settings: Settings) -> None:
    def bad(name: str) -> errors.SettingsError:
        return errors.SettingsError(f"The setting {name} is not valid.")

    if settings.language is not None and not (
        isinstance(settings.language, str) and _LANGUAGE.fullmatch(settings.language)
    ):
        raise bad("language")
    if settings.proxy is not None:
        try:
            proxy = normalise_proxy(settings.proxy)
        except (errors.BankError, AttributeError) as exc:
            raise bad("proxy") from exc
        if "@" in proxy.partition("://")[2]:
            raise errors.SettingsError(
                "A proxy password cannot be saved (settings are an ordinary file)."
            )
    if settings.endpoint_override is not None:
        try:
            check_url(settings.endpoint_override)
        except (errors.BankError, AttributeError) as exc:
            raise bad("endpoint_override") from exc
    for flag in ("remember_case", "keep_outbox"):
        if not isinstance(getattr(settings, flag), bool):
            raise bad(flag)
    size = settings.text_size
    if isinstance(size, bool) or not isinstance(size, int) or size not in TEXT_SIZES:
        raise bad("text_size")


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when none were saved. ``SettingsError`` when the
    file exists but cannot be used (the caller tells the person and uses the defaults)."""
    target = path or settings_path()
    try:
        with open(target, "rb") as handle:
            data = handle.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise errors.SettingsError() from exc
    if len(data) > MAX_SETTINGS_BYTES:
        raise errors.SettingsError()
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise errors.SettingsError() from exc
    if not isinstance(raw, dict) or raw.get("version") != SETTINGS_VERSION:
        raise errors.SettingsError()
    known = {name: raw[name] for name in Settings.__dataclass_fields__ if name in raw}
    try:
        return Settings(**known)  # keys from a newer version are ignored
    except TypeError as exc:
        raise errors.SettingsError() from exc


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings the person chose to keep (only call this when they did)."""
    target = path or settings_path()
    doc: dict[str, Any] = {"version": SETTINGS_VERSION, **asdict(settings)}
    data = (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")
    atomic_write(target, data)


def forget_settings(path: Path | None = None) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path or settings_path())


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash or kill at any moment leaves either
    the old file or the new one, never a mix: temp file in the same folder, fsync,
    ``os.replace``, fsync of the folder."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = folder / f".{path.name}.{secrets.token_hex(8)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(folder)


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer of ``path`` left behind."""
    with contextlib.suppress(OSError):
        for leftover in path.parent.glob(f".{path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return  # folders cannot be opened for fsync there; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
