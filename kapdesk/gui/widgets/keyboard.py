"""Keyboard rules shared by the tabs: a date field is one Tab stop, not one per section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget


class _OneTabStop(QObject):
    """Tab and Shift+Tab leave the field; inside it, the arrow keys move between sections.

    QDateEdit uses Tab to step year → month → day, so a clerk pressing Tab through a form
    stopped three times in every date (and Shift+Tab could not get out of it).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        key, modifiers = event.key(), event.modifiers()
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            return _move_focus(watched, forward=True)
        if key == Qt.Key.Key_Backtab or key == Qt.Key.Key_Tab:
            return _move_focus(watched, forward=False)
        return False


def _move_focus(field: QWidget, *, forward: bool) -> bool:
    """Focus the next (previous) widget in the tab chain outside ``field``."""
    candidate = field.nextInFocusChain() if forward else field.previousInFocusChain()
    while candidate is not None and candidate is not field:
        takes_tab = bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus)
        usable = candidate.isVisible() and candidate.isEnabled() and takes_tab
        if usable and not field.isAncestorOf(candidate) and candidate.focusProxy() is None:
            candidate.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return True
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
    return False


_FILTER = _OneTabStop()


def one_tab_stop(*fields: QAbstractSpinBox) -> None:
    """Make each date (or time) field a single Tab stop."""
    for field in fields:
        field.installEventFilter(_FILTER)
