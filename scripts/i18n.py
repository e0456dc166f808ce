"""SafeHash's translations: bring the .ts files up to date, compile them, check them.

    python scripts/i18n.py update            # after changing strings in the code (lupdate)
    python scripts/i18n.py add ko            # start a new language: resources/i18n/safehash_ko.ts
    python scripts/i18n.py compile [--out D] # .ts -> .qm, the pseudo-language, languages.json
    python scripts/i18n.py check             # what is left to translate, and any mistakes

`make translations` runs `compile`; `make translations-update` runs `update`. The sources
are resources/i18n/safehash_<code>.ts (Qt Linguist files, one per language). The compiled
.qm files and languages.json are build products and never committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pseudo_locale import pseudo, pseudo_plural
from ts_files import TsFile, describe, problems, read_ts

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
SOURCES = REPO / "client" / "safehash" / "gui"
PSEUDO = "en_XA"
MANIFEST = "languages.json"
LANGUAGE_NAME = ("Language", "English")  # the message whose translation names a language


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this Python's environment."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def source_files() -> list[str]:
    """Every Python file of the window, relative to the repository (for .ts locations)."""
    return sorted(str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py"))


def ts_files(folder: Path = I18N) -> list[Path]:
    return sorted(folder.glob("safehash_*.ts"))


def lupdate(targets: list[Path], *extra: str) -> None:
    """Merge the code's strings into ``targets``: new ones unfinished, gone ones dropped."""
    if not targets:
        return
    command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative", *extra,
               *source_files(), "-ts", *[str(t) for t in targets]]  # fmt: skip
    subprocess.run(command, cwd=REPO, check=True)


def update(folder: Path = I18N) -> None:
    lupdate(ts_files(folder))


def add(code: str, folder: Path = I18N) -> Path:
    target = folder / f"safehash_{code}.ts"
    if target.exists():
        raise SystemExit(f"{target.relative_to(REPO)} exists already")
    lupdate([target], "-target-language", code, "-source-language", "en")
    fill_qt_strings(target)
    return target


def fill_qt_strings(path: Path) -> int:
    """Copy Qt's own translation of its standard buttons (context QPlatformTheme) into a
    .ts where Qt has one; returns how many were filled."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    code = path.stem.removeprefix("safehash_")
    qt = QTranslator()
    if not qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return 0
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "QPlatformTheme":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            text = qt.translate("QPlatformTheme", message.findtext("source") or "")
            if translation is not None and translation.get("type") == "unfinished" and text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        lupdate([path])  # back into lupdate's own layout
    return filled


def write_pseudo(target: Path) -> None:
    """The pseudo-language, made from the English in the code as it is now."""
    target.unlink(missing_ok=True)
    lupdate([target], "-target-language", PSEUDO, "-source-language", "en")
    tree = ET.parse(target)
    root = tree.getroot()
    root.set("language", PSEUDO)
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for text in pseudo_plural(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def plural_rule(language: str, upto: int = 1000) -> list[int]:
    """Which plural form Qt picks for each number 0..upto in ``language``, asked of Qt
    itself: a message with one form per index is compiled and translated for each n."""
    from PySide6.QtCore import QTranslator

    forms = "".join(f"<numerusform>{i}</numerusform>" for i in range(6))
    ts = (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
          f'language="{language}"><context><name>P</name><message numerus="yes">'
          f"<source>%n</source><translation>{forms}</translation></message></context></TS>")
    with tempfile.TemporaryDirectory() as temp:
        source, compiled = Path(temp) / "rule.ts", Path(temp) / "rule.qm"
        source.write_text(ts, "utf-8")
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(compiled)],
                       check=True, capture_output=True)  # fmt: skip  (it notes the extra forms)
        translator = QTranslator()
        if not translator.load(str(compiled)):
            raise RuntimeError(f"no plural rule for {language}")
        return [int(translator.translate("P", "%n", None, n)) for n in range(upto + 1)]


def single_forms(rule: list[int]) -> frozenset[int]:
    """The forms used for one number only (Arabic: 0, 1 and 2), which may spell it out."""
    return frozenset(f for f in set(rule) if rule.count(f) == 1)


def language_name(ts: TsFile) -> str | None:
    for message in ts.current():
        if (message.context, message.source) == LANGUAGE_NAME and message.finished:
            return message.translations[0]
    return None


def compile_all(out: Path = I18N, sources: Path = I18N) -> dict[str, dict[str, object]]:
    """Every .ts to a .qm in ``out``, the pseudo-language too, and the manifest saying
    which languages are complete (only those are offered in Settings)."""
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    files = ts_files(sources)
    lrelease = tool("lrelease")
    for path in files:
        ts = read_ts(path)
        subprocess.run([lrelease, "-silent", str(path), "-qm", str(out / f"{path.stem}.qm")],
                       check=True)  # fmt: skip
        total, left = len(ts.current()), len(ts.unfinished())
        manifest[ts.code] = {"complete": left == 0 and total > 0, "messages": total,
                             "unfinished": left, "name": language_name(ts)}  # fmt: skip
    with tempfile.TemporaryDirectory() as temp:
        pseudo_ts = Path(temp) / f"safehash_{PSEUDO}.ts"
        write_pseudo(pseudo_ts)
        subprocess.run([lrelease, "-silent", str(pseudo_ts), "-qm",
                        str(out / f"safehash_{PSEUDO}.qm")], check=True)  # fmt: skip
    manifest[PSEUDO] = {"complete": True, "pseudo": True, "name": "Pseudo (en_XA)"}
    doc = {"generator": "scripts/i18n.py compile", "languages": manifest}
    (out / MANIFEST).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return manifest


def check(folder: Path = I18N) -> int:
    """Print what is left to translate and every mistake; 1 when a language has mistakes."""
    status = 0
    for path in ts_files(folder):
        ts = read_ts(path)
        left = ts.unfinished()
        singles = single_forms(plural_rule(ts.language or ts.code))
        mistakes = [(m, p) for m in ts.current() if m.finished for p in problems(m, singles)]
        state = "complete" if not left else f"{len(left)} of {len(ts.current())} to translate"
        print(f"{ts.code}: {state}" + (f", {len(mistakes)} mistake(s)" if mistakes else ""))
        for message, problem in mistakes:
            print(f"  {describe(message)}: {problem}")
        status |= bool(mistakes)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="merge the code's strings into every .ts file")
    adding = commands.add_parser("add", help="start a new language")
    adding.add_argument("code", help='a language code such as "it" or "pt_PT"')
    compiling = commands.add_parser("compile", help="compile .qm files and languages.json")
    compiling.add_argument("--out", type=Path, default=I18N, help="where to write them")
    pseudo_cmd = commands.add_parser("pseudo", help="write the pseudo-language's .ts")
    pseudo_cmd.add_argument("--out", type=Path, default=Path(f"safehash_{PSEUDO}.ts"))
    commands.add_parser("check", help="what is left to translate, and mistakes")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "add":
        print(add(args.code).relative_to(REPO))
    elif args.command == "compile":
        manifest = compile_all(args.out.resolve())
        offered = sorted(c for c, i in manifest.items() if i.get("complete") and not i.get("pseudo"))
        print(f"compiled {len(manifest)} language(s) into {args.out}; offered: en, "
              + ", ".join(offered))  # fmt: skip
    elif args.command == "pseudo":
        write_pseudo(args.out.resolve())
        print(args.out)
    elif args.command == "check":
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
