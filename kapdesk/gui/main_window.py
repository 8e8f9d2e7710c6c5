"""The main window: tabs, menus, keyboard shortcuts, the status bar and the message display."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from kapdesk.gui.first_paint import FirstPaint
from kapdesk.gui.help import HelpMenu
from kapdesk.gui.i18n import LANGUAGES
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.status_bar import PRODUCTION_STYLE, ConsoleStatusBar, environment_words
from kapdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window is shown before the tabs' modules load (start-up time)
    from kapdesk.gui.tabs.lookup import LookupTab

TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Lookup"),
    QT_TRANSLATE_NOOP("MainWindow", "Holds"),
    QT_TRANSLATE_NOOP("MainWindow", "Refunds"),
    QT_TRANSLATE_NOOP("MainWindow", "Payouts"),
    QT_TRANSLATE_NOOP("MainWindow", "Journal"),
    QT_TRANSLATE_NOOP("MainWindow", "Disputes"),  # last: a console without a case store has none
)


class MainWindow(QMainWindow):
    """Holds the tabs; ``language_chosen`` asks the app to switch (and remember) the language.

    Built without tabs (``lookup=None``), it is the frame shown at start-up while the
    connection's tabs are still being built; ``set_tabs`` fills it.
    """

    language_chosen = Signal(str)
    shown = Signal()
    manage_profiles_requested = Signal()
    lock_requested = Signal()
    reset_sandbox_requested = Signal()

    def __init__(
        self,
        lookup: LookupTab | None,
        messages: MessageBridge,
        *,
        profile: str,
        environment: str,
        language: str,
        other_tabs: Mapping[str, QWidget] | None = None,
    ) -> None:
        super().__init__()
        self.lookup: LookupTab | None = lookup  # None while locked (no tabs)
        self.messages = messages
        self.environment = environment
        self.language = language
        self.tabs = QTabWidget(self)
        self.tab_badges: dict[int, int] = {}  # tab index → count shown after its title
        self.banner = QLabel(self)
        self.banner.setStyleSheet(PRODUCTION_STYLE + "padding:4px;")
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
        self.shortcut_keeper = ShortcutKeeper(self)
        messages.error.connect(self.show_error)
        messages.info.connect(self.show_info)
        self.resize(1280, 760)
        if lookup is not None:
            self.set_tabs(lookup, other_tabs or {}, profile=profile, environment=environment)
            return
        self.clear_tabs()
        self.banner.setVisible(environment == "production")
        self.retranslate()

    def set_tabs(
        self, lookup: LookupTab, others: Mapping[str, QWidget], *, profile: str, environment: str
    ) -> None:
        """Show a new connection's tabs (start, profile switch, unlock); the window stays."""
        current = self.tabs.currentIndex()
        self.clear_tabs()
        self.tab_badges = {}
        self.lookup = lookup
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(True)
        self.tabs.addTab(lookup, "")
        self._add(others)
        self.environment = environment
        self.banner.setVisible(environment == "production")
        self.status.set_profile(profile, environment)
        self.retranslate()
        self.tabs.setCurrentIndex(max(current, 0))
        lookup.id_field.setFocus()

    def set_tab_badge(self, widget: QWidget, count: int) -> None:
        """A count after the tab's title (approvals waiting for you on the Journal tab); 0
        shows none."""
        index = self.tabs.indexOf(widget)
        if index < 0:
            return
        self.tab_badges[index] = count
        self.retranslate()

    def add_tabs(self, others: Mapping[str, QWidget]) -> None:
        """The money tabs, built after the Lookup tab was shown (start-up)."""
        self._add(others)
        self.retranslate()

    def _add(self, others: Mapping[str, QWidget]) -> None:
        for title in TAB_TITLES[1:]:
            if title in others:
                self.tabs.addTab(others[title], "")

    def clear_tabs(self) -> None:
        """Remove and delete every tab (lock, profile switch): nothing of the old connection
        stays reachable from the window."""
        self.lookup = None
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.import_action.setEnabled(False)
        self.export_action.setEnabled(False)

    def _build_menus(self, language: str) -> None:
        self.file_menu = self.menuBar().addMenu("")
        # Through self.lookup at click time: the Lookup tab is replaced on a profile switch.
        self.import_action = self._action(
            self.file_menu, lambda: self._on_lookup(lambda tab: tab.choose_import_file())
        )
        self.export_action = self._action(
            self.file_menu, lambda: self._on_lookup(lambda tab: tab.choose_export_file())
        )
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.file_menu.addSeparator()
        self.reset_sandbox_action = self._action(self.file_menu, self.reset_sandbox_requested.emit)
        self.reset_sandbox_action.setVisible(False)  # the console shows it on the sandbox
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda *_, c=code: self._choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._build_profile_menu()
        self.help_menu = HelpMenu(self, lambda: self.language)
        self.menuBar().addMenu(self.help_menu)

    def _build_profile_menu(self) -> None:
        self.profile_menu = self.menuBar().addMenu("")
        self.profile_menu.setToolTipsVisible(True)
        self.manage_profiles_action = self._action(
            self.profile_menu, self.manage_profiles_requested.emit
        )
        self.lock_action = self._action(self.profile_menu, self.lock_requested.emit)
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.addAction(self.lock_action)  # Ctrl+L works while the menu is closed
        self.set_profiles_available(False)

    def set_profiles_available(self, available: bool) -> None:
        """Plain --sandbox has no profile store: nothing to manage and no secret to lock away."""
        self.profiles_available = available
        self.manage_profiles_action.setEnabled(available)
        self.lock_action.setEnabled(available)
        self._retranslate_profile_menu()

    def _choose_language(self, code: str) -> None:
        self.language = code
        self.language_chosen.emit(code)

    def _action(self, menu: object, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_shortcuts(self) -> None:
        for number in range(1, 6):
            self._shortcut(
                QKeySequence(f"Ctrl+{number}"), functools.partial(self.show_tab, number - 1)
            )
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_filter)
        self._shortcut(
            QKeySequence("F5"), lambda: self._on_lookup(lambda tab: tab.refresh_selection())
        )

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey,
                  slot: Callable[[], object]) -> None:  # fmt: skip
        # setKeys, as setShortcuts for the actions: the one-key overloads (QShortcut(key),
        # setShortcut(key)) make PySide6 create the whole Qt namespace's enums (~25 ms)
        # before the window's first paint, only to rule out a QKeyCombination.
        shortcut = QShortcut(self)
        shortcut.setKeys(keys if isinstance(keys, QKeySequence.StandardKey) else [keys])
        shortcut.activated.connect(slot)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def _on_lookup(self, call: Callable[[LookupTab], object]) -> None:
        """Menu items and keys that act on the Lookup tab do nothing while it is gone."""
        if self.lookup is not None:
            call(self.lookup)

    def focus_filter(self) -> None:
        if self.lookup is None:
            return
        self.show_tab(0)
        self.lookup.filter_field.setFocus()
        self.lookup.filter_field.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.statusBar().clearMessage()  # a passing message in the old language goes
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("kapdesk: %1").replace("%1", str(environment_words(self.environment)))
        )
        for index, title in enumerate(TAB_TITLES[: self.tabs.count()]):
            badge = self.tab_badges.get(index, 0)
            self.tabs.setTabText(index, f"{self.tr(title)} ({badge})" if badge else self.tr(title))
        self.banner.setText(self.tr("PRODUCTION: every operation here moves real money."))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import order ids…"))
        self.export_action.setText(self.tr("&Export the table…"))
        self.reset_sandbox_action.setText(self.tr("&Reset the sandbox…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._retranslate_profile_menu()

    def _retranslate_profile_menu(self) -> None:
        self.profile_menu.setTitle(self.tr("&Profile"))
        self.manage_profiles_action.setText(self.tr("&Manage profiles…"))
        self.lock_action.setText(self.tr("&Lock now"))
        if self.profiles_available:
            self.manage_profiles_action.setToolTip(self.tr("Add, change or switch profiles."))
            self.lock_action.setToolTip(self.tr("Put the credentials away and cover the window."))
            return
        self.manage_profiles_action.setToolTip(
            self.tr("Profiles need kapdesk started without --sandbox.")
        )
        self.lock_action.setToolTip(
            self.tr("The sandbox holds no secrets: there is nothing to lock away.")
        )

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("kapdesk"), text, parent=self)
        # open(), never exec(): a nested event loop under qasync breaks running tasks.
        box.open()
        self.last_message_box = box

    def show_info(self, text: str) -> None:
        self.statusBar().showMessage(text, 8_000)


class ShortcutKeeper(QObject):
    """The window's shortcuts work from every field: a text field does not take them.

    A QLineEdit claims keys such as Ctrl+E (end of line) through a ShortcutOverride event;
    for the window's own key sequences that claim is refused here, so the shortcut fires.

    The keeper filters the whole application (it must see the event before any filter a
    field has), but only from the window's first paint on: before it, every event of the
    objects Qt makes to show a window would cross into Python, and PySide6 would create
    their wrapper types on the way (60 ms of the first paint).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        FirstPaint(window).callbacks.append(self._watch_application)

    def _watch_application(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def keys(self) -> set[str]:
        """The window's key sequences now (actions and QShortcuts), as portable text."""
        found: set[str] = set()
        for action in self._window.findChildren(QAction):
            found.update(k.toString() for k in action.shortcuts() if action.isEnabled())
        for shortcut in self._window.findChildren(QShortcut):
            if shortcut.isEnabled():
                found.update(k.toString() for k in shortcut.keys())  # noqa: SIM118
        found.discard("")
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        window = watched.window() if isinstance(watched, QWidget) else None
        if window is not self._window:
            return False
        pressed = QKeySequence(event.keyCombination()).toString()
        if pressed and pressed in self.keys():
            event.ignore()  # not overridden: the shortcut map gets the key
            return True
        return False
