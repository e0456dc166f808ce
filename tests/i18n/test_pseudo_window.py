"""The pseudo-language shows what was never translated: after switching to it at run time,
every word in the window must be pseudo-English ("[Ŝţéþ ...]"), on every page, without
leaving a page. Plain English left anywhere is a string outside tr(), or a text that is
not set again when the language changes."""

from __future__ import annotations

import re

from safehash.gui import i18n

from .flow import PHOTO_NAMES, fill_every_page
from .window_texts import window_texts

# Values put into sentences, never translated: names, codes, keys, the brand.
VALUES = re.compile(
    r"(?:case|sub)_[0-9a-f]{4}(?: [0-9a-f]{4})*|SafeHash|Esc|Ctrl\+Shift\+X|Ctrl\+V|SH-[0-9A-Z-]+|https?://\S+|socks5h?://\S+"
    r"|\d+\.\d+\.\d+\.\d+(:\d+)?|/v1/\S*|GET|POST|DELETE|OK|AM|PM|Idempotency-Key"
    r"|English|Deutsch|Español|Français|Nederlands|Português( \(Brasil\))?|UTC"
    r"|demonstration|takeitdown\.ncmec\.org|StopNCII\.org|night\.png|chat\.jpg|PDQ|pHash|MD5"
    r"|SHA-256|Tor|" + "|".join(re.escape(n) for n in PHOTO_NAMES)
)
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def untranslated(texts: list[tuple[str, str]], window) -> list[str]:
    """Texts with an English word left, once the values put into them are taken out: the
    case token, the bank's name and the deployment profile's own texts (which a profile
    gives per language; it has none for the pseudo-language)."""
    profile = window.services.profile
    values = [window.case.new_token.text(), profile.age_note, profile.organisation_name]
    if window.session.bank_info is not None:
        values.append(window.session.bank_info.bank_name)
    left = []
    for where, text in texts:
        rest = text
        for value in filter(None, values):
            rest = rest.replace(value, " ")
        rest = VALUES.sub(" ", rest)
        words = ENGLISH_WORD.findall(rest)
        if words:
            left.append(f"{where}: {text!r}")
    return sorted(set(left))


def test_every_text_changes_to_the_pseudo_language(qtbot, window, refbank, tmp_path):
    fill_every_page(qtbot, window, refbank, tmp_path / "photos")
    assert untranslated(window_texts(window), window) != []  # English before the switch

    assert i18n.set_language(i18n.PSEUDO_LANGUAGE)
    qtbot.waitUntil(lambda: window.step_title.text().startswith("["))
    left = untranslated(window_texts(window), window)
    assert left == [], "\n".join(left)
