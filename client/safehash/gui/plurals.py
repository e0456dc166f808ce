"""English plural forms without a compiled English translation.

Source strings are English with Qt's ``%n`` and a ``(s)`` where the plural changes
("%n photo(s) ready."). Qt only picks singular or plural through a translation file; this
fallback translator does it for English, for messages no real translation handled.
It is installed first, so every real translation (installed later) is asked before it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_installed: EnglishPlurals | None = None


class EnglishPlurals(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or not source or "(s)" not in source:
            return None  # a null string: not ours, Qt asks the next translator
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_english_plurals() -> None:
    global _installed
    app = QCoreApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = EnglishPlurals(app)
    app.installTranslator(_installed)
