"""A lost answer settles only with a transaction that is its own (issue 10, section 1).

A transaction that another done entry of the order claims never settles a second entry; two
unclaimed candidates leave the entry unknown, saying why; the snapshot reconciliation uses is
the order as re-read while the entry holds the order's lock, with its action ids exact.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kapdesk.domain.allowances import Operation
from kapdesk.domain.cards import luhn_valid
from kapdesk.domain.orders import Order, OrderStatus, OrderType, Transaction
from kapdesk.journal.journal import Journal, OrderBusy
from kapdesk.journal.serialize import order_snapshot
from kapdesk.operations.plan import OrderRequest, Plan
from kapdesk.operations.reconcile import settle_entry
from kapdesk.sandbox.server import SandboxServer
from tests.operations.money_helpers import FaultsFrom, client_for, desk_for, paid_order, refund

pytestmark = pytest.mark.asyncio
D = Decimal
MakeSandbox = Callable[..., SandboxServer]


def _tran(kind: str, amount: str, n: int) -> Transaction:
    return Transaction(
        "Single", kind, D(amount), "AZN",
        action_id=f"a{n}", approval_code=f"{n}" * 6, rrn=f"{n}" * 12, pmo_result_code="1",
    )  # fmt: skip


PAID, A2, A3 = _tran("Purchase", "10.00", 1), _tran("Refund", "4.00", 2), _tran("Refund", "4.00", 3)
BEFORE = Order(
    id=7, type=OrderType.PURCHASE, status=OrderStatus.FULLY_PAID, amount=D("10.00"),
    currency="AZN", transactions=(PAID,), detailed=True,
)  # fmt: skip


class Answers:
    """A gateway whose order reads always give ``order`` (a real Order, as parsed)."""

    def __init__(self, order: Order) -> None:
        self.order = order

    async def get_order(self, order_id: int, *, detailed: bool = True) -> Order:
        return self.order


def _refund(journal: Journal, snapshot: Order, state: str, tran: Transaction | None = None) -> int:
    entry_id = journal.record_intent(
        profile="p", environment="sandbox", order_id=7, operation="refund",
        amount=D("4.00"), currency="AZN", reason="r", order_before=order_snapshot(snapshot),
    )  # fmt: skip
    journal.mark_sent(entry_id)
    if tran is None:
        journal.record_outcome(entry_id, state)
    else:
        journal.record_outcome(
            entry_id, state, action_id=tran.action_id, rrn=tran.rrn,
            approval_code=tran.approval_code,
        )  # fmt: skip
    return entry_id


async def test_two_unclaimed_candidates_leave_it_unknown_and_say_why(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "k.db")
    entry_id = _refund(journal, BEFORE, "unknown")
    gateway = Answers(replace(BEFORE, transactions=(PAID, A2, A3)))
    outcome = await settle_entry(gateway, journal, journal.get(entry_id), (0.01,))  # type: ignore[arg-type]
    entry = journal.get(entry_id)
    assert outcome.state == "unknown" and entry.state == "unknown"
    assert entry.action_id is None and entry.settled_at is None
    assert "2 matching transactions" in (entry.note or "")
    assert "cannot tell which one is this entry's" in str(outcome.message)
    assert [e.id for e in journal.unsettled(include_live=True)] == [entry_id]  # still locked


async def test_a_transaction_another_entry_claims_never_settles_a_second_one(
    tmp_path: Path,
) -> None:
    """The second entry's snapshot misses the first one's refund (as a masked snapshot did)."""
    journal = Journal(tmp_path / "k.db")
    _refund(journal, BEFORE, "done", A2)
    stale = _refund(journal, BEFORE, "unknown")
    gateway = Answers(replace(BEFORE, transactions=(PAID, A2)))
    outcome = await settle_entry(gateway, journal, journal.get(stale), (0.01,))  # type: ignore[arg-type]
    assert outcome.state == "not_done", outcome.message
    assert journal.get(stale).action_id is None


async def test_with_one_candidate_claimed_the_other_is_the_entrys(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "k.db")
    _refund(journal, BEFORE, "done", A2)
    stale = _refund(journal, BEFORE, "unknown")
    gateway = Answers(replace(BEFORE, transactions=(PAID, A2, A3)))
    outcome = await settle_entry(gateway, journal, journal.get(stale), (0.01,))  # type: ignore[arg-type]
    assert outcome.state == "done"
    assert journal.get(stale).action_id == "a3"


async def test_a_claim_by_rrn_and_approval_code_counts_when_no_action_id_was_recorded(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "k.db")
    _refund(journal, BEFORE, "done", replace(A2, action_id=None))
    stale = _refund(journal, BEFORE, "unknown")
    gateway = Answers(replace(BEFORE, transactions=(PAID, A2)))
    outcome = await settle_entry(gateway, journal, journal.get(stale), (0.01,))  # type: ignore[arg-type]
    assert outcome.state == "not_done"


# --- against the real sandbox ----------------------------------------------------------------


class OtherClerkDuringRead(FaultsFrom):
    """This clerk's client; while execute re-reads the order, another clerk refunds it in full
    detail (their own desk, same journal file); then this clerk's refund gets a 500."""

    def __init__(self, server: SandboxServer, other: Any, order_id: int, when: str) -> None:
        super().__init__(server, "refund", {"error500": 1.0})
        self.other, self.order_id, self.when, self.reads = other, order_id, when, 0
        self.other_outcome: object = None

    async def _other_clerk(self) -> None:
        try:
            self.other_outcome = await refund(self.other, self.order_id, D("3"), "other clerk")
        except OrderBusy as busy:  # the order is taken: the other clerk is told to wait
            self.other_outcome = busy

    async def get_order(self, order_id: int, *, detailed: bool = True) -> Order:
        self.reads += 1
        if self.reads == 2 and self.when == "before the re-read":
            await self._other_clerk()
        order = await super().get_order(order_id, detailed=detailed)
        if self.reads == 2 and self.when == "after the re-read":
            await self._other_clerk()
        return order


