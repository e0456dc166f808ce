"""Every error code of the core has its own translated sentence in the window."""

from __future__ import annotations

import pytest

from safehash.core import case_token, errors
from safehash.core.records import NOTE_TEXT
from safehash.gui.bidi import strip_isolates
from safehash.gui.error_text import (
    error_sentence,
    known_codes,
    note_sentence,
    token_error_sentence,
)


def _all_error_classes(cls=errors.SafeHashError):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_error_classes(sub)


def test_every_core_error_code_has_a_sentence(qapp):
    codes = {cls.code for cls in _all_error_classes()} | {errors.SafeHashError.code} - {"error"}
    missing = sorted(codes - known_codes())
    assert missing == []


def test_unknown_code_gets_a_calm_general_sentence(qapp):
    assert error_sentence("no_such_code") == "Something went wrong. Please try again."
    assert error_sentence(None) == "Something went wrong. Please try again."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "Please enter the case token."),
        ("SH-1234", "characters too short"),
        ("SH-UUUU-UUUU-UUUU-UUUU-UUUU-U", "cannot contain U"),
    ],
)
def test_case_token_sentences(qapp, text, expected):
    with pytest.raises(case_token.CaseTokenError) as caught:
        case_token.parse(text)
    # The characters are kept left to right (an isolate) inside right-to-left sentences.
    assert expected in strip_isolates(token_error_sentence(caught.value, text))


def test_one_character_is_singular(qapp):
    from safehash.gui.plurals import install_english_plurals

    install_english_plurals()
    token = case_token.new_token()
    with pytest.raises(case_token.CaseTokenError) as caught:
        case_token.parse(token[3:-1])
    assert token_error_sentence(caught.value, token[3:-1]) == (
        "The case token is 1 character too short."
    )


def test_every_note_of_the_core_has_a_sentence(qapp):
    assert [n for n in NOTE_TEXT if not note_sentence(n)] == []


def test_a_video_too_long_says_the_limit_in_hours(qapp):
    assert error_sentence(errors.VideoTooLong.code).startswith(
        "The video is longer than 4 hours"
    )
