"""verify() walks the chain a row at a time: rows come from the cursor, never as a list."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing

import pytest

from kapdesk.journal import journal as journal_module
from kapdesk.journal.chain import verify_rows
from kapdesk.journal.journal import Journal


def test_verify_is_fed_rows_one_at_a_time(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    for order_id in (1, 2, 3):
        make_intent(order_id)
    fed: list[object] = []

    def watching(rows: object, *args: object, **kwargs: object) -> object:
        fed.append(rows)
        return verify_rows(rows, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal_module, "verify_rows", watching)
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
