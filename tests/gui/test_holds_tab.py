"""The Holds tab against the real sandbox: list by deadline, partial clearing, release, batch."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex

from kapdesk.gui.holds_tab import HoldsTab
from kapdesk.gui.money_models import HoldsModel
from tests.gui.money_support import Desk, confirm_dialog, run


def _tab(qtbot: Any, desk: Desk, ids: list[int]) -> HoldsTab:
    tab = HoldsTab(desk.desk, desk.index, hold_days=7, environment="sandbox")
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
    tab.reason_edit.setText("guest checked out")
    tab.release()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    order = run(qtbot, desk.client.get_order(first))
    assert str(order.status) == "FullyPaid"
    released = [t for t in order.transactions if t.phase == "Auth" and t.is_reversal]
    assert [t.amount for t in released] == [Decimal("20.00")]
    qtbot.waitUntil(lambda: tab.model.row_of(first) is None, timeout=10_000)
    # A hold with nothing cleared is released whole.
    _pick(qtbot, tab, second)
    assert tab.release_button.isEnabled(), tab.note.text()
    tab.reason_edit.setText("guest cancelled")
    tab.release()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    order = run(qtbot, desk.client.get_order(second))
    assert str(order.status) == "Voided"
    qtbot.waitUntil(lambda: tab.model.row_of(second) is None, timeout=10_000)


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
