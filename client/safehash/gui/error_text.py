"""One translated sentence for each error code of the core (and of case tokens).

The core's English messages are for the command line; the window shows these instead, so
every language gets its own words. ``tests/gui/test_error_text.py`` checks that every code
the core defines has a sentence here.
"""

# ruff: noqa: E501 - a table of sentences reads best one per line

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safehash.core import case_token, errors
from safehash.core.display import clean_for_display
from safehash.core.records import NOTE_FIRST_FRAME, NOTE_ORIENTATION_APPLIED

_CONTEXT = "ErrorText"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _sentences() -> dict[str, str]:
    # Built on each call so that a change of language takes effect at once.
    return {
        # Reading one file
        errors.FileError.code: _t("This file could not be read."),
        errors.FileMissing.code: _t("The file is no longer there; it may have been moved or deleted."),
        errors.FileUnreadable.code: _t("The file could not be opened; you may not have permission to read it."),
        errors.NotAFile.code: _t("This is not a photo but a folder or a special file."),
        errors.SymlinkLoop.code: _t("This shortcut points back to itself, so there is no photo to read."),
        errors.FileChanged.code: _t("The file changed while it was being read; please add it again."),
        errors.EmptyFile.code: _t("The file is empty, so there is no photo in it."),
        errors.FileTooLarge.code: _t("The file is too large to be a photo SafeHash can read."),
        errors.NotAnImage.code: _t("This file is not a photo SafeHash can read."),
        errors.TruncatedImage.code: _t("The photo is incomplete or damaged, so it cannot be read to the end."),
        errors.ImageTooLarge.code: _t("The picture is far larger than any camera photo, so it was not opened, to protect this computer."),
        errors.CorruptImage.code: _t("The photo is damaged and could not be read."),
        errors.InternalError.code: _t("SafeHash could not read this file because of a problem of its own."),
        # Talking to the hash bank
        errors.BankError.code: _t("The hash bank could not be reached or did not accept the request."),
        errors.Offline.code: _t("SafeHash could not connect to the hash bank; please check that this computer is online."),
        errors.ProxyFailed.code: _t("SafeHash could not connect through the proxy; please check that it (or Tor) is running."),
        errors.NetworkTimeout.code: _t("The hash bank took too long to answer; please try again later."),
        errors.TlsFailed.code: _t("The hash bank's security certificate could not be checked, so nothing was sent."),
        errors.CertificatePinMismatch.code: _t("The hash bank did not show the security key SafeHash expects, so nothing was sent."),
        errors.RedirectRefused.code: _t("The hash bank tried to send SafeHash somewhere else; SafeHash did not follow."),
        errors.ResponseTooLarge.code: _t("The hash bank's answer was far too large, so SafeHash ignored it."),
        errors.BadResponse.code: _t("The hash bank gave an answer SafeHash does not understand."),
        errors.RateLimited.code: _t("The hash bank is busy right now; please try again in a few minutes."),
        errors.ServerError.code: _t("The hash bank has a problem of its own; please try again later."),
        errors.Unauthorized.code: _t("The hash bank did not accept this case token; please check it."),
        errors.Forbidden.code: _t("The hash bank refused: this case token does not allow that."),
        errors.SelfServiceDisabled.code: _t("This hash bank does not let people open a case themselves; please ask your support worker for a case token."),
        errors.CaseWithdrawn.code: _t("This case was withdrawn, so nothing more can be sent to it; please open a new case."),
        errors.BankAccessRefused.code: _t("The hash bank did not accept this app's access code; please ask the organisation that gave you SafeHash."),
        errors.BankAccessCodeMissing.code: _t("This organisation's hash bank needs an access code, and none has been entered yet."),
        errors.DemoUnavailable.code: _t("The practice bank could not be started on this computer."),
        errors.NotFound.code: _t("The hash bank does not know this case or sending; it may have been withdrawn."),
        errors.Conflict.code: _t("The hash bank already has a different sending under the same reference."),
        errors.TooLarge.code: _t("These are too many photos for one sending; please send them in smaller groups."),
        errors.Rejected.code: _t("The hash bank refused the request as not valid."),
        errors.InsecureUrl.code: _t("The hash bank's address must start with https://."),
        errors.InvalidUrl.code: _t("This is not a valid web address."),
        # Set-up and secrets
        errors.ProfileError.code: _t("This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you."),
        errors.SettingsError.code: _t("Your saved settings could not be read, so SafeHash uses its usual settings."),
        errors.KeyringUnavailable.code: _t("This computer has no secure password store that SafeHash can use, so nothing secret can be remembered."),
        errors.KeyringFailed.code: _t("The password store did not answer (it may be locked), so nothing was saved."),
        errors.CaseTokenMissing.code: _t("A case token is needed; please enter one."),
        errors.OutboxError.code: _t("The saved list of waiting sendings could not be opened."),
        errors.HashFileError.code: _t("This is not a valid SafeHash file."),
        # Case tokens (safehash.core.case_token.CaseTokenError codes)
        "empty": _t("Please enter the case token."),
        "bad_character": _t("A case token cannot contain some of these characters; please check it."),
        "too_short": _t("The case token is too short; please check it."),
        "too_long": _t("The case token is too long; please check it."),
        "check_failed": _t("This case token has a typing mistake somewhere; please check it."),
    }


def error_sentence(code: str | None) -> str:
    """The sentence for an error code; a general sentence for codes not known here."""
    sentences = _sentences()
    if code and code in sentences:
        return sentences[code]
    return _t("Something went wrong. Please try again.")


def known_codes() -> frozenset[str]:
    return frozenset(_sentences())


def token_error_sentence(error: case_token.CaseTokenError, text: str) -> str:
    """The sentence for a case token mistake, with the count or characters it is about."""
    symbols = case_token.normalise(text)
    expected = case_token.BODY_LENGTH + 1
    if error.code == "too_short":
        n = expected - len(symbols)
        return QCoreApplication.translate(
            _CONTEXT, "The case token is %n character(s) too short.", "", n
        )
    if error.code == "too_long":
        n = len(symbols) - expected
        return QCoreApplication.translate(
            _CONTEXT, "The case token is %n character(s) too long.", "", n
        )
    if error.code == "bad_character":
        bad = sorted({ch for ch in symbols if ch not in case_token.ALPHABET})
        return _t("A case token cannot contain %1; please check it.").replace(
            "%1", clean_for_display(" ".join(bad), 40)
        )
    return error_sentence(error.code)


def note_sentence(note: str) -> str:
    """A fact about how a photo was read, in words."""
    notes = {
        NOTE_FIRST_FRAME: _t("This is an animation; only its first picture was used."),
        NOTE_ORIENTATION_APPLIED: _t("The photo was turned upright, as a phone shows it."),
    }
    return notes.get(note, "")
