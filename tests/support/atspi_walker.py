"""Walks SafeHash's window from outside, as a screen reader does, through the AT-SPI bus.

Run by tests/gui/test_atspi.py with the system's Python (which has pyatspi), inside a
private D-Bus session and next to an X server:

    python3 atspi_walker.py --lang en --photos A.jpg B.jpg -- PYTHON -m safehash

It starts the command, finds the application on the accessibility bus, and prints one JSON
object: for each page it reached, the interactive elements without a name, the step
heading, and (in English) the order the Tab key moves the focus in; then whether the flow
could be driven to the receipt and closed with Quick exit, all through AT-SPI alone.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "text", "password text",
    "entry", "combo box", "table", "tree", "list", "tree table", "slider", "spin button",
    "link", "page tab",
}  # fmt: skip
TIMEOUT = 60.0


class Walker:
    def __init__(self, app) -> None:
        self.app = app

    def nodes(self, root=None) -> list:
        out, pending = [], [root or self.app]
        while pending:
            node = pending.pop()
            if node is None:
                continue
            out.append(node)
            try:
                pending.extend(node.getChildAtIndex(i) for i in range(node.childCount))
            except Exception:  # noqa: BLE001 - a node that went away while walking
                continue
        return out

    def showing(self, root=None) -> list:
        found = []
        for node in self.nodes(root):
            try:
                states = node.getState()
                if not states.contains(pyatspi.STATE_SHOWING):
                    continue
                extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            except Exception:  # noqa: BLE001
                continue
            if extents.width > 0 and extents.height > 0:
                found.append(node)
        return found

    def window(self):
        """The top window: an open dialog, else the main window."""
        windows = [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]
        shown = [w for w in windows if w is not None and
                 w.getState().contains(pyatspi.STATE_SHOWING)]  # fmt: skip
        return shown[-1] if shown else None

    def find(self, name: str, role: str | None = None, timeout: float = TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for node in self.showing(self.window()):
                if node.name == name and (role is None or node.getRoleName() == role):
                    return node
            time.sleep(0.1)
        raise LookupError(f"no {role or 'element'} named {name!r}")

    def wait(self, condition, what: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if condition():
                    return
            except Exception:  # noqa: BLE001 - the tree is changing under us
                pass
            time.sleep(0.1)
        raise TimeoutError(what)

    def press(self, name: str, role: str = "push button") -> None:
        node = self.find(name, role)
        self.wait(lambda: node.getState().contains(pyatspi.STATE_ENABLED), f"{name} enabled")
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        wanted = next((n for n in ("Press", "Toggle", "Click", "press") if n in names), names[0])
        action.doAction(names.index(wanted))

    def heading(self, pattern: str) -> str | None:
        """The step's title, as a screen reader finds it: an element of role heading."""
        for node in self.showing(self.window()):
            if node.getRoleName() == "heading" and re.match(pattern, node.name or ""):
                return node.name
        return None

    def headings(self) -> list[str]:
        return [n.name for n in self.showing(self.window()) if n.getRoleName() == "heading"]

    def unnamed(self) -> list[str]:
        """Interactive elements on screen with no name (each as "role")."""
        missing = []
        for node in self.showing(self.window()):
            role = node.getRoleName()
            if role in INTERACTIVE and not (node.name or "").strip():
                missing.append(role)
        return missing

    def interactive_names(self) -> list[tuple[str, str]]:
        return [(n.getRoleName(), n.name) for n in self.showing(self.window())
                if n.getRoleName() in INTERACTIVE]  # fmt: skip

    def focused(self):
        for node in self.showing(self.window()):
            if node.getState().contains(pyatspi.STATE_FOCUSED) and \
                    node.getRoleName() in INTERACTIVE:  # fmt: skip
                return node
        return None

    def tab_cycle(self, limit: int = 60) -> list[dict]:
        """Press Tab until the focus comes back: each element with its place on screen."""
        seen: list[dict] = []
        start = self.focused()
        for _ in range(limit):
            before = self.focused()
            pyatspi.Registry.generateKeyboardEvent(23, None, pyatspi.KEY_PRESSRELEASE)  # Tab
            self.wait(lambda before=before: self.focused() is not None and
                      self.focused() != before, "the focus to move")  # fmt: skip
            node = self.focused()
            box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            seen.append({"role": node.getRoleName(), "name": node.name,
                         "x": box.x, "y": box.y, "w": box.width, "h": box.height})  # fmt: skip
            if start is not None and node == start:
                break
        return seen


def find_app(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise LookupError("SafeHash never appeared on the accessibility bus")


def drive(walker: Walker, lang: str, photos: list[str], report: dict) -> None:
    step = r"^Step \d of 5: " if lang == "en" else r"^الخطوة "
    pages = report["pages"] = {}

    def look(page: str, with_tabs: bool = False) -> None:
        time.sleep(0.3)  # the page's texts settle
        entry = {"heading": walker.heading(step), "unnamed": walker.unnamed(),
                 "names": walker.interactive_names(), "headings": walker.headings()}  # fmt: skip
        if with_tabs:
            entry["tabs"] = walker.tab_cycle()
        pages[page] = entry

    walker.wait(lambda: walker.heading(step) is not None, "the first page")
    look("welcome", with_tabs=lang == "en")
    if lang != "en":
        return
    walker.press("Start")
    walker.wait(lambda: (walker.heading(step) or "").startswith("Step 2"), "step 2")
    look("add photos", with_tabs=True)
    # Photos chosen in the file chooser, typed into its file name field.
    walker.press("Choose photos or videos")
    walker.wait(lambda: walker.window().name == "Choose photos or videos", "the file chooser")
    field = next(n for n in walker.showing(walker.window()) if n.getRoleName() == "text")
    field.queryEditableText().setTextContents(" ".join(f'"{p}"' for p in photos))
    report["chooser_unnamed"] = walker.unnamed()
    walker.press("Open")
    walker.wait(lambda: walker.window().name == "SafeHash", "back to the window")
    walker.press("Continue")
    walker.wait(lambda: (walker.heading(step) or "").startswith("Step 3"), "step 3")
    look("check")
    walker.press("I confirm these photos and videos are of me, or that I may act for the "
                 "person in them",
                 "check box")  # fmt: skip
    walker.press("Continue")
    walker.wait(lambda: (walker.heading(step) or "").startswith("Step 4"), "step 4")
    walker.press("Open a new case", "radio button")
    walker.press("Open a new case now")
    token = walker.find("Your new case token", "text")
    walker.wait(lambda: token.queryText().getText(0, -1).startswith("SH-"), "a new token")
    look("case")
    walker.press("Send")
    walker.wait(lambda: walker.heading(step) == "Step 5 of 5: Done", "the receipt")
    look("done")
    report["receipt"] = [n.name for n in walker.showing(walker.window())
                         if (n.name or "").startswith("The bank accepted")]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--photos", nargs="*", default=[])
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    app = subprocess.Popen(command)
    report: dict = {"driven": False}
    try:
        walker = Walker(find_app("SafeHash"))
        drive(walker, args.lang, args.photos, report)
        report["driven"] = True
        walker.press(_quick_exit_name(walker))
        report["quick_exit_code"] = app.wait(timeout=10)
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
        report["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    print(json.dumps(report))
    return 0


def _quick_exit_name(walker: Walker) -> str:
    """Quick exit in the window's language: the button in the top corner of every page."""
    buttons = [n for n in walker.showing(walker.window()) if n.getRoleName() == "push button"]
    top = min(buttons, key=lambda n: n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).y)
    return top.name


if __name__ == "__main__":
    sys.exit(main())