@pytest.mark.parametrize("when", ["before execute", "before the re-read", "after the re-read"])
async def test_another_clerks_refund_between_prepare_and_execute_is_never_taken_for_this_one(
    make_sandbox: MakeSandbox, tmp_path: Path, when: str
) -> None:
    server = make_sandbox(seed=None)
    async with client_for(server) as plain:
        order_id = await paid_order(plain, server, OrderType.PURCHASE, "10.00")
        other = desk_for(plain, tmp_path / "k.db")
        async with OtherClerkDuringRead(server, other, order_id, when) as client:
            desk = desk_for(client, tmp_path / "k.db")

            async def confirm(plan: Plan) -> bool:  # planned; the clerk is still reading
                if when == "before execute":
                    await client._other_clerk()
                return True

            request = OrderRequest(
                order_id=order_id, operation=Operation.REFUND, amount=D("3"), reason="this clerk"
            )
            outcome = await desk.carry_out(request, confirm)  # its answer is lost (500)
            assert outcome is not None
        server.set_faults({})
        order = await plain.get_order(order_id)
    refunds = [t.action_id for t in order.transactions if t.type == "Refund" and t.approved]
    done = [e.action_id for e in desk.journal.entries(state="done")]
    assert outcome.state != "done", outcome.message  # the 500 made nothing
    if when == "before execute":
        assert getattr(client.other_outcome, "state", None) == "done"
        # This entry's snapshot is the re-read made under its lock: the other refund is in it.
        mine = desk.journal.get(outcome.entry_id).order_before or {}
        assert [t["action_id"] for t in mine["transactions"]] == [
            t.action_id for t in order.transactions
        ]
    else:  # this clerk's entry holds the order from its intent on: the other one must wait
        assert isinstance(client.other_outcome, OrderBusy)
    assert sorted(done) == sorted(refunds)  # one done entry per refund the gateway has
    assert desk.journal.unsettled(include_live=True) == []


async def test_a_luhn_passing_action_id_is_not_taken_for_a_new_transaction(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    """The issue's first report: a hung refund printed "Done" with an older refund's codes."""
    server = make_sandbox(seed=None, luhn_action_ids=True)
    async with FaultsFrom(server, "refund", {}, timeout=0.5) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, OrderType.PURCHASE, "10.00")
        first = await refund(desk, order_id, D("0.10"), "first")
        assert first.state == "done" and first.action_id is not None
        assert luhn_valid(first.action_id[:-4].replace("-", ""))
        server.set_faults({"timeout": 1.0})  # money calls only: the next refund's answer hangs
        second = await refund(desk, order_id, D("0.10"), "second")
        server.set_faults({})
        order = await client.get_order(order_id)
    entry = desk.journal.get(second.entry_id)
    assert second.state == "not_done", second.message
    assert [t.amount for t in order.transactions if t.type == "Refund"] == [D("0.10")]
    kept = [t["action_id"] for t in (entry.order_before or {})["transactions"]]
    assert kept == [t.action_id for t in order.transactions]  # exact, never masked


LEAVE_INTENT = """
import sys
from decimal import Decimal
from kapdesk.journal.journal import Journal
print(Journal(sys.argv[1]).record_intent(
    profile="test", environment="sandbox", order_id=int(sys.argv[2]), operation="refund",
    amount=Decimal("2.00"), currency="AZN", reason="stopped while re-reading",
))
"""


async def test_an_entry_never_marked_sent_is_not_done_whatever_the_order_shows(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    """A process died holding the lock, before its re-read was journalled; meanwhile a refund
    of the same amount was made elsewhere (not through kapdesk). Nothing of it is this entry's."""
    server = make_sandbox(seed=None)
    async with client_for(server) as client:
        desk = desk_for(client, tmp_path / "k.db")
        order_id = await paid_order(client, server, OrderType.PURCHASE, "10.00")
        await client.refund(order_id, D("2.00"), "AZN")  # the merchant portal, say
        died = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", LEAVE_INTENT, str(desk.journal.path), str(order_id)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert died.returncode == 0, died.stderr
        [settled] = await desk.reconcile()
    assert settled.entry_id == int(died.stdout)
    assert settled.state == "not_done", settled.message
    assert "never left" in (desk.journal.get(settled.entry_id).note or "")


class SettledElsewhereWhileReading(Answers):
    """While this process re-reads, another one (its own Journal on the same file) settles."""

    def __init__(self, order: Order, journal_path: Path, entry_id: int) -> None:
        super().__init__(order)
        self.journal_path, self.entry_id = journal_path, entry_id

    async def get_order(self, order_id: int, *, detailed: bool = True) -> Order:
        other = Journal(self.journal_path)
        if other.get(self.entry_id).open:
            other.settle(self.entry_id, "done", action_id="a2", rrn=A2.rrn,
                         approval_code=A2.approval_code)  # fmt: skip
        return self.order


async def test_an_entry_settled_meanwhile_by_another_process_is_reported_as_settled(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "k.db")
    entry_id = _refund(journal, BEFORE, "unknown")
    gateway = SettledElsewhereWhileReading(
        replace(BEFORE, transactions=(PAID, A2)), journal.path, entry_id
    )
    outcome = await settle_entry(gateway, journal, journal.get(entry_id), (0.01,))  # type: ignore[arg-type]
    assert outcome.state == "done" and outcome.action_id == "a2"
