"""Reconciliation waits for a late commit before it settles "not done".

A timed-out request may still be committing at the bank when the first re-read comes back
empty. The sandbox cannot produce that race (a request it times out never commits), so
this test feeds settle_entry two real Order answers in turn: the second one carries the
refund that the first did not.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.orders import Order, OrderStatus, OrderType, Transaction
from kapdesk.journal.journal import Journal
from kapdesk.journal.serialize import order_snapshot
from kapdesk.operations.reconcile import settle_entry

pytestmark = pytest.mark.asyncio
PAID = Transaction(
    "Single",
    "Purchase",
    Decimal("10.00"),
    "AZN",
    action_id="a1",
    approval_code="111111",
    rrn="1",
    pmo_result_code="1",
)
REFUND = Transaction(
    "Single",
    "Refund",
    Decimal("4.00"),
    "AZN",
    action_id="a2",
    approval_code="222222",
    rrn="2",
    pmo_result_code="1",
)
BEFORE = Order(
    id=7,
    type=OrderType.PURCHASE,
    status=OrderStatus.FULLY_PAID,
    amount=Decimal("10.00"),
    currency="AZN",
    transactions=(PAID,),
    detailed=True,
)
AFTER = replace(BEFORE, transactions=(PAID, REFUND))


class LateCommit:
    """Answers get_order with each of ``answers`` in turn (the last one from then on)."""

    def __init__(self, *answers: Order) -> None:
        self.answers = list(answers)
        self.reads = 0

    async def get_order(self, order_id: int, *, detailed: bool = True) -> Order:
        self.reads += 1
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def _unknown_refund(journal: Journal) -> int:
    entry_id = journal.record_intent(
        profile="p",
        environment="sandbox",
        order_id=7,
        operation="refund",
        amount=Decimal("4.00"),
        currency="AZN",
        reason="r",
        order_before=order_snapshot(BEFORE),
    )
    journal.mark_sent(entry_id)
    journal.record_outcome(entry_id, "unknown")
    return entry_id


async def test_a_refund_committed_after_the_first_re_read_is_settled_done(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "k.db", now=lambda: datetime(2026, 11, 27, tzinfo=UTC))
    entry_id = _unknown_refund(journal)
    client = LateCommit(BEFORE, AFTER)
    outcome = await settle_entry(client, journal, journal.get(entry_id), (0.01, 0.02))
    assert outcome.state == "done"
    assert journal.get(entry_id).approval_code == "222222"
    assert client.reads == 2


async def test_absent_twice_is_not_done(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "k.db")
    entry_id = _unknown_refund(journal)
    client = LateCommit(BEFORE)
    outcome = await settle_entry(client, journal, journal.get(entry_id), (0.01, 0.02))
    assert outcome.state == "not_done"
    assert client.reads == 2
