"""Azerbaijani and Russian words fit: boxes, short fields and columns sized from the words
shown now, not from the English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from kapdesk.gui.i18n import Translators
from kapdesk.gui.lookup.order_rows import STATUS, STATUS_NAMES, status_text
from kapdesk.gui.tabs.journal import JournalTab
from tests.gui.money_support import Desk

SMALL = (1024, 700)


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    translators = Translators(qapp)
    try:
        yield translators.use
    finally:
        translators.use("en")
        QApplication.processEvents()


def _text_room(box: QComboBox) -> int:
    """The width the box gives its text (its frame and arrow taken off)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width()


def _longest(box: QComboBox) -> tuple[int, str]:
    metrics = box.fontMetrics()
    return max(
        (metrics.horizontalAdvance(box.itemText(i)), box.itemText(i)) for i in range(box.count())
    )


def _assert_fits(box: QComboBox) -> None:
    needed, text = _longest(box)
    assert _text_room(box) >= needed, f"{text!r} needs {needed} px, gets {_text_room(box)}"


def _shown(qtbot: Any, widget: QWidget) -> QWidget:
    """``widget`` in a 1024 px window, as on a small laptop."""
    window = QWidget()
    QHBoxLayout(window).addWidget(widget)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    ("language", "any_state"), [("az", "İstənilən vəziyyət"), ("ru", "Любое состояние")]
)
def test_journal_boxes_fit_their_longest_item(
    qtbot: Any, desk: Desk, switch: Callable[[str], None], language: str, any_state: str
) -> None:
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    window = _shown(qtbot, tab)  # kept: the window owns the tab
    switch(language)
    qtbot.waitUntil(lambda: tab.state_box.itemText(0) == any_state, timeout=10_000)
    QApplication.processEvents()  # the layout takes the new size hints
    for box in (tab.state_box, tab.operation_box):
        _assert_fits(box)
    for field in (tab.operator_edit, tab.order_edit):
        text = field.placeholderText()
        assert field.width() >= field.fontMetrics().horizontalAdvance(text) + 8, text
    header = tab.table.horizontalHeader()
    time_header = str(tab.model.headerData(1, Qt.Orientation.Horizontal))
    assert "Asia/Baku" in time_header
    assert tab.table.columnWidth(1) >= header.fontMetrics().horizontalAdvance(time_header)
    states = [tab.state_box.itemText(i) for i in range(1, tab.state_box.count())]
    widest = max(tab.table.fontMetrics().horizontalAdvance(s) for s in states)
    assert tab.table.columnWidth(7) >= widest
    window.close()


@pytest.mark.parametrize("language", ["az", "ru"])
def test_lookup_status_box_and_status_column_fit(
    qtbot: Any, console: Any, switch: Callable[[str], None], language: str
) -> None:
    tab = console.tab
    tab.resize(*SMALL)  # shown by the fixture, alone: as wide as the window's tab page
    switch(language)
    qtbot.waitUntil(lambda: tab.known.status.itemText(0) != "Any status", timeout=10_000)
    QApplication.processEvents()
    _assert_fits(tab.known.status)
    widest = max(tab.table.fontMetrics().horizontalAdvance(status_text(s)) for s in STATUS_NAMES)
    assert tab.table.columnWidth(STATUS) >= widest
