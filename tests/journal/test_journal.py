"""The journal's lifecycle: intents, outcomes, settlements, the per-order lock and exact amounts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.journal.entry import EntryNotFound, EntryStateError
from kapdesk.journal.journal import EntryState, Journal, OrderBusy


def _raw_rows(path: Path, entry_id: int) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT event, state FROM journal_events WHERE entry_id = ? ORDER BY seq", (entry_id,)
        ).fetchall()


def test_intent_is_on_disk_before_anything_is_sent(
    journal: Journal, db_path: Path, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    # Another connection (as after a crash) sees the intent row already committed.
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


def test_refused_path_keeps_the_error(journal: Journal, make_intent: Callable[..., int]) -> None:
    entry_id = make_intent()
    journal.mark_sent(entry_id)
    journal.record_outcome(
        entry_id, "refused", error_code="InvalidAmt", error_description="Amount too large"
    )
    entry = journal.get(entry_id)
    assert entry.state is EntryState.REFUSED
    assert (entry.error_code, entry.error_description) == ("InvalidAmt", "Amount too large")
    assert not entry.open


@pytest.mark.parametrize("settled", ["done", "not_done"])
def test_unknown_is_settled_by_reconciliation(
    journal: Journal, make_intent: Callable[..., int], settled: str
) -> None:
    entry_id = make_intent()
    journal.mark_sent(entry_id)
    journal.record_outcome(entry_id, "unknown", error_description="read timeout")
    assert journal.get(entry_id).open
    journal.settle(entry_id, settled, rrn="999" if settled == "done" else None, note="re-read")
    entry = journal.get(entry_id)
    assert entry.state == settled
    assert entry.settled_at is not None
    assert entry.note == "re-read"
    assert entry.error_description == "read timeout"  # history is kept, not overwritten
    assert not entry.open


def test_an_abandoned_intent_can_be_settled(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    journal.settle(entry_id, "not_done", note="the order shows no new transaction")
    assert journal.get(entry_id).state is EntryState.NOT_DONE


def test_payout_learns_its_order_id(journal: Journal, make_intent: Callable[..., int]) -> None:
    entry_id = make_intent(None, operation="pay_out", masked_card="416974******1778")
    assert journal.get(entry_id).order_id is None
    journal.set_order(entry_id, 555)
    assert journal.get(entry_id).order_id == 555
    with pytest.raises(OrderBusy):
        make_intent(555)
    assert [e.id for e in journal.entries(order_id=555)] == [entry_id]


@pytest.mark.parametrize(
    ("steps", "bad"),
    [
        (["sent", "done"], "sent"),
        (["sent", "done"], "settle_done"),
        (["sent", "refused"], "unknown"),
        (["settle_not_done"], "done"),
    ],
)
def test_finished_entries_do_not_change(
    journal: Journal, make_intent: Callable[..., int], steps: list[str], bad: str
) -> None:
    entry_id = make_intent()

    def apply(step: str) -> None:
        if step == "sent":
            journal.mark_sent(entry_id)
        elif step.startswith("settle_"):
            journal.settle(entry_id, step.removeprefix("settle_"))
        else:
            journal.record_outcome(entry_id, step)

    for step in steps:
        apply(step)
    with pytest.raises(EntryStateError, match=f"entry {entry_id} is already"):
        apply(bad)


def test_wrong_state_words_are_refused(journal: Journal, make_intent: Callable[..., int]) -> None:
    entry_id = make_intent()
    with pytest.raises(ValueError, match="outcome"):
        journal.record_outcome(entry_id, "not_done")
    with pytest.raises(ValueError, match="settled"):
        journal.settle(entry_id, "refused")


def test_unknown_entry_is_a_sentence(journal: Journal) -> None:
    with pytest.raises(EntryNotFound, match="There is no journal entry 42"):
        journal.get(42)


def test_second_intent_on_a_busy_order_is_refused(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    first = make_intent(1001)
    with pytest.raises(OrderBusy) as busy:
        make_intent(1001, operation="clear")
    text = str(busy.value)
    assert "Order 1001 is busy" in text and "Refund" in text and "aysel" in text
    assert f"journal entry {first}" in text and "still in progress" in text
    make_intent(1002)  # another order is free


def test_unknown_outcome_blocks_until_settled(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    journal.record_outcome(entry_id, "unknown")
    with pytest.raises(OrderBusy, match="must be settled") as busy:
        make_intent()
    assert busy.value.entry.id == entry_id
    journal.settle(entry_id, "done")
    assert make_intent() > entry_id


@pytest.mark.parametrize("outcome", ["done", "refused"])
def test_an_outcome_frees_the_order(
    journal: Journal, make_intent: Callable[..., int], outcome: str
) -> None:
    journal.record_outcome(make_intent(), outcome)
    make_intent()


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


def test_sums_of_journal_amounts_are_exact(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    for order_id, amount in ((1, "0.10"), (2, "0.20")):
        journal.record_outcome(make_intent(order_id, amount=Decimal(amount)), "done")
    assert sum(e.amount or 0 for e in journal.entries()) == Decimal("0.30")


def test_a_float_amount_is_refused(journal: Journal, make_intent: Callable[..., int]) -> None:
    with pytest.raises(TypeError):
        make_intent(amount=0.1)
    assert journal.entries() == []


def test_entries_filters(db_path: Path, make_intent: Callable[..., int]) -> None:
    clock = [datetime(2025, 3, 1, 9, 0, tzinfo=UTC)]
    timed = Journal(db_path, now=lambda: clock[0])
    early = make_intent(1, into=timed, os_user="aysel", operation="refund")
    timed.record_outcome(early, "done")
    clock[0] += timedelta(days=1)
    late = make_intent(2, into=timed, os_user="murad", operation="clear")
    timed.record_outcome(late, "unknown")
    day = datetime(2025, 3, 2, tzinfo=UTC)
    assert [e.id for e in timed.entries()] == [early, late]
    assert [e.id for e in timed.entries(since=day)] == [late]
    assert [e.id for e in timed.entries(until=day)] == [early]
    assert [e.id for e in timed.entries(operator="aysel")] == [early]
    assert [e.id for e in timed.entries(operation="clear")] == [late]
    assert [e.id for e in timed.entries(state="unknown")] == [late]
    assert [e.id for e in timed.entries(order_id=1)] == [early]
    assert timed.get(early).time == datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone"):
        timed.entries(since=datetime(2025, 3, 1))


def test_two_journals_on_one_file_share_the_lock(
    db_path: Path, make_intent: Callable[..., int]
) -> None:
    make_intent(7, into=Journal(db_path))
    with pytest.raises(OrderBusy):
        make_intent(7, into=Journal(db_path))
