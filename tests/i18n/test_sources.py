"""The window's code is translatable: every string a person sees goes through tr() /
QCoreApplication.translate() / QT_TRANSLATE_NOOP with a plain literal (no f-string, no
concatenation, no variable), values go in through %1 placeholders (``i18n.fill``), and
lupdate really finds every message, plurals as plurals. Its Python parser silently skips
calls it does not understand, so each call found here must be in lupdate's output too."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO, i18n_script

GUI = REPO / "client" / "safehash" / "gui"
FILES = sorted(GUI.rglob("*.py"))
# Translating a variable is right only where its values are marked for lupdate elsewhere.
LOOKUPS = {("error_text.py", "_t")}
# Text setters and constructors whose literal strings a person would read.
TEXT_CALLS = {
    "setText", "setToolTip", "setWindowTitle", "setAccessibleName", "setAccessibleDescription",
    "addItem", "setItemText", "setStatusTip", "setHorizontalHeaderLabels", "setInformativeText",
    "addButton", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "plain_label", "heading",
    "section", "named", "labelled", "set_text", "QListWidgetItem", "QTableWidgetItem",
}  # fmt: skip
NOT_WORDS = {"SafeHash", "https://", "socks5h://127.0.0.1:9050", "SH-XXXX-XXXX-XXXX-XXXX-XXXX-X"}

Message = tuple[str, str, str, bool]  # context, source, disambiguation, numerus


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Audit(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.messages: set[Message] = set()
        self.problems: list[str] = []

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(REPO)}:{getattr(node, 'lineno', '?')}"

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name, args = _name(node.func), node.args
        if name == "tr" and isinstance(node.func, ast.Attribute):
            self.message(node, self.classes[-1] if self.classes else "", args, 0, 2)
        elif name == "translate" and _name(getattr(node.func, "value", None)) == (
            "QCoreApplication"
        ):
            self.message(node, _literal(args[0]) if args else None, args, 1, 3)
        elif name == "QT_TRANSLATE_NOOP":
            self.message(node, _literal(args[0]) if args else None, args, 1, None)
        elif name == "replace" and args and (_literal(args[0]) or "").startswith("%"):
            self.problems.append(f"{self.where(node)}: a placeholder put in with .replace(); "
                                 "use i18n.fill()")  # fmt: skip
        elif name in TEXT_CALLS:
            for arg in args:
                text = _literal(arg)
                if text and text not in NOT_WORDS and any(c.isalpha() for c in text):
                    self.problems.append(f"{self.where(node)}: untranslated text {text!r}")
        self.generic_visit(node)

    def message(
        self, node: ast.Call, context: str | None, args: list, at: int, n_at: int | None
    ) -> None:
        text = _literal(args[at]) if len(args) > at else None
        if text is None or context is None:
            if (self.path.name, self.functions[-1] if self.functions else "") not in LOOKUPS:
                self.problems.append(f"{self.where(node)}: translated text or context is not a "
                                     "plain literal, so lupdate cannot find it")  # fmt: skip
            return
        numerus = n_at is not None and len(args) > n_at
        if numerus and not self.classes:
            self.problems.append(f"{self.where(node)}: lupdate sees a plural only in self.tr() "
                                 "inside a class")  # fmt: skip
        disambiguation = _literal(args[at + 1]) if len(args) > at + 1 else ""
        self.messages.add((context, text, disambiguation or "", numerus))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for part in ast.walk(node):
            if isinstance(part, ast.Call) and _name(part.func) in ("tr", "translate"):
                self.problems.append(f"{self.where(node)}: tr() inside an f-string")
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.Add) and any(
            isinstance(side, ast.Call) and _name(side.func) in ("tr", "translate")
            for side in (node.left, node.right)
        ):
            self.problems.append(f"{self.where(node)}: a translation glued to other text")
        self.generic_visit(node)


@pytest.fixture(scope="module")
def audits() -> list[Audit]:
    done = []
    for path in FILES:
        audit = Audit(path)
        audit.visit(ast.parse(path.read_text("utf-8")))
        done.append(audit)
    return done


def test_every_string_is_translatable_as_written(audits):
    problems = [problem for audit in audits for problem in audit.problems]
    assert problems == [], "\n".join(problems)


def test_lupdate_finds_every_message_the_code_has(audits, tmp_path):
    found = tmp_path / "safehash_de.ts"
    i18n_script.lupdate([found])
    extracted = {m.key for m in i18n_script.read_ts(found).current()}
    in_code = set().union(*(audit.messages for audit in audits))
    missed = sorted(in_code - extracted)
    assert missed == [], "lupdate missed (or took a plural for a plain message):\n" + "\n".join(
        map(str, missed)
    )
    assert extracted - in_code == set()


def test_the_audit_catches_what_it_should(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "class P:\n"
        "    def f(self, name, n):\n"
        "        a = self.tr(f'Hello {name}')\n"
        "        b = self.tr('Hello ') + name\n"
        "        c = self.tr('Hello %1').replace('%1', name)\n"
        "        d = QCoreApplication.translate('P', name)\n"
        "        self.button.setText('Save')\n"
        "def g(n):\n"
        "    return QCoreApplication.translate('P', '%n file(s)', '', n)\n",
        "utf-8",
    )
    audit = Audit(REPO / "tests" / "i18n" / "bad.py")
    audit.visit(ast.parse(bad.read_text("utf-8")))
    kinds = "\n".join(audit.problems)
    for expected in ("not a plain literal", "glued", ".replace()", "untranslated text 'Save'",
                     "only in self.tr()"):  # fmt: skip
        assert expected in kinds


def test_lupdate_is_the_one_from_this_environment():
    done = subprocess.run([i18n_script.tool("lupdate"), "-version"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert "lupdate" in done.stdout + done.stderr
