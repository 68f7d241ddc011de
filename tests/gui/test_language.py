"""The interface's language: chosen in Settings, loaded at start, Urdu right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui import i18n
from app.gui.settings_dialog import SettingsDialog


@pytest.fixture
def english_after(qapp):
    yield qapp
    i18n.choose("")
    i18n.install(qapp, "en")


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(qtbot, english_after):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes[0] == "" and "en" in codes  # the system's, then each language
    dialog.language.setCurrentIndex(codes.index("en"))
    dialog.accept()
    assert i18n.chosen() == "en" and i18n.current() == "en"
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"


def test_urdu_is_right_to_left_in_its_own_font_and_english_comes_back(english_after):
    app = english_after
    assert i18n.install(app, "ur") == "ur"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert app.font().families()[0] == "Noto Naskh Arabic"
    i18n.install(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Noto Naskh Arabic" not in app.font().families()
    assert QApplication.translate("", "Settings") == "Settings"


def test_an_unknown_saved_language_falls_back_to_the_system_s(english_after):
    i18n.settings.set_value(i18n.SETTING, "xx")
    assert i18n.chosen() == ""
    assert i18n.current() in i18n.LANGUAGES
