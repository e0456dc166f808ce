"""Usage errors never repeat a case token (process lists and terminals are not private)."""

from __future__ import annotations

import subprocess
import sys

from safehash.cli import redact_tokens
from safehash.core.case_token import new_token


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
