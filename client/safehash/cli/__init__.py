"""The ``safehash`` command. With no arguments it opens the window; with photos, videos or
folders (``safehash PHOTO_VIDEO_OR_FOLDER...``, what "Open with SafeHash" runs) it opens the
window at step 2 with them added; otherwise the first argument is a subcommand."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from safehash import __version__
from safehash.core.process_hardening import harden_process

# Each module adds its subcommands with ``register(subparsers)``. The commands each one
# adds are listed so that `safehash hash` loads only its own module, not the bank code.
COMMAND_MODULES = {
    "hash_command": ("hash",),
    "bank_commands": ("submit", "status", "withdraw", "export", "cases", "outbox"),
    "forget_command": ("forget",),
}

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def redact_tokens(text: str) -> str:
    """Hide anything that looks like a case token: usage errors echo the arguments."""
    from safehash.core import case_token  # not at import: --version and hash never need it

    return case_token.redact(text)


class SafeHashParser(argparse.ArgumentParser):
    """An argument parser whose error messages never repeat a case token."""

    def error(self, message: str) -> NoReturn:
        super().error(redact_tokens(message))


class _PrintAndExit(argparse.Action):
    """An option that prints something (looked up only when it is asked for) and exits."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str,
        *,
        show: Callable[[], None],
        help: str,
        **_: object,
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)
        self._show = show

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        self._show()
        parser.exit()


def print_version() -> None:
    print(f"safehash {__version__}")  # on standard output, as argparse does


def print_licences() -> None:
    """The third-party software SafeHash runs with, its licences and sources."""
    from safehash.core.licences import as_text, load_inventory

    print(as_text(load_inventory()))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``command``, only the module that provides that command."""
    parser = SafeHashParser(
        prog="safehash",
        description=(
            "Turn photos and videos into hashes on this computer and send only the hashes "
            "to a hash bank. Run without arguments to open the window; 'safehash "
            "PHOTO_VIDEO_OR_FOLDER...' opens it with those photos and videos added."
        ),
    )
    parser.add_argument(
        "--version", action=_PrintAndExit, show=print_version, help="show the version and exit"
    )
    parser.add_argument(
        "--licences", "--licenses", action=_PrintAndExit, show=print_licences,
        help="list the software SafeHash includes, its licences and where its source is",
    )  # fmt: skip
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, check it reaches its first page, and exit (for installers)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [m for m, commands in COMMAND_MODULES.items() if command in commands]
    for name in wanted or COMMAND_MODULES:
        importlib.import_module(f"safehash.cli.{name}").register(subparsers)
    return parser


def _open_window(paths: list[str] | None = None) -> int:
    try:
        from safehash.gui.app import run_app
    except ImportError:
        build_parser().print_help()
        return EXIT_OK
    return run_app(paths=paths)


def photos_to_open(args: list[str]) -> list[str] | None:
    """The photos, videos and folders of ``safehash PHOTO_VIDEO_OR_FOLDER...`` (a file
    manager's "Open with SafeHash"), or None when the arguments are a subcommand or
    options. A subcommand's name always wins (``safehash hash`` hashes, even beside a file
    named "hash"); after ``--`` everything is a path."""
    if not args:
        return None
    if args[0] == "--":
        return args[1:] or None
    first = args[0]
    known = {command for commands in COMMAND_MODULES.values() for command in commands}
    if first in known or first.startswith("-"):
        return None
    return args if os.path.lexists(first) else None


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
    photos = photos_to_open(args_list)
    if photos is not None:
        return _open_window(photos)
    if args_list == ["--version"]:  # answered before the parser loads every command
        print_version()
        return EXIT_OK
    if args_list in (["--licences"], ["--licenses"]):
        print_licences()
        return EXIT_OK
    if args_list == ["--self-test"]:  # installers: open the window, reach page 1, exit
        from safehash.gui.self_test import run_self_test

        return run_self_test()
    parser = build_parser(args_list[0])
    args = parser.parse_args(args_list)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        from safehash.core.isolation import kill_all_readers

        kill_all_readers()  # a file stuck in a decoder must not hold the exit up
        print("Stopped.", file=sys.stderr)
        return 130
