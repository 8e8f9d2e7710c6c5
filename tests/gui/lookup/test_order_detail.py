"""The Lookup tab and its detail pane on the real gateway's variants: PartPaid shown as one
status, "no order found" with HTTP 500, a declined order's reason, times with their zones."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kapdesk.domain.orders import OrderType
from kapdesk.gateway.parse import loads, parse_order
from kapdesk.gui.lookup.order_detail import OrderDetail
from kapdesk.gui.lookup.order_rows import STATUS, row_for_order
from kapdesk.sandbox.server import SandboxConfig, SandboxServer
from tests.operations.money_helpers import paid_order

# Shaped like the bank's sample: createTime Baku 15:38:23, authenticated 11:38:23 UTC.
DECLINED = """{"order": {"id": 5531, "typeRid": "Order_SMS", "status": "Declined",
 "amount": 1, "currency": "AZN", "createTime": "2024-06-12 15:38:23",
 "srcToken": {"displayName": "416974******1778", "card": {"brand": "VISA",
   "authentication": {"timestamp": "2024-06-12 11:38:23", "eci": "07"}}},
 "custAttrs": [{"rid": "PrevStatus", "valAsStr": "Preparing"},
   {"rid": "PmoResultCode", "valAsStr": "59"},
   {"rid": "DeclineDescription", "valAsStr": "Auth Response: 59 - Insufficient funds"},
   {"rid": "PmoDeclineDescription", "valAsStr": "Insufficient funds"}],
 "trans": [{"amount": 1, "currency": "AZN", "phase": "Single", "pmoResultCode": "59",
   "regTime": "2024-06-12 15:38:57"}]}}"""


@pytest.fixture
def variant_sandbox() -> Iterator[Callable[..., SandboxServer]]:
    started: list[SandboxServer] = []

    def make(**config: Any) -> SandboxServer:
        started.append(SandboxServer(SandboxConfig(**config)).start())
        return started[-1]

    yield make
    for server in started:
        server.stop()


def test_the_detail_pane_shows_the_decline_reason_and_each_time_with_its_zone(qtbot: Any) -> None:
    pane = OrderDetail()
    qtbot.addWidget(pane)
    order = parse_order(loads(DECLINED), detailed=True)
    pane.show_row(row_for_order(order, datetime.now(UTC)))
    assert pane._values["decline"].text() == "Auth Response: 59 - Insufficient funds"
    assert not pane._values["decline"].isHidden()
    assert pane._values["created"].text() == "2024-06-12 15:38:23 (Baku, UTC+04:00)"
    assert "Authenticated at: 2024-06-12 11:38:23 UTC" in pane.security.text()
    assert pane.transactions.item(0, 0).text().startswith("2024-06-12 15:38")


def test_no_decline_row_for_an_order_that_was_not_declined(qtbot: Any) -> None:
    pane = OrderDetail()
    qtbot.addWidget(pane)
    paid = DECLINED.replace('"Declined"', '"FullyPaid"').replace('"59"', '"1"')
    pane.show_row(row_for_order(parse_order(loads(paid), detailed=True), datetime.now(UTC)))
    assert pane._values["decline"].text() == "" and pane._values["decline"].isHidden()


def test_a_part_paid_hold_shows_as_partially_paid(
    variant_sandbox: Callable[..., SandboxServer], make_console: Any, qtbot: Any, qrun: Any
) -> None:
    server = variant_sandbox(seed=None, part_paid="PartPaid")
    console = make_console(server)
    hold = qrun(paid_order(console.client, server, OrderType.PREAUTH, "20.00"))
    qrun(console.client.clear(hold, Decimal("5.00"), "AZN"))
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up([hold])
    row = console.tab.model.row(0)
    assert row.order is not None and row.order.raw["status"] == "PartPaid"
    shown = console.tab.model.data(console.tab.model.index(0, STATUS))
    assert shown == "PartiallyPaid"
    assert "Part of the hold cleared" in console.tab.detail.meaning.text()
    assert [k.order_id for k in console.index.search(status="PartiallyPaid")] == [hold]


def test_no_order_found_with_http_500_reads_not_found(
    variant_sandbox: Callable[..., SandboxServer], make_console: Any, qtbot: Any
) -> None:
    console = make_console(variant_sandbox(seed=None, not_found_status=500))
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up([987654321])
    row = console.tab.model.row(0)
    assert row.order is None and row.error == "Order 987654321 was not found."
