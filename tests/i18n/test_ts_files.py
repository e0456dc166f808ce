"""The committed translations: in step with the code, complete, and careful (placeholders,
rich-text tags, one form per plural rule of the language, Qt's own buttons as Qt says)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from .conftest import REPO, i18n_script

I18N = REPO / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("safehash_*.ts"))
SHIPPED = {"es", "fr", "de", "nl", "pt_BR", "ko", "ar", "hi"}


def code(path: Path) -> str:
    return path.stem.removeprefix("safehash_")


def test_the_first_nine_languages_are_there():
    assert {code(p) for p in TS_FILES} >= SHIPPED  # and English, the source


def test_ts_files_are_in_step_with_the_code(tmp_path):
    """lupdate on a copy adds nothing and drops nothing: no string in the code is missing
    from a .ts file, and no .ts file holds a string the code no longer has."""
    copies = []
    for path in TS_FILES:
        shutil.copy(path, tmp_path / path.name)
        copies.append(tmp_path / path.name)
    i18n_script.lupdate(copies)
    stale = {}
    for path, copy in zip(TS_FILES, copies, strict=True):
        before = {m.key for m in i18n_script.read_ts(path).current()}
        after = {m.key for m in i18n_script.read_ts(copy).current()}
        if before != after:
            stale[path.name] = {"new in the code": sorted(after - before),
                                "gone from the code": sorted(before - after)}  # fmt: skip
    assert stale == {}, f"run `make translations-update` and translate: {stale}"


@pytest.mark.parametrize("path", TS_FILES, ids=code)
def test_ts_file_is_clean(path):
    ts = i18n_script.read_ts(path)
    assert ts.language == code(path)
    assert [m.source for m in ts.messages if m.kind in ("obsolete", "vanished")] == []


@pytest.mark.parametrize("path", [p for p in TS_FILES if code(p) in SHIPPED], ids=code)
def test_shipped_language_is_complete(path):
    left = [i18n_script.describe(m) for m in i18n_script.read_ts(path).unfinished()]
    assert left == [], f"{len(left)} message(s) to translate"


@pytest.mark.parametrize("path", TS_FILES, ids=code)
def test_placeholders_and_tags_survive(path):
    ts = i18n_script.read_ts(path)
    singles = i18n_script.single_forms(i18n_script.plural_rule(ts.language))
    wrong = [f"{i18n_script.describe(m)}: {p}" for m in ts.current() if m.finished
             for p in i18n_script.problems(m, singles)]  # fmt: skip
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("path", TS_FILES, ids=code)
def test_one_form_for_each_plural_rule(path):
    ts = i18n_script.read_ts(path)
    forms = len(set(i18n_script.plural_rule(ts.language)))
    wrong = [i18n_script.describe(m) for m in ts.current() if m.numerus and m.finished
             and (len(m.translations) != forms or not all(t.strip() for t in m.translations))]
    assert wrong == [], f"{ts.language} has {forms} plural form(s): " + "\n".join(wrong)


@pytest.mark.parametrize("path", TS_FILES, ids=code)
def test_qt_buttons_as_qt_translates_them(path):
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(f"qtbase_{code(path)}", folder):
        pytest.skip(f"Qt has no translation for {code(path)}: ours is the only one")
    ours = {m.source: m.translations[0] for m in i18n_script.read_ts(path).current()
            if m.context == "QPlatformTheme" and m.finished}  # fmt: skip
    theirs = {source: qt.translate("QPlatformTheme", source) for source in ours}
    assert ours == {s: t or ours[s] for s, t in theirs.items()}


def test_plural_rules_come_from_qt():
    assert set(i18n_script.plural_rule("ko")) == {0}
    arabic = i18n_script.plural_rule("ar")
    assert [arabic[n] for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)] == [
        0, 1, 2, 3, 3, 4, 4, 5, 5, 3]  # fmt: skip
    assert i18n_script.single_forms(arabic) == {0, 1, 2}
    french = i18n_script.plural_rule("fr")
    assert french[0] == french[1] != french[2]  # 0 is singular in French
