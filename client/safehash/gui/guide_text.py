"""The words of the support worker's guide (``make guide``, ``scripts/guide.py``).

The guide is built from the window itself: each step's screenshot, number and title, and
the names of its buttons, are what the window shows in that language. Only these few
sentences are the guide's own; they are translated in the same .ts files as the window
(context "SupportGuide"), so a language that ships has its guide too. Values (%1, %2, ...)
are button names and words taken from the window as it is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safehash.gui.i18n import fill


def title() -> str:
    #: The title of the support worker's guide (a web page).
    return QCoreApplication.translate(
        "SupportGuide", "SafeHash: a step-by-step guide for support workers"
    )


def introduction() -> str:
    return QCoreApplication.translate(
        "SupportGuide",
        "Use this guide on the phone or beside the person. Each step shows the window as "
        "the person sees it, with the step number at the top that you can both name, and "
        "what you can say. Let the person press the buttons themselves, and never ask "
        "them to send you their photos or videos.",
    )


def quick_exit(button: str, hint: str) -> str:
    #: %1 is the name of the Quick exit button, %2 the sentence that names its keys.
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "Before you start, show the person “%1” in the top corner of every window: it "
        "closes SafeHash at once and forgets everything. %2",
    ), button, hint)  # fmt: skip


def what_to_say() -> str:
    #: The heading above the words a support worker can say at each step.
    return QCoreApplication.translate("SupportGuide", "What to say")


def step_1(start: str) -> str:
    #: %1 is the name of the button that starts (on the window: "Start").
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "SafeHash makes a fingerprint of each photo and video on the person's own "
        "computer. Only the fingerprints are sent, never the photos or videos. A "
        "fingerprint does not remove photos or videos that are already online. When the "
        "person is ready, they press “%1”.",
    ), start)  # fmt: skip


def step_2(choose: str, ready: str, go_on: str) -> str:
    #: %1 is the button that opens the file chooser, %2 the word a row of the list shows
    #: when its photo or video has been read ("Ready"), %3 the button that goes on
    #: ("Continue"). A "row" is one line of the list of photos and videos.
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "The person drags their photos and videos onto the window, or presses “%1” and "
        "picks them; they can also open them with SafeHash from their file manager. "
        "Nothing is shown unless they ask, and a video is never played: asking shows one "
        "still picture from it. A long video takes a while; its row shows how far it has "
        "got. When every row says “%2”, they press “%3”.",
    ), choose, ready, go_on)  # fmt: skip


def step_3(go_on: str) -> str:
    #: %1 is the button that goes on ("Continue").
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "This page says what will be sent, and can show the whole message. Photos and "
        "videos with too little detail can be left out. The person ticks the box that says "
        "the photos and videos are of them, or that they may act for the person in them, "
        "and presses “%1”.",
    ), go_on)  # fmt: skip


def step_4(send: str) -> str:
    #: %1 is the button that sends ("Send").
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "If you gave the person a case token, they type it here. Otherwise they open a "
        "new case: its case token is shown only once, so they write it down or save it "
        "somewhere safe. Then they press “%1”.",
    ), send)  # fmt: skip


def step_5(save: str) -> str:
    #: %1 is the button that saves the receipt.
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "SafeHash sends the fingerprints and shows what the hash bank confirmed. The "
        "person can press “%1”: the receipt holds the case reference, never the case "
        "token, a photo or a video. If sending fails, the fingerprints wait in a list and "
        "can be sent again.",
    ), save)  # fmt: skip


def later(check: str) -> str:
    #: %1 is the name of the link at the bottom of the window ("Check or withdraw a case").
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "Later, “%1” at the bottom of the window asks the bank what it holds for the case, "
        "and can withdraw it. The person needs the case reference from the receipt and "
        "the case token.",
    ), check)  # fmt: skip


def made_from(version: str) -> str:
    #: %1 is SafeHash's version number.
    return fill(QCoreApplication.translate(
        "SupportGuide",
        "Made from SafeHash %1 itself, in this language. The pictures are practice "
        "photos, never anyone's own.",
    ), version)  # fmt: skip
