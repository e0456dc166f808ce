"""The pseudo-language: English made accented, about 40% longer and bracketed, so that a
screenshot shows at once which words were never translated (plain English), which were cut
off (no closing bracket) and which layouts do not stretch.

    "Step %1 of %2: %3"  ->  "[Ŝţéþ %1 öƒ %2: %3 ·····]"

Placeholders (%1-%9, %n, %Ln), rich-text tags and entities, keyboard accelerators (&Yes)
and web addresses are kept exactly as they are.
"""

from __future__ import annotations

import math
import re

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: placeholders, tags, entities, accelerators, addresses, and names that
# every language keeps (SafeHash, acronyms such as PDQ or SHA-256, Idempotency-Key).
_KEEP = re.compile(
    r"%L?n|%[1-9]|<[^>]*>|&[A-Za-z]+;|&(?=\w)\w|[a-z0-9]+://\S+"
    r"|SafeHash|pHash|Idempotency-Key|\b[A-Z][A-Z0-9]*[A-Z0-9](-[0-9]+)?\b"
)
GROWTH = 0.4
PAD = "·"


def pseudo(text: str) -> str:
    """The pseudo-translation of one English string."""
    if not text:
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    visible = len(_KEEP.sub("", text))
    padding = PAD * max(2, math.ceil(visible * GROWTH))
    return f"[{''.join(out)} {padding}]"


def pseudo_plural(source: str, forms: int = 2) -> list[str]:
    """The forms of a plural message written English-style ("%n photo(s)")."""
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    return [pseudo(one), *[pseudo(many)] * (forms - 1)]
