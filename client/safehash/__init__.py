"""SafeHash: hash images on this computer and send only the hashes to a hash bank."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up only when asked for: importlib.metadata costs about 50 ms,
    # paid by every process (each file reader included) if it ran at import.
    if name != "__version__":
        raise AttributeError(f"module 'safehash' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("safehash")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
