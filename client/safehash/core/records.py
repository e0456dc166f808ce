"""The data that flows from hashing to the bank.

A ``HashRecord`` is everything SafeHash learns about one image. It holds no path, no name
and no pixels, so nothing downstream of hashing can leak them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The field's threshold: PDQ hashes of quality below this are treated as unusable.
PDQ_MIN_QUALITY = 50

# Note codes: facts about how a file was hashed that the person should hear about.
NOTE_FIRST_FRAME = "first_frame_of_animation"
NOTE_ORIENTATION_APPLIED = "orientation_applied"

NOTE_TEXT = {
    NOTE_FIRST_FRAME: "This is an animation; only its first frame was hashed.",
    NOTE_ORIENTATION_APPLIED: "The photo was turned upright (as your phone shows it) before hashing.",
}


@dataclass(frozen=True, slots=True)
class PdqHash:
    """One PDQ hash: 64 lowercase hex digits and its quality (0-100)."""

    value: str
    quality: int

    def to_json(self) -> dict[str, Any]:
        return {"pdq": self.value, "quality": self.quality}


@dataclass(frozen=True, slots=True)
class HashRecord:
    """The hashes of one image, as people see it."""

    pdq: str
    pdq_quality: int
    md5: str
    sha256: str
    phash: str
    width: int
    height: int
    format: str
    # Other views of the same picture, e.g. "as_stored" (EXIF orientation ignored), which
    # platforms that ignore EXIF will compute.
    pdq_variants: dict[str, PdqHash] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def reliable(self) -> bool:
        return self.pdq_quality >= PDQ_MIN_QUALITY

    @property
    def unreliable_reason(self) -> str | None:
        if self.reliable:
            return None
        return (
            f"The picture has too little detail for a dependable match (quality "
            f"{self.pdq_quality} of 100, below {PDQ_MIN_QUALITY}); it may be very dark, "
            "plain or tiny."
        )

    def to_json(self) -> dict[str, Any]:
        """The record's fields as JSON-ready values (no path: the caller adds it)."""
        return {
            "pdq": self.pdq,
            "pdq_quality": self.pdq_quality,
            "pdq_variants": {name: v.to_json() for name, v in self.pdq_variants.items()},
            "reliable": self.reliable,
            "md5": self.md5,
            "sha256": self.sha256,
            "phash": self.phash,
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "notes": [NOTE_TEXT.get(n, n) for n in self.notes],
        }
