"""Which languages are offered and chosen, how each is named, and what switching does to
Qt: translators, numbers, plural forms, Qt's own buttons and the layout direction."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from safehash.gui import i18n

from .conftest import REPO, i18n_script

SHIPPED = ["ar", "de", "en", "es", "fr", "hi", "ko", "nl", "pt_BR"]


def test_offered_are_english_and_every_complete_language(compiled):
    assert i18n.available_languages(compiled) == SHIPPED
    assert i18n.PSEUDO_LANGUAGE in i18n.compiled_languages(compiled)  # there, never offered


def test_an_incomplete_language_is_marked_and_not_offered(tmp_path):
    sources, out = tmp_path / "ts", tmp_path / "qm"
    sources.mkdir()
    draft = (REPO / "resources" / "i18n" / "safehash_es.ts").read_text("utf-8")
    draft = draft.replace('language="es"', 'language="it"').replace(
        "<translation>Continuar</translation>", '<translation type="unfinished"></translation>'
    )
    (sources / "safehash_it.ts").write_text(draft, "utf-8")
    manifest = i18n_script.compile_all(out, sources)
    assert manifest["it"]["complete"] is False and manifest["it"]["unfinished"] == 1
    assert "it" in i18n.compiled_languages(out)  # can be tried with SAFEHASH_LANGUAGE=it
    assert i18n.available_languages(out) == ["en"]


def test_without_a_manifest_only_english_is_offered(compiled, tmp_path):
    shutil.copy(compiled / "safehash_es.qm", tmp_path)
    assert i18n.available_languages(tmp_path) == ["en"]
    (tmp_path / i18n.MANIFEST_NAME).write_text("not json", "utf-8")
    assert i18n.available_languages(tmp_path) == ["en"]


@pytest.mark.parametrize(
    ("preferred", "chosen"),
    [
        (["es-MX", "en-US"], "es"),
        (["pt-BR"], "pt_BR"),
        (["pt-PT", "en"], "pt_BR"),  # Brazilian Portuguese reads better than English
        (["en-GB", "de-DE"], "en"),
        (["ja-JP", "fr-CA"], "fr"),
        (["ar-Arab-EG"], "ar"),
        (["ja"], "en"),
        (["C"], "en"),
        (["en-XA"], "en"),  # the pseudo-language is never chosen for anyone
    ],
)
def test_the_computer_s_languages_choose_in_order(preferred, chosen):
    assert i18n.match_language(preferred, [*SHIPPED, i18n.PSEUDO_LANGUAGE]) == chosen


def test_start_language_saved_environment_or_computer(compiled, monkeypatch):
    assert i18n.language_for_start("de", compiled) == "de"
    assert i18n.language_for_start("pt-BR", compiled) == "pt_BR"
    assert i18n.language_for_start("it", compiled) == i18n.match_language(
        QLocale.system().uiLanguages(), SHIPPED
    )
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "pseudo")
    assert i18n.language_for_start("de", compiled) == i18n.PSEUDO_LANGUAGE


@pytest.mark.parametrize(
    ("code", "label"),
    [("en", "English"), ("es", "Español"), ("fr", "Français"), ("de", "Deutsch"),
     ("nl", "Nederlands"), ("pt_BR", "Português (Brasil)"), ("ko", "한국어"),
     ("ar", "العربية"), ("hi", "हिन्दी")],
)  # fmt: skip
def test_each_language_in_its_own_name(compiled, code, label):
    assert i18n.language_label(code, compiled) == label


def test_without_the_translator_s_name_qt_names_the_language(tmp_path):
    assert i18n.language_label("fr", tmp_path) == "Français"
    assert i18n.language_label("pt_BR", tmp_path) == "Português (Brasil)"


def test_switching_swaps_translations_numbers_and_direction(compiled):
    assert i18n.set_language("es", compiled)
    assert QCoreApplication.translate("Page", "Continue") == "Continuar"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Sí"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.set_language("ar", compiled)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&نعم"
    assert i18n.set_language("hi", compiled)  # Qt has no Hindi: SafeHash's own words
    assert QCoreApplication.translate("QPlatformTheme", "&No") == "नहीं(&N)"
    assert i18n.set_language("en", compiled)
    assert QCoreApplication.translate("Page", "Continue") == "Continue"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_missing_translation_falls_back_to_english(compiled):
    assert not i18n.set_language("it", compiled)
    assert i18n.current_language() == "en"


def _photos_ready(n: int) -> str:
    return QCoreApplication.translate("AddPhotosPage", "%n photo(s) ready.", "", n)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", {1: "1 photo ready.", 2: "2 photos ready."}),
        ("es", {1: "1 foto lista.", 2: "2 fotos listas."}),
        ("fr", {0: "0 photo prête.", 1: "1 photo prête.", 2: "2 photos prêtes."}),
        ("ko", {1: "사진 1장이 준비되었습니다.", 7: "사진 7장이 준비되었습니다."}),
        ("ar", {0: "لا توجد صور جاهزة.", 1: "صورة واحدة جاهزة.", 2: "صورتان جاهزتان.",
                5: "٥ صور جاهزة.", 11: "١١ صورة جاهزة.", 101: "١٠١ صورة جاهزة."}),
        ("hi", {1: "1 फ़ोटो तैयार है।", 3: "3 फ़ोटो तैयार हैं।"}),
    ],
)  # fmt: skip
def test_plural_forms_follow_each_language(compiled, code, expected):
    from safehash.gui.plurals import install_english_plurals

    install_english_plurals()
    assert i18n.set_language(code, compiled)
    assert {n: _photos_ready(n) for n in expected} == expected


def test_manifest_names_every_language(compiled):
    manifest = json.loads((compiled / i18n.MANIFEST_NAME).read_text("utf-8"))["languages"]
    assert manifest["pt_BR"]["name"] == "Português (Brasil)"
    assert manifest[i18n.PSEUDO_LANGUAGE]["pseudo"] is True
