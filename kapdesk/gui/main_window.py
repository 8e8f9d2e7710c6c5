"""The main window: tabs, menus, keyboard shortcuts, the status bar and the message display."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from kapdesk.gui.i18n import LANGUAGES
from kapdesk.gui.lookup_tab import LookupTab
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.pending_tab import PendingTab
from kapdesk.gui.status import PRODUCTION_STYLE, ConsoleStatusBar, environment_words
from kapdesk.i18n import QT_TRANSLATE_NOOP

TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Lookup"),
    QT_TRANSLATE_NOOP("MainWindow", "Holds"),
    QT_TRANSLATE_NOOP("MainWindow", "Refunds"),
    QT_TRANSLATE_NOOP("MainWindow", "Payouts"),
    QT_TRANSLATE_NOOP("MainWindow", "Journal"),
)
# The same names in PendingTab's context, for its sentence.
_PENDING_TITLES = (
    QT_TRANSLATE_NOOP("PendingTab", "Holds"),
    QT_TRANSLATE_NOOP("PendingTab", "Refunds"),
    QT_TRANSLATE_NOOP("PendingTab", "Payouts"),
    QT_TRANSLATE_NOOP("PendingTab", "Journal"),
)


class MainWindow(QMainWindow):
    """Holds the tabs; ``language_chosen`` asks the app to switch (and remember) the language."""

    language_chosen = Signal(str)
    shown = Signal()

    def __init__(
        self,
        lookup: LookupTab,
        messages: MessageBridge,
        *,
        profile: str,
        environment: str,
        language: str,
        other_tabs: Mapping[str, QWidget] | None = None,
    ) -> None:
        super().__init__()
        self.lookup = lookup
        self.messages = messages
        self.environment = environment
        self.tabs = QTabWidget(self)
        self.tabs.addTab(lookup, "")
        others = dict(other_tabs or {})
        for title in TAB_TITLES[1:]:
            self.tabs.addTab(others.get(title) or PendingTab(title, self), "")
        self.banner = QLabel(self)
        self.banner.setStyleSheet(PRODUCTION_STYLE + "padding:4px;")
        self.banner.setVisible(environment == "production")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.status = ConsoleStatusBar(profile, environment, self)
        self.setStatusBar(self.status)
        self._build_menus(language)
        self._build_shortcuts()
        messages.error.connect(self.show_error)
        messages.info.connect(self.show_info)
        self.resize(1280, 760)
        self.retranslate()
        lookup.id_field.setFocus()

    def _build_menus(self, language: str) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = self._action(self.file_menu, self.lookup.choose_import_file)
        self.export_action = self._action(self.file_menu, self.lookup.choose_export_file)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda *_, c=code: self.language_chosen.emit(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _action(self, menu: object, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_shortcuts(self) -> None:
        for number in range(1, 6):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_tab(n - 1))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_filter)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.lookup.refresh_selection)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def focus_filter(self) -> None:
        self.show_tab(0)
        self.lookup.filter_field.setFocus()
        self.lookup.filter_field.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("kapdesk: {environment}").format(
                environment=environment_words(self, self.environment)
            )
        )
        for index, title in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, f"{self.tr(title)}")
        self.banner.setText(self.tr("PRODUCTION: every operation here moves real money."))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import order ids…"))
        self.export_action.setText(self.tr("&Export the table…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("kapdesk"), text, parent=self)
        # open(), never exec(): a nested event loop under qasync breaks running tasks.
        box.open()
        self.last_message_box = box

    def show_info(self, text: str) -> None:
        self.statusBar().showMessage(text, 8_000)
