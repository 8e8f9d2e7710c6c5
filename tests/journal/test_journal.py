"""The journal on its SQLite file: what another connection sees, and exact amounts on disk.

The contract every journal keeps (lifecycle, per-order lock, filters) is in test_contract.py."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.journal.journal import EntryState, Journal


def _raw_rows(path: Path, entry_id: int) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT event, state FROM journal_events WHERE entry_id = ? ORDER BY seq", (entry_id,)
        ).fetchall()


def test_the_intent_row_is_committed_when_record_intent_returns(
    journal: Journal, db_path: Path, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    # Another connection (as after a crash) sees the intent row already committed. That the
    # request leaves only after this is proven end to end, the sandbox reading the journal
    # as the refund arrives: tests/operations/test_money.py.
    assert _raw_rows(db_path, entry_id) == [("intent", "intended")]
    entry = Journal(db_path).get(entry_id)
    assert entry.state is EntryState.INTENDED
    assert entry.order_id == 1001
    assert entry.operation == "refund"
    assert entry.amount == Decimal("12.50")
    assert entry.os_user == "aysel"
    assert entry.time.tzinfo is not None
    assert entry.order_before == {"id": 1001, "status": "FullyPaid", "amount": "12.50"}


def test_done_path_keeps_the_gateway_answer(
    journal: Journal, db_path: Path, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    journal.mark_sent(entry_id)
    journal.record_outcome(
        entry_id,
        "done",
        approval_code="123456",
        rrn="412345678901",
        action_id="77",
        order_after={"id": 1001, "status": "Refunded"},
    )
    entry = journal.get(entry_id)
    assert entry.state is EntryState.DONE
    assert (entry.approval_code, entry.rrn, entry.action_id) == ("123456", "412345678901", "77")
    assert entry.order_after == {"id": 1001, "status": "Refunded"}
    assert entry.settled_at is None
    assert _raw_rows(db_path, entry_id) == [
        ("intent", "intended"),
        ("sent", "sent"),
        ("outcome", "done"),
    ]


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        ("0.10", "AZN"),
        ("0.20", "USD"),
        ("0.30", "AZN"),
        ("1234567.891", "KWD"),
        ("7", "JPY"),
        ("0.001", "BHD"),
        ("99999999999999.99", "EUR"),
    ],
)
def test_amounts_survive_exactly(
    journal: Journal, db_path: Path, make_intent: Callable[..., int], amount: str, currency: str
) -> None:
    entry_id = make_intent(amount=Decimal(amount), currency=currency)
    entry = Journal(db_path).get(entry_id)
    assert entry.amount == Decimal(amount)
    assert str(entry.amount) == amount  # the same digits, not a float's approximation
    with sqlite3.connect(db_path) as conn:
        kind = conn.execute("SELECT typeof(amount) FROM journal_events").fetchone()[0]
    assert kind == "text"
