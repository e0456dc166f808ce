"""The practice bank is wired in at the edges: the core never imports the reference bank,
and sees the practice bank only as an address the window or the command line hands it."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import safehash.core
from safehash.core import errors
from safehash.core.bank import adapter_for
from safehash.core.profile import load_profile
from safehash.core.transport import HttpClient
from safehash.practice_bank import open_bank

CORE = Path(safehash.core.__file__).parent


def test_no_core_module_names_the_reference_bank() -> None:
    pattern = re.compile(r"\brefbank\b")
    offenders = [p.name for p in CORE.rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_importing_the_whole_core_loads_no_reference_bank() -> None:
    modules = [m.name for m in pkgutil.walk_packages([str(CORE)], prefix="safehash.core.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('safehash.refbank')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_core_alone_cannot_reach_the_practice_bank() -> None:
    profile = load_profile()
    assert profile.is_demo
    with HttpClient() as client, pytest.raises(errors.DemoUnavailable):
        adapter_for(profile, client)


def test_open_bank_hands_the_core_the_practice_banks_address() -> None:
    with HttpClient() as client, open_bank(load_profile(), client) as adapter:
        assert adapter.endpoint.startswith("http://127.0.0.1:")
        assert adapter.info().bank_name
