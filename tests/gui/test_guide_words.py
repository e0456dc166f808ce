"""The support worker's guide (``make guide``, ``gui/guide_text.py``) speaks of photos and
videos: what is made and sent of both, that a video is never played (one still picture, on
request), that a long video takes a while and its row shows how far it is; and every
language SafeHash offers says the same in its own words, with the window's names put in."""

from __future__ import annotations

from collections.abc import Callable

from safehash.gui import guide_text
from safehash.gui.i18n import available_languages, set_language

# Each sentence of the guide with stand-in values (the names the window gives its buttons).
SENTENCES: dict[str, Callable[[], str]] = {
    "introduction": guide_text.introduction,
    "step 1": lambda: guide_text.step_1("«START»"),
    "step 2": lambda: guide_text.step_2("«CHOOSE»", "«READY»", "«GO ON»"),
    "step 3": lambda: guide_text.step_3("«GO ON»"),
    "step 5": lambda: guide_text.step_5("«SAVE»"),
}
VALUES = {
    "step 1": ["«START»"],
    "step 2": ["«CHOOSE»", "«READY»", "«GO ON»"],
    "step 3": ["«GO ON»"],
    "step 5": ["«SAVE»"],
}


def test_the_guide_speaks_of_photos_and_videos():
    words = {name: sentence() for name, sentence in SENTENCES.items()}
    assert "never ask them to send you their photos or videos" in words["introduction"]
    assert "a fingerprint of each photo and video" in words["step 1"]
    assert "never the photos or videos" in words["step 1"]
    assert "does not remove photos or videos that are already online" in words["step 1"]
    assert "drags their photos and videos onto the window" in words["step 2"]
    assert "a video is never played: asking shows one still picture from it" in words["step 2"]
    assert "A long video takes a while; its row shows how far it has got." in words["step 2"]
    assert "Photos and videos with too little detail" in words["step 3"]
    assert "the photos and videos are of them" in words["step 3"]
    assert "never the case token, a photo or a video" in words["step 5"]


def test_every_language_offered_has_the_guide_in_its_own_words():
    english = {name: sentence() for name, sentence in SENTENCES.items()}
    languages = [code for code in available_languages() if code != "en"]
    assert len(languages) >= 8  # run `make translations` first
    for code in languages:
        assert set_language(code), code
        for name, sentence in SENTENCES.items():
            text = sentence()
            assert text != english[name], (code, name)  # translated, not the English
            assert "%" not in text, (code, name, text)  # every value put in
            for value in VALUES.get(name, []):
                assert value in text, (code, name, value)
