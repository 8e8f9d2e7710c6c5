"""Money operations against the real sandbox: happy paths, refusals, and unknown outcomes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.allowances import Operation, OperationRefused
from kapdesk.domain.cards import CardNumberError
from kapdesk.domain.orders import OrderStatus, OrderType
from kapdesk.domain.secret import Secret
from kapdesk.journal.journal import OrderBusy
from kapdesk.journal.serialize import canonical_json, order_snapshot
from kapdesk.operations.plan import OrderRequest, PayoutRequest, Plan, SavedCardCharge
from kapdesk.sandbox.server import SandboxServer
from tests.operations.money_helpers import (
    FaultsFrom,
    carry,
    client_for,
    desk_for,
    paid_order,
    pay_out,
    refund,
    run_op,
)

pytestmark = pytest.mark.asyncio
D = Decimal
PREAUTH, PURCHASE = OrderType.PREAUTH, OrderType.PURCHASE
MakeSandbox = Callable[..., SandboxServer]


@pytest.mark.parametrize(
    ("kind", "before", "operation", "amount", "status", "tran"),
    [
        (PREAUTH, [], Operation.CLEAR, None, "FullyPaid", ("Clearing", "Purchase", False)),
        (PREAUTH, [], Operation.CLEAR, "4", "PartiallyPaid", ("Clearing", "Purchase", False)),
        (PREAUTH, [], Operation.RELEASE, None, "Voided", ("Auth", "Purchase", True)),
        (PREAUTH, [(Operation.CLEAR, "10")], Operation.REVERSE_CLEARING, None, "Voided",
         ("Clearing", "Purchase", True)),
        (PURCHASE, [], Operation.REFUND, None, "Refunded", ("Single", "Refund", False)),
        (PURCHASE, [], Operation.REFUND, "3", "FullyPaid", ("Single", "Refund", False)),
        (PURCHASE, [], Operation.REVERSE, None, "Voided", ("Single", "Purchase", True)),
        (PURCHASE, [], Operation.REVERSE, "4", "FullyPaid", ("Single", "Purchase", True)),
        (PURCHASE, [(Operation.REVERSE, "4")], Operation.REVERSE, None, "Voided",
         ("Single", "Purchase", True)),
    ],
)  # fmt: skip
async def test_each_operation_is_done_with_the_sandboxs_status(
    make_sandbox: MakeSandbox, tmp_path: Path, kind: OrderType, before: list[tuple[Operation, str]],
    operation: Operation, amount: str | None, status: str, tran: tuple[str, str, bool],
) -> None:  # fmt: skip
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, kind, "10.00")
        for op, value in before:
            assert (await run_op(desk, order_id, op, D(value), "setup")).state == "done"
        outcome = await run_op(desk, order_id, operation, D(amount) if amount else None, "customer")
        order = await client.get_order(order_id)
    assert outcome.state == "done", outcome.message
    assert outcome.approval_code and outcome.rrn
    assert str(outcome.approval_code) in str(outcome.message) and str(outcome.rrn) in str(
        outcome.message
    )
    assert outcome.order_after is not None and outcome.order_after.status == status
    assert order.status == status
    made = order.transactions[-1]
    assert (made.phase, made.type, made.is_reversal) == tran
    assert made.approval_code == outcome.approval_code
    entry = desk.journal.get(outcome.entry_id)
    assert entry.state == "done" and entry.approval_code == outcome.approval_code
    assert entry.order_before is not None and entry.reason == "customer"
    # The journal keeps the order before and after: after holds the new transaction.
    assert entry.order_after is not None and entry.order_after["status"] == status
    assert len(entry.order_after["transactions"]) == len(entry.order_before["transactions"]) + 1
    assert desk.journal.verify().ok


async def test_pay_out_credits_the_card_and_journals_it_masked(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        outcome = await pay_out(desk, D("25.50"), "AZN", Secret("4169 7413 3015 1778"), "prize")
        assert outcome.state == "done", outcome.message
        assert outcome.order_id is not None
        order = await client.get_order(outcome.order_id)
    assert order.type == OrderType.PAYOUT and order.status == OrderStatus.FULLY_PAID
    assert [(t.type, t.amount) for t in order.transactions] == [("Credit", D("25.50"))]
    entry = desk.journal.get(outcome.entry_id)
    assert entry.masked_card == "416974******1778" and entry.order_id == order.id
    assert "4169741330151778" not in (tmp_path / "k.db").read_bytes().decode("latin-1")


async def test_pay_out_checks_the_card_before_anything_is_sent(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        with pytest.raises(CardNumberError):
            await pay_out(desk, D("5"), "AZN", Secret("4169741330151779"), "prize")
        with pytest.raises(OperationRefused, match="needs a reason"):
            await pay_out(desk, D("5"), "AZN", Secret("4169741330151778"), " ")
    assert desk.journal.entries() == []


async def test_charge_saved_card_creates_and_charges_a_rec_order(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        first = await paid_order(client, server, PURCHASE, "1.00", save_card=True)
        card = (await client.get_order(first)).card
        assert card is not None and card.stored_id is not None
        charge = SavedCardCharge(
            stored_id=card.stored_id, amount=D("7.00"), currency="AZN", reason="monthly"
        )
        outcome = await carry(desk, charge)
        assert outcome.state == "done", outcome.message
        assert outcome.order_id is not None
        order = await client.get_order(outcome.order_id)
    assert order.type == OrderType.SAVED_CARD_PURCHASE and order.status == "FullyPaid"


async def test_a_refusal_by_the_gateway_is_journaled_with_its_reason(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        charge = SavedCardCharge(stored_id=987654, amount=D("5"), currency="AZN", reason="no card")
        outcome = await carry(desk, charge)
    assert outcome.state == "refused", outcome.message
    assert "Nothing was moved" in str(outcome.message)
    entry = desk.journal.get(outcome.entry_id)
    assert entry.state == "refused" and entry.error_code


# --- refusals by kapdesk's own checks: nothing journaled, nothing sent ----------------------


@pytest.mark.parametrize(
    ("kind", "setup", "operation", "amount", "currency", "reason", "words"),
    [
        (PURCHASE, [(Operation.REFUND, None)], Operation.REFUND, "1", None, "r",
         "is Refunded"),
        (PREAUTH, [(Operation.CLEAR, None)], Operation.RELEASE, None, None, "r",
         "is FullyPaid"),
        (PREAUTH, [(Operation.CLEAR, "2")], Operation.RELEASE, "3", None, "r",
         "full amount only: 8.00 AZN"),
        (PREAUTH, [], Operation.CLEAR, "10.01", None, None, "more than the 10.00 AZN"),
        (PURCHASE, [(Operation.REFUND, "4")], Operation.REFUND, "6.01", None, "r",
         "more than the 6.00 AZN"),
        (PURCHASE, [(Operation.REVERSE, "2")], Operation.REVERSE, "1", None, "r",
         "already been partly reversed once"),
        (PURCHASE, [], Operation.CLEAR, None, None, None, "not a preauthorization"),
        (PREAUTH, [], Operation.REVERSE, None, None, "r", "not a purchase"),
        (PURCHASE, [], Operation.REFUND, "1", "USD", "r", "is in AZN, not USD"),
        (PURCHASE, [], Operation.REFUND, "1", None, None, "needs a reason"),
        (PURCHASE, [], Operation.REVERSE, None, None, "  ", "needs a reason"),
        (PREAUTH, [], Operation.RELEASE, None, None, "", "needs a reason"),
    ],
)  # fmt: skip
async def test_refusals_say_why_and_send_nothing(
    make_sandbox: MakeSandbox, tmp_path: Path, kind: OrderType, setup: list[tuple[Operation, str]],
    operation: Operation, amount: str | None, currency: str | None, reason: str | None,
    words: str,
) -> None:  # fmt: skip
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, kind, "10.00")
        for op, value in setup:
            assert (
                await run_op(desk, order_id, op, D(value) if value else None, "s")
            ).state == "done"
        before = await client.get_order(order_id)
        entries = len(desk.journal.entries())
        with pytest.raises(OperationRefused, match=words):
            await run_op(desk, order_id, operation, D(amount) if amount else None, reason,
                           currency=currency)  # fmt: skip
        after = await client.get_order(order_id)
    assert after.transactions == before.transactions
    assert len(desk.journal.entries()) == entries


async def test_an_unpaid_order_cannot_be_refunded(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    from kapdesk.gateway.client import NewOrder

    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        made = await client.create_order(NewOrder(PURCHASE, D("5"), "AZN"))
        with pytest.raises(OperationRefused, match="is Preparing: only paid orders"):
            await refund(desk, made.id, None, "r")


async def test_execute_rechecks_what_was_confirmed(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    """A plan confirmed earlier is refused when the order changed meanwhile."""
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, PURCHASE, "10.00")

        async def someone_else_first(plan: Plan) -> bool:  # while this clerk reads the dialog
            assert (await refund(desk, order_id, D("5"), "someone else")).state == "done"
            return True

        request = OrderRequest(order_id=order_id, operation=Operation.REFUND, amount=D("8"),
                               reason="r")  # fmt: skip
        with pytest.raises(OperationRefused, match=r"more than the 5\.00 AZN"):
            await desk.carry_out(request, someone_else_first)
        order = await client.get_order(order_id)
    # The check is made under the order's lock, after the intent: the entry says it never left.
    entries = desk.journal.entries()
    assert [(e.amount, e.state) for e in entries] == [(D("5.00"), "done"), (D("8.00"), "not_done")]
    assert "nothing was sent" in (entries[1].note or "")
    assert [t.amount for t in order.transactions if t.type == "Refund"] == [D("5.00")]


# --- unknown outcomes, one fault kind at a time ----------------------------------------------


@pytest.mark.parametrize(
    ("fault", "state"),
    [
        ("drop_after_commit", "done"),
        ("timeout", "not_done"),
        ("error500", "not_done"),
        ("malformed", "not_done"),
    ],
)
async def test_an_unknown_outcome_is_settled_by_re_reading_the_order(
    make_sandbox: MakeSandbox, tmp_path: Path, fault: str, state: str
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server, timeout=0.5) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, PURCHASE, "10.00")
        server.set_faults({fault: 1.0})  # money calls only: reads are not faulted
        outcome = await refund(desk, order_id, D("3"), "r")
        server.set_faults({})
        order = await client.get_order(order_id)
    refunds = [t for t in order.transactions if t.type == "Refund"]
    entry = desk.journal.get(outcome.entry_id)
    assert outcome.state == state == entry.state, outcome.message
    assert entry.settled_at is not None
    if state == "done":
        assert len(refunds) == 1 and refunds[0].amount == D("3")
        assert entry.action_id == refunds[0].action_id
        assert entry.approval_code == refunds[0].approval_code == outcome.approval_code
    else:
        assert refunds == []
        assert "did not happen" in str(outcome.message)


async def test_unreadable_gateway_leaves_it_unknown_and_locks_the_order(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None, fault_reads=True)
    # From the refund on, every request is dropped: the refund commits, no read answers.
    faults = {"drop_after_commit": 1.0}
    options = {"timeout": 0.5, "read_retries": 1, "retry_backoff": 0.01}
    async with FaultsFrom(server, "refund", faults, **options) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, PURCHASE, "10.00")
        outcome = await refund(desk, order_id, D("3"), "r")
        assert outcome.state == "unknown" and "locked" in str(outcome.message)
        assert desk.journal.get(outcome.entry_id).state == "unknown"
        assert [o.state for o in await desk.reconcile()] == ["unknown"]  # still unreadable
        with pytest.raises(OrderBusy, match=f"Order {order_id} has an unsettled Refund"):
            await refund(desk, order_id, D("1"), "again")
        server.set_faults({})
        [settled] = await desk.reconcile()
        assert settled.state == "done" and settled.entry_id == outcome.entry_id
        again = await refund(desk, order_id, D("2"), "r")  # unlocked now
    assert again.state == "done"
    assert desk.journal.get(outcome.entry_id).approval_code is not None


# --- an entry left by a dead process (design rule 7) ------------------------------------------

# A real second process takes the order, journals the refund as sent, and ends without an
# outcome: a crash between "sent" and the answer. Its pid then runs nothing, so it is dead.
LEAVE_SENT_REFUND = """
import json, sys
from decimal import Decimal
from kapdesk.journal.journal import Journal
journal = Journal(sys.argv[1])
entry_id = journal.record_intent(
    profile="test", environment="sandbox", order_id=int(sys.argv[2]), operation="refund",
    amount=Decimal("3.00"), currency="AZN", reason="crashed", order_before=json.load(sys.stdin),
)
journal.mark_sent(entry_id)
print(entry_id)
"""


async def test_an_entry_left_by_a_dead_process_is_settled_before_the_order_is_acted_on(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, PURCHASE, "10.00")
        before = order_snapshot(await client.get_order(order_id, detailed=True))
        crashed = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", LEAVE_SENT_REFUND, str(desk.journal.path), str(order_id)],
            input=canonical_json(before), capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert crashed.returncode == 0, crashed.stderr
        dead_id = int(crashed.stdout)
        left = desk.journal.get(dead_id)
        assert left.state == "sent" and not desk.journal.owner_alive(left)
        outcome = await refund(desk, order_id, D("2"), "customer")
        order = await client.get_order(order_id)
    settled = desk.journal.get(dead_id)
    assert settled.state == "not_done" and settled.settled_at is not None  # nothing was sent
    assert outcome.state == "done", outcome.message
    assert outcome.entry_id != dead_id
    assert [t.amount for t in order.transactions if t.type == "Refund"] == [D("2")]
    assert desk.journal.unsettled(include_live=True) == []


async def test_the_intent_is_on_disk_before_the_refund_request_leaves(
    make_sandbox: MakeSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the refund arrives at the sandbox, the sandbox (its own thread, its own SQLite
    connection to the journal file) finds the entry already intended and marked sent."""
    import sqlite3

    server = make_sandbox(seed=None)
    db = tmp_path / "k.db"
    seen_on_arrival: list[list[tuple[str, str]]] = []
    add_tran = server.gateway.add_tran

    def read_the_journal_then_refund(order, phase, type_, *args, **kwargs):  # type: ignore[no-untyped-def]
        if type_ == "Refund":
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as other:
                rows = other.execute("SELECT event, state FROM journal_events ORDER BY seq")
                seen_on_arrival.append([tuple(row) for row in rows])
        return add_tran(order, phase, type_, *args, **kwargs)

    monkeypatch.setattr(server.gateway, "add_tran", read_the_journal_then_refund)
    async with client_for(server) as client:
        desk = desk_for(client, db)
        order_id = await paid_order(client, server, PURCHASE, "10.00")
        outcome = await refund(desk, order_id, D("2"), "customer")
    assert outcome.state == "done", outcome.message
    assert seen_on_arrival == [[("intent", "intended"), ("sent", "sent")]]


