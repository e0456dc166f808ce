from __future__ import annotations

from safehash.core.display import REPLACEMENT, clean_for_display


def test_bidi_override_cannot_disguise_an_extension() -> None:
    assert clean_for_display("photo\u202egpj.exe") == "photogpj.exe"


def test_control_characters_are_replaced() -> None:
    assert clean_for_display("a\x1b[2Jb\nc") == f"a{REPLACEMENT}[2Jb{REPLACEMENT}c"


def test_undecodable_bytes_are_replaced() -> None:
    assert clean_for_display("\udcff\udcfe.jpg") == f"{REPLACEMENT}{REPLACEMENT}.jpg"


def test_arabic_and_latin_text_is_kept() -> None:
    assert clean_for_display("صورة-photo.jpg") == "صورة-photo.jpg"


def test_long_names_are_shortened_in_the_middle() -> None:
    cleaned = clean_for_display("a" * 300 + ".jpg", max_length=41)
    assert len(cleaned) == 41 and cleaned.endswith(".jpg") and "…" in cleaned
