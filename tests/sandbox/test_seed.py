"""Seeded data: enough orders, every type and status, holds 0-10 days old, repeatable."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from kapdesk.sandbox.server import SandboxServer
from tests.sandbox.sandbox_helpers import Caller

STATUSES = set(
    [
        "Preparing",
        "Cancelled",
        "Rejected",
        "Refused",
        "Expired",
        "Authorized",
        "PartiallyPaid",
        "FullyPaid",
        "Funded",
        "Declined",
        "Voided",
        "Refunded",
        "Closed",
    ]
)
TYPES = {"Order_SMS", "Order_DMS", "Order_REC", "DMSN3D", "OCT", "GN3D", "GSMS"}
BAKU = ZoneInfo("Asia/Baku")


def _all(call: Caller, server: SandboxServer) -> list[dict]:
    return [call.order(order_id) for order_id in server.seeded_order_ids()]


def test_coverage(sandbox: SandboxServer, call: Caller) -> None:
    orders = _all(call, sandbox)
    assert len(orders) >= 60
    assert {o["status"] for o in orders} == STATUSES
    assert {o["typeRid"] for o in orders} == TYPES
    preparing = {o["typeRid"] for o in orders if o["status"] == "Preparing"}
    assert preparing == TYPES
    now = datetime.now(BAKU).replace(tzinfo=None)
    ages = sorted(
        (now - datetime.fromisoformat(o["createTime"])).days
        for o in orders
        if o["status"] == "Authorized"
    )
    assert ages[0] == 0 and ages[-1] == 9 and set(range(10)) <= set(ages)
    assert max(now - datetime.fromisoformat(o["createTime"]) for o in orders
               if o["status"] == "Authorized") <= timedelta(days=10)  # fmt: skip
    refunds = Counter(o["id"] for o in orders for t in o["trans"] if t["type"] == "Refund")
    assert any(o["status"] == "FullyPaid" and refunds[o["id"]] for o in orders)
    assert any(o["status"] == "PartiallyPaid" for o in orders)
    declined = [o for o in orders if o["status"] == "Declined"]
    assert {t["pmoResultCode"] for o in declined for t in o["trans"]} >= {"52", "59"}
    assert sum(1 for o in orders if o["typeRid"] == "OCT" and o["status"] == "FullyPaid") >= 3
    assert any(o["storedTokens"] for o in orders if o["typeRid"] in {"Order_REC", "DMSN3D"})
    tds = [o["srcToken"]["card"]["authentication"] for o in orders
           if "authentication" in o.get("srcToken", {}).get("card", {})]  # fmt: skip
    assert len(tds) >= 3 and tds[0]["tdsARes"].startswith("{")


def test_same_seed_same_data(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    fixed = datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
    first, second, other = (make_sandbox(seed=s, now=lambda: fixed) for s in (7, 7, 8))

    def dump(server: SandboxServer) -> list[dict]:
        orders = _all(caller_for(server), server)
        for order in orders:
            order.pop("hppUrl")  # carries the port
        return orders

    assert dump(first) == dump(second)
    assert dump(first) != dump(other)


def test_no_seed_is_empty(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(seed=None)
    assert server.seeded_order_ids() == []
    call = caller_for(server)
    assert call.http.get(server.base_url + "/order/5001").status_code == 404
    assert call.create()["id"] == 5001
