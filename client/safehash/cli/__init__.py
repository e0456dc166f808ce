"""The ``safehash`` command. With no arguments it opens the window."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from safehash import __version__
from safehash.core import case_token
from safehash.core.process_hardening import harden_process

# Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES = ("hash_command", "bank_commands")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


_TOKEN_LIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{19,40}[A-Za-z0-9]")


def redact_tokens(text: str) -> str:
    """Hide anything that is a valid case token: usage errors echo the arguments."""
    return _TOKEN_LIKE.sub(
        lambda m: "[case token hidden]" if case_token.is_valid(m.group()) else m.group(), text
    )


class SafeHashParser(argparse.ArgumentParser):
    """An argument parser whose error messages never repeat a case token."""

    def error(self, message: str) -> NoReturn:
        super().error(redact_tokens(message))


def build_parser() -> argparse.ArgumentParser:
    parser = SafeHashParser(
        prog="safehash",
        description=(
            "Turn photos into hashes on this computer and send only the hashes to a hash "
            "bank. Run without arguments to open the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"safehash {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, check it reaches its first page, and exit (for installers)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"safehash.cli.{name}").register(subparsers)
    return parser


def _open_window() -> int:
    try:
        from safehash.gui.app import run_app
    except ImportError:
        build_parser().print_help()
        return EXIT_OK
    return run_app()


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # first: no crash dump may hold a token, a header or a photo
    # File names that are not valid UTF-8 must print, not crash the program.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _open_window()
    if args_list == ["--self-test"]:  # installers: open the window, reach page 1, exit
        from safehash.gui.self_test import run_self_test

        return run_self_test()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
