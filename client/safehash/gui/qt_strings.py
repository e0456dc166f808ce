"""Qt's own words that SafeHash's windows show: the standard buttons of its questions
("Yes", "No") and of the photo window ("Close").

Qt translates them itself (``qtbase_<code>.qm``) for most languages, but not for every
language SafeHash ships (Hindi has no Qt translation). Listing them here puts them in
SafeHash's ``.ts`` files under Qt's own context, so a translator covers them too; where
Qt has a translation, the translator copies it (``scripts/i18n.py`` can fill them in).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_CONTEXT = "QPlatformTheme"
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
)
