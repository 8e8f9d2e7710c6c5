"""Reason categories: checked before anything is sent, journalled with the intent, exported."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.allowances import Operation
from kapdesk.domain.reasons import REASON_CATEGORIES, UnknownReasonCategory, check_category
from kapdesk.domain.secret import Secret
from kapdesk.journal.export import write_csv
from kapdesk.operations.plan import OrderRequest
from kapdesk.sandbox.server import SandboxServer
from tests.operations.money_helpers import (
    CARD,
    carry,
    client_for,
    desk_for,
    paid_order,
    pay_out,
    plan_of,
    run_op,
)

MakeSandbox = Callable[..., SandboxServer]


def test_the_categories_are_the_ones_a_clerk_is_offered() -> None:
    assert list(REASON_CATEGORIES) == [
        "customer_request", "duplicate", "fraud", "goods_not_received", "damaged", "other",
    ]  # fmt: skip
    assert check_category(" Fraud ") == "fraud"
    assert check_category("") is None and check_category(None) is None
    with pytest.raises(UnknownReasonCategory, match="Unknown reason category whim"):
        check_category("whim")


@pytest.mark.asyncio
async def test_a_refund_journals_its_category_and_an_unknown_one_sends_nothing(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server)
        with pytest.raises(UnknownReasonCategory):
            await run_op(desk, order_id, Operation.REFUND, Decimal(1), "x", reason_category="whim")
        assert desk.journal.entries() == []
        request = OrderRequest(order_id=order_id, operation=Operation.REFUND, amount="2",
                               reason="cup broken", reason_category="damaged")  # fmt: skip
        assert (await plan_of(desk, request)).reason_category == "damaged"
        outcome = await carry(desk, request)
        payout = await pay_out(
            desk, Decimal(1), "AZN", Secret(CARD["pan"]), "prize", reason_category="other"
        )
    assert outcome.state == "done" and payout.state == "done"
    refund, paid_out = desk.journal.entries()
    assert (refund.reason, refund.reason_category) == ("cup broken", "damaged")
    assert paid_out.reason_category == "other"
    assert desk.journal.verify().ok
    stream = io.StringIO()
    write_csv(desk.journal.entries(), stream, bom=False)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [r["reason_category"] for r in rows] == ["damaged", "other"]
