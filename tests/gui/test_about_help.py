"""The About dialog and the in-app help: version, licence, pages per language, the F1 menu."""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from kapdesk.gui.about import ICON_SIZES, AboutDialog, app_icon
from kapdesk.gui.help import SECTIONS, HelpMenu, HelpWindow, help_path


def test_about_shows_the_installed_version_and_the_licence(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    words = dialog._title.text() + dialog._text.text()
    assert version("kapdesk") in words
    assert "MIT" in words
    assert "Kapital Bank" in words
    assert not dialog.isModal()


def test_the_icon_comes_in_every_size() -> None:
    sizes = app_icon().availableSizes()
    assert [QSize(s, s) for s in ICON_SIZES] == sorted(sizes, key=QSize.width)


@pytest.mark.parametrize(("language", "title"), [("en", "kapdesk help"), ("ru", "Справка")])
def test_help_shows_the_page_in_the_language(qtbot: Any, language: str, title: str) -> None:
    window = HelpWindow(language=language)
    qtbot.addWidget(window)
    assert title in window.browser.toPlainText()
    assert "Authorized" in window.browser.toPlainText()


def test_help_falls_back_to_english_and_switches_language(qtbot: Any) -> None:
    assert help_path("de").name == "en.html"
    window = HelpWindow(language="de")
    qtbot.addWidget(window)
    assert 'What "unknown outcome" means' in window.browser.toPlainText()
    window.set_language("az")
    assert "Nəticə məlum deyil" in window.browser.toPlainText()


def test_every_section_anchor_can_be_opened(qtbot: Any) -> None:
    window = HelpWindow(language="en")
    qtbot.addWidget(window)
    window.resize(500, 300)
    bar = window.browser.verticalScrollBar()
    window.show_section(SECTIONS[0])
    qtbot.waitExposed(window)
    first = bar.value()
    window.show_section("backup")
    assert bar.value() > first  # scrolled down to a later section


def test_f1_opens_help_without_blocking_in_the_current_language(qtbot: Any) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    language = ["ru"]
    menu = HelpMenu(main, lambda: language[0])
    main.menuBar().addMenu(menu)
    assert menu.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert menu.help_action in main.actions()  # F1 works with the menu closed
    main.show()
    assert menu.help_window is None
    menu.help_action.trigger()  # what F1 does
    window = menu.help_window
    assert window is not None
    assert window.isVisible() and not window.isModal()
    assert "Справка" in window.browser.toPlainText()
    language[0] = "en"
    assert menu.open_help() is window  # one help window, now in English
    assert "kapdesk help" in window.browser.toPlainText()
    about = menu.open_about()
    assert about.isVisible() and not about.isModal()
