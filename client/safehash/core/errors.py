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
    message = "This file is not a photo SafeHash can read, whatever its name says."


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
