"""Mixed directions: Latin tokens, hashes and file names inside Arabic, Hebrew, Persian or
Urdu sentences (and Arabic file names inside English ones).

Without help the Unicode bidirectional algorithm reorders the neutral characters at the
edge of such a value: in a right-to-left sentence "IMG_2041.jpg" shows as "jpg.IMG_2041"
and "/v1/cases" as "v1/cases/". Wrapping the value in an *isolate* keeps it whole and in
its own order, and keeps it from reordering the sentence around it. Values are cleaned
(``clean_for_display`` removes every bidi control) before they are wrapped here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LRI = "\u2066"  # left-to-right isolate
FSI = "\u2068"  # first-strong isolate: direction from the value's first letter
PDI = "\u2069"  # pop directional isolate
LRM = "\u200e"  # left-to-right mark
RLM = "\u200f"  # right-to-left mark
_ISOLATES = str.maketrans("", "", "\u200e\u200f\u2066\u2067\u2068\u2069")


def ltr(value: str) -> str:
    """A value that always reads left to right: case tokens and references, hashes,
    addresses, paths, technical codes."""
    return f"{LRI}{value}{PDI}" if value else value


def isolate(value: str) -> str:
    """A value in whatever direction its own first letter has: file names, bank names."""
    return f"{FSI}{value}{PDI}" if value else value


def on_its_own(value: str) -> str:
    """A value shown alone on a line (a file name over a photo), aligned as the window is:
    Qt aligns a plain label by its text's direction, and an isolate alone has none, so a
    mark of the window's direction comes first (right-to-left: at the right)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return (RLM if rtl else LRM) + isolate(value)


def strip_isolates(text: str) -> str:
    """Text copied from the window back to what was put in (for fields a person fills in)."""
    return text.translate(_ISOLATES)


def grouped(code: str, size: int = 4) -> str:
    """A long code in groups that can be read aloud on the phone: "case_7b93 c2d1 0a9f ...".
    A prefix ("case_") stays as it is; spaces typed back in are ignored (``ungrouped``)."""
    prefix, sep, rest = code.rpartition("_")
    if len(rest) < 3 * size or not rest.isalnum():
        return code
    groups = [rest[i : i + size] for i in range(0, len(rest), size)]
    return prefix + sep + " ".join(groups)


def ungrouped(text: str) -> str:
    """A code as typed or copied (with isolates, grouping spaces) back to the code."""
    return "".join(strip_isolates(text).split())
