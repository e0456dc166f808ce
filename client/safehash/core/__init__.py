"""The SafeHash core: plain Python, never Qt (tests/core/test_no_qt.py enforces this)."""
