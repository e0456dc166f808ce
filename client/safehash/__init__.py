"""SafeHash: hash images on this computer and send only the hashes to a hash bank."""

from __future__ import annotations

# The one place the version is set (pyproject.toml reads it: [tool.setuptools.dynamic]).
# A constant, not importlib.metadata: that lookup cost every process (`safehash --version`,
# each file reader) 30-50 ms, most of all in the frozen bundle.
__version__ = "0.1.0"
