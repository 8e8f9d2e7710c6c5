"""Qt-free operations: an empty amount is never "full"; the per-profile limit is enforced."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.allowances import Operation, OperationRefused
from kapdesk.domain.money import AmountError
from kapdesk.domain.secret import Secret
from kapdesk.operations.plan import OrderRequest
from kapdesk.sandbox.server import SandboxServer
from tests.operations.money_helpers import (
    CARD,
    client_for,
    desk_for,
    paid_order,
    pay_out,
    plan_of,
    refund,
    run_op,
)

MakeSandbox = Callable[..., SandboxServer]


def refund_request(order_id: int, amount: str | None) -> OrderRequest:
    return OrderRequest(order_id=order_id, operation=Operation.REFUND, amount=amount, reason="x")


@pytest.mark.asyncio
async def test_prepare_typed_refuses_a_blank_amount_and_takes_full_by_name(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        order_id = await paid_order(client, server)
        desk = desk_for(client, tmp_path / "kapdesk.db")
        for blank in ("", "   "):
            with pytest.raises(AmountError, match="the word full"):
                await plan_of(desk, refund_request(order_id, blank))
        plan = await plan_of(desk, refund_request(order_id, "full"))
        assert plan.amount == Decimal("10.00")
        assert (await plan_of(desk, refund_request(order_id, None))).amount == 10
        assert desk.journal.entries() == []


@pytest.mark.asyncio
async def test_refunds_reversals_and_payouts_above_the_limit_are_refused_naming_it(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        order_id = await paid_order(client, server, amount="30.00")
        desk = desk_for(client, tmp_path / "kapdesk.db", max_amount=Decimal("20.00"))
        for operation in (Operation.REFUND, Operation.REVERSE):
            with pytest.raises(OperationRefused, match=re.escape("20.00 AZN per operation")):
                await run_op(desk, order_id, operation, Decimal("20.01"), "x")
        with pytest.raises(OperationRefused, match=re.escape("limit of 20.00 AZN")):
            await pay_out(desk, Decimal("25"), "AZN", Secret(CARD["pan"]), "prize")
        assert desk.journal.entries() == []
        done = await refund(desk, order_id, Decimal("20.00"), "at the limit")
        assert done.state == "done"
        default = desk_for(client, tmp_path / "other.db")  # no limit given: 10,000.00
        with pytest.raises(OperationRefused, match=re.escape("limit of 10 000.00 AZN")):
            await pay_out(default, Decimal("10000.01"), "AZN", Secret(CARD["pan"]), "prize")
