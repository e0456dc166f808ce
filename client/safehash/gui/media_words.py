"""Counts of photos and videos inside sentences: "3 photos and 1 video".

Step 3 and the receipt count videos apart from photos. A sentence with two counts cannot be
one plural message (Qt gives a message one ``%n``), so the counts are phrases of their own,
put into a sentence that takes them as one thing ("SafeHash will send the fingerprints of
%1"), where no word has to agree with the number. The class name is the context of every
phrase here, shared by the pages that use them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from safehash.core.records import HashRecord
from safehash.gui.i18n import fill


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


def split(records: Iterable[HashRecord]) -> tuple[int, int]:
    """How many are photos, and how many videos."""
    photos = videos = 0
    for record in records:
        if record.is_video:
            videos += 1
        else:
            photos += 1
    return photos, videos
