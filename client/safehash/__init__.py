"""SafeHash: hash images on this computer and send only the hashes to a hash bank."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("safehash")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
