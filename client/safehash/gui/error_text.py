"""One translated sentence for each error code of the core (and of case tokens).

The core's English messages are for the command line; the window shows these instead, so
every language gets its own words. ``tests/gui/test_error_text.py`` checks that every code
the core defines has a sentence here.
"""

# ruff: noqa: E501 - a table of sentences reads best one per line

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from safehash.core import case_token, errors
from safehash.core.display import clean_for_display
from safehash.core.limits import DEFAULT_LIMITS
from safehash.core.records import (
    NOTE_FIRST_FRAME,
    NOTE_FIRST_VIDEO_STREAM,
    NOTE_ODD_FRAME_RATE,
    NOTE_ORIENTATION_APPLIED,
    NOTE_VIDEO_CUT_SHORT,
    NOTE_VIDEO_ROTATED,
)
from safehash.gui.bidi import ltr
from safehash.gui.i18n import fill, number

_CONTEXT = "ErrorText"


def _t(source: str) -> str:
    """A sentence marked below with QT_TRANSLATE_NOOP, in the current language."""
    return QCoreApplication.translate(_CONTEXT, source)


# The English sources, marked for lupdate; translated each time one is shown, so that a
# change of language takes effect at once.
_SOURCES: dict[str, str] = {
    # Reading one file
    errors.FileError.code: QT_TRANSLATE_NOOP("ErrorText", "This file could not be read."),
    errors.FileMissing.code: QT_TRANSLATE_NOOP("ErrorText", "The file is no longer there; it may have been moved or deleted."),
    errors.FileUnreadable.code: QT_TRANSLATE_NOOP("ErrorText", "The file could not be opened; you may not have permission to read it."),
    errors.NotAFile.code: QT_TRANSLATE_NOOP("ErrorText", "This is not a photo or video but a folder or a special file."),
    errors.SymlinkLoop.code: QT_TRANSLATE_NOOP("ErrorText", "This shortcut points back to itself, so there is nothing to read."),
    errors.FileChanged.code: QT_TRANSLATE_NOOP("ErrorText", "The file changed while it was being read; please add it again."),
    errors.EmptyFile.code: QT_TRANSLATE_NOOP("ErrorText", "The file is empty, so there is no photo or video in it."),
    errors.FileTooLarge.code: QT_TRANSLATE_NOOP("ErrorText", "The file is too large to be a photo SafeHash can read."),
    errors.NotAnImage.code: QT_TRANSLATE_NOOP("ErrorText", "This file is not a photo or video SafeHash can read."),
    errors.TruncatedImage.code: QT_TRANSLATE_NOOP("ErrorText", "The photo is incomplete or damaged, so it cannot be read to the end."),
    errors.ImageTooLarge.code: QT_TRANSLATE_NOOP("ErrorText", "The picture is far larger than any camera photo, so it was not opened, to protect this computer."),
    errors.CorruptImage.code: QT_TRANSLATE_NOOP("ErrorText", "The photo is damaged and could not be read."),
    errors.ImageTooComplex.code: QT_TRANSLATE_NOOP("ErrorText", "The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer."),
    # Videos
    errors.UnsupportedVideo.code: QT_TRANSLATE_NOOP("ErrorText", "This video is stored in a form SafeHash cannot read, so it was not opened."),
    errors.NoVideoStream.code: QT_TRANSLATE_NOOP("ErrorText", "This file holds no video (only sound, or nothing that plays), so there is nothing to read."),
    errors.CorruptVideo.code: QT_TRANSLATE_NOOP("ErrorText", "The video is damaged and could not be played, so it was not read."),
    errors.VideoFrameRateInvalid.code: QT_TRANSLATE_NOOP("ErrorText", "The video does not say how fast it plays, so SafeHash cannot make its fingerprint."),
    #: %1 is a number of hours (4), in the digits of your language.
    errors.VideoTooLong.code: QT_TRANSLATE_NOOP("ErrorText", "The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read."),
    errors.VideoTooLarge.code: QT_TRANSLATE_NOOP("ErrorText", "The video's picture is far larger than any camera films, so it was not opened, to protect this computer."),
    errors.TookTooLong.code: QT_TRANSLATE_NOOP("ErrorText", "Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm."),
    errors.NeedsTooMuchMemory.code: QT_TRANSLATE_NOOP("ErrorText", "Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm."),
    errors.ReaderCrashed.code: QT_TRANSLATE_NOOP("ErrorText", "This file made SafeHash's reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe."),
    errors.ReaderMisbehaved.code: QT_TRANSLATE_NOOP("ErrorText", "Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm."),
    errors.FolderUnreadable.code: QT_TRANSLATE_NOOP("ErrorText", "This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it."),
    errors.Cancelled.code: QT_TRANSLATE_NOOP("ErrorText", "Stopped."),
    errors.InternalError.code: QT_TRANSLATE_NOOP("ErrorText", "SafeHash could not read this file because of a problem of its own."),
    # Talking to the hash bank
    errors.BankError.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank could not be reached or did not accept the request."),
    errors.Offline.code: QT_TRANSLATE_NOOP("ErrorText", "SafeHash could not connect to the hash bank; please check that this computer is online."),
    errors.ProxyFailed.code: QT_TRANSLATE_NOOP("ErrorText", "SafeHash could not connect through the proxy; please check that it (or Tor) is running."),
    errors.NetworkTimeout.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank took too long to answer; please try again later."),
    errors.TlsFailed.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank's security certificate could not be checked, so nothing was sent."),
    errors.CertificatePinMismatch.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank did not show the security key SafeHash expects, so nothing was sent."),
    errors.RedirectRefused.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank tried to send SafeHash somewhere else; SafeHash did not follow."),
    errors.ResponseTooLarge.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank's answer was far too large, so SafeHash ignored it."),
    errors.BadResponse.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank gave an answer SafeHash does not understand."),
    errors.RateLimited.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank is busy right now; please try again in a few minutes."),
    errors.ServerError.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank has a problem of its own; please try again later."),
    errors.Unauthorized.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank did not accept this case token; please check it."),
    errors.Forbidden.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank refused: this case token does not allow that."),
    errors.SelfServiceDisabled.code: QT_TRANSLATE_NOOP("ErrorText", "This hash bank does not let people open a case themselves; please ask your support worker for a case token."),
    errors.CaseWithdrawn.code: QT_TRANSLATE_NOOP("ErrorText", "This case was withdrawn, so nothing more can be sent to it; please open a new case."),
    errors.BankAccessRefused.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank did not accept this app's access code; please ask the organisation that gave you SafeHash."),
    errors.BankAccessCodeMissing.code: QT_TRANSLATE_NOOP("ErrorText", "This organisation's hash bank needs an access code, and none has been entered yet."),
    errors.DemoUnavailable.code: QT_TRANSLATE_NOOP("ErrorText", "The practice bank could not be started on this computer."),
    errors.NotFound.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank does not know this case or sending; it may have been withdrawn."),
    errors.Conflict.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank already has a different sending under the same reference."),
    errors.TooLarge.code: QT_TRANSLATE_NOOP("ErrorText", "These are too many photos and videos for one sending; please send them in smaller groups."),
    errors.VideosNotTaken.code: QT_TRANSLATE_NOOP("ErrorText", "This hash bank cannot take videos, so nothing was sent; please send the photos without the videos."),
    errors.NothingToSend.code: QT_TRANSLATE_NOOP("ErrorText", "Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example)."),
    errors.Rejected.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank refused the request as not valid."),
    errors.InsecureUrl.code: QT_TRANSLATE_NOOP("ErrorText", "The hash bank's address must start with https://."),
    errors.InvalidUrl.code: QT_TRANSLATE_NOOP("ErrorText", "This is not a valid web address."),
    # Set-up and secrets
    errors.ProfileError.code: QT_TRANSLATE_NOOP("ErrorText", "This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you."),
    errors.SettingsError.code: QT_TRANSLATE_NOOP("ErrorText", "Your saved settings could not be read, so SafeHash uses its usual settings."),
    errors.KeyringUnavailable.code: QT_TRANSLATE_NOOP("ErrorText", "This computer has no secure password store that SafeHash can use, so nothing secret can be remembered."),
    errors.KeyringFailed.code: QT_TRANSLATE_NOOP("ErrorText", "The password store did not answer (it may be locked), so nothing was saved."),
    errors.CaseTokenMissing.code: QT_TRANSLATE_NOOP("ErrorText", "A case token is needed; please enter one."),
    errors.OutboxError.code: QT_TRANSLATE_NOOP("ErrorText", "The saved list of waiting sendings could not be opened."),
    errors.HashFileError.code: QT_TRANSLATE_NOOP("ErrorText", "This is not a valid SafeHash file."),
    # Case tokens (safehash.core.case_token.CaseTokenError codes)
    "empty": QT_TRANSLATE_NOOP("ErrorText", "Please enter the case token."),
    "bad_character": QT_TRANSLATE_NOOP("ErrorText", "A case token cannot contain some of these characters; please check it."),
    "too_short": QT_TRANSLATE_NOOP("ErrorText", "The case token is too short; please check it."),
    "too_long": QT_TRANSLATE_NOOP("ErrorText", "The case token is too long; please check it."),
    "check_failed": QT_TRANSLATE_NOOP("ErrorText", "This case token has a typing mistake somewhere; please check it."),
}
_GENERAL = QT_TRANSLATE_NOOP("ErrorText", "Something went wrong. Please try again.")
_NOTES = {
    NOTE_FIRST_FRAME: QT_TRANSLATE_NOOP(
        "ErrorText", "This is an animation; only its first picture was used."
    ),
    NOTE_ORIENTATION_APPLIED: QT_TRANSLATE_NOOP(
        "ErrorText", "The photo was turned upright, as a phone shows it."
    ),
    NOTE_VIDEO_ROTATED: QT_TRANSLATE_NOOP(
        "ErrorText", "The video is stored turned; its fingerprint was made both as stored and "
        "upright, as players show it."
    ),
    NOTE_FIRST_VIDEO_STREAM: QT_TRANSLATE_NOOP(
        "ErrorText", "This file holds more than one video; only the first one was read."
    ),
    NOTE_VIDEO_CUT_SHORT: QT_TRANSLATE_NOOP(
        "ErrorText", "The video is cut short or damaged; only the part that plays was read."
    ),
    NOTE_ODD_FRAME_RATE: QT_TRANSLATE_NOOP(
        "ErrorText", "The video says it plays at an unusual speed; its frames were picked by "
        "that speed, as other video fingerprint tools do, so their times may be off."
    ),
}


