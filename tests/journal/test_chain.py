"""Tamper evidence: verify() names every row edited, inserted or deleted behind kapdesk's back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from kapdesk.journal.chain import row_hash
from kapdesk.journal.journal import Journal, JournalDamaged


@pytest.fixture
def filled(journal: Journal, make_intent: Callable[..., int]) -> Journal:
    """Three entries in seven rows: 1-3 intent/sent/done, 4-5 intent/refused, 6-7 intent/sent."""
    first = make_intent(1)
    journal.mark_sent(first)
    journal.record_outcome(first, "done", approval_code="111111", rrn="412345678901")
    journal.record_outcome(make_intent(2), "refused", error_code="InvalidAmt")
    journal.mark_sent(make_intent(3))
    assert journal.verify().ok
    return journal


def test_an_intact_journal_verifies(filled: Journal) -> None:
    report = filled.verify()
    assert report.ok and report.problems == []
    assert (report.rows, report.entries) == (7, 3)


def test_an_empty_journal_verifies(journal: Journal) -> None:
    assert journal.verify().ok


def test_kapdesk_itself_cannot_edit_or_delete_rows(filled: Journal) -> None:
    conn = sqlite3.connect(filled.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE journal_events SET amount = '1.00'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM journal_events")
    conn.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("amount", "1250.00"),  # text money
        ("amount", 12.5),  # money turned into a float
        ("order_id", 2002),  # integer
        ("state", "done"),  # state word
        ("time", "2020-01-01T00:00:00.000000+00:00"),  # time
        ("order_before", '{"id":1,"status":"Authorized"}'),  # snapshot JSON
        ("reason", None),  # a value removed
        ("masked_card", b"\x00blob"),  # a blob where text was
        ("owner_pid", 1),
    ],
)
def test_an_edited_row_is_named(
    filled: Journal, raw: sqlite3.Connection, column: str, value: object
) -> None:
    raw.execute(f"UPDATE journal_events SET {column} = ? WHERE seq = 4", (value,))  # noqa: S608
    report = filled.verify()
    assert not report.ok
    state = "done" if column == "state" else "intended"  # the message shows what is there now
    assert report.problems == [f"Row 4 (entry 4, {state}) was edited after it was written."]


def test_an_edit_that_recomputes_the_hash_breaks_the_next_link(
    filled: Journal, raw: sqlite3.Connection
) -> None:
    raw.row_factory = sqlite3.Row
    row = dict(raw.execute("SELECT * FROM journal_events WHERE seq = 3").fetchone())
    row["approval_code"] = "999999"
    raw.execute(
        "UPDATE journal_events SET approval_code = ?, hash = ? WHERE seq = 3",
        (row["approval_code"], row_hash(row)),
    )
    assert filled.verify().problems == [
        "The link between rows 3 and 4 is broken: row 3 was replaced, or row 4 was inserted."
    ]


def test_a_forged_row_at_the_end_is_named(filled: Journal, raw: sqlite3.Connection) -> None:
    raw.row_factory = sqlite3.Row
    last = dict(raw.execute("SELECT * FROM journal_events WHERE seq = 7").fetchone())
    # A careful forger: a perfectly linked and hashed "done" row for entry 6.
    forged = dict(last, seq=8, event="outcome", state="done", prev_hash=last["hash"])
    forged["hash"] = row_hash(forged)
    names = ", ".join(forged)
    marks = ", ".join("?" * len(forged))
    raw.execute(f"INSERT INTO journal_events ({names}) VALUES ({marks})", list(forged.values()))  # noqa: S608
    assert filled.verify().problems == ["Rows 8 to 8 were added after the last row kapdesk wrote."]


def test_a_row_slipped_into_the_middle_is_named(filled: Journal, raw: sqlite3.Connection) -> None:
    # Make room after row 3 by renumbering, then insert a copy of row 3 as a second "done".
    raw.execute("UPDATE journal_events SET seq = seq + 100 WHERE seq > 3")
    raw.execute("UPDATE journal_events SET seq = seq - 99 WHERE seq > 100")
    raw.execute(
        "INSERT INTO journal_events SELECT 4, entry_id, event, state, time, os_user, profile,"
        " environment, order_id, operation, amount, currency, masked_card, reason,"
        " approval_code, rrn, action_id, error_code, error_description, order_before,"
        " order_after, note, owner_pid, owner_host, owner_token, reason_category, operator,"
        " format, key_id, prev_hash, hash FROM journal_events WHERE seq = 3"
    )
    problems = filled.verify().problems
    assert (
        "The link between rows 3 and 4 is broken: row 3 was replaced, or row 4 was inserted."
        in problems
    )
    assert "Row 4 (entry 1, done) was edited after it was written." in problems
    assert "Rows 8 to 8 were added after the last row kapdesk wrote." in problems


def test_a_deleted_middle_row_is_named(filled: Journal, raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM journal_events WHERE seq = 2")
    assert filled.verify().problems == ["Rows 2 to 2 are missing: they were deleted."]


def test_a_deleted_intent_leaves_orphans_named(filled: Journal, raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM journal_events WHERE seq = 4")
    assert filled.verify().problems == [
        "Rows 4 to 4 are missing: they were deleted.",
        "Row 5 belongs to entry 4, which has no intent row.",
    ]


def test_deleting_the_newest_rows_is_named(filled: Journal, raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM journal_events WHERE seq >= 6")
    assert filled.verify().problems == ["The newest rows 6 to 7 are missing: they were deleted."]


def test_deleting_the_head_is_named(filled: Journal, raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM journal_head")
    assert filled.verify().problems == ["The journal's head record is missing: it was deleted."]


def test_replacing_the_newest_row_is_named(filled: Journal, raw: sqlite3.Connection) -> None:
    raw.row_factory = sqlite3.Row
    row = dict(raw.execute("SELECT * FROM journal_events WHERE seq = 7").fetchone())
    row["state"] = "done"
    raw.execute(
        "UPDATE journal_events SET state = 'done', hash = ? WHERE seq = 7", (row_hash(row),)
    )
    assert filled.verify().problems == ["The newest row 7 was replaced."]


def test_no_money_operation_starts_on_a_damaged_journal_and_evidence_stays(
    filled: Journal, raw: sqlite3.Connection, make_intent: Callable[..., int]
) -> None:
    raw.execute("DELETE FROM journal_events WHERE seq = 7")
    with pytest.raises(JournalDamaged, match="no money operation was started: Row 7"):
        make_intent(9)
    # What is already under way may still be recorded: its outcome is owed to the clerk.
    filled.record_outcome(6, "done", approval_code="222222")
    problems = filled.verify().problems
    assert problems[0] == "Rows 7 to 7 are missing: they were deleted."


def test_a_damaged_journal_is_noticed_by_a_process_that_found_it_intact(
    filled: Journal, raw: sqlite3.Connection, make_intent: Callable[..., int]
) -> None:
    make_intent(8)  # checked intact once in this process: later checks are the cheap ones
    raw.execute("DELETE FROM journal_events WHERE seq >= 7")
    raw.execute(
        "UPDATE journal_head SET count = 6,"
        " last_hash = (SELECT hash FROM journal_events WHERE seq = 6)"
    )
    with pytest.raises(JournalDamaged, match="no money operation was started"):
        make_intent(9)


def test_an_edit_behind_the_newest_row_is_noticed_before_the_next_intent(
    filled: Journal, raw: sqlite3.Connection, make_intent: Callable[..., int]
) -> None:
    make_intent(8)  # row 8, found intact by this process's first check
    raw.execute("UPDATE journal_events SET amount = '99.00' WHERE seq = 8")
    with pytest.raises(JournalDamaged, match=r"Row 8 .* was edited after it was written"):
        make_intent(9)


def test_a_dropped_operations_table_is_not_silently_recreated(
    filled: Journal, raw: sqlite3.Connection
) -> None:
    raw.execute("DROP TABLE journal_events")
    with pytest.raises(JournalDamaged, match="operations table is missing"):
        Journal(filled.path)
