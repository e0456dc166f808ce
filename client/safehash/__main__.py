"""``python -m safehash``: the same as the ``safehash`` command."""

import sys

from safehash.cli import main

if __name__ == "__main__":
    sys.exit(main())
