"""verify() walks the chain a row at a time: rows come from the cursor, never as a list."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing

import pytest

from kapdesk.journal import journal as journal_module
from kapdesk.journal.chain import verify_links
from kapdesk.journal.journal import Journal


def test_verify_is_fed_rows_one_at_a_time(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    for order_id in (1, 2, 3):
        make_intent(order_id)
    fed: list[object] = []

    def watching(rows: object, *args: object, **kwargs: object) -> object:
        fed.append(rows)
        return verify_links(rows, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal_module, "verify_links", watching)
        report = journal.verify()
    assert report.ok and report.rows == 3 and report.entries == 3
    assert not isinstance(fed[0], list | tuple)


def test_a_streamed_walk_still_finds_an_orphan_row(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    entry = make_intent(1)
    journal.mark_sent(entry)
    with closing(sqlite3.connect(journal.path)) as conn:
        conn.execute("DROP TRIGGER journal_events_no_delete")
        conn.execute("DELETE FROM journal_events WHERE seq = ?", (entry,))
        conn.commit()
    problems = " ".join(journal.verify().problems)
    assert "no intent row" in problems


TRICKY = [
    'quote " backslash \\ slash / tab \t newline \n return \r',
    "controls \x00 \x01 \x1f \x7f, bell \b, form feed \f",
    "Azərbaycan, Русский, 中文, emoji 💳, separators \u2028 \u2029, BOM \ufeff",
    '=HYPERLINK("x")',
]


@pytest.mark.parametrize("text", TRICKY)
def test_sqlite_spells_each_row_as_python_hashed_it(
    journal: Journal, make_intent: Callable[..., int], text: str
) -> None:
    """The walk hashes SQLite's JSON of each row; a row is only looked at again in Python when
    that link does not match. Every text kapdesk may write must match the first time."""
    entry = make_intent(1, reason=text, order_before={"note": text, "amount": "1.00"})
    journal.record_outcome(entry, "unknown", error_description=text)
    journal.settle(entry, "not_done", note=text)
    looked_again: list[int] = []
    real = journal_module.Journal._walk_links

    def counting(self: Journal, conn: sqlite3.Connection, *args: object) -> object:
        *rest, row_at = args

        def watched(seq: int) -> object:
            looked_again.append(seq)
            return row_at(seq)  # type: ignore[operator]

        return real(self, conn, *rest, watched)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal_module.Journal, "_walk_links", counting)
        report = journal.verify()
    assert report.ok and report.rows == 3
    assert looked_again == []


def test_a_row_sqlite_cannot_spell_is_checked_in_python(
    journal: Journal, make_intent: Callable[..., int], raw: sqlite3.Connection
) -> None:
    make_intent(1)
    make_intent(2)
    raw.execute("UPDATE journal_events SET masked_card = x'00' WHERE seq = 2")  # a BLOB
    assert journal.verify().problems == [
        "Row 2 (entry 2, intended) was edited after it was written."
    ]
