"""Accessibility as assistive technology meets it: the real app under an X server with the
AT-SPI bus, walked from outside by ``tests/support/atspi_walker.py`` (the system's Python
with pyatspi, as Orca reads it). Every interactive element has a role and a name in the
window's language, each step's heading is there, Tab moves in reading order, and the whole
flow, from Start to the receipt and Quick exit, can be driven through AT-SPI alone.

Needs Xvfb, dbus-run-session, at-spi2-core and python3-pyatspi (scripts/ensure-system-deps.sh
installs them on Debian and Ubuntu); elsewhere the test skips and says which is missing.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .images import photo

REPO = Path(__file__).resolve().parents[2]
WALKER = REPO / "tests" / "support" / "atspi_walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/ensure-system-deps.sh installs it)"
    if not any(os.path.exists(p) for p in BUS_LAUNCHERS):
        return "at-spi2-core is not installed (scripts/ensure-system-deps.sh installs it)"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False) if os.path.exists(SYSTEM_PYTHON) else None  # fmt: skip
    if check is None or check.returncode != 0:
        return "python3-pyatspi is not installed (scripts/ensure-system-deps.sh installs it)"
    return None


pytestmark = pytest.mark.skipif(missing() is not None, reason=missing() or "")


@pytest.fixture(scope="module")
def display():
    """An X server of our own; its number is the one Xvfb found free."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="module")
def translations(tmp_path_factory):
    out = tmp_path_factory.mktemp("qm")
    subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "compile", "--out",
                    str(out)], check=True, capture_output=True)  # fmt: skip
    return out


def walk(display: str, translations: Path, lang: str, photos: list[Path]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               SAFEHASH_I18N_DIR=str(translations), SAFEHASH_LANGUAGE=lang)  # fmt: skip
    command = [SYSTEM_PYTHON, str(WALKER), "--lang", lang, "--photos", *map(str, photos),
               "--", sys.executable, "-m", "safehash"]  # fmt: skip
    done = subprocess.run(["dbus-run-session", "--", *command], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=240, check=False)  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout[-2000:] + done.stderr[-4000:]
    return json.loads(lines[-1])


def reading_order_breaks(tabs: list[dict]) -> list[str]:
    """Steps of the Tab order that go back up the screen, or leftwards along a row
    (left to right). The cycle starts after its wrap (from the last control to the top)."""
    start = min(range(len(tabs)), key=lambda i: (tabs[i]["y"], tabs[i]["x"]))
    order = tabs[start:] + tabs[:start]
    breaks = []
    for a, b in itertools.pairwise(order):
        same_row = abs((a["y"] + a["h"] / 2) - (b["y"] + b["h"] / 2)) < min(a["h"], b["h"]) / 2
        if (same_row and b["x"] < a["x"]) or (not same_row and b["y"] < a["y"]):
            breaks.append(f"{a['name']!r} -> {b['name']!r}")
    return breaks


def test_the_window_as_a_screen_reader_meets_it(isolated_home, display, translations, tmp_path):
    photos = [photo(tmp_path / "IMG_0001.jpg", 3), photo(tmp_path / "beach.png", 4)]
    report = walk(display, translations, "en", photos)
    assert "error" not in report, report
    pages = report["pages"]
    assert set(pages) == {"welcome", "add photos", "check", "case", "done"}
    for name, page in pages.items():
        assert page["unnamed"] == [], f"{name}: {page['unnamed']}"
        assert page["heading"] and page["heading"].startswith("Step "), name
    assert pages["welcome"]["heading"] == "Step 1 of 5: Welcome"
    # Sections are headings too, so a screen reader can jump between them.
    assert "What is sent, and what is not" in pages["welcome"]["headings"]
    assert report["chooser_unnamed"] == []
    for name in ("welcome", "add photos"):
        tabs = pages[name]["tabs"]
        assert len(tabs) >= 5
        assert reading_order_breaks(tabs) == [], (name, [t["name"] for t in tabs])
    assert report["driven"] and report["receipt"] == ["The bank accepted 2 photos."]
    assert report["quick_exit_code"] == 0


def test_names_are_in_the_window_s_language(isolated_home, display, translations):
    report = walk(display, translations, "ar", [])
    assert "error" not in report, report
    welcome = report["pages"]["welcome"]
    assert welcome["unnamed"] == []
    assert welcome["heading"] == "الخطوة ١ من ٥: مرحبًا"
    english = [name for role, name in welcome["names"]
               if role == "push button" and name.isascii()]  # fmt: skip
    assert english == []
    assert report["quick_exit_code"] == 0
