"""The order index on a real SQLite file: save, refresh, search by every criterion, scoping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.orders import Card, Order, OrderStatus, OrderType, Transaction
from kapdesk.journal.orders import OrderIndex

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def _order(
    n: int,
    *,
    status: OrderStatus = OrderStatus.FULLY_PAID,
    amount: str = "25.00",
    last4: str = "1778",
    rrn: str = "501234567890",
    code: str = "A1B2C3",
    created: datetime = T0,
) -> Order:
    return Order(
        id=n,
        type=OrderType.PURCHASE,
        status=status,
        amount=Decimal(amount),
        currency="AZN",
        created=created,
        card=Card(masked_pan=f"416974******{last4}"),
        transactions=(
            Transaction(
                "Single",
                "Purchase",
                Decimal(amount),
                "AZN",
                approval_code=code,
                rrn=rrn,
                pmo_result_code="1",
            ),
            Transaction(
                "Single",
                "Refund",
                Decimal("5.00"),
                "AZN",
                approval_code="R00001",
                rrn=f"{rrn}9",
                pmo_result_code="1",
            ),
        ),
        detailed=True,
        raw={"id": n, "password": "********"},
    )


@pytest.fixture
def index(tmp_path: Path) -> OrderIndex:
    found = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="p")
    found.save_many(
        [
            _order(1),
            _order(
                2,
                status=OrderStatus.AUTHORIZED,
                amount="12.5",
                last4="0002",
                rrn="509999999999",
                code="ZZ9999",
                created=T0 - timedelta(days=10),
            ),
            _order(
                3,
                amount="100",
                last4="4444",
                rrn="507777777777",
                code="QQ1111",
                created=T0 + timedelta(days=2),
            ),
        ],
        T0,
    )
    return found


def _ids(found: list) -> list[int]:  # type: ignore[type-arg]
    return sorted(o.order_id for o in found)


def test_search_by_each_criterion(index: OrderIndex) -> None:
    assert _ids(index.search("2")) == [2]
    assert _ids(index.search("509999999999")) == [2]
    assert _ids(index.search("5099999999999")) == [2]  # the refund's own RRN
    assert _ids(index.search("ZZ9999")) == [2]
    assert _ids(index.search("4444")) == [3]
    assert _ids(index.search(amount=Decimal("12.50"))) == [2]
    assert _ids(index.search(amount=Decimal("100"))) == [3]
    assert _ids(index.search(status="Authorized")) == [2]
    assert _ids(index.search(since=T0 - timedelta(hours=1), until=T0 + timedelta(days=1))) == [1]
    assert _ids(index.search("99999")) == []  # part of an RRN is not a match


def test_remembers_what_was_read_and_when(index: OrderIndex) -> None:
    known = index.get(1)
    assert known is not None
    assert known.amount == Decimal("25.00")
    assert known.refunded == Decimal("5.00")
    assert known.last4 == "1778"
    assert known.masked_card == "416974******1778"
    assert known.last_refreshed == T0
    later = T0 + timedelta(hours=3)
    index.save(_order(1, status=OrderStatus.REFUNDED), later)
    again = index.get(1)
    assert again is not None
    assert again.status == "Refunded"
    assert again.last_refreshed == later
    assert len(index.search()) == 3


def test_sandbox_orders_never_show_in_another_environment(index: OrderIndex) -> None:
    production = OrderIndex(index.path, environment="production", profile="p")
    assert production.search() == []
    assert production.get(1) is None
    assert len(index.search()) == 3
    assert "4169741330151778" not in index.path.read_bytes().decode("latin-1")
