"""``safehash forget --everything``: delete everything SafeHash kept on this computer (the
same core function as the window's "Forget everything"; the uninstallers call it too)."""

from __future__ import annotations

import argparse
import sys

QUESTION = (
    "Forget everything SafeHash kept on this computer: remembered case tokens and access "
    "codes in the password store, fingerprints waiting to be sent, and settings? "
    "What was sent to a bank stays there. [y/N] "
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "forget",
        help="delete everything SafeHash kept on this computer",
        description="Delete everything SafeHash kept on this computer: case tokens, access "
        "codes and the outbox key in the password store, the kept outbox, settings. Files "
        "you saved yourself (receipts, token files) and what a bank holds are not touched.",
    )
    parser.add_argument("--everything", action="store_true", required=True,
                        help="everything (the only choice; it must be said)")  # fmt: skip
    parser.add_argument("--yes", action="store_true",
                        help="do not ask first (for scripts and uninstallers)")  # fmt: skip
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            print("safehash forget: add --yes to forget everything without a question",
                  file=sys.stderr)  # fmt: skip
            return 2
        if input(QUESTION).strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return 0
    from safehash.core.forget import forget_everything

    done = forget_everything()
    if not done.store_available:
        print("No secure password store on this computer, so no secret was kept in one.")
    elif done.store_error is not None:
        print("safehash forget: the password store could not be cleared "
              f"({done.store_error}); SafeHash's files were deleted.", file=sys.stderr)  # fmt: skip
    else:
        print(f"Password store: {done.secrets_cleared} SafeHash entries cleared.")
    print(f"Files: {done.folders_removed} SafeHash folder(s) deleted (settings, kept outbox).")
    return 1 if done.store_error is not None else 0
