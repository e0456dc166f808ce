"""Counts of photos and videos inside sentences: "3 photos and 1 video".

Step 3 and the receipt count videos apart from photos. A sentence with two counts cannot be
one plural message (Qt gives a message one ``%n``), so the counts are phrases of their own,
put into a sentence that takes them as one thing ("SafeHash will send the fingerprints of
%1"), where no word has to agree with the number. The class name is the context of every
phrase here, shared by the pages that use them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QObject

from safehash.core.records import (
    MEDIA_VIDEO,
    REASON_NO_PHOTOS,
    REASON_NO_SIGNAL_TAKEN,
    REASON_NO_VIDEOS,
)
from safehash.gui.i18n import fill

# Why a file's fingerprints were never sent (the bank cannot take them); a receipt lists
# such a file as not accepted with one of these reasons.
NOT_SENT_REASONS = frozenset({REASON_NO_VIDEOS, REASON_NO_PHOTOS, REASON_NO_SIGNAL_TAKEN})


class MediaWords(QObject):
    def photos(self, n: int) -> str:
        #: A count inside a sentence, such as "SafeHash will send the fingerprints of 3
        #: photos to ...", "The bank accepted 3 photos and 1 video."
        return self.tr("%n photo(s)", "", n)

    def videos(self, n: int) -> str:
        #: A count inside a sentence, such as "SafeHash will send the fingerprints of 1
        #: video to ...", "The bank accepted 3 photos and 1 video."
        return self.tr("%n video(s)", "", n)

    def counted(self, photos: int, videos: int) -> str:
        """"3 photos and 1 video", "1 video" or "3 photos"."""
        if photos and videos:
            #: Two counts: %1 is "3 photos", %2 is "1 video".
            return fill(self.tr("%1 and %2"), self.photos(photos), self.videos(videos))
        return self.videos(videos) if videos else self.photos(photos)

    def not_sent(self, reasons: Iterable[str | None], bank: str) -> list[str]:
        """A sentence for each reason files cannot be sent to ``bank``, from their reasons
        (others are ignored): a bank that takes no videos, or none of a file's
        fingerprints."""
        counts = Counter(reason for reason in reasons if reason in NOT_SENT_REASONS)
        sentences = []
        if counts[REASON_NO_VIDEOS]:
            #: %1 is the name of the hash bank.
            sentences.append(fill(self.tr("%n video(s) cannot be sent to %1: it takes no "
                                          "videos.", "", counts[REASON_NO_VIDEOS]), bank))
        if counts[REASON_NO_PHOTOS]:
            #: %1 is the name of the hash bank.
            sentences.append(fill(self.tr("%n photo(s) cannot be sent to %1: it takes no "
                                          "photos.", "", counts[REASON_NO_PHOTOS]), bank))
        if counts[REASON_NO_SIGNAL_TAKEN]:
            #: %1 is the name of the hash bank.
            sentences.append(fill(self.tr("%n file(s) cannot be sent to %1: it takes none "
                                          "of their fingerprints.", "",
                                          counts[REASON_NO_SIGNAL_TAKEN]), bank))
        return sentences  # fmt: skip


class HasMedia(Protocol):
    media: str


def split(things: Iterable[HasMedia]) -> tuple[int, int]:
    """How many are photos, and how many videos (records, submission or receipt items)."""
    photos = videos = 0
    for thing in things:
        if thing.media == MEDIA_VIDEO:
            videos += 1
        else:
            photos += 1
    return photos, videos
