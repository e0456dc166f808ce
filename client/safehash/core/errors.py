"""Typed errors of the core.

Each error carries a stable ``code`` (the GUI maps it to one translated sentence) and an
English ``message`` (used by the command line). Messages never contain a file path: the
caller already knows which file it asked about, and paths must not reach logs.
"""

from __future__ import annotations


class SafeHashError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "error"
    message: str = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)
        if message:
            self.message = message

    def __str__(self) -> str:
        return self.message


# --- Reading one file -------------------------------------------------------------------


class FileError(SafeHashError):
    """A file could not be read, or could not be turned into a hash."""

    code = "file_error"


class FileMissing(FileError):
    code = "file_missing"
    message = "The file no longer exists; it may have been moved or deleted."


class FileUnreadable(FileError):
    code = "file_unreadable"
    message = "The file could not be opened; you may not have permission to read it."


class NotAFile(FileError):
    code = "not_a_file"
    message = "This is a folder or a special file, not a photo."


class SymlinkLoop(FileError):
    code = "symlink_loop"
    message = "This is a shortcut that points back to itself, so there is no photo to read."


class FileChanged(FileError):
    code = "file_changed"
    message = "The file changed while it was being read; please try again."


class EmptyFile(FileError):
    code = "empty_file"
    message = "The file is empty (0 bytes), so there is no photo in it."


class FileTooLarge(FileError):
    code = "file_too_large"
    message = "The file is too large to be a photo SafeHash can read."


class NotAnImage(FileError):
    code = "not_an_image"
    message = "This file is not a photo or video SafeHash can read, whatever its name says."


class TruncatedImage(FileError):
    code = "truncated_image"
    message = "The photo is incomplete or damaged, so it cannot be read to the end."


class ImageTooLarge(FileError):
    code = "image_too_large"
    message = (
        "The picture is far larger than any camera photo, so it was not opened "
        "(this protects your computer from harmful files)."
    )


class CorruptImage(FileError):
    code = "corrupt_image"
    message = "The photo is damaged and could not be read."


class ImageTooComplex(FileError):
    """Refused from the header: built in a way no camera writes (e.g. thousands of scans)."""

    code = "image_too_complex"
    message = (
        "The picture is built in a way no camera or phone writes, so it was not opened "
        "(this protects your computer from harmful files)."
    )


# --- Videos -------------------------------------------------------------------------------


class UnsupportedVideo(FileError):
    """A container SafeHash reads, but a codec it does not hand to a decoder."""

    code = "unsupported_video"
    message = (
        "This video is stored in a way SafeHash does not read (its codec), so it was not "
        "opened."
    )


class NoVideoStream(FileError):
    code = "no_video_stream"
    message = (
        "This file holds no video (only sound, or nothing that plays), so there is nothing "
        "to hash."
    )


class CorruptVideo(FileError):
    code = "corrupt_video"
    message = "The video is damaged and could not be played, so it was not hashed."


class VideoFrameRateInvalid(FileError):
    """Neither an average nor a base frame rate: frames cannot be sampled once a second."""

    code = "video_frame_rate_invalid"
    message = (
        "The video does not say how fast it plays (its frame rate), so its frames cannot be "
        "picked and timed for hashing."
    )


class VideoTooLong(FileError):
    code = "video_too_long"
    message = (
        "The video is longer than SafeHash's limit for one video (4 hours unless changed "
        "with --max-duration), so it was not hashed."
    )


class VideoTooLarge(FileError):
    code = "video_too_large"
    message = (
        "The video's picture is far larger than any camera films (over 8K), so it was not "
        "opened (this protects your computer from harmful files)."
    )


class TookTooLong(FileError):
    """The isolated reader ran out of its time for this file and was stopped."""

    code = "took_too_long"
    message = (
        "Reading this file took far longer than any photo should, so SafeHash stopped it "
        "(it may be damaged or made to cause harm)."
    )


class NeedsTooMuchMemory(FileError):
    """The isolated reader ran out of its memory for this file and was stopped."""

    code = "needs_too_much_memory"
    message = (
        "Reading this file needed far more memory than any photo should, so SafeHash stopped "
        "it (it may be damaged or made to cause harm)."
    )


class ReaderCrashed(FileError):
    """The isolated reader process died while reading this file."""

    code = "reader_crashed"
    message = (
        "This file made SafeHash's reader stop, so it was not hashed "
        "(it may be damaged or made to cause harm). Your other files are not affected."
    )


class ReaderMisbehaved(FileError):
    """The isolated reader answered with something too large or not well formed."""

    code = "reader_misbehaved"
    message = (
        "Reading this file gave an answer SafeHash cannot trust, so it was not hashed "
        "(it may be made to cause harm)."
    )


class FolderUnreadable(FileError):
    """A folder inside what the person added could not be opened, so its files are missing."""

    code = "folder_unreadable"
    message = (
        "This folder could not be opened, so the photos inside it were not hashed; you may "
        "not have permission to read it."
    )


class Cancelled(SafeHashError):
    """The person stopped the work; not an error of the file."""

    code = "cancelled"
    message = "Stopped."


class InternalError(FileError):
    """A bug in SafeHash, reported for that one file instead of stopping the batch."""

    code = "internal_error"
    message = "SafeHash could not hash this file because of an internal problem."


# --- Talking to a hash bank -------------------------------------------------------------
# ``retryable`` errors leave a submission in the outbox to be sent again automatically;
# the others wait there for the person to fix something (or discard it).


