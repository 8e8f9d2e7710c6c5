"""Holds from the order index: which orders are open holds, their deadline and time left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.orders import Order, OrderStatus, OrderType, Transaction
from kapdesk.journal.orders import OrderIndex
from kapdesk.operations.holds import deadline, hold_from_order, known_holds

CREATED = datetime(2024, 6, 1, 10, 0, tzinfo=GATEWAY_TZ)


def _hold(order_id: int, created: datetime, cleared: str | None = None) -> Order:
    trans = [Transaction("Auth", "Purchase", Decimal("50.00"), "AZN", time=created)]
    if cleared:
        trans.append(Transaction("Clearing", "Purchase", Decimal(cleared), "AZN", time=created))
    status = OrderStatus.PARTIALLY_PAID if cleared else OrderStatus.AUTHORIZED
    raw = {"id": order_id, "typeRid": "Order_DMS", "status": str(status), "amount": 50,
           "currency": "AZN", "createTime": created.strftime("%Y-%m-%d %H:%M:%S"),
           "trans": [{"phase": t.phase, "type": t.type, "amount": str(t.amount),
                      "isReversal": False, "pmoResultCode": "1"} for t in trans]}  # fmt: skip
    return Order(order_id, OrderType.PREAUTH, status, Decimal("50.00"), "AZN", created=created,
                 transactions=tuple(trans), detailed=True, raw=raw)  # fmt: skip


def test_deadline_and_time_left() -> None:
    hold = hold_from_order(_hold(1, CREATED, "20.00"), hold_days=7)
    assert hold is not None
    assert hold.deadline == CREATED + timedelta(days=7)
    assert (hold.authorized, hold.cleared, hold.remaining) == (
        Decimal(50),
        Decimal(20),
        Decimal(30),
    )
    assert not hold.urgent(CREATED + timedelta(days=5))
    assert hold.urgent(CREATED + timedelta(days=5, hours=1))
    assert deadline(None, 7) is None


def test_index_holds_sorted_by_deadline_and_others_left_out(tmp_path: Path) -> None:
    index = OrderIndex(tmp_path / "k.db", environment="sandbox", profile="p")
    newer = _hold(2, CREATED + timedelta(days=2))
    older = _hold(3, CREATED, "10.00")
    paid = Order(4, OrderType.PURCHASE, OrderStatus.FULLY_PAID, Decimal(1), "AZN", created=CREATED)
    index.save_many([newer, older, paid], datetime.now(UTC))
    holds = known_holds(index, hold_days=30)
    assert [h.order_id for h in holds] == [3, 2]
    assert holds[0].cleared == Decimal("10.00")
    assert holds[0].deadline == CREATED + timedelta(days=30)


def _cleared(order_id: int, cleared_at: datetime) -> Order:
    """A preauthorization cleared in full at ``cleared_at`` (Baku time on the wire)."""
    wire = "%Y-%m-%d %H:%M:%S"
    raw = {"id": order_id, "typeRid": "Order_DMS", "status": "FullyPaid", "amount": 50,
           "currency": "AZN", "createTime": CREATED.strftime(wire),
           "trans": [{"phase": "Auth", "type": "Purchase", "amount": "50", "isReversal": False,
                      "pmoResultCode": "1", "regTime": CREATED.strftime(wire)},
                     {"phase": "Clearing", "type": "Purchase", "amount": "50",
                      "isReversal": False, "pmoResultCode": "1",
                      "regTime": cleared_at.astimezone(GATEWAY_TZ).strftime(wire)}]}  # fmt: skip
    return Order(order_id, OrderType.PREAUTH, OrderStatus.FULLY_PAID, Decimal("50.00"), "AZN",
                 created=CREATED, detailed=True, raw=raw)  # fmt: skip


def test_holds_cleared_today_are_listed_by_the_baku_day_of_their_clearing(tmp_path: Path) -> None:
    index = OrderIndex(tmp_path / "k.db", environment="sandbox", profile="p")
    # 23:30 and 00:30 Baku time: either side of Baku's midnight, whatever the machine's zone.
    late = datetime(2024, 6, 3, 23, 30, tzinfo=GATEWAY_TZ)
    early = datetime(2024, 6, 4, 0, 30, tzinfo=GATEWAY_TZ)
    index.save_many([_cleared(7, late), _cleared(8, early), _hold(9, CREATED)], early)
    assert [h.order_id for h in known_holds(index, hold_days=7)] == [9]
    on_the_4th = datetime(2024, 6, 3, 21, 0, tzinfo=UTC)  # 01:00 on the 4th in Baku
    listed = known_holds(index, hold_days=7, cleared_on=on_the_4th)
    assert sorted(h.order_id for h in listed) == [8, 9]
    (cleared,) = [h for h in listed if h.order_id == 8]
    assert (cleared.status, cleared.cleared, cleared.remaining) == (
        OrderStatus.FULLY_PAID, Decimal(50), Decimal(0),
    )  # fmt: skip
    on_the_3rd = datetime(2024, 6, 3, 19, 0, tzinfo=UTC)  # 23:00 on the 3rd in Baku
    assert 7 in [h.order_id for h in known_holds(index, hold_days=7, cleared_on=on_the_3rd)]