async def test_declining_the_confirmation_journals_and_sends_nothing(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    shown: list[Plan] = []

    async def no(plan: Plan) -> bool:
        shown.append(plan)
        return False

    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, PURCHASE, "10.00")
        before = await client.get_order(order_id)
        refund_request = OrderRequest(
            order_id=order_id, operation=Operation.REFUND, amount="full", reason="r"
        )
        payout = PayoutRequest(
            amount=D("5"), currency="azn", pan=Secret("4169741330151778"), reason="p"
        )
        assert await desk.carry_out(refund_request, no) is None
        assert await desk.carry_out(payout, no) is None
        after = await client.get_order(order_id)
    assert desk.journal.entries() == []
    assert after.transactions == before.transactions
    # One kind of confirmation for both: what, how much, which card, where.
    assert [(p.operation, p.amount, p.currency, p.environment) for p in shown] == [
        (Operation.REFUND, D("10.00"), "AZN", "sandbox"),
        (Operation.PAY_OUT, D("5.00"), "AZN", "sandbox"),
    ]
    assert shown[1].masked_card == "416974******1778" and shown[1].order_id is None


async def test_a_batch_is_confirmed_once_and_each_item_goes_the_same_road(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    asked: list[int] = []
    heard: list[str] = []

    async def yes_to_all(plans: Sequence[Plan]) -> bool:
        asked.append(len(plans))
        return True

    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        first = await paid_order(client, server, PURCHASE, "10.00")
        second = await paid_order(client, server, PURCHASE, "4.00")
        requests = [
            OrderRequest(order_id=i, operation=Operation.REFUND, reason="r")
            for i in (first, second, first)  # the third: nothing left to refund once planned
        ]
        outcomes = await desk.carry_out_batch(
            requests,
            yes_to_all,
            on_item=lambda request, result: heard.append(getattr(result, "state", "refused")),
        )
    assert asked == [3]
    assert outcomes is not None and [o.state for o in outcomes] == ["done", "done"]
    assert heard == ["done", "done", "refused"]  # re-checked under the lock: refused, not sent
    assert [e.state for e in desk.journal.entries()] == ["done", "done", "not_done"]


async def test_carry_out_asks_the_bank_again_until_an_unknown_outcome_settles(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    """The console's settle loop lives in operations/: ``reconcile_pauses``."""
    server = make_sandbox(seed=None, fault_reads=True)
    faults = {"drop_after_commit": 1.0}  # from the refund on, no request is answered
    options = {"timeout": 0.5, "read_retries": 1, "retry_backoff": 0.01}
    heard: list[str] = []

    def progress(message: object) -> None:
        heard.append(str(message))
        if heard.count(str(message)) == 2 and "No clear answer" in str(message):
            server.set_faults({})  # the bank answers again before carry_out asks once more

    async with FaultsFrom(server, "refund", faults, **options) as client:
        desk = desk_for(client, tmp_path / "k.db", reconcile_pauses=(0.0, 0.0))
        order_id = await paid_order(client, server, PURCHASE, "10.00")
        request = OrderRequest(order_id=order_id, operation=Operation.REFUND, amount=D("3"),
                               reason="r")  # fmt: skip
        outcome = await carry(desk, request, progress=progress)
    assert outcome.state == "done", outcome.message
    assert desk.journal.get(outcome.entry_id).state == "done"
