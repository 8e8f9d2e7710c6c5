"""The Refunds tab against the real sandbox: the form, one refund per double click, lost answers."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kapdesk.domain.allowances import Operation
from kapdesk.domain.orders import OrderType
from kapdesk.gateway.models import NewOrder
from kapdesk.gui.lookup.order_rows import local_time
from kapdesk.gui.money.confirmation import Confirmation, confirm_with_dialog
from kapdesk.gui.tabs.refunds import RefundsTab
from kapdesk.operations.order_form import read_form
from kapdesk.operations.plan import OrderRequest
from kapdesk.sandbox.server import SandboxConfig, SandboxServer
from tests.gui.money_support import GOOD_CARD, Desk, confirm_dialog, pay, pay_out, refund, run


def _tab(qtbot: Any, desk: Desk, asked: list[Confirmation] | None = None) -> RefundsTab:
    async def confirm(parent: Any, details: Confirmation) -> bool:
        # The real dialog; the list only counts how often the operator was asked.
        if asked is not None:
            asked.append(details)
        return await confirm_with_dialog(parent, details)

    tab = RefundsTab(
        desk.desk, desk.service, desk.index, desk.runner, environment="sandbox", confirm=confirm
    )
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _read(qtbot: Any, tab: RefundsTab, order_id: int) -> None:
    tab.order_box.setEditText(str(order_id))
    tab.read_order()
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.order.id == order_id, timeout=10_000)


def test_form_shows_paid_refunded_refundable(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("30.00"))
    run(qtbot, refund(desk.desk, order_id, Decimal("5.00"), "broken cup"))
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
    tab.reason.set_category("customer_request")
    tab.reason_edit.setText("customer returned one item")
    # Two clicks before the event loop runs anything: the guard must be synchronous.
    tab.refund_button.setEnabled(True)
    tab.refund()
    tab.refund()
    qtbot.mouseDClick(tab.refund_button, Qt.MouseButton.LeftButton)
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    # A second action, had one started, would still be pending: reading, or waiting at its
    # own confirmation. Every task ending is the event that shows there is none (no wait of
    # a guessed length, which a busy machine can outlast).
    loop = asyncio.get_event_loop()
    qtbot.waitUntil(lambda: all(t.done() for t in asyncio.all_tasks(loop)), timeout=20_000)
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
            tab.reason.set_category("other")
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


def test_form_shows_shop_text_card_paid_time_and_transactions(qtbot: Any, desk: Desk) -> None:
    made = run(qtbot, desk.client.create_order(NewOrder(
        type=OrderType.PURCHASE, amount=Decimal("20.00"), currency="AZN",
        title="Room 12", description="Two nights, breakfast",
    )))  # fmt: skip
    order_id = run(qtbot, pay(desk, made))
    run(qtbot, refund(desk.desk, order_id, Decimal("3.00"), "minibar"))
    tab = _tab(qtbot, desk)
    _read(qtbot, tab, order_id)
    assert tab.shop_label.text() == "Room 12 — Two nights, breakfast"
    assert tab.card_label.text() == "416974******1778"
    order = run(qtbot, desk.client.get_order(order_id))
    assert tab.paid_time_label.text() == local_time(order.first_approved().time)
    lines = tab.transactions_label.text().splitlines()
    assert any("20.00 AZN" in line for line in lines)
    assert any("Refund" in line and "3.00 AZN" in line for line in lines), lines


def test_reading_another_order_clears_amount_and_reason(qtbot: Any, desk: Desk) -> None:
    first, second = run(qtbot, desk.paid_order("5.00")), run(qtbot, desk.paid_order("6.00"))
    tab = _tab(qtbot, desk)
    _read(qtbot, tab, first)
    tab.amount_edit.setText("5.00")
    tab.reason.set_category("damaged")
    tab.reason_edit.setText(f"Damaged goods, order {first}")
    tab.refund()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    (entry,) = desk.journal.entries(order_id=first)
    assert entry.reason_category == "damaged"
    assert tab.reason_edit.text() == "" and tab.amount_edit.text() == ""
    _read(qtbot, tab, second)
    assert tab.reason_edit.text() == "" and tab.amount_edit.text() == ""
    assert tab.reason.category() is None
    tab.reason_edit.setText("typed before choosing a kind")
    _read(qtbot, tab, first)
    assert tab.reason_edit.text() == ""
    tab.reason_edit.setText("no kind chosen")
    tab.refund()  # a reason without its category is refused before anything is asked
    assert not tab.action.busy and "kind of reason" in tab.panel.text()


def test_enter_in_reason_refunds_once_with_the_full_amount_asked_for(
    qtbot: Any, desk: Desk
) -> None:
    order_id = run(qtbot, desk.paid_order("8.00"))
    asked: list[Confirmation] = []
    tab = _tab(qtbot, desk, asked)
    _read(qtbot, tab, order_id)
    tab.reason.set_category("goods_not_received")
    qtbot.keyClicks(tab.reason_edit, "parcel lost")
    qtbot.keyClick(tab.reason_edit, Qt.Key.Key_Return)  # a blank amount is never "all of it"
    assert not asked and "Full amount" in tab.panel.text()
    tab.amount.full_button.click()
    assert tab.amount_edit.text() == "8.00"  # the full amount, written where the clerk sees it
    qtbot.keyClick(tab.reason_edit, Qt.Key.Key_Return)
    qtbot.keyClick(tab.reason_edit, Qt.Key.Key_Return)
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert len(asked) == 1 and asked[0].amount == Decimal("8.00")
    assert (asked[0].reason, asked[0].reason_category) == ("parcel lost", "goods_not_received")
    assert tab.panel.state == "done", tab.panel.text()
    qtbot.waitUntil(lambda: tab.refundable_label.text() == "0.00 AZN", timeout=10_000)


def test_a_blank_amount_is_refused_and_nothing_is_journalled(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("3.00"))
    asked: list[Confirmation] = []
    tab = _tab(qtbot, desk, asked)
    _read(qtbot, tab, order_id)
    before = len(desk.journal.entries())
    tab.reason.set_category("other")
    tab.reason_edit.setText("why")
    tab.amount_edit.setText("   ")
    tab.refund()
    assert tab.panel.state == "refused" and "Enter an amount" in tab.panel.text()
    assert not asked and len(desk.journal.entries()) == before


def test_picker_lists_refundable_orders_with_status_date_and_card(qtbot: Any, desk: Desk) -> None:
    paid = run(qtbot, desk.paid_order("14.00"))
    refunded = run(qtbot, desk.paid_order("2.00"))
    run(qtbot, refund(desk.desk, refunded, None, "all back"))
    run(qtbot, pay_out(desk.desk, Decimal("1.00"), "AZN", GOOD_CARD[0], "prize"))
    tab = _tab(qtbot, desk)
    for order_id in (paid, refunded):
        _read(qtbot, tab, order_id)  # reading an order saves it in the index
    payout_id = next(e.order_id for e in desk.journal.entries() if e.operation == "pay_out")
    assert payout_id is not None
    run(qtbot, read_form(desk.client, payout_id, index=desk.index))
    run(qtbot, tab.load_known_orders())
    listed = [tab.order_box.itemData(i) for i in range(tab.order_box.count())]
    assert paid in listed
    assert refunded not in listed and payout_id not in listed
    text = tab.order_box.itemText(listed.index(paid))
    order = run(qtbot, desk.client.get_order(paid))
    assert text == (
        f"{paid} · 14.00 AZN · FullyPaid · {local_time(order.created)[:10]} · 416974******1778"
    )


def test_after_a_cancelled_refund_only_what_the_order_allows_is_enabled(
    qtbot: Any, desk: Desk
) -> None:
    order_id = run(qtbot, desk.paid_order("6.00"))
    run(qtbot, refund(desk.desk, order_id, Decimal("1.00"), "first part"))

    async def decline(parent: Any, details: Confirmation) -> bool:
        return False

    tab = RefundsTab(
        desk.desk, desk.service, desk.index, desk.runner, environment="sandbox", confirm=decline
    )
    qtbot.addWidget(tab)
    _read(qtbot, tab, order_id)
    assert tab.refund_button.isEnabled() and not tab.reverse_button.isEnabled()
    tab.reason.set_category("other")
    tab.reason_edit.setText("second part")
    tab.amount.full_button.click()
    tab.refund()
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert "Cancelled" in tab.panel.text()
    assert tab.refund_button.isEnabled() and not tab.reverse_button.isEnabled()
    assert tab.reason_edit.text() == "second part"  # nothing was sent: the clerk may retry


def test_refund_goes_to_the_one_money_entry_point(
    qtbot: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RefundsTab.refund → MoneyDesk.carry_out (one hop), with the tab's dialog as confirm."""
    order_id = run(qtbot, desk.paid_order("10.00"))
    tab = _tab(qtbot, desk)
    _read(qtbot, tab, order_id)
    heard: list[Any] = []
    carry_out = desk.desk.carry_out

    async def spy(request: Any, confirm: Any, progress: Any) -> Any:
        heard.append((request, confirm, progress))
        return await carry_out(request, confirm, progress)

    monkeypatch.setattr(desk.desk, "carry_out", spy)
    tab.amount_edit.setText("4.00")
    tab.reason.set_category("customer_request")
    tab.reason_edit.setText("returned one item")
    tab.refund()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    ((request, confirm, progress),) = heard
    assert request == OrderRequest(
        order_id=order_id, operation=Operation.REFUND, amount=Decimal("4.00"), currency="AZN",
        reason="returned one item", reason_category="customer_request",
    )  # fmt: skip
    assert confirm == tab.action.confirm and progress == tab.action.progress
    assert tab.panel.state == "done", tab.panel.text()
