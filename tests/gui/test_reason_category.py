"""Reason categories in the GUI: the Journal tab filters by them, and boxes fit az and ru text."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from kapdesk.gui.i18n import Translators
from kapdesk.gui.tabs.holds import HoldsTab
from kapdesk.gui.tabs.journal import JournalTab
from kapdesk.gui.tabs.payouts import PayoutsTab
from kapdesk.gui.tabs.refunds import RefundsTab
from tests.gui.money_support import Desk, refund, run


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    translators = Translators(qapp)
    try:
        yield translators.use
    finally:
        translators.use("en")
        QApplication.processEvents()


def test_the_journal_tab_filters_by_reason_category(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    order_id = run(qtbot, desk.paid_order("9.00"))
    run(qtbot, refund(desk.desk, order_id, Decimal("1.00"), "a"))
    run(qtbot, refund(desk.desk, order_id, Decimal("2"), "b", reason_category="fraud"))
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    # Wide days: this test is about the category, not the day bounds in any time zone.
    tab.until_edit.setDate(QDate.currentDate().addDays(2))
    run(qtbot, tab.start())
    assert tab.model.rowCount() == 2
    tab.category_box.setCurrentIndex(tab.category_box.findData("fraud"))
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.apply_button.isEnabled())
    assert tab.model.entries[0].reason_category == "fraud"
    assert tab.model.cell(0, 10) == "Fraud: b"
    out = tmp_path / "fraud.csv"
    tab.export_to(str(out))  # the export has what the table shows
    qtbot.waitUntil(lambda: tab.panel.state == "done")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["reason"], r["reason_category"]) for r in rows] == [("b", "fraud")]


def _boxes(qtbot: Any, desk: Desk) -> tuple[list[QComboBox], list[QWidget]]:
    holds = HoldsTab(
        desk.desk, desk.service, desk.index, desk.runner, hold_days=7, environment="sandbox"
    )
    refunds = RefundsTab(desk.desk, desk.service, desk.index, desk.runner, environment="sandbox")
    payouts = PayoutsTab(desk.desk, desk.runner, environment="sandbox")
    journal = JournalTab(desk.journal, desk.desk, desk.runner)
    tabs: list[QWidget] = [holds, refunds, payouts, journal]
    for tab in tabs:
        qtbot.addWidget(tab)  # closed at the end; qtbot keeps only a weak reference
    boxes = [holds.reason.category_box, refunds.reason.category_box,
             payouts.reason.category_box, payouts.currency_box, journal.operation_box,
             journal.state_box, journal.category_box]  # fmt: skip
    return boxes, tabs  # the caller keeps the tabs: collected, they would take the boxes along


@pytest.mark.parametrize("language", ["az", "ru"])
def test_each_box_is_wide_enough_for_its_longest_translated_item(
    qtbot: Any, desk: Desk, switch: Callable[[str], None], language: str
) -> None:
    boxes, _tabs = _boxes(qtbot, desk)  # _tabs: kept alive until the test ends
    for box in boxes:
        box.window().resize(1024, 700)
        box.window().show()
    switch(language)
    QApplication.processEvents()
    for box in boxes:
        if box is not boxes[3]:  # currency codes are the same in every language
            assert not box.itemText(0).isascii(), box.itemText(0)  # translated, not English
        longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i))
                      for i in range(box.count()))  # fmt: skip
        assert box.width() > longest, (box.objectName(), box.width(), longest)


@pytest.mark.parametrize("language", ["az", "ru"])
def test_holds_headers_fit_their_translated_titles(
    qtbot: Any, desk: Desk, switch: Callable[[str], None], language: str
) -> None:
    tab = HoldsTab(
        desk.desk, desk.service, desk.index, desk.runner, hold_days=7, environment="sandbox"
    )
    qtbot.addWidget(tab)
    tab.resize(1600, 1000)
    tab.show()
    switch(language)
    QApplication.processEvents()
    header = tab.table.horizontalHeader()
    for column in range(tab.model.columnCount() - 1):  # the last one stretches
        title = tab.model.headerData(column, Qt.Orientation.Horizontal)
        assert language != "ru" or not title.isascii(), title  # translated, not English
        assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title), title
