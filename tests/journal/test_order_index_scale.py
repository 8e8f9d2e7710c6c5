"""The order index at a year's size: searches served by indexes, statistics kept, RRNs and
codes in their own table, raw answers compressed, and an older index brought forward."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from contextlib import closing
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kapdesk.domain.orders import OrderStatus
from kapdesk.journal.orders import OrderIndex
from tests.journal.test_orders import T0, _order

DATA = Path(__file__).parent / "data"

SEARCHES: dict[str, dict[str, Any]] = {
    "order id": {"text": "1500"},
    "RRN in the box": {"text": "600000001500"},
    "code in the box": {"text": "C01500"},
    "last 4 in the box": {"text": "1500"},
    "rrn": {"rrn": "600000001500"},
    "approval code": {"approval_code": "C01500"},
    "last4": {"last4": "1500"},
    "amount": {"amount": Decimal("15.00")},
    "dates": {"since": T0 - timedelta(days=3), "until": T0},
    "status": {"status": "PartPaid"},
    "status and dates": {"status": "Authorized", "since": T0 - timedelta(days=3), "until": T0},
    "nothing": {},
}


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> OrderIndex:
    index = OrderIndex(
        tmp_path_factory.mktemp("big") / "kapdesk.db", environment="sandbox", profile="p"
    )
    statuses = [OrderStatus.FULLY_PAID] * 8 + [OrderStatus.AUTHORIZED, OrderStatus.PARTIALLY_PAID]
    index.save_many(
        (
            _order(
                n,
                status=statuses[n % len(statuses)],
                amount=f"{n % 97}.00",
                last4=f"{n % 10_000:04d}",
                rrn=f"6{n:011d}",
                code=f"C{n:05d}",
                created=T0 - timedelta(minutes=7 * n),
            )
            for n in range(1, 6001)
        ),
        T0,
    )
    return index


def _plan(index: OrderIndex, criteria: dict[str, Any]) -> str:
    where, params = index._criteria(**criteria)
    sql, values = index._query(where, params, limit=500, offset=0)
    with closing(sqlite3.connect(index.path)) as conn:
        rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", values).fetchall()
    return "\n".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("name", sorted(SEARCHES))
def test_every_search_is_served_by_an_index(big: OrderIndex, name: str) -> None:
    plan = _plan(big, SEARCHES[name])
    # No walk over every known order, and no sorting all the matches to find the newest.
    assert "SCAN order_index\n" not in plan + "\n" and not plan.startswith("SCAN order_index")
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan or "PRIMARY KEY" in plan
    if name in ("last4", "amount", "dates", "status", "status and dates", "nothing"):
        assert "TEMP B-TREE" not in plan, plan


def test_searches_find_the_right_orders_at_size(big: OrderIndex) -> None:
    assert [o.order_id for o in big.search(rrn="600000001500")] == [1500]
    assert [o.order_id for o in big.search(approval_code="C01500")] == [1500]
    assert {o.order_id for o in big.search("1500")} == {1500}
    assert [o.order_id for o in big.search(last4="1500")] == [1500]
    found = big.search(status="PartPaid", limit=5)
    assert [o.order_id for o in found] == [9, 19, 29, 39, 49]
    assert all(o.rrns == (f"6{o.order_id:011d}", f"6{o.order_id:011d}9") for o in found)
    assert len(big.search(limit=500)) == 500
    assert big.search(limit=500, offset=500)[0].order_id == 501


def test_the_planner_has_statistics(big: OrderIndex) -> None:
    with closing(sqlite3.connect(big.path)) as conn:
        analysed = {r[0] for r in conn.execute("SELECT DISTINCT tbl FROM sqlite_stat1")}
    assert {"order_index", "order_refs"} <= analysed


def test_rrns_and_codes_sit_in_their_own_table(big: OrderIndex) -> None:
    with closing(sqlite3.connect(big.path)) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(order_index)")}
        refs = conn.execute(
            "SELECT kind, value FROM order_refs JOIN order_index ON order_index.id = ref "
            "WHERE order_id = 7 ORDER BY kind, value"
        ).fetchall()
    assert not {"rrns", "approval_codes"} & columns
    assert refs == [("code", "C00007"), ("code", "R00001"),
                    ("rrn", "600000000007"), ("rrn", "6000000000079")]  # fmt: skip


def test_a_refreshed_order_replaces_its_references(tmp_path: Path) -> None:
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="p")
    index.save(_order(1, rrn="501111111111"), T0)
    index.save(_order(1, rrn="502222222222"), T0 + timedelta(hours=1))
    assert index.search(rrn="501111111111") == []
    assert [o.order_id for o in index.search(rrn="502222222222")] == [1]


def test_raw_answers_are_stored_compressed(tmp_path: Path) -> None:
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="p")
    raw = {"id": 1, "typeRid": "Order_SMS", "status": "FullyPaid", "title": "Xəzər Market",
           "description": "x" * 2000}  # fmt: skip
    index.save(dataclasses.replace(_order(1), raw=raw), T0)
    with closing(sqlite3.connect(index.path)) as conn:
        stored = conn.execute("SELECT raw FROM order_index").fetchone()[0]
    assert isinstance(stored, bytes) and len(stored) < 200
    assert index.raw(1) == raw


def test_an_index_written_by_the_previous_kapdesk_is_brought_forward(tmp_path: Path) -> None:
    # Written by tests/journal/data/make_order_index_v1.py with kapdesk as of 71a1d48.
    path = tmp_path / "kapdesk.db"
    shutil.copy(DATA / "order_index_v1.db", path)
    index = OrderIndex(path, environment="production", profile="shop")
    assert [o.order_id for o in index.search()] == [3, 1, 2]
    assert [o.order_id for o in index.search(rrn="502222222222")] == [2]
    assert [o.order_id for o in index.search("5022222222229")] == [2]  # the refund's RRN
    assert [o.order_id for o in index.search(approval_code="QQ1234")] == [3]
    assert [o.order_id for o in index.search(last4="4444")] == [3]
    assert [o.order_id for o in index.search(amount=Decimal("12.5"))] == [2]
    assert [o.order_id for o in index.search(status="Authorized")] == [2]
    known = index.get(1)
    assert known is not None and known.raw == {"id": 1, "password": "********"}
    assert known.rrns == ("501111111111", "5011111111119")
    assert known.approval_codes == ("A1B2C3", "R00001")
    assert known.refunded == Decimal("5.00") and known.last_refreshed.hour == 8
    sandbox = OrderIndex(path, environment="sandbox", profile="shop")
    assert [o.order_id for o in sandbox.search()] == [4]
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "order_index_tokens" not in tables
    assert len(OrderIndex(path, environment="production", profile="shop").search()) == 3
