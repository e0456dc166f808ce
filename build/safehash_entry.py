"""The frozen program's entry point: ``safehash`` exactly as from source, plus
``safehash --self-test``, which opens the real window, checks it reached its first page
and exits (0 on success). It is handled here, before ``safehash.cli.main`` builds its
parser, so installers and the packaging tests can check a build without a person.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from safehash.core.process_hardening import harden_process

        harden_process()  # as safehash.cli.main does: no crash dump of SafeHash
        from safehash.gui.self_test import run_self_test

        return run_self_test()
    from safehash.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    # The file readers are `spawn`ed copies of this program: this turns such a copy into
    # a reader instead of a second SafeHash (PyInstaller makes it work on every OS).
    multiprocessing.freeze_support()
    sys.exit(main())
