"""Print pinned versions of everything a release build installs (`make constraints`).

    python build/freeze_constraints.py > build/constraints.txt

Walks the installed requirements of safehash[build] (the app's dependencies, their
dependencies, and PyInstaller's), not `pip freeze`: the working venv also holds test and
benchmark tools that must not be pinned for, or shipped in, a release.
"""

from __future__ import annotations

import sys
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT_PROJECT = "safehash"
ROOT_EXTRAS = ("build",)


def closure() -> dict[str, str]:
    pins: dict[str, str] = {}
    queue: list[tuple[str, tuple[str, ...]]] = [(ROOT_PROJECT, ROOT_EXTRAS)]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    while queue:
        name, extras = queue.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        dist = metadata.distribution(name)
        if canonicalize_name(name) != ROOT_PROJECT:
            pins[canonicalize_name(dist.metadata["Name"])] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            wanted = req.marker is None or any(
                req.marker.evaluate({"extra": extra}) for extra in ("", *extras)
            )
            if wanted:
                queue.append((req.name, tuple(sorted(req.extras))))
    return pins


def main() -> int:
    python = ".".join(map(str, sys.version_info[:3]))
    print(f"# Pinned by build/freeze_constraints.py (make constraints) on Python {python},")
    print(f"# {sys.platform}. Used by `make bundle`: pip install -c build/constraints.txt.")
    for name, version in sorted(closure().items()):
        print(f"{name}=={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
