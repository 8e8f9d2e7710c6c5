"""The Refunds tab against the real sandbox: the form, one refund per double click, lost answers."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kapdesk.gui.money_dialogs import Confirmation, confirm_with_dialog
from kapdesk.gui.refunds_tab import RefundsTab
from kapdesk.sandbox.server import SandboxConfig, SandboxServer
from tests.gui.money_support import Desk, confirm_dialog, run


def _tab(qtbot: Any, desk: Desk, asked: list[Confirmation] | None = None) -> RefundsTab:
    async def confirm(parent: Any, details: Confirmation) -> bool:
        # The real dialog; the list only counts how often the operator was asked.
        if asked is not None:
            asked.append(details)
        return await confirm_with_dialog(parent, details)

    tab = RefundsTab(desk.desk, desk.index, environment="sandbox", confirm=confirm)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _read(qtbot: Any, tab: RefundsTab, order_id: int) -> None:
    tab.order_box.setEditText(str(order_id))
    tab.read_order()
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.order.id == order_id, timeout=10_000)


def test_form_shows_paid_refunded_refundable(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("30.00"))
    run(qtbot, desk.desk.refund(order_id, Decimal("5.00"), "broken cup"))
    tab = _tab(qtbot, desk)
    _read(qtbot, tab, order_id)
    assert tab.paid_label.text() == "30.00 AZN"
    assert tab.refunded_label.text() == "5.00 AZN"
    assert tab.refundable_label.text() == "25.00 AZN"
    # Paid today and refunded: a reversal is no longer possible, and the tab says why.
    assert not tab.reverse_button.isEnabled()
    assert "refund" in tab.reverse_note.text().lower()


def test_double_click_on_refund_sends_one_refund(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("10.00"))
    asked: list[Confirmation] = []
    tab = _tab(qtbot, desk, asked)
    _read(qtbot, tab, order_id)
    tab.amount_edit.setText("4,00")
    tab.reason_edit.setText("customer returned one item")
    # Two clicks before the event loop runs anything: the guard must be synchronous.
    tab.refund_button.setEnabled(True)
    tab.refund()
    tab.refund()
    qtbot.mouseDClick(tab.refund_button, Qt.MouseButton.LeftButton)
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    qtbot.wait(300)  # a second action, had one started, would be asking by now
    assert len(asked) == 1
    assert asked[0].amount == Decimal("4.00") and asked[0].order_id == order_id
    order = run(qtbot, desk.client.get_order(order_id))
    refunds = [t for t in order.transactions if t.is_refund]
    assert [t.amount for t in refunds] == [Decimal("4.00")]
    assert len(desk.journal.entries(order_id=order_id)) == 1
    assert tab.panel.state == "done"
    qtbot.waitUntil(lambda: tab.refunded_label.text() == "4.00 AZN", timeout=10_000)


def test_reason_is_required(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("3.00"))
    tab = _tab(qtbot, desk)
    _read(qtbot, tab, order_id)
    tab.refund()
    assert not tab.action.busy
    assert "reason" in tab.panel.text().lower()


def test_dropped_connection_after_commit_ends_settled(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    with SandboxServer(SandboxConfig(seed=None)) as server:
        desk = Desk(server, tmp_path)
        try:
            order_id = run(qtbot, desk.paid_order("12.00"))
            tab = _tab(qtbot, desk)
            _read(qtbot, tab, order_id)
            tab.amount_edit.setText("12.00")
            tab.reason_edit.setText("order cancelled")
            server.set_faults({"drop_after_commit": 1.0})
            tab.refund()
            confirm_dialog(qtbot, tab)
            qtbot.waitUntil(lambda: not tab.action.busy, timeout=30_000)
            server.set_faults({})
            assert tab.panel.state == "done", tab.panel.text()
            assert any("check" in text.lower() for text in tab.panel.history)
            (entry,) = desk.journal.entries(order_id=order_id)
            assert entry.state == "done"
            qtbot.waitUntil(lambda: tab.refundable_label.text() == "0.00 AZN", timeout=10_000)
        finally:
            run(qtbot, desk.client.aclose())


def test_known_paid_orders_fill_the_picker_from_a_worker_thread(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("12.00"))
    tab = _tab(qtbot, desk)
    _read(qtbot, tab, order_id)  # reading an order saves it in the index
    tab.order_box.setEditText("typed")
    task = tab.load_known_orders()
    assert task is not None and tab.order_box.count() == 0  # not filled on the GUI thread
    qtbot.waitUntil(lambda: tab.order_box.count() > 0, timeout=10_000)
    assert tab.order_box.itemData(0) == order_id
    assert tab.order_box.currentText() == "typed"  # what the clerk typed survives the refill
