"""The results model sorts and filters in Python, keeps the selection, and serves roles fast."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt

from kapdesk.domain.orders import Order, OrderStatus, OrderType
from kapdesk.gui.lookup.order_rows import AMOUNT, CREATED, ID, STATUS, row_for_error, row_for_order
from kapdesk.gui.lookup.orders_model import OrdersModel

NOW = datetime(2025, 5, 1, 12, tzinfo=UTC)


def _order(n: int, amount: str, status: OrderStatus = OrderStatus.FULLY_PAID) -> Order:
    return Order(
        id=n,
        type=OrderType.PURCHASE,
        status=status,
        amount=Decimal(amount),
        currency="AZN",
        created=NOW - timedelta(hours=n),
    )


def _model(qapp: Any) -> OrdersModel:
    model = OrdersModel()
    model.add_rows(
        [
            row_for_order(_order(1, "9.50"), NOW, NOW),
            row_for_order(_order(2, "100.00", OrderStatus.AUTHORIZED), NOW, NOW),
            row_for_order(_order(3, "20.00"), NOW, NOW),
            row_for_error(4, "Order 4 was not found."),
        ]
    )
    return model


def _ids(model: OrdersModel) -> list[int]:
    return [model.row(n).order_id for n in range(model.rowCount())]


def test_amounts_sort_as_numbers_and_empty_cells_last(qapp: Any) -> None:
    model = _model(qapp)
    model.sort(AMOUNT, Qt.SortOrder.AscendingOrder)
    assert _ids(model) == [1, 3, 2, 4]  # 9.50 < 20.00 < 100.00 (not as text), failed row last
    model.sort(CREATED, Qt.SortOrder.AscendingOrder)
    assert _ids(model)[:3] == [3, 2, 1]


def test_filter_matches_any_cell_and_keeps_the_selected_row_selected(qapp: Any) -> None:
    model = _model(qapp)
    held = QPersistentModelIndex(model.index(2, ID))  # order 3
    model.set_filter("authorized")
    assert _ids(model) == [2]
    assert not held.isValid()
    model.set_filter("")
    selected = QPersistentModelIndex(model.index(2, ID))
    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)
    assert model.row(selected.row()).order_id == 3


def test_a_refreshed_order_replaces_its_row(qapp: Any) -> None:
    model = _model(qapp)
    model.add_rows([row_for_order(_order(2, "100.00", OrderStatus.PARTIALLY_PAID), NOW, NOW)])
    assert model.rowCount() == 4
    assert model.data(model.index(1, STATUS)) == "PartiallyPaid"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


def test_rows_arriving_in_a_sorted_table_land_where_the_sort_puts_them(qapp: Any) -> None:
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model = _model(qapp)
        model.sort(AMOUNT, order)
        model.add_rows(
            [
                row_for_order(_order(5, "15.00"), NOW, NOW),
                row_for_order(_order(6, "9.50"), NOW, NOW),
                row_for_order(_order(7, "500.00"), NOW, NOW),
            ]
        )
        arrived = _ids(model)
        model.sort(AMOUNT, order)  # a full re-sort must not move anything
        assert arrived == _ids(model), order


def _status_of(model: OrdersModel, order_id: int) -> str:
    at = model.position(order_id)
    assert at is not None, order_id
    assert model.row(at).order_id == order_id
    return str(model.data(model.index(at, STATUS)))


def _refreshed(n: int, amount: str, status: OrderStatus) -> Any:
    return row_for_order(_order(n, amount, status), NOW, NOW)


def test_looking_up_again_updates_each_row_in_place_after_sort_filter_and_inserts(
    qapp: Any,
) -> None:
    model = _model(qapp)
    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)  # 4 (no amount), 2, 3, 1
    assert model.position(2) == 1
    # Rows arriving in the middle of the sorted table move the rows after them.
    model.add_rows([_refreshed(5, "50.00", OrderStatus.AUTHORIZED)])
    model.add_rows([_refreshed(6, "1.00", OrderStatus.AUTHORIZED)])
    assert _ids(model) == [4, 2, 5, 3, 1, 6]
    changed: list[int] = []
    model.dataChanged.connect(lambda first, *_: changed.append(first.row()))
    model.add_rows(
        [_refreshed(3, "20.00", OrderStatus.REFUNDED), _refreshed(1, "9.50", OrderStatus.VOIDED)]
    )
    assert _ids(model) == [4, 2, 5, 3, 1, 6]  # updated where they are, nothing moved
    assert sorted(changed) == [3, 4]
    assert _status_of(model, 3) == "Refunded" and _status_of(model, 1) == "Voided"
    assert {r.order_id: r.cells[STATUS] for r in model.all_rows()}[3] == "Refunded"
    # Filtered out: the hidden row is still updated, and shows so when the filter goes.
    model.set_filter("authorized")
    assert _ids(model) == [2, 5, 6]
    assert model.position(3) is None
    model.add_rows([_refreshed(3, "20.00", OrderStatus.CLOSED)])
    model.add_rows([_refreshed(6, "1.00", OrderStatus.AUTHORIZED)])
    assert _ids(model) == [2, 5, 6]
    model.set_filter("")
    assert _status_of(model, 3) == "Closed"
    assert model.rowCount() == len(model.all_rows()) == 6
    # Re-sorted and cleared, the index follows.
    model.sort(ID, Qt.SortOrder.AscendingOrder)
    assert [model.position(n) for n in range(1, 7)] == [0, 1, 2, 3, 4, 5]
    model.clear()
    assert model.position(1) is None
    model.add_rows([_refreshed(1, "9.50", OrderStatus.FULLY_PAID)])
    assert model.position(1) == 0 and model.rowCount() == 1


def test_a_batch_naming_an_order_twice_keeps_one_row_with_the_last_answer(qapp: Any) -> None:
    model = OrdersModel()
    model.add_rows(
        [_refreshed(8, "5.00", OrderStatus.AUTHORIZED), _refreshed(8, "5.00", OrderStatus.VOIDED)]
    )
    assert _ids(model) == [8]
    assert _status_of(model, 8) == "Voided"


def test_a_row_keeps_its_answer_packed_and_gives_the_order_back(qapp: Any) -> None:
    from kapdesk.gateway.parse import parse_order

    answer = {
        "order": {
            "id": 77, "typeRid": "Order_SMS", "status": "FullyPaid", "currency": "AZN",
            "amount": "12.50", "createTime": "2025-04-30T10:00:00",
            "trans": [{"phaseRid": "Single", "typeRid": "Purchase", "amount": "12.50",
                       "approvalCode": "A1B2C3", "ridByPmo": "512345678901"}],
        }
    }  # fmt: skip
    order = parse_order(answer, detailed=True)
    row = row_for_order(order, NOW, NOW)
    assert row.packed is not None and row.kept is None  # no parsed order held
    assert row.order == order
    assert row.raw == order.raw
    assert row.rrn == "512345678901" and row.approval_code == "A1B2C3"


def test_a_language_switch_rebuilds_each_row_as_a_fresh_read_would(qapp: Any) -> None:
    from kapdesk.gui.i18n import Translators
    from kapdesk.gui.lookup.order_rows import AGE, TYPE

    model = _model(qapp)
    english = [model.row(n).cells for n in range(model.rowCount())]
    translators = Translators(qapp)
    try:
        translators.use("ru")
        model.retranslate()
        fresh = [row_for_order(_order(1, "9.50"), NOW, NOW)]
        fresh.append(row_for_order(_order(2, "100.00", OrderStatus.AUTHORIZED), NOW, NOW))
        for n, row in enumerate(fresh):
            shown = model.row(model.position(row.order_id) or 0).cells
            assert shown[TYPE] != english[n][TYPE] and shown[STATUS] != english[n][STATUS]
            assert shown[:AGE] == row.cells[:AGE]  # the age is counted from now, not NOW
        model.set_filter(fresh[1].cells[STATUS].lower())  # the filter finds the new words
        assert _ids(model) == [2]
    finally:
        translators.use("en")
