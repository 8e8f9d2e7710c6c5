"""The order index on a real SQLite file: scoping as the file holds it (and the shared order
factory). Save, refresh and search are the contract: test_contract.py."""

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


def test_sandbox_orders_never_show_in_another_environment(index: OrderIndex) -> None:
    production = OrderIndex(index.path, environment="production", profile="p")
    assert production.search() == []
    assert production.get(1) is None
    assert len(index.search()) == 3
    assert "4169741330151778" not in index.path.read_bytes().decode("latin-1")
