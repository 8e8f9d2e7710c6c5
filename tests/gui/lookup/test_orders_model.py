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
