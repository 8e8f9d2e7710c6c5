"""Tab walks through the Lookup and Journal tabs: no table keeps it, a date is one stop."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kapdesk.gui.tabs.journal import JournalTab
from tests.gui.money_support import Desk


def _tab(qtbot: Any, widget: QWidget) -> QWidget | None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _focus(qtbot: Any, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=10_000)


def test_tab_leaves_the_lookup_table_for_the_detail_pane(console: Any, qtbot: Any) -> None:
    tab = console.tab
    ids = console.server.seeded_order_ids()[:3]
    with qtbot.waitSignal(tab.lookup_finished, timeout=10_000):
        tab.look_up(ids)
    tab._select(ids[0])
    _focus(qtbot, tab.table)
    reached: list[QWidget | None] = []
    for _ in range(12):
        reached.append(_tab(qtbot, tab))
        if tab.detail.copy_id in reached:
            break
    assert reached[0] is not tab.table  # Tab moved on, not to the next cell
    assert tab.detail.copy_id in reached  # the Copy buttons can be reached from the table


def test_tab_takes_one_stop_per_date_field(console: Any, qtbot: Any) -> None:
    known = console.tab.known
    since, until = known.since, known.until
    _focus(qtbot, since)
    assert _tab(qtbot, since) is until
    qtbot.keyClick(until, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is since


def test_journal_tab_walks_from_dates_to_table_to_detail(qtbot: Any, desk: Desk) -> None:
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    _focus(qtbot, tab.since_edit)
    assert _tab(qtbot, tab.since_edit) is tab.until_edit
    assert _tab(qtbot, tab.until_edit) is tab.operator_edit
    _focus(qtbot, tab.table)
    assert _tab(qtbot, tab.table) is tab.detail
