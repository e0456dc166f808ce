"""The window's language: which translations there are, which one to start in, and
switching at once.

Translations are Qt Linguist files, ``resources/i18n/safehash_<code>.ts``. ``make
translations`` (``scripts/i18n.py compile``) turns them into ``.qm`` files and writes
``languages.json`` next to them: for each compiled language, whether every message has a
finished translation. Only complete languages are offered in Settings; an incomplete one
can still be tried with ``SAFEHASH_LANGUAGE=<code>`` while it is being translated. English
is the source language and needs no file. ``en_XA`` is the pseudo-language (accented,
longer, bracketed text) that shows untranslated strings and clipped layouts; it is never
offered, only chosen with ``SAFEHASH_LANGUAGE``.

``set_language()`` swaps SafeHash's and Qt's own translators, the default ``QLocale``
(numbers, dates) and the layout direction; Qt then sends every widget a
``QEvent.LanguageChange`` and the pages set their words again (``widgets.live``).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from safehash.core.package_data import resources
from safehash.gui.plurals import install_english_plurals

SOURCE_LANGUAGE = "en"
PSEUDO_LANGUAGE = "en_XA"
MANIFEST_NAME = "languages.json"
ENV_LANGUAGE = "SAFEHASH_LANGUAGE"
ENV_I18N_DIR = "SAFEHASH_I18N_DIR"
log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"%([1-9])")
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


Folder = Path | Traversable  # a folder, or package data inside a wheel or a zipapp


def i18n_dir() -> Folder:
    """Where the compiled translations are: ``$SAFEHASH_I18N_DIR`` (tests, a translator's
    own build), else the installed package's (or the source tree's) resources/i18n."""
    configured = os.environ.get(ENV_I18N_DIR)
    if configured:
        return Path(configured)
    return resources() / "i18n"


def read_manifest(folder: Folder | None = None) -> dict[str, dict[str, Any]]:
    """What ``make translations`` found in each language ({} when it has not run)."""
    try:
        data = json.loads(((folder or i18n_dir()) / MANIFEST_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    languages = data.get("languages") if isinstance(data, dict) else None
    if not isinstance(languages, dict):
        return {}
    return {code: info for code, info in languages.items() if isinstance(info, dict)}


def compiled_languages(folder: Folder | None = None) -> list[str]:
    """Every language with a compiled file, complete or not, and English."""
    folder = folder or i18n_dir()
    codes = {SOURCE_LANGUAGE}
    if folder.is_dir():
        names = [entry.name for entry in folder.iterdir()]
        codes.update(name.removeprefix("safehash_").removesuffix(".qm") for name in names
                     if name.startswith("safehash_") and name.endswith(".qm"))  # fmt: skip
    return sorted(codes)


def available_languages(folder: Folder | None = None) -> list[str]:
    """The languages offered in Settings: English, and each compiled language that the
    manifest marks complete (every message translated). Without a manifest, English only."""
    manifest = read_manifest(folder)
    offered = [SOURCE_LANGUAGE]
    for code in compiled_languages(folder):
        info = manifest.get(code, {})
        if code != SOURCE_LANGUAGE and info.get("complete") is True and not info.get("pseudo"):
            offered.append(code)
    return sorted(offered)


def _split(tag: str) -> tuple[str, str]:
    """("pt", "BR") from "pt-BR", "pt_BR" or "pt-Latn-BR"; ("en", "") from "en"."""
    parts = tag.replace("_", "-").split("-")
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return parts[0].lower(), region.upper()


def match_language(preferred: Iterable[str], offered: Iterable[str]) -> str:
    """The first of the person's languages (in order) that SafeHash has: the same
    language and region, else the language alone, else the language in another region
    (Portuguese from Portugal reads the Brazilian translation). English otherwise."""
    choices = [code for code in offered if code != PSEUDO_LANGUAGE]
    for tag in preferred:
        lang, region = _split(tag)
        same_language = [c for c in choices if _split(c)[0] == lang]
        for code in same_language:
            if region and _split(code)[1] == region:
                return code
        if lang in same_language:
            return lang
        if same_language:
            return same_language[0]
    return SOURCE_LANGUAGE


def language_for_start(saved: str | None, folder: Folder | None = None) -> str:
    """``$SAFEHASH_LANGUAGE`` (for translators; any compiled language), else the language
    the person saved, else the computer's languages, else English."""
    wanted = os.environ.get(ENV_LANGUAGE, "").strip()
    if wanted.lower() == "pseudo":
        wanted = PSEUDO_LANGUAGE
    if wanted and wanted in compiled_languages(folder):
        return wanted
    offered = available_languages(folder)
    if saved and saved.replace("-", "_") in offered:
        return saved.replace("-", "_")
    return match_language(QLocale.system().uiLanguages(), offered)


