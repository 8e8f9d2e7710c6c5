"""Payouts left half-done: each step that can fail, settled by what the gateway shows."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.secret import Secret
from kapdesk.i18n import UserMessage
from kapdesk.operations.plan import PayoutRequest
from kapdesk.sandbox.server import SandboxServer
from tests.operations.money_helpers import FaultsFrom, confirmed, desk_for, pay_out

pytestmark = pytest.mark.asyncio
PAN = Secret("4169741330151778")


@pytest.mark.parametrize(
    ("call", "fault", "state", "credits", "words"),
    [
        ("credit", "drop_after_commit", "done", 1, "Approval code"),
        ("credit", "error500", "not_done", 0, "no such transaction"),
        ("credit", "timeout", "not_done", 0, "no such transaction"),
        ("set_destination_card", "drop_after_commit", "not_done", 0, "card could not be attached"),
        ("create_order", "malformed", "not_done", None, "could not be created"),
    ],
)
async def test_a_payout_with_no_clear_answer_is_settled(
    make_sandbox: Callable[..., SandboxServer],
    tmp_path: Path,
    call: str,
    fault: str,
    state: str,
    credits: int | None,
    words: str,
) -> None:
    server = make_sandbox(seed=None)
    async with FaultsFrom(server, call, {fault: 1.0}, timeout=0.5) as client:
        desk = desk_for(client, tmp_path / "k.db")
        outcome = await pay_out(desk, Decimal("12.00"), "AZN", PAN, "refund by transfer")
        server.set_faults({})
        entry = desk.journal.get(outcome.entry_id)
        assert outcome.state == entry.state == state, outcome.message
        assert words in str(outcome.message)
        if credits is None:
            assert entry.order_id is None
            return
        order = await client.get_order(entry.order_id or 0)
    made = [t for t in order.transactions if t.type == "Credit" and t.approved]
    assert len(made) == credits
    assert order.status == ("FullyPaid" if credits else "Preparing")
    if credits:
        assert entry.action_id == made[0].action_id


@pytest.mark.parametrize("latency_ms", [400])
async def test_a_payout_cancelled_before_the_credit_is_settled_not_done(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path, latency_ms: int
) -> None:
    # Closing the window or switching profiles cancels work in flight: an entry whose money
    # call never left must not stay open and lock anything.
    import asyncio

    from kapdesk.gateway.client import GatewayClient

    server = make_sandbox(seed=None, latency_ms=latency_ms)
    async with GatewayClient(server.base_url, server.config.user, server.config.password) as client:
        desk = desk_for(client, tmp_path / "k.db")
        attaching = asyncio.Event()  # said once the order exists, as the card goes out

        def progress(message: UserMessage) -> None:
            if "order" in message.params:
                attaching.set()

        request = PayoutRequest(amount=Decimal("5.00"), currency="AZN", pan=PAN, reason="test")
        task = asyncio.ensure_future(desk.carry_out(request, confirmed, progress))
        # The order is created and the attach is in flight (its answer latency_ms away): an
        # event, not a guess of how long creating takes on a loaded machine.
        await asyncio.wait_for(attaching.wait(), timeout=30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        (entry,) = desk.journal.entries()
        assert entry.state == "not_done"
        assert desk.journal.unsettled(include_live=True) == []
        if entry.order_id is not None:
            order = await client.get_order(entry.order_id)
            assert not [t for t in order.transactions if t.type == "Credit"]
