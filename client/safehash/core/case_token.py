"""Case tokens: 20 random Crockford base-32 symbols (100 bits) and one check symbol.

Written ``SH-XXXX-XXXX-XXXX-XXXX-XXXX-C`` so it can be read over the phone: no I, L, O or U,
and the check symbol (Luhn mod 32) catches every single mistyped symbol and most swapped
neighbours before anything is sent.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32
PREFIX = "SH"
BODY_LENGTH = 20
GROUP = 4
# Symbols people confuse; Crockford decodes them to what was meant.
_CONFUSABLE = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = re.compile(r"[-\s]+")
_CANDIDATE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{10,60}[A-Za-z0-9]")
HIDDEN = "[case token hidden]"


class CaseTokenError(ValueError):
    """The text is not a well-formed case token."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def new_token() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return format_token(body + _check_symbol(body))


def normalise(text: str) -> str:
    """Upper case, separators removed, confusable letters mapped; no checking."""
    upper = text.strip().upper()
    if upper.startswith(PREFIX) and upper[len(PREFIX) : len(PREFIX) + 1] in ("-", " "):
        upper = upper[len(PREFIX) + 1 :]  # "SH-" written out: a prefix, whatever follows
    cleaned = "".join(ch for ch in upper if ch.isalnum())
    if cleaned.startswith(PREFIX) and len(cleaned) == len(PREFIX) + BODY_LENGTH + 1:
        cleaned = cleaned[len(PREFIX) :]  # typed without separators
    return "".join(_CONFUSABLE.get(ch, ch) for ch in cleaned)


def parse(text: str) -> str:
    """Return the canonical token for ``text`` or raise ``CaseTokenError`` saying what is wrong."""
    symbols = normalise(text)
    if not symbols:
        raise CaseTokenError("empty", "Please enter the case token.")
    bad = sorted({ch for ch in symbols if ch not in ALPHABET})
    if bad:
        raise CaseTokenError(
            "bad_character", f"A case token cannot contain {', '.join(bad)}; please check it."
        )
    expected = BODY_LENGTH + 1
    if len(symbols) < expected:
        raise CaseTokenError(
            "too_short", f"The case token is {_characters(expected - len(symbols))} too short."
        )
    if len(symbols) > expected:
        raise CaseTokenError(
            "too_long", f"The case token is {_characters(len(symbols) - expected)} too long."
        )
    body, check = symbols[:-1], symbols[-1]
    if _check_symbol(body) != check:
        raise CaseTokenError(
            "check_failed", "This case token has a typing mistake somewhere; please check it."
        )
    return format_token(symbols)


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except CaseTokenError:
        return False
    return True


def format_token(symbols: str) -> str:
    groups = [symbols[i : i + GROUP] for i in range(0, BODY_LENGTH, GROUP)]
    return "-".join([PREFIX, *groups, symbols[BODY_LENGTH:]])


def _characters(count: int) -> str:
    return "1 character" if count == 1 else f"{count} characters"


def _check_symbol(body: str) -> str:
    """Luhn mod N over the base-32 alphabet."""
    n = len(ALPHABET)
    factor, total = 2, 0
    for ch in reversed(body):
        addend = factor * ALPHABET.index(ch)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return ALPHABET[(n - total % n) % n]


def looks_like(text: str) -> bool:
    """True for a case token and for anything shaped like one: mistyped, cut short, with
    a wrong check symbol. Such text is never repeated in a message or used as a path."""
    if is_valid(text):
        return True
    upper = text.strip().upper()
    prefixed = bool(re.match(r"SH[-\s]", upper))
    groups = [g for g in _SEPARATORS.split(upper[3:] if prefixed else upper) if g]
    if not groups or not all(g.isascii() and g.isalnum() for g in groups):
        return False
    symbols = sum(len(g) for g in groups)
    if prefixed:
        return 12 <= symbols <= 32
    if len(groups) == 1 and upper.startswith(PREFIX):  # typed without separators
        return BODY_LENGTH - 1 <= symbols - len(PREFIX) <= BODY_LENGTH + 3
    return sum(len(g) == GROUP for g in groups) >= 3 and 16 <= symbols <= 28


def redact(text: str) -> str:
    """``text`` with everything that looks like a case token replaced by a placeholder."""
    return _CANDIDATE.sub(lambda m: HIDDEN if looks_like(m.group()) else m.group(), text)