def ui_locale(code: str) -> QLocale:
    """Numbers and dates for ``code``: the computer's own locale when it is in that
    language (its region's formats), else the language's usual locale."""
    if code == PSEUDO_LANGUAGE:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    system, wanted = QLocale.system(), QLocale(code)
    region = _split(code)[1]
    same_region = not region or QLocale.territoryToCode(system.territory()) == region
    if system.language() == wanted.language() and same_region:
        return system
    return wanted


def current_language() -> str:
    """The code of the language the window speaks now ("en", "es", "pt_BR", ...)."""
    return _current


def set_language(code: str, folder: Folder | None = None) -> bool:
    """Speak ``code`` from now on: SafeHash's translation, Qt's own (standard buttons and
    dialogs), numbers and dates, and the layout direction. False (and English) when the
    translation cannot be loaded."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    install_english_plurals()  # the English fallback stays below every real translation
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = True
    if code != SOURCE_LANGUAGE:
        locale = ui_locale(code)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            _installed.append(qt)
        ours = QTranslator(app)
        if _load_from(ours, (folder or i18n_dir()) / f"safehash_{code}.qm"):
            _installed.append(ours)  # installed last, so asked first
        else:
            log.warning("no usable translation file for language %s", code)
            loaded, code = False, SOURCE_LANGUAGE
            _installed.clear()
    for translator in _installed:
        app.installTranslator(translator)
    locale = ui_locale(code)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    _current = code
    return loaded


def _load_from(translator: QTranslator, qm: Folder) -> bool:
    """Load a .qm from its bytes: the same way from a folder, a wheel or a zipapp. The
    translator keeps the bytes, which Qt reads from where they are."""
    try:
        data = qm.read_bytes()
    except OSError:
        return False
    translator.qm_data = data  # type: ignore[attr-defined]  # alive as long as Qt reads it
    return bool(translator.load(data))


def language_label(code: str, folder: Folder | None = None) -> str:
    """A language in its own name (as OnionShare lists them): the name its translator
    gave it, else Qt's, with a capital letter as in a menu ("Español", "Français")."""
    name = read_manifest(folder).get(code, {}).get("name")
    if code == SOURCE_LANGUAGE:
        name = language_name_source()
    if not isinstance(name, str) or not name.strip():
        locale = QLocale(code)
        name = locale.nativeLanguageName()
        if _split(code)[1] and locale.nativeTerritoryName():
            name = f"{name} ({locale.nativeTerritoryName()})"
    name = name.strip()
    return name[:1].upper() + name[1:] if name else code


def language_name_source() -> str:
    # Qt names bare codes after one region ("American English", "español de España"), so
    # each translator writes the name of their language; the manifest carries it.
    #: The name of your language, written in your language, as it should appear in a
    #: list of languages: for example "Español", "Français", "Português (Brasil)".
    return QT_TRANSLATE_NOOP("Language", "English")


def number(value: int) -> str:
    """A whole number in the window's language (its digits and grouping)."""
    return QLocale().toString(value)


def local_digits(text: str) -> str:
    """Text written elsewhere (a deployment profile's note: "under 18") with its digits in
    the window's language, as ``number()`` writes them ("١٨" in Arabic)."""
    zero = QLocale().zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    return "".join(chr(ord(zero) + ord(ch) - 48) if "0" <= ch <= "9" else ch for ch in text)


def fill(template: str, *values: str) -> str:
    """Put ``values`` in a translated sentence at %1, %2, ... in one pass, wherever the
    translation moved them (a value that itself contains "%2" is left as it is)."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        template,
    )
