"""The order index finds a partly paid hold whichever way the gateway spelt its status."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.orders import Order, OrderStatus, OrderType
from kapdesk.gateway.parse import loads, parse_order
from kapdesk.journal.orders import OrderIndex

SEEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _read(order_id: int, status: str) -> Order:
    answer = json.dumps({"order": {"id": order_id, "typeRid": "Order_DMS", "status": status,
                                   "amount": 20, "currency": "AZN",
                                   "createTime": "2026-11-29 10:00:00"}})  # fmt: skip
    return parse_order(loads(answer), detailed=False)


@pytest.mark.parametrize("asked", ["PartiallyPaid", "PartPaid"])
def test_a_status_search_finds_both_spellings(tmp_path: Path, asked: str) -> None:
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="p")
    index.save_many([_read(1, "PartPaid"), _read(2, "PartiallyPaid"), _read(3, "FullyPaid")], SEEN)
    # A row written before both spellings were one status kept the gateway's word.
    with sqlite3.connect(tmp_path / "kapdesk.db") as conn:
        conn.execute("UPDATE order_index SET status = 'PartPaid' WHERE order_id = 1")
    conn.close()
    found = index.search(status=asked)
    assert sorted(o.order_id for o in found) == [1, 2]
    assert index.get(2) is not None and index.get(2).status == "PartiallyPaid"  # type: ignore[union-attr]


def test_a_partly_paid_order_is_kept_under_one_name() -> None:
    order = _read(7, "PartPaid")
    assert order.status is OrderStatus.PARTIALLY_PAID and order.type is OrderType.PREAUTH
    assert order.raw["status"] == "PartPaid"  # the answer itself stays as the bank sent it
    assert order.amount == Decimal("20.00")
