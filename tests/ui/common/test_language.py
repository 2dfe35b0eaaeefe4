"""Choosing the window's language: --lang, Preferences > Language, the system's locale; Qt's own catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from nnplayground.app import parse
from nnplayground.core.texts import QT_TRANSLATE_NOOP, Text
from nnplayground.ui.common import i18n
from nnplayground.ui.session.app_settings import default_settings


@pytest.fixture
def english_after(qapp):
    yield qapp
    i18n.uninstall(qapp)


@pytest.mark.parametrize(
    "code, found",
    [("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB", "en"),
     ("en", "en"), ("fr_FR", None), ("", None), (None, None)],
)
def test_a_locale_name_finds_the_language_the_app_speaks(code, found):
    assert i18n.normalise(code) == found


def test_lang_wins_over_the_kept_choice_which_wins_over_the_system(qapp):
    settings = default_settings()
    assert i18n.chosen_language(settings) == "en"  # the tests' locale is C (tests/conftest.py)
    settings.setValue(i18n.SETTINGS_KEY, "zh_CN")
    assert i18n.chosen_language(settings) == "zh_CN"
    assert i18n.chosen_language(settings, "en") == "en"
    settings.setValue(i18n.SETTINGS_KEY, "klingon")  # an edited file: ignored, never trusted
    assert i18n.chosen_language(settings) == "en"


def test_lang_on_the_command_line_is_checked_before_any_window(capsys):
    args, _ = parse(["--lang", "zh"])
    assert args.lang == "zh_CN"
    with pytest.raises(SystemExit) as stop:
        parse(["--lang", "fr"])
    assert stop.value.code == 2
    assert "en, zh_CN" in capsys.readouterr().err


def test_chinese_loads_the_apps_catalogue_and_qts_own(english_after):
    assert i18n.install(english_after, "zh_CN")
    assert i18n.current() == "zh_CN"
    assert i18n.translate("QPlatformTheme", "Save") == "保存"  # Qt's own buttons (Save/Discard/Cancel)
    assert i18n.translate("Settings", "Learning rate") == "学习率"
    assert QLocale().name() == "zh_CN"
    i18n.uninstall(english_after)
    assert i18n.current() == "en"
    assert i18n.translate("Settings", "Learning rate") == "Learning rate"


def test_a_core_sentence_is_english_as_a_string_and_translated_in_the_window(english_after):
    made = Text(QT_TRANSLATE_NOOP("Settings", "Learning rate"), {})
    assert made == "Learning rate" and i18n.translated(made) == "Learning rate"
    i18n.install(english_after, "zh_CN")
    assert i18n.translated(made) == "学习率"
    assert i18n.error_text(ValueError(made)) == "学习率"
    assert i18n.translated("spiral.csv") == "spiral.csv"  # a name stays as it is


def test_preferences_language_is_kept_for_the_next_start_and_said(make_window):
    w = make_window()
    menu = w.findChild(QMenu, "menuLanguage")
    assert [a.text() for a in menu.actions()] == ["English", "简体中文"]  # each in itself
    english = w.findChild(QAction, "actionLanguage_en")
    chinese = w.findChild(QAction, "actionLanguage_zh_CN")
    assert english.isChecked() and not chinese.isChecked()
    chinese.trigger()
    assert chinese.isChecked() and not english.isChecked()
    assert i18n.chosen_language(default_settings()) == "zh_CN"
    assert "简体中文" in w.statusBar().currentMessage() and "next start" in w.statusBar().currentMessage()
    assert i18n.current() == "en"  # this window goes on in English: nothing of the session is lost
    assert QApplication.instance() is not None