def error_sentence(code: str | None) -> str:
    """The sentence for an error code; a general sentence for codes not known here."""
    text = _t(_SOURCES.get(code or "", _GENERAL))
    if code == errors.VideoTooLong.code:  # the window reads videos up to the usual limit
        return fill(text, number(DEFAULT_LIMITS.max_video_seconds // 3600))
    return text


def known_codes() -> frozenset[str]:
    return frozenset(_SOURCES)


class ErrorText(QObject):
    """The sentences that count something. (lupdate sees a plural only in ``self.tr()``
    inside a class; the class name is the context of every sentence here.)"""

    def too_short(self, n: int) -> str:
        return self.tr("The case token is %n character(s) too short.", "", n)

    def too_long(self, n: int) -> str:
        return self.tr("The case token is %n character(s) too long.", "", n)


def token_error_sentence(error: case_token.CaseTokenError, text: str) -> str:
    """The sentence for a case token mistake, with the count or characters it is about."""
    symbols = case_token.normalise(text)
    expected = case_token.BODY_LENGTH + 1
    if error.code == "too_short":
        return ErrorText().too_short(expected - len(symbols))
    if error.code == "too_long":
        return ErrorText().too_long(len(symbols) - expected)
    if error.code == "bad_character":
        bad = sorted({ch for ch in symbols if ch not in case_token.ALPHABET})
        text = QCoreApplication.translate(
            "ErrorText", "A case token cannot contain %1; please check it."
        )
        return fill(text, ltr(clean_for_display(" ".join(bad), 40)))
    return error_sentence(error.code)


def note_sentence(note: str) -> str:
    """A fact about how a photo was read, in words."""
    return _t(_NOTES[note]) if note in _NOTES else ""
