"""How the window names the hash bank, and what it says when the bank does not know a case.

The practice bank (``endpoint = "demo"``) runs inside SafeHash and keeps everything in
memory: its cases end when SafeHash closes. Every page names it the same way, in the
person's language, and a case it no longer knows gets a sentence that says why, instead
of blaming the token. Any other bank is named as it names itself (or as the deployment
profile does), kept in its own direction inside the sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safehash.core import errors
from safehash.core.bank.base import BankInfo
from safehash.core.display import clean_for_display
from safehash.core.profile import Profile
from safehash.gui.bidi import isolate
from safehash.gui.error_text import error_sentence

# What the practice bank answers for a case it does not have (any more).
_UNKNOWN_CASE = frozenset(
    {errors.Unauthorized.code, errors.Forbidden.code, errors.NotFound.code}
)


def bank_name(profile: Profile, info: BankInfo | None = None, reported: str = "") -> str:
    """The bank inside a sentence ("sent to %1"): the practice bank in words, else the
    name the bank gave (``info``, or ``reported`` on a receipt), else the profile's."""
    if profile.is_demo:
        #: The practice bank, inside sentences such as "3 photos will be sent as
        #: fingerprints to %1." Use the glossary's word for "practice bank".
        return QCoreApplication.translate("BankWords", "the practice bank on this computer")
    name = info.bank_name if info is not None else reported
    name = name or profile.bank_name or profile.endpoint_host
    return isolate(clean_for_display(name, 100))


def practice_note() -> str:
    """Said where a practice case is opened or used."""
    return QCoreApplication.translate(
        "BankWords",
        "This is the practice bank on this computer: nothing leaves this computer, and "
        "practice cases last only until SafeHash closes. Their case tokens do not work "
        "after that.",
    )


def practice_not_remembered() -> str:
    """Why "Remember this case" is off with the practice bank."""
    return QCoreApplication.translate(
        "BankWords", "A practice case cannot be remembered: it ends when SafeHash closes."
    )


def bank_error_sentence(code: str, profile: Profile) -> str:
    """The sentence for a bank error; with the practice bank, a case it does not know is
    most likely one from an earlier time, which it has forgotten: say that."""
    if profile.is_demo and code in _UNKNOWN_CASE:
        return QCoreApplication.translate(
            "BankWords",
            "The practice bank does not know this case. Practice cases last only until "
            "SafeHash closes, so a case from an earlier time is gone; please open a new "
            "practice case.",
        )
    return error_sentence(code)