class BankError(SafeHashError):
    """Sending to, or asking, the hash bank did not work."""

    code = "bank_error"
    message = "The hash bank could not be reached or did not accept the request."
    retryable: bool = False
    status: int | None = None  # the HTTP status, when the bank answered
    not_sent: bool = False  # True when no connection was made, so nothing reached the bank


class Offline(BankError):
    code = "offline"
    message = "SafeHash could not connect to the hash bank; check that you are online."
    retryable = True


class ProxyFailed(BankError):
    code = "proxy_failed"
    message = "SafeHash could not connect through the proxy; check that it (or Tor) is running."
    retryable = True


class NetworkTimeout(BankError):
    code = "timeout"
    message = "The hash bank took too long to answer; please try again later."
    retryable = True


class TlsFailed(BankError):
    code = "tls_failed"
    message = (
        "The hash bank's security certificate could not be verified, so nothing was sent; "
        "the connection may be intercepted."
    )


class CertificatePinMismatch(BankError):
    code = "certificate_pin_mismatch"
    message = (
        "The hash bank presented a different security key than the one this app expects, "
        "so nothing was sent; the connection may be intercepted."
    )


class RedirectRefused(BankError):
    code = "redirect_refused"
    message = "The hash bank tried to send SafeHash to another address; it was not followed."


class ResponseTooLarge(BankError):
    code = "response_too_large"
    message = "The hash bank sent back far more data than expected, so the answer was ignored."


class BadResponse(BankError):
    code = "bad_response"
    message = "The hash bank sent back an answer SafeHash does not understand."


class RateLimited(BankError):
    code = "rate_limited"
    message = "The hash bank is busy and asked SafeHash to wait before trying again."
    retryable = True

    def __init__(self, message: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        # Seconds the bank asked us to wait, when it said.
        self.retry_after = retry_after


class ServerError(BankError):
    code = "server_error"
    message = "The hash bank had a problem of its own; please try again later."
    retryable = True


class Unauthorized(BankError):
    code = "unauthorized"
    message = "The hash bank did not accept the case token; please check it."


class Forbidden(BankError):
    code = "forbidden"
    message = "The hash bank refused: this case token does not allow that."


class SelfServiceDisabled(Forbidden):
    code = "self_service_disabled"
    message = (
        "This hash bank does not let people open a case themselves; please contact the "
        "organisation to get a case token."
    )


class CaseWithdrawn(Forbidden):
    code = "case_withdrawn"
    message = "This case was withdrawn, so nothing more can be sent to it; please open a new one."


class BankAccessRefused(Unauthorized):
    code = "bank_access_refused"
    message = (
        "The hash bank did not accept this app's access code; please ask the organisation "
        "that gave you SafeHash."
    )


class BankAccessCodeMissing(BankError):
    code = "bank_access_code_missing"
    message = "This organisation's hash bank needs an access code, and none has been entered yet."


class DemoUnavailable(BankError):
    code = "demo_unavailable"
    message = "The practice bank could not be started on this computer."


class NotFound(BankError):
    code = "not_found"
    message = "The hash bank does not know this case or submission; it may have been withdrawn."


class Conflict(BankError):
    code = "conflict"
    message = "The hash bank already has a different submission under the same reference."


class TooLarge(BankError):
    code = "too_large"
    message = "Too many pictures for one sending; please send them in smaller groups."


class VideosNotTaken(BankError):
    code = "videos_not_taken"
    message = (
        "This hash bank cannot take videos, so nothing was sent; send the photos without "
        "the videos."
    )


class NothingToSend(BankError):
    code = "nothing_to_send"
    message = (
        "Nothing was sent: this hash bank takes none of the fingerprints of these files "
        "(it cannot take videos, for example)."
    )


class Rejected(BankError):
    code = "rejected"
    message = "The hash bank refused the request as invalid."


class InsecureUrl(BankError):
    code = "insecure_url"
    message = (
        "The hash bank address must start with https:// (plain http:// is only allowed to "
        "this computer)."
    )


class InvalidUrl(BankError):
    code = "invalid_url"
    message = "The address is not a valid web address."


# --- Configuration and secrets ----------------------------------------------------------


class ProfileError(SafeHashError):
    """The deployment profile is invalid; ``key`` names the setting at fault."""

    code = "profile_invalid"
    message = "The deployment profile is not valid."

    def __init__(self, message: str | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class SettingsError(SafeHashError):
    code = "settings_invalid"
    message = "The saved settings could not be read; SafeHash uses its defaults instead."


class KeyringUnavailable(SafeHashError):
    code = "keyring_unavailable"
    message = (
        "This computer has no secure password store that SafeHash can use, so nothing "
        "secret can be remembered; it is kept only until SafeHash closes."
    )


class KeyringFailed(SafeHashError):
    code = "keyring_failed"
    message = "The password store did not answer (it may be locked); nothing was saved."


class CaseTokenMissing(SafeHashError):
    code = "case_token_missing"
    message = "A case token is needed; none was given or remembered."


class OutboxError(SafeHashError):
    code = "outbox_unreadable"
    message = (
        "The saved list of waiting submissions could not be opened (its key is missing or "
        "the file is damaged)."
    )


class HashFileError(SafeHashError):
    code = "hash_file_invalid"
    message = "The hash file is not a valid SafeHash hash file."
