"""Receipts and case status, as plain text for a person (or JSON for a script)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, TextIO

from safehash.core.bank import CaseStatus
from safehash.core.display import clean_for_display
from safehash.core.records import (
    MEDIA_IMAGE,
    MEDIA_VIDEO,
    REASON_NO_PHOTOS,
    REASON_NO_SIGNAL_TAKEN,
    REASON_NO_VIDEOS,
    Receipt,
)

REASONS = {
    "pdq_quality_too_low": (
        "the picture has too little detail for a dependable match, so the bank did not keep it"
    ),
    "no_pdq_hash": "this bank needs a PDQ hash, and there was none",
    REASON_NO_VIDEOS: "this bank cannot take videos, so it was not sent",
    REASON_NO_PHOTOS: "this bank cannot take photos, so it was not sent",
    REASON_NO_SIGNAL_TAKEN: "this bank takes none of its kinds of hashes, so it was not sent",
}
# Said on standard error when a resend finds its sending withdrawn.
WITHDRAWN_BEFORE = (
    "The bank had received this sending before, but it was withdrawn since: the bank holds "
    "none of these pictures."
)
STATES = {
    "active": "held by the bank",
    "withdrawn": "withdrawn",
    "partly_withdrawn": "partly withdrawn",
    "open": "open",
}


def reason_text(reason: str | None) -> str:
    if not reason:
        return "refused"
    return REASONS.get(reason, clean_for_display(reason, 120))


def _some(count: int, noun: str) -> str:
    return f"1 {noun}" if count == 1 else f"{count} {noun}s"


def pictures(count: int) -> str:
    return _some(count, "picture")


def photos_and_videos(photos: int, videos: int) -> str:
    """"3 pictures" when there is no video (as before videos), else "2 photos and 1 video"."""
    if not videos:
        return pictures(photos)
    if not photos:
        return _some(videos, "video")
    return f"{_some(photos, 'photo')} and {_some(videos, 'video')}"


def _accepted_line(receipt: Receipt) -> str:
    videos = receipt.count(MEDIA_VIDEO)
    if not videos:
        return f"{receipt.accepted_count} of {pictures(len(receipt.items))}"
    photos = receipt.count(MEDIA_IMAGE)
    parts = [f"{receipt.count(MEDIA_VIDEO, accepted=True)} of {_some(videos, 'video')}"]
    if photos:
        parts.insert(0, f"{receipt.count(MEDIA_IMAGE, accepted=True)} of {_some(photos, 'photo')}")
    return ", ".join(parts)


def receipt_json(receipt: Receipt, files: Sequence[str] | None = None) -> dict[str, Any]:
    """The receipt; with ``files`` (the command line's own paths) each item names its file.
    ``held`` is what the bank holds now, as it said (null: it could not be asked)."""
    doc = receipt.to_json()
    doc["held"] = receipt.held_count
    if files:
        for item in doc["items"]:
            if 0 <= item["index"] < len(files):
                item["file"] = files[item["index"]]
    return doc


def print_receipt(receipt: Receipt, out: TextIO, files: Sequence[str] | None = None) -> None:
    name = clean_for_display(receipt.bank_name, 80)
    total = photos_and_videos(receipt.count(MEDIA_IMAGE), receipt.count(MEDIA_VIDEO))
    out.write(f"Sent to:     {name} ({clean_for_display(receipt.endpoint_host, 80)})\n")
    out.write(f"Case:        {clean_for_display(receipt.case_id, 80)}\n")
    out.write(f"Submission:  {clean_for_display(receipt.submission_id, 80)}\n")
    out.write(f"Received:    {clean_for_display(receipt.received_at, 40)}\n")
    if receipt.withdrawn:
        # Only what the bank said: it had this sending, and it holds none of it now.
        out.write(
            f"Held now:    none of {total}. This sending had reached the bank "
            "before, and it was withdrawn since (with its case, or on its own), so the bank "
            "deleted its hashes.\n\nTo send these pictures again, open a new case "
            "('safehash cases new').\n"
        )
        return
    out.write(f"Accepted:    {_accepted_line(receipt)}\n")
    if receipt.replayed:
        held = receipt.held_count
        now = (
            "the bank could not be asked what it holds now; 'safehash status' tells"
            if held is None
            else f"it holds {pictures(held)} of it now"
        )
        out.write(f"Already had: the bank had received this sending before; {now}.\n")
    out.write("\n")
    for item in receipt.items:
        label = f"{'Video' if item.is_video else 'Picture'} {item.index + 1}"
        if files and item.index < len(files):
            label += f" ({clean_for_display(os.path.basename(files[item.index]), 60)})"
        result = "accepted" if item.accepted else f"not accepted: {reason_text(item.reason)}"
        out.write(f"  {label}: {result}\n")
    out.write(
        "\nThe bank holds these hashes, not the pictures. Platforms that check against it "
        "can recognise the same pictures; this is not a guarantee that they will be found "
        "or removed everywhere.\n"
    )


def status_json(status: CaseStatus) -> dict[str, Any]:
    return {
        "case_id": status.case_id,
        "status": status.status,
        "created_at": status.created_at,
        "submissions": [
            {
                "submission_id": s.submission_id,
                "received_at": s.received_at,
                "status": s.status,
                "items_accepted": s.items_accepted,
                "items_held": s.held,
                "videos_accepted": s.videos_accepted,
                "videos_held": s.videos_held_now,
            }
            for s in status.submissions
        ],
    }


def print_status(status: CaseStatus, out: TextIO) -> None:
    out.write(f"Case:    {clean_for_display(status.case_id, 80)}\n")
    if status.status == "withdrawn":
        out.write("Status:  withdrawn: the bank deleted the hashes of this case\n")
    else:
        out.write(f"Status:  {STATES.get(status.status, status.status)}\n")
    if not status.submissions:
        out.write("Nothing has been sent in this case yet.\n")
    for sub in status.submissions:
        state = STATES.get(sub.status, sub.status)
        videos, videos_held = sub.videos_accepted, sub.videos_held_now
        accepted = photos_and_videos(sub.items_accepted - videos, videos)
        held = photos_and_videos(sub.held - videos_held, videos_held)
        if sub.status == "active":
            holds = f"{held} held"
        elif sub.held == 0:
            holds = f"{accepted} accepted then, none held now"
        elif not videos:
            holds = f"{sub.held} of {accepted} held now"
        else:
            holds = f"{held} of {accepted} held now"
        out.write(
            f"  Submission {clean_for_display(sub.submission_id, 80)} "
            f"({clean_for_display(sub.received_at, 40)}): {state}, {holds}\n"
        )
