"""Each order's open entries kept as rows (journal_order_state, schema 3): what the per-order
lock reads instead of the order's history. Derived data: migrated from the rows, checked by
verify() against them, and never able to unlock an order on its own."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kapdesk.journal.journal import Journal, JournalDamaged, OrderBusy
from kapdesk.journal.schema import SCHEMA_VERSION
from tests.journal.conftest import intent

# Written by kapdesk at 14a7422 (make_journal_v2.py): order 2001 settled twice, 2002 unknown,
# 2003 a sent payout that learned its order id, 2004 refused, and an intent with no order.
V2 = Path(__file__).parent / "data" / "journal_v2.db"
MISMATCH = "The journal's table of open orders disagrees with its rows"


def _kept(path: Path) -> list[tuple[int, int]]:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT order_id, entry_id FROM journal_order_state ORDER BY 1")
        return [tuple(row) for row in found]


def _open_entry(journal: Journal, order_id: int) -> int:
    (entry,) = [e.id for e in journal.entries(order_id=order_id) if e.open]
    return entry


@pytest.fixture
def v2_journal(tmp_path: Path) -> Path:
    path = tmp_path / "kapdesk.db"
    shutil.copyfile(V2, path)
    return path


def test_a_version_2_journal_gets_its_open_orders_from_its_rows(v2_journal: Path) -> None:
    with sqlite3.connect(v2_journal) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'journal_order_state'"
        ).fetchall()
    journal = Journal(v2_journal)
    with sqlite3.connect(v2_journal) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert _kept(v2_journal) == [
        (2002, _open_entry(journal, 2002)),  # unknown: still locked
        (2003, _open_entry(journal, 2003)),  # the payout's order id came with set_order
    ]
    report = journal.verify()
    assert report.ok, report.problems
    for busy in (2002, 2003):
        with pytest.raises(OrderBusy):
            intent(journal, busy)
    for free in (2001, 2004):  # a settled history and a refusal lock nothing
        journal.record_outcome(intent(journal, free), "refused", error_code="X")
    assert journal.verify().ok


def test_the_state_moves_with_every_write(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    entry = make_intent(7)
    assert _kept(journal.path) == [(7, entry)]
    journal.mark_sent(entry)
    journal.record_outcome(entry, "unknown")
    assert _kept(journal.path) == [(7, entry)]  # unknown still holds the order
    journal.settle(entry, "not_done", note="checked")
    assert _kept(journal.path) == []
    payout = make_intent(None, operation="pay_out")
    assert _kept(journal.path) == []
    journal.set_order(payout, 8)
    assert _kept(journal.path) == [(8, payout)]
    journal.record_outcome(payout, "done")
    journal.record_order_after(payout, {"id": 8, "status": "Paid"})
    assert _kept(journal.path) == []
    assert journal.verify().ok


def test_a_deleted_state_row_does_not_unlock_the_order(
    journal: Journal, make_intent: Callable[..., int], raw: sqlite3.Connection
) -> None:
    for _ in range(3):  # a settled history before the open entry
        journal.record_outcome(make_intent(7), "refused", error_code="X")
    entry = make_intent(7)
    journal.record_outcome(entry, "unknown")
    raw.execute("DELETE FROM journal_order_state")
    with pytest.raises(OrderBusy) as busy:  # the rows themselves still say so
        make_intent(7)
    assert busy.value.entry.id == entry
    assert MISMATCH in " ".join(Journal(journal.path).verify().problems)


def test_a_state_row_left_behind_is_found_and_locks_nothing(
    journal: Journal, make_intent: Callable[..., int], raw: sqlite3.Connection
) -> None:
    settled = make_intent(7)
    journal.record_outcome(settled, "refused", error_code="X")
    raw.execute("INSERT INTO journal_order_state VALUES (7, ?)", (settled,))
    raw.execute("INSERT INTO journal_order_state VALUES (9, 12345)")
    report = Journal(journal.path).verify()
    assert report.problems == [
        "The journal's table of open orders disagrees with its rows (first about entry "
        f"{settled} on order 7; 2 in all): the file was edited."
    ]
    # The rows decide: a state row naming a settled entry holds no order (this process found
    # the journal intact before the edit, so it writes on).
    journal.record_outcome(make_intent(7), "refused", error_code="X")


def test_a_dropped_state_table_takes_no_money_operation(
    journal: Journal, make_intent: Callable[..., int], raw: sqlite3.Connection
) -> None:
    make_intent(7)
    raw.execute("DROP TABLE journal_order_state")
    assert Journal(journal.path).verify().problems == [
        "The journal's table of open orders is missing: it was deleted."
    ]
    with pytest.raises(JournalDamaged, match="table of open orders is missing"):
        make_intent(8)  # this process found the journal intact before: the write itself refuses
