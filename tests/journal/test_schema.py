"""Schema versions: a journal written by the unversioned kapdesk is migrated, not misread.

``data/journal_v1.db`` was written by kapdesk at commit 0c3061f (``make_journal_v1.py``):
ten rows of three entries, plain SHA-256 links, no ``user_version``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.journal import export
from kapdesk.journal.journal import Journal, JournalDamaged
from kapdesk.journal.schema import HASHED_COLUMNS, SCHEMA_VERSION
from tests.journal.conftest import intent
from tests.journal.keyed_helpers import chain_key, open_store

OLD = Path(__file__).parent / "data" / "journal_v1.db"


@pytest.fixture
def old_journal(tmp_path: Path) -> Path:
    path = tmp_path / "kapdesk.db"
    shutil.copyfile(OLD, path)
    return path


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_the_old_journal_is_migrated_and_still_verifies(old_journal: Path) -> None:
    assert _version(old_journal) == 0
    journal = Journal(old_journal)
    assert _version(old_journal) == SCHEMA_VERSION
    report = journal.verify()
    assert report.ok and (report.rows, report.entries) == (10, 3)
    first, second, third = journal.entries()
    assert (first.state, first.amount, first.rrn) == ("done", Decimal("12.50"), "412345678901")
    assert first.action_id == "240612-11385786-000tn5="
    assert (second.state, second.note) == ("not_done", "the order shows no such refund")
    assert third.error_code == "InvalidAmt" and third.reason_category is None


def test_new_rows_after_the_migration_carry_the_new_columns(old_journal: Path) -> None:
    journal = Journal(old_journal)
    entry_id = intent(journal, 1004, reason_category="damaged", operator="Aysel Mammadova")
    entry = journal.get(entry_id)
    assert (entry.reason_category, entry.operator) == ("damaged", "Aysel Mammadova")
    assert journal.verify().ok
    record = export.record(entry)
    assert (record["reason_category"], record["operator"]) == ("damaged", "Aysel Mammadova")


def test_the_new_columns_are_hashed_in_the_new_format_only(
    old_journal: Path, raw_old: sqlite3.Connection
) -> None:
    journal = Journal(old_journal)
    entry_id = intent(journal, 1004, reason_category="damaged", operator="Aysel")
    assert "operator" in HASHED_COLUMNS[2] and "operator" not in HASHED_COLUMNS[1]
    raw_old.execute("UPDATE journal_events SET operator = 'Mallory' WHERE seq = ?", (entry_id,))
    assert journal.verify().problems == [
        f"Row {entry_id} (entry {entry_id}, intended) was edited after it was written."
    ]


def test_a_later_column_does_not_make_old_rows_look_edited(
    old_journal: Path, raw_old: sqlite3.Connection
) -> None:
    Journal(old_journal)
    raw_old.execute("ALTER TABLE journal_events ADD COLUMN something_later TEXT")
    assert Journal(old_journal).verify().ok


def test_downgrading_a_new_row_to_the_old_format_is_found(
    old_journal: Path, raw_old: sqlite3.Connection
) -> None:
    journal = Journal(old_journal)
    entry_id = intent(journal, 1004)
    journal.mark_sent(entry_id)
    sent = entry_id + 1  # an old-format row after a new-format one: never written so
    raw_old.execute("UPDATE journal_events SET format = NULL WHERE seq = ?", (sent,))
    problems = journal.verify().problems
    assert f"Row {sent} claims a format kapdesk did not write there: it was rewritten." in problems


def test_the_old_journal_is_keyed_from_its_first_new_row(old_journal: Path, tmp_path: Path) -> None:
    key = chain_key(open_store(tmp_path / "home" / "profiles.kapdesk"))
    journal = Journal(old_journal, key=key)
    assert journal.verify().unprotected == 10  # nothing keyed yet: the old rows are bare
    intent(journal, 1004)
    report = journal.verify()
    assert report.ok and report.unprotected == 0  # the keyed row 11 links all before it


def test_a_journal_from_a_newer_kapdesk_is_left_alone(db_path: Path) -> None:
    Journal(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(JournalDamaged, match="newer kapdesk"):
        Journal(db_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_database_and_its_wal_files_are_owner_only(db_path: Path) -> None:
    old = os.umask(0o022)
    try:
        journal = Journal(db_path)
        intent(journal, 1)
        with sqlite3.connect(db_path) as reader:  # keeps -wal and -shm while open
            reader.execute("SELECT COUNT(*) FROM journal_events").fetchone()
            for suffix in ("", "-wal", "-shm"):
                path = Path(f"{db_path}{suffix}")
                assert path.exists(), path
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        os.umask(old)


@pytest.fixture
def raw_old(old_journal: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(old_journal, isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS journal_events_no_update")
    return conn
