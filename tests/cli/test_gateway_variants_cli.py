"""The command line against a sandbox speaking the real gateway's variants (PartPaid, a 500
for "no order found"): lookup, clear and release of a PartPaid hold; unknown orders in
lookup, money commands and batch results; a declined order's reason and its UTC time."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from kapdesk.domain.orders import OrderStatus, OrderType
from kapdesk.sandbox.server import SandboxServer
from tests.cli.test_money_cli import _journal, kapdesk
from tests.operations.money_helpers import paid_order_sync, read_order_sync

MakeSandbox = Callable[..., SandboxServer]


def _lookup_json(server: SandboxServer, home: Path, *ids: int) -> list[dict[str, object]]:
    run = kapdesk(server, home, "lookup", *map(str, ids), "--format", "json")
    assert "Traceback" not in run.stderr
    data = json.loads(run.stdout)
    assert isinstance(data, list)
    return data


def _raw_status(server: SandboxServer, order_id: int) -> str:
    with httpx.Client(auth=("TerminalSys/kapital", "kapital123")) as http:
        return str(http.get(f"{server.base_url}/order/{order_id}").json()["order"]["status"])


def test_a_part_paid_hold_is_looked_up_cleared_and_released(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None, part_paid="PartPaid")
    hold = paid_order_sync(server, OrderType.PREAUTH, "50.00")
    first = kapdesk(server, tmp_path, "clear", str(hold), "--amount", "20", "--yes")
    assert first.returncode == 0, first.stderr
    assert _raw_status(server, hold) == "PartPaid"  # the gateway's own word

    [looked] = _lookup_json(server, tmp_path, hold)
    assert looked["status"] == "PartiallyPaid"  # one status, shown one way
    table = kapdesk(server, tmp_path, "lookup", str(hold))
    assert table.returncode == 0 and "PartiallyPaid" in table.stdout

    more = kapdesk(server, tmp_path, "clear", str(hold), "--amount", "10", "--yes")
    assert more.returncode == 0, more.stderr  # clear the rest, partly
    too_much = kapdesk(server, tmp_path, "clear", str(hold), "--amount", "20.01", "--yes")
    assert too_much.returncode == 3 and "more than the 20.00" in too_much.stderr
    release = kapdesk(server, tmp_path, "release", str(hold), "--reason", "checkout", "--yes")
    assert release.returncode == 0, release.stderr  # release the rest
    order = read_order_sync(server, hold)
    assert order.status is OrderStatus.FULLY_PAID and order.amount == 50
    assert [e.state for e in _journal(tmp_path).entries()] == ["done", "done", "done"]


def test_a_part_paid_clearing_can_be_reversed(make_sandbox: MakeSandbox, tmp_path: Path) -> None:
    server = make_sandbox(seed=None, part_paid="PartPaid")
    hold = paid_order_sync(server, OrderType.PREAUTH, "30.00")
    assert kapdesk(server, tmp_path, "clear", str(hold), "--amount", "5", "--yes").returncode == 0
    run = kapdesk(server, tmp_path, "reverse-clearing", str(hold), "--reason", "mistake", "--yes")
    assert run.returncode == 0, run.stderr
    assert read_order_sync(server, hold).status is OrderStatus.VOIDED


@pytest.mark.parametrize("status", [404, 500])
def test_an_unknown_order_reads_not_found_whatever_the_http_status(
    make_sandbox: MakeSandbox, tmp_path: Path, status: int
) -> None:
    server = make_sandbox(seed=None, not_found_status=status)
    run = kapdesk(server, tmp_path, "lookup", "987654321", "--format", "json")
    assert run.returncode == 1
    assert json.loads(run.stdout) == [{"id": 987654321, "error": "Order 987654321 was not found."}]
    money = kapdesk(server, tmp_path, "refund", "987654321", "--reason", "x", "--yes")
    assert "Order 987654321 was not found." in money.stderr + money.stdout
    assert money.returncode == 3 and "Traceback" not in money.stderr  # refused, never 4 (unknown)
    sheet = tmp_path / "ops.csv"
    sheet.write_text("order_id,operation,amount,reason\n987654321,refund,1,x\n", encoding="utf-8")
    batch = kapdesk(server, tmp_path, "batch", str(sheet), "--yes")
    assert "Order 987654321 was not found." in batch.stdout
    rows = list(csv.DictReader((tmp_path / "ops.result.csv").read_text("utf-8").splitlines()))
    assert rows[0]["outcome"] != "unknown"
    assert [e.state for e in _journal(tmp_path).entries()] in ([], ["not_done"])


def test_a_declined_order_shows_the_banks_reason(make_sandbox: MakeSandbox, tmp_path: Path) -> None:
    server = make_sandbox(seed=1)
    declined = [
        o
        for o in (read_order_sync(server, i) for i in server.seeded_order_ids()[:40])
        if o.status is OrderStatus.DECLINED
    ]
    order_id = declined[0].id
    [looked] = _lookup_json(server, tmp_path, order_id)
    assert looked["decline"] == "Auth Response: 59 - Insufficient funds"
    table = kapdesk(server, tmp_path, "lookup", str(order_id)).stdout
    assert "declined: Auth Response: 59 - Insufficient funds" in table


def test_the_authentication_time_is_shown_in_utc_next_to_baku_times(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    moment = datetime(2024, 6, 12, 11, 38, 23, tzinfo=UTC)
    server = make_sandbox(seed=None, now=lambda: moment)
    order_id = paid_order_sync(server, OrderType.GOOGLE_PAY_3DS, "1.00")
    [looked] = _lookup_json(server, tmp_path, order_id)
    assert looked["created"] == "2024-06-12T15:38:23+04:00"
    assert looked["authenticated"] == "2024-06-12T11:38:23+00:00"
    table = kapdesk(server, tmp_path, "lookup", str(order_id)).stdout
    assert "2024-06-12T15:38:23+04:00" in table
    assert "card authenticated at 2024-06-12T11:38:23+00:00" in table
