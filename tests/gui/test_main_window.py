"""The main window's keyboard: application shortcuts work while a text field has focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from kapdesk.gui.main_window import TAB_TITLES, MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


class EmacsKeys(QObject):
    """What a QLineEdit does on X11 (KDE, GNOME): it claims Ctrl+E as end of line.

    The offscreen platform has no such binding, so the field is given it here.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == CTRL
        ):
            event.accept()
            return True
        return False


def _claim_ctrl_e(*fields: QLineEdit) -> EmacsKeys:
    keys = EmacsKeys()
    for field in fields:
        field.installEventFilter(keys)
    return keys


def _window(qtbot: Any, console: Any) -> MainWindow:
    field = QLineEdit()
    other = QWidget()
    field.setParent(other)
    others: dict[str, QWidget] = {t: QWidget() for t in TAB_TITLES[1:]}
    others["Journal"] = other
    window = MainWindow(
        console.tab,
        console.messages,
        profile="test",
        environment="sandbox",
        language="en",
        other_tabs=others,
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.journal_field = field  # type: ignore[attr-defined]
    return window


def test_ctrl_e_exports_while_the_id_field_has_focus(qtbot: Any, console: Any) -> None:
    window = _window(qtbot, console)
    assert window.isVisible()
    field = console.tab.id_field
    keys = _claim_ctrl_e(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "5001")
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: getattr(console.tab, "export_dialog", None) is not None)
    assert console.tab.export_dialog.isVisible()
    assert field.text() == "5001"  # the key went to the window, not into the field
    console.tab.export_dialog.reject()
    del keys


def test_tab_keys_work_from_a_text_field_in_another_tab(qtbot: Any, console: Any) -> None:
    window = _window(qtbot, console)
    window.show_tab(4)
    field = window.journal_field  # type: ignore[attr-defined]
    keys = _claim_ctrl_e(field, console.tab.filter_field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_1, CTRL)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(console.tab.filter_field, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: getattr(console.tab, "export_dialog", None) is not None)
    console.tab.export_dialog.reject()
    del keys
