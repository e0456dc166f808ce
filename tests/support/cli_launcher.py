"""Runs ``safehash`` in a real process with the test keyring that processes share:

    python cli_launcher.py KEYRING_FILE [--wait] SAFEHASH-ARGS...

The password store is a ``FileKeyring`` (the OS store cannot be shared by test processes
everywhere) and retries back off in milliseconds instead of seconds; everything else is the
real command. With ``--wait`` it imports everything, prints "ready" and waits for one line
on standard input, so that a test can start several at the same instant.
"""

from __future__ import annotations

import dataclasses
import sys

import keyring

import safehash.core.transport as transport
from safehash.cli import build_parser, main
from support.file_keyring import FileKeyring, trust_in_this_process


@dataclasses.dataclass(frozen=True, slots=True)
class QuickRetry(transport.RetryPolicy):
    backoff_base: float = 0.005
    backoff_cap: float = 0.02


def run() -> int:
    keyring_file, *args = sys.argv[1:]
    keyring.set_keyring(FileKeyring(keyring_file))
    trust_in_this_process()
    transport.RetryPolicy = QuickRetry  # type: ignore[misc]
    if args and args[0] == "--wait":
        args = args[1:]
        build_parser(args[0] if args else None)  # load the command's modules now
        print("ready", flush=True)
        sys.stdin.readline()
    return main(args)


if __name__ == "__main__":
    sys.exit(run())
