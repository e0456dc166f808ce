"""Usage errors never repeat a case token (process lists and terminals are not private)."""

from __future__ import annotations

import subprocess
import sys

from safehash.cli import redact_tokens
from safehash.core.case_token import HIDDEN, looks_like, new_token, redact


def test_redact_tokens_hides_valid_tokens_only() -> None:
    token = new_token()
    assert redact_tokens(f"unrecognized arguments: --x {token} photo.jpg") == (
        "unrecognized arguments: --x [case token hidden] photo.jpg"
    )
    assert redact_tokens("unrecognized arguments: a-perfectly-normal-file-name.jpg") == (
        "unrecognized arguments: a-perfectly-normal-file-name.jpg"
    )


def test_mistyped_option_with_a_token_does_not_echo_it() -> None:
    token = new_token()
    for args in (["hash", "--jsn", token], ["submit", "--case-tok", token, "x.jpg"]):
        done = subprocess.run(
            [sys.executable, "-m", "safehash", *args], capture_output=True, text=True, check=False
        )
        assert done.returncode == 2
        assert token not in done.stdout + done.stderr
        assert token.replace("-", "") not in (done.stdout + done.stderr).replace("-", "")


def mistyped(token: str) -> str:
    """The token with its check symbol changed: invalid, still plainly a token."""
    return token[:-1] + ("1" if token[-1] != "1" else "2")


def test_what_looks_like_a_token_is_hidden() -> None:
    token = new_token()
    for shaped in (token, token.lower(), mistyped(token), token[:-2], token.replace("-", " "),
                   token[3:], token.replace("-", "")[:-1] + "U"):  # fmt: skip
        assert looks_like(shaped), shaped
        assert HIDDEN in redact(f"no such file: {shaped}") or " " in shaped
    ordinaries = ("photo.jpg", "a-perfectly-normal-file-name", "2024-05-01",
                  "case_0123456789abcdef0123456789abcdef", "https://bank.example.org")
    for ordinary in ordinaries:
        assert not looks_like(ordinary) and redact(ordinary) == ordinary


def test_a_token_given_as_a_photo_is_refused_unrepeated(tmp_path) -> None:
    token = new_token()
    wrong = mistyped(token)
    runs = (
        ["hash", token],
        ["hash", "--json", wrong],
        ["submit", wrong, "--endpoint", "http://127.0.0.1:9", "--case-token-file", "-"],
        ["export", wrong, "--out", str(tmp_path / "x.json")],
    )
    for args in runs:
        done = subprocess.run([sys.executable, "-m", "safehash", *args], input="",
                              capture_output=True, text=True, check=False)  # fmt: skip
        assert done.returncode == 2, (args, done.stderr)
        said = (done.stdout + done.stderr).replace("-", "")
        assert token.replace("-", "") not in said and wrong.replace("-", "") not in said
        assert "case token" in done.stderr
    assert not (tmp_path / "x.json").exists()
