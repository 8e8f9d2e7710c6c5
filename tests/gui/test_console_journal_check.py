"""The console checks the journal once at start, off the event loop, and says when it is damaged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from kapdesk.vault.paths import database_path
from tests.gui.console_support import Running, no_keyring


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    yield from no_keyring()


def _damaged_journal() -> None:
    """Written by another (earlier) kapdesk process, then edited with a SQLite shell."""
    code = (
        "import sys; from decimal import Decimal; from kapdesk.journal.journal import Journal\n"
        "journal = Journal(sys.argv[1])\n"
        "for order_id in (4242, 4243):\n"
        "    entry = journal.record_intent(profile='elsewhere', environment='kapital-test',"
        " order_id=order_id, operation='refund', amount=Decimal('5.00'), currency='AZN')\n"
        "    journal.record_outcome(entry, 'refused', error_code='InvalidAmt')\n"
    )
    path = database_path()
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    with sqlite3.connect(path, isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_events_no_update")
        raw.execute("UPDATE journal_events SET amount = '500.00' WHERE seq = 1")


def test_a_damaged_journal_is_said_when_the_console_starts(qtbot: Any, qloop: Any) -> None:
    _damaged_journal()
    console = Running(qtbot, sandbox=True)
    try:
        console.window()
        qtbot.waitUntil(
            lambda: any("The journal failed its check" in text for text in console.errors),
            timeout=20_000,
        )
        assert any("Row 1 (entry 1, intended) was edited" in text for text in console.errors), (
            console.errors
        )
    finally:
        console.stop()
