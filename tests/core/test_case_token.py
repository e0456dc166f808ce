from __future__ import annotations

import pytest

from safehash.core import case_token


def test_new_tokens_parse_and_differ() -> None:
    tokens = {case_token.new_token() for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert case_token.parse(token) == token
        assert token.startswith("SH-") and len(token) == 29


def test_typing_variations_are_accepted() -> None:
    token = case_token.new_token()
    sloppy = token.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert case_token.parse(sloppy) == token


def test_every_single_mistyped_symbol_is_caught() -> None:
    body = case_token.normalise(case_token.new_token())
    for i, original in enumerate(body):
        for replacement in case_token.ALPHABET:
            if replacement != original:
                assert not case_token.is_valid(body[:i] + replacement + body[i + 1 :])


def test_swapped_neighbours_are_mostly_caught() -> None:
    caught = total = 0
    for _ in range(20):
        body = case_token.normalise(case_token.new_token())
        for i in range(len(body) - 1):
            if body[i] != body[i + 1]:
                total += 1
                swapped = body[:i] + body[i + 1] + body[i] + body[i + 2 :]
                caught += not case_token.is_valid(swapped)
    assert caught / total > 0.9


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("SH-ABCD", "too_short"),
        ("SH-" + "A" * 30, "too_long"),
        ("SH-UUUU", "bad_character"),
    ],
)
def test_errors_say_what_is_wrong(text: str, code: str) -> None:
    with pytest.raises(case_token.CaseTokenError) as caught:
        case_token.parse(text)
    assert caught.value.code == code


def test_a_missing_symbol_is_reported_as_missing() -> None:
    token = case_token.new_token()
    with pytest.raises(case_token.CaseTokenError) as caught:
        case_token.parse(token[:-3] + token[-2:])  # one symbol of the last group dropped
    assert caught.value.code == "too_short"
    assert caught.value.message == "The case token is 1 character too short."
