"""Cleaning untrusted text (file names, server messages) before a person sees it."""

from __future__ import annotations

import unicodedata

# Bidirectional controls can make "gpj.exe" look like "exe.jpg"; control characters can
# rewrite a terminal line. Neither belongs in a name shown to a person.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
REPLACEMENT = "\ufffd"


def clean_for_display(text: str, max_length: int = 200) -> str:
    """Replace control, bidi-control and undecodable characters; shorten very long text."""
    out: list[str] = []
    for ch in text:
        if ch in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cs" or (category == "Cc" and ch != " "):
            out.append(REPLACEMENT)
        else:
            out.append(ch)
    cleaned = "".join(out)
    if len(cleaned) > max_length:
        half = (max_length - 1) // 2
        cleaned = cleaned[:half] + "…" + cleaned[-half:]
    return cleaned
