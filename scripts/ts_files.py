"""Reading and checking Qt Linguist ``.ts`` files (used by scripts/i18n.py and tests/i18n).

A translation is checked the way a careful reviewer would: every message translated, the
same placeholders as the English (%1-%9 once each, %n in plural messages), the same
rich-text tags, and one form for each plural rule of the language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# %1..%9 as written in the sources; %n and %Ln (the count in the language's own digits)
# are the same placeholder for the check.
_PLACEHOLDER = re.compile(r"%L?n|%[1-9]")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # the disambiguation, part of the message's identity
    extracomment: str = ""  # the note for translators (#: in the Python source)
    numerus: bool = False
    translations: list[str] = field(default_factory=list)  # one, or one per plural form
    kind: str = ""  # "" finished, "unfinished", "obsolete" or "vanished"

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(t.strip() for t in self.translations)


@dataclass
class TsFile:
    path: Path
    language: str
    messages: list[Message]

    @property
    def code(self) -> str:
        """The code in the file name: "es" for safehash_es.ts."""
        return self.path.stem.removeprefix("safehash_")

    def current(self) -> list[Message]:
        """Messages still in the code (not obsolete or vanished)."""
        return [m for m in self.messages if m.kind not in ("obsolete", "vanished")]

    def unfinished(self) -> list[Message]:
        return [m for m in self.current() if not m.finished]


def read_ts(path: Path) -> TsFile:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            numerus = node.get("numerus") == "yes"
            if numerus:
                texts = [form.text or "" for form in forms]
            else:
                texts = [translation.text or "" if translation is not None else ""]
            messages.append(
                Message(
                    context=name,
                    source=node.findtext("source") or "",
                    comment=node.findtext("comment") or "",
                    extracomment=node.findtext("extracomment") or "",
                    numerus=numerus,
                    translations=texts,
                    kind=(translation.get("type") or "") if translation is not None else "",
                )
            )
    return TsFile(path, root.get("language") or "", messages)


def placeholders(text: str) -> Counter[str]:
    return Counter("%n" if p.endswith("n") else p for p in _PLACEHOLDER.findall(text))


def tags(text: str) -> Counter[str]:
    return Counter(name.lower() for name in _TAG.findall(text))


def problems(message: Message, single_forms: frozenset[int] = frozenset()) -> list[str]:
    """What is wrong with one finished translation. ``single_forms``: the plural forms
    used for one number only (Arabic's 0, 1 and 2), which may write the number as a word
    instead of %n ("صورة واحدة", one photo)."""
    found = []
    want = placeholders(message.source)
    for index, text in enumerate(message.translations):
        have = placeholders(text)
        if message.numerus and index in single_forms:
            have["%n"] = want["%n"]
        if have != want:
            found.append(
                f"form {index}: placeholders {sorted(have.elements())} "
                f"instead of {sorted(want.elements())}"
            )
        if tags(text) != tags(message.source):
            found.append(f"form {index}: rich-text tags differ from the English")
    return found


def describe(message: Message) -> str:
    return f"[{message.context}] {message.source!r}"
