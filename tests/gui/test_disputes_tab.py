"""The Disputes tab on a real case store: the worklist by due date with its colours, a state
change with its reason, and the evidence pack saved through the runner."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kapdesk.domain.clock import FixedClock
from kapdesk.domain.disputes import Case, CaseState, reason_for
from kapdesk.gui.money.table_models import LATE, WARNING
from kapdesk.gui.tabs.disputes import DisputesTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.disputes import DisputeCases

NOW = datetime(2024, 6, 20, 8, 0, tzinfo=UTC)  # 12:00 on 20 June in Baku


def _case(order_id: int, due: date) -> Case:
    r = reason_for("10.4")
    return Case(order_id, r.code, r.scheme, r.category, Decimal("5.00"), "AZN",
                date(2024, 6, 1), due)  # fmt: skip


def _tab(qtbot: Any, tmp_path: Path, **options: Any) -> tuple[DisputesTab, DisputeCases]:
    store = DisputeCases(tmp_path / "kapdesk.db", environment="sandbox", profile="p",
                         clock=FixedClock(NOW), os_user="clerk1")  # fmt: skip
    for order_id, due in ((3, date(2024, 6, 30)), (1, date(2024, 6, 19)), (2, date(2024, 6, 21))):
        store.open_case(_case(order_id, due))
    tab = DisputesTab(store, TaskRunner(), now=lambda: NOW, operator="Aysel", **options)
    qtbot.addWidget(tab)
    return tab, store


def test_the_worklist_goes_by_due_date_overdue_red_next_48_hours_amber(
    qtbot: Any, qrun: Any, tmp_path: Path
) -> None:
    tab, _ = _tab(qtbot, tmp_path)
    qrun(tab.load())
    orders = [tab.table.item(row, 1).text() for row in range(tab.table.rowCount())]
    assert orders == ["1", "2", "3"]
    colours = [tab.table.item(row, 0).background().color() for row in range(3)]
    assert colours[0] == LATE and colours[1] == WARNING and colours[2] not in (LATE, WARNING)


def test_a_state_change_needs_a_reason_and_is_recorded(
    qtbot: Any, qrun: Any, tmp_path: Path
) -> None:
    tab, store = _tab(qtbot, tmp_path)
    qrun(tab.load())
    tab.table.selectRow(2)  # order 3
    assert tab.state.count() == 3  # evidence sent, accepted, withdrawn
    tab.state.setCurrentIndex(tab.state.findData(CaseState.EVIDENCE_SENT))
    qrun(tab.set_state())
    assert "Say why" in tab.message.text()
    assert store.case_for(3).state is CaseState.OPEN  # type: ignore[union-attr]
    tab.why.setText("pack mailed")
    qrun(tab.set_state())
    assert store.case_for(3).state is CaseState.EVIDENCE_SENT  # type: ignore[union-attr]
    last = store.events(3)[-1]
    assert (last.why, last.operator, last.os_user) == ("pack mailed", "Aysel", "clerk1")


def test_the_evidence_pack_is_saved_through_the_given_writer(
    qtbot: Any, qrun: Any, tmp_path: Path
) -> None:
    written: list[tuple[int, Path]] = []

    async def write(order_id: int, path: Path) -> int:
        written.append((order_id, path))
        return 3

    tab, _ = _tab(qtbot, tmp_path, write_pack=write)
    qrun(tab.load())
    qrun(tab.save_pack(2, tmp_path / "p.pdf"))
    assert written == [(2, tmp_path / "p.pdf")] and "3 pages" in tab.message.text()


def test_a_case_is_opened_from_the_tab_with_its_due_date(
    qtbot: Any, qrun: Any, tmp_path: Path
) -> None:
    tab, store = _tab(qtbot, tmp_path)
    assert tab.due.date().toPython() == date(2024, 6, 30)  # received today (Baku) + 10 days
    tab.prefill(5001, "7.50", "AZN")
    tab.reason_box.setCurrentIndex(tab.reason_box.findData("13.6"))
    assert "Credit not processed" in tab.reason_box.currentText()
    tab.amount_field.setText("abc")
    qrun(tab.open_case())
    assert "not a number" in tab.message.text() and store.case_for(5001) is None
    tab.amount_field.setText("7.50")
    qrun(tab.open_case())
    made = store.case_for(5001)
    assert made is not None and (made.reason_code, made.amount) == ("13.6", Decimal("7.50"))
    assert made.due == date(2024, 6, 30)
    assert "5001" in [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    tab.order_field.setText("5001")
    tab.amount_field.setText("1")
    qrun(tab.open_case())
    assert "already has a dispute" in tab.message.text()


def test_a_reason_code_may_be_typed_freely(qtbot: Any, qrun: Any, tmp_path: Path) -> None:
    tab, store = _tab(qtbot, tmp_path)
    tab.prefill(77, "1", "AZN")
    tab.reason_box.setCurrentText("RC-9")
    qrun(tab.open_case())
    assert store.case_for(77).reason_code == "RC-9"  # type: ignore[union-attr]


def test_open_a_dispute_from_the_lookup_detail_pane(qtbot: Any, qrun: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from kapdesk.domain.orders import Order, OrderStatus, OrderType
    from kapdesk.gui.lookup.order_detail import OrderDetail
    from kapdesk.gui.lookup.order_rows import row_for_order

    tab, store = _tab(qtbot, tmp_path)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Lookup")
    tabs.addTab(tab, "Disputes")
    detail = OrderDetail()
    qtbot.addWidget(detail)
    detail.dispute_requested.connect(tab.prefill)
    order = Order(5002, OrderType.PURCHASE, OrderStatus.FULLY_PAID, Decimal("12.00"), "USD")
    detail.show_row(row_for_order(order, NOW, NOW))
    assert detail.open_dispute.isEnabled()
    detail.open_dispute.click()
    assert tabs.currentWidget() is tab
    assert (tab.order_field.text(), tab.amount_field.text()) == ("5002", "12.00")
    tab.reason_box.setCurrentIndex(tab.reason_box.findData("4837"))
    qrun(tab.open_case())
    made = store.case_for(5002)
    assert made is not None, tab.message.text()
    assert made is not None and (made.amount, made.currency) == (Decimal("12.00"), "USD")


def test_the_lookup_table_marks_orders_with_a_case(qtbot: Any, qrun: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from kapdesk.domain.orders import Order, OrderStatus, OrderType
    from kapdesk.gui.lookup.order_rows import row_for_order
    from kapdesk.gui.lookup.orders_model import OrdersModel

    tab, _ = _tab(qtbot, tmp_path)
    model = OrdersModel()
    rows = [
        row_for_order(Order(i, OrderType.PURCHASE, OrderStatus.FULLY_PAID, Decimal(1), "AZN"),
                      NOW, NOW)
        for i in (2, 9)
    ]  # fmt: skip
    model.replace_all(rows)
    tab.cases_changed.connect(model.set_disputed)
    qrun(tab.load())
    marks = {
        model.row(r).order_id: model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole)
        for r in range(model.rowCount())
    }
    assert marks[2] is not None and marks[9] is None
    assert "dispute" in model.data(model.index(0 if model.row(0).order_id == 2 else 1, 0),
                                   Qt.ItemDataRole.ToolTipRole)  # fmt: skip


def test_the_profiles_days_to_answer_set_the_due_date(qtbot: Any, tmp_path: Path) -> None:
    from kapdesk.app.connection import connection_of
    from kapdesk.vault.profiles import Profile

    profile = Profile(name="shop", environment="kapital-test", user="TerminalSys/kapital",
                      password="kapital123", dispute_days=21)  # fmt: skip
    connection = connection_of(profile)
    assert connection.dispute_days == 21
    tab, _store = _tab(qtbot, tmp_path, dispute_days=connection.dispute_days)
    assert tab.due.date().toPython() == date(2024, 7, 11)  # received today (Baku) + 21 days
