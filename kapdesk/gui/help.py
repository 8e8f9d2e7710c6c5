"""In-app help: resources/help/<language>.html in a non-modal window, and the Help menu (F1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the Help menu is built before the window's first paint; About is not
    from kapdesk.gui.about import AboutDialog

FALLBACK_LANGUAGE = "en"
# The sections every page has (the <h2 id="..."> anchors); other parts may link to them.
SECTIONS = ("tabs", "statuses", "unknown", "holds", "team", "data", "backup", "keys")


def help_path(language: str) -> Path:
    """The page for ``language``, or the English one when that language has none."""
    from kapdesk.gui.about import resources_dir

    folder = resources_dir() / "help"
    page = folder / f"{language}.html"
    return page if page.is_file() else folder / f"{FALLBACK_LANGUAGE}.html"


class HelpWindow(QDialog):
    """The help page in the current language; shown with ``show()``, never ``exec()``."""

    def __init__(self, parent: QWidget | None = None, language: str = FALLBACK_LANGUAGE) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        # Help is offline: links inside the page work, nothing opens a browser or the network.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        from kapdesk.gui.about import app_icon

        self.setWindowIcon(app_icon())
        self.resize(720, 640)
        self.language = ""
        self.set_language(language)
        self._retranslate()

    def set_language(self, language: str) -> None:
        """Show the page for ``language`` (English when there is none)."""
        if language == self.language:
            return
        self.language = language
        page = help_path(language)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))

    def show_section(self, anchor: str) -> None:
        """Open (or raise) the window at one section, e.g. ``"unknown"``."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(anchor)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("kapdesk help"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class HelpMenu(QMenu):
    """Help (F1) and About; ``language`` tells which page to show when Help opens."""

    def __init__(self, parent: QWidget, language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._language = language
        self._help: HelpWindow | None = None
        self._about: AboutDialog | None = None
        self.help_action = QAction(self)
        # setShortcuts, not setShortcut: see MainWindow._shortcut
        self.help_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(lambda: self.open_help())
        self.about_action = QAction(self)
        self.about_action.triggered.connect(lambda: self.open_about())
        self.addAction(self.help_action)
        self.addAction(self.about_action)
        # The shortcut must work while the menu is closed, so the window owns the action too.
        parent.addAction(self.help_action)
        self._retranslate()

    @property
    def help_window(self) -> HelpWindow | None:
        """The help window once it has been opened (one per main window)."""
        return self._help

    def open_help(self, section: str = "") -> HelpWindow:
        if self._help is None:
            self._help = HelpWindow(self.parentWidget(), self._language())
        else:
            self._help.set_language(self._language())
        if section:
            self._help.show_section(section)
        else:
            self._help.show()
            self._help.raise_()
        return self._help

    def open_about(self) -> AboutDialog:
        if self._about is None:
            from kapdesk.gui.about import AboutDialog

            self._about = AboutDialog(self.parentWidget())
        self._about.show()
        self._about.raise_()
        return self._about

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("kapdesk &help"))
        self.about_action.setText(self.tr("&About kapdesk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._help is not None:
                self._help.set_language(self._language())
        super().changeEvent(event)
