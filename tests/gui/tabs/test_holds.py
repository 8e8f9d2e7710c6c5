"""The Holds tab against the real sandbox: list by deadline, partial clearing, release, batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from kapdesk.gui.money.confirmation import Confirmation
from kapdesk.gui.money.table_models import HoldsModel, baku_time
from kapdesk.gui.tabs.holds import HoldsTab
from kapdesk.operations import holds
from tests.gui.money_support import Desk, clear_hold, confirm_dialog, run


def _tab(qtbot: Any, desk: Desk, ids: list[int]) -> HoldsTab:
    tab = HoldsTab(
        desk.desk, desk.service, desk.index, desk.runner, hold_days=7, environment="sandbox"
    )
    qtbot.addWidget(tab)
    tab.show()
    tab.ids_edit.setPlainText("\n".join(map(str, ids)))
    tab.check_pasted()
    qtbot.waitUntil(lambda: tab.refresh_button.isEnabled(), timeout=15_000)
    return tab


def _pick(qtbot: Any, tab: HoldsTab, order_id: int) -> None:
    tab.select(order_id)
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.order.id == order_id, timeout=10_000)


def test_partial_clearing_then_release(qtbot: Any, desk: Desk) -> None:
    first = run(qtbot, desk.paid_order("50.00", preauth=True))
    second = run(qtbot, desk.paid_order("20.00", preauth=True))
    tab = _tab(qtbot, desk, [first, second])
    assert {h.order_id for h in tab.model.holds} == {first, second}
    _pick(qtbot, tab, first)
    assert tab.authorized_label.text() == "50.00 AZN"
    tab.amount_edit.setText("30")
    tab.clear()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    _pick(qtbot, tab, first)
    qtbot.waitUntil(lambda: tab.cleared_label.text() == "30.00 AZN", timeout=10_000)
    assert tab.remaining_label.text() == "20.00 AZN"
    # The guest spent 30 of the 50 held: release the other 20 on the same order.
    assert tab.release_button.isEnabled(), tab.note.text()
    tab.reason.set_category("customer_request")
    tab.reason_edit.setText("guest checked out")
    tab.release()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    order = run(qtbot, desk.client.get_order(first))
    assert str(order.status) == "FullyPaid"
    released = [t for t in order.transactions if t.phase == "Auth" and t.is_reversal]
    assert [t.amount for t in released] == [Decimal("20.00")]
    # The row stays, with its new status and what was done, until the clerk refreshes.
    row = tab.model.row_of(first)
    assert row is not None
    qtbot.waitUntil(lambda: tab.model.cell(row, 1) == "FullyPaid", timeout=10_000)
    assert tab.model.cell(row, HoldsModel.RESULT).startswith("Done: Release hold")
    # A hold with nothing cleared is released whole.
    _pick(qtbot, tab, second)
    assert tab.release_button.isEnabled(), tab.note.text()
    tab.reason.set_category("customer_request")
    tab.reason_edit.setText("guest cancelled")
    tab.release()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    order = run(qtbot, desk.client.get_order(second))
    assert str(order.status) == "Voided"
    tab.refresh_all()  # the clerk refreshes: finished rows leave the list of open holds
    qtbot.waitUntil(lambda: tab.model.row_of(second) is None, timeout=10_000)
    assert tab.model.row_of(first) is None


def test_clear_several_with_a_result_per_row(qtbot: Any, desk: Desk) -> None:
    ids = [run(qtbot, desk.paid_order(a, preauth=True)) for a in ("5.00", "6.00")]
    tab = _tab(qtbot, desk, ids)
    tab.select(*ids)
    assert tab.selected_ids() == sorted(ids, key=lambda i: tab.model.row_of(i) or 0)
    # Each row's Result cell as the batch writes it: the re-read afterwards may drop the rows.
    results: dict[int, str] = {}

    def note_result(top: QModelIndex, bottom: QModelIndex, *roles: object) -> None:
        for row in range(top.row(), bottom.row() + 1):
            cell = tab.model.index(row, HoldsModel.RESULT).data()
            if cell:
                results[tab.model.holds[row].order_id] = cell

    tab.model.dataChanged.connect(note_result)
    tab.clear_selected()
    dialog = confirm_dialog(qtbot, tab)
    assert len(dialog.details.items) == 2
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    for order_id in ids:
        assert str(run(qtbot, desk.client.get_order(order_id)).status) == "FullyPaid"
    assert "2 of 2" in tab.panel.text()
    assert set(results) == set(ids)
    for order_id, amount in zip(ids, ("5.00", "6.00"), strict=True):
        assert results[order_id].startswith(
            f"Done: Clear hold of {amount} AZN on order {order_id}. Approval code "
        ), results[order_id]


def _confirm_and_wait(qtbot: Any, tab: HoldsTab) -> Asked:
    """Press OK on the confirmation (reading what it says first), wait for the action."""
    dialog = confirm_dialog(qtbot, tab)
    reason = dialog.findChild(QLabel, "confirmReason")
    asked = Asked(
        dialog.details,
        reason.text() if reason is not None else "",
        " ".join(n.text() for n in dialog.findChildren(QLabel, "confirmNote")),
    )
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    qtbot.waitUntil(tab.action.runner.idle, timeout=20_000)  # the re-read afterwards, too
    return asked


@dataclass
class Asked:
    details: Confirmation
    reason: str
    notes: str


def _buttons(tab: HoldsTab) -> list[bool]:
    return [b.isEnabled() for b in (tab.clear_button, tab.release_button, tab.reverse_button,
                                    tab.batch_button)]  # fmt: skip


def test_a_reason_never_carries_over_to_the_next_operation(qtbot: Any, desk: Desk) -> None:
    released, *cleared = [run(qtbot, desk.paid_order(a, preauth=True)) for a in ("3", "4", "5")]
    tab = _tab(qtbot, desk, [released, *cleared])
    _pick(qtbot, tab, released)
    tab.reason.set_category("customer_request")
    tab.reason_edit.setText("Guest cancelled the booking")
    tab.release()
    asked = _confirm_and_wait(qtbot, tab)
    # The confirmation shows the reason that will be journalled, category and words.
    assert asked.reason == "Customer request: Guest cancelled the booking"
    assert tab.panel.state == "done", tab.panel.text()
    assert tab.reason_edit.text() == "" and tab.reason.category() is None
    tab.select(*cleared)
    tab.clear_selected()
    assert "none given" in _confirm_and_wait(qtbot, tab).reason
    (first,) = desk.journal.entries(order_id=released)
    assert (first.reason, first.reason_category) == (
        "Guest cancelled the booking",
        "customer_request",
    )
    for order_id in cleared:
        (entry,) = desk.journal.entries(order_id=order_id)
        assert entry.state == "done" and entry.reason is None and entry.reason_category is None


def test_typed_words_are_cleared_when_the_order_changes(qtbot: Any, desk: Desk) -> None:
    one, two = [run(qtbot, desk.paid_order(a, preauth=True)) for a in ("7", "8")]
    tab = _tab(qtbot, desk, [one, two])
    _pick(qtbot, tab, one)
    tab.amount_edit.setText("2")
    tab.reason.set_category("damaged")
    tab.reason_edit.setText("for order one")
    _pick(qtbot, tab, two)
    assert tab.amount_edit.text() == "" and tab.reason_edit.text() == ""
    assert tab.reason.category() is None


def test_after_a_batch_rows_stay_with_their_result_and_idle_buttons_are_off(
    qtbot: Any, desk: Desk
) -> None:
    ids = [run(qtbot, desk.paid_order(a, preauth=True)) for a in ("5.00", "6.00")]
    tab = _tab(qtbot, desk, ids)
    assert _buttons(tab) == [False] * 4  # nothing selected: nothing can act
    tab.select(*ids)
    assert _buttons(tab) == [False, False, False, True]
    at_finish: list[list[bool]] = []  # the buttons the moment the action ends
    tab.action.finished.connect(lambda _: at_finish.append(_buttons(tab)[:3]))
    tab.clear_selected()
    _confirm_and_wait(qtbot, tab)
    assert at_finish == [[False, False, False]]  # two rows selected: no single-order action
    assert "2 of 2" in tab.panel.text()
    # The re-read runs after the batch: wait until both rows show their new status.
    for order_id in ids:
        qtbot.waitUntil(lambda i=order_id: tab.model.row_of(i) is not None and tab.model.cell(
            tab.model.row_of(i) or 0, 1) == "FullyPaid", timeout=10_000)  # fmt: skip
        row = tab.model.row_of(order_id)
        assert row is not None
        assert tab.model.cell(row, HoldsModel.RESULT).startswith("Done: Clear hold")
    qtbot.waitUntil(lambda: sorted(tab.selected_ids()) == sorted(ids), timeout=10_000)
    assert _buttons(tab) == [False] * 4  # two fully cleared holds: nothing more to clear
    tab.table.clearSelection()
    assert _buttons(tab) == [False] * 4
    tab.clear()  # even called directly, nothing happens without an order
    assert not tab.action.busy
    tab.refresh_all()
    qtbot.waitUntil(lambda: all(tab.model.row_of(i) is None for i in ids), timeout=10_000)


def test_reverse_clearing_of_a_part_says_the_rest_is_released_and_rereads(
    qtbot: Any, desk: Desk
) -> None:
    order_id = run(qtbot, desk.paid_order("50.00", preauth=True))
    run(qtbot, clear_hold(desk.desk, order_id, Decimal("30.00")))
    tab = _tab(qtbot, desk, [order_id])
    _pick(qtbot, tab, order_id)
    assert tab.reverse_button.isEnabled(), tab.note.text()
    tab.reason.set_category("duplicate")
    tab.reason_edit.setText("cleared twice by mistake")
    tab.reverse_clearing()
    notes = _confirm_and_wait(qtbot, tab).notes
    assert "cleared 30.00 AZN" in notes and "releases the rest of the hold, 20.00 AZN" in notes
    assert tab.panel.state == "done", tab.panel.text()
    assert str(run(qtbot, desk.client.get_order(order_id)).status) == "Voided"
    # The form is read again: it shows the new status, and nothing can act any more.
    qtbot.waitUntil(lambda: "Voided" in tab.order_label.text(), timeout=10_000)
    assert _buttons(tab) == [False] * 4


def test_clearing_an_expired_hold_warns_with_the_deadline(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("9.00", preauth=True))
    created = run(qtbot, desk.client.get_order(order_id)).created
    assert created is not None
    later = datetime.now(UTC) + timedelta(days=8)  # past the 7-day validity
    tab = HoldsTab(
        desk.desk,
        desk.service,
        desk.index,
        desk.runner,
        hold_days=7,
        environment="sandbox",
        now=lambda: later,
    )
    qtbot.addWidget(tab)
    tab.show()
    tab.ids_edit.setPlainText(str(order_id))
    tab.check_pasted()
    qtbot.waitUntil(lambda: tab.model.row_of(order_id) is not None, timeout=15_000)
    _pick(qtbot, tab, order_id)
    tab.amount.full_button.click()
    tab.clear()
    notes = _confirm_and_wait(qtbot, tab).notes
    assert "expired on " + baku_time(holds.deadline(created, 7)) in notes
    assert "charge it back" in notes


def test_holds_cleared_today_can_be_shown_and_reversed(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("11.00", preauth=True))
    run(qtbot, clear_hold(desk.desk, order_id))
    tab = _tab(qtbot, desk, [order_id])
    assert tab.model.row_of(order_id) is None  # fully cleared: not an open hold
    tab.cleared_box.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.row_of(order_id) is not None, timeout=10_000)
    _pick(qtbot, tab, order_id)
    assert tab.reverse_button.isEnabled(), tab.note.text()
    assert not tab.clear_button.isEnabled()
    tab.cleared_box.setChecked(False)
    qtbot.waitUntil(lambda: tab.model.row_of(order_id) is None, timeout=10_000)


def test_tab_leaves_the_pasted_ids_and_enter_in_amount_clears(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("12.00", preauth=True))
    tab = _tab(qtbot, desk, [order_id])
    tab.ids_edit.setFocus()
    qtbot.keyClick(tab.ids_edit, Qt.Key.Key_Tab)
    assert "\t" not in tab.ids_edit.toPlainText()
    _pick(qtbot, tab, order_id)
    qtbot.keyClicks(tab.amount_edit, "4")
    qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return)
    assert tab.action.busy  # at once, like a click: the guard is synchronous
    qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return)  # a second Enter starts nothing more
    assert _confirm_and_wait(qtbot, tab).details.amount == Decimal("4.00")
    assert tab.panel.state == "done", tab.panel.text()
    assert len(desk.journal.entries(order_id=order_id)) == 1


def test_card_and_deadline_columns_fit_their_text(qtbot: Any, desk: Desk) -> None:
    order_id = run(qtbot, desk.paid_order("13.00", preauth=True))
    tab = _tab(qtbot, desk, [order_id])
    row = tab.model.row_of(order_id)
    assert row is not None
    header = tab.table.horizontalHeader()
    for column in (5, 6):  # Card, Deadline
        text = tab.model.cell(row, column)
        title = tab.model.headerData(column, Qt.Orientation.Horizontal)
        need = max(tab.table.fontMetrics().horizontalAdvance(text),
                   header.fontMetrics().horizontalAdvance(title))  # fmt: skip
        assert header.sectionSize(column) > need, (title, text)
