"""The keyed chain: only someone with the profile store's passphrase can forge the journal.

Each attack is what a person holding kapdesk.db (and kapdesk's own code, but not the
passphrase) can do: edit and recompute, swap in another journal, cut the newest rows and fix
the head, or delete the file. The store's key and witness must give every one of them away.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kapdesk.journal.chain import ChainKey, row_hash
from kapdesk.journal.journal import Journal, JournalDamaged
from kapdesk.vault.store import ProfileStore
from tests.journal.conftest import intent
from tests.journal.keyed_helpers import chain_key, open_store, rechain


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return open_store(tmp_path / "home" / "profiles.kapdesk")


@pytest.fixture
def key(store: ProfileStore) -> ChainKey:
    return chain_key(store)


@pytest.fixture
def keyed(db_path: Path, key: ChainKey) -> Journal:
    """Three entries, seven keyed rows; the witness stands at row 7."""
    journal = Journal(db_path, key=key)
    first = intent(journal, 1)
    journal.mark_sent(first)
    journal.record_outcome(first, "done", approval_code="111111", rrn="412345678901")
    journal.record_outcome(intent(journal, 2), "refused", error_code="InvalidAmt")
    journal.mark_sent(intent(journal, 3))
    return journal


def _hash_of(path: Path, seq: int) -> str:
    with sqlite3.connect(path) as conn:
        return str(
            conn.execute("SELECT hash FROM journal_events WHERE seq = ?", (seq,)).fetchone()[0]
        )


def test_a_keyed_journal_verifies_and_its_witness_follows_the_newest_row(
    keyed: Journal, key: ChainKey
) -> None:
    report = keyed.verify()
    assert report.ok and report.keyed and report.unprotected == 0
    assert key.witness is not None
    assert key.witness.read() == (7, _hash_of(keyed.path, 7))


def test_keyed_rows_are_not_sha256_rows(keyed: Journal, raw: sqlite3.Connection) -> None:
    raw.row_factory = sqlite3.Row
    row = dict(raw.execute("SELECT * FROM journal_events WHERE seq = 1").fetchone())
    assert row["key_id"] is not None and row["format"] == 2
    unkeyed = dict(row, key_id=None)
    assert row_hash(unkeyed) != row["hash"]  # kapdesk's code without the key cannot make it


def test_a_journal_rewritten_without_the_key_is_found(
    keyed: Journal, raw: sqlite3.Connection, key: ChainKey
) -> None:
    raw.execute("UPDATE journal_events SET amount = '1250.00' WHERE seq = 1")
    rechain(raw)
    # Without the store, the forgery passes (that is all an unkeyed chain can promise) ...
    assert Journal(keyed.path).verify().problems == []
    # ... with it, it does not.
    problems = Journal(keyed.path, key=key).verify().problems
    assert (
        "Row 7 is not the row the profile store witnessed: the journal was rewritten or "
        "replaced." in problems
    )


def test_a_journal_rewritten_with_another_key_is_found(
    keyed: Journal, raw: sqlite3.Connection, key: ChainKey
) -> None:
    raw.execute("UPDATE journal_events SET amount = '1250.00' WHERE seq = 1")
    rechain(raw, b"k" * 32, ChainKey(b"k" * 32).id)
    problems = Journal(keyed.path, key=key).verify().problems
    assert (
        "7 rows (the first is row 1) were signed with another profile store's key: the journal "
        "was replaced or rewritten." in problems
    )


def test_a_journal_from_another_store_is_found(
    keyed: Journal, tmp_path: Path, key: ChainKey, make_intent: Callable[..., int]
) -> None:
    other_store = open_store(tmp_path / "elsewhere" / "profiles.kapdesk")
    other = Journal(tmp_path / "other.db", key=chain_key(other_store))
    for order_id in range(1, 9):
        intent(other, order_id)
    shutil.copyfile(other.path, keyed.path)
    report = Journal(keyed.path, key=key).verify()
    assert not report.ok
    assert any("another profile store's key" in problem for problem in report.problems)
    assert any(
        "is not the row the profile store witnessed" in problem for problem in report.problems
    )


def test_cutting_the_newest_rows_and_fixing_the_head_is_found(
    keyed: Journal, raw: sqlite3.Connection, key: ChainKey
) -> None:
    raw.execute("DELETE FROM journal_events WHERE seq >= 6")
    raw.execute(
        "UPDATE journal_head SET count = 5,"
        " last_hash = (SELECT hash FROM journal_events WHERE seq = 5)"
    )
    # Entry 6 was open on order 3: the table of open orders still says so.
    assert Journal(keyed.path).verify().problems == [
        "The journal's table of open orders disagrees with its rows (first about entry 6 on "
        "order 3; 1 in all): the file was edited."
    ]
    raw.execute("DELETE FROM journal_order_state")  # a careful forger cleans that up too
    assert Journal(keyed.path).verify().problems == []  # the file alone looks whole
    assert Journal(keyed.path, key=key).verify().problems == [
        "The profile store witnessed 7 journal rows, but the journal ends at row 5: its newest "
        "rows were deleted, or it was deleted or replaced."
    ]


def test_a_deleted_journal_is_found_and_takes_no_money_operation(
    keyed: Journal, key: ChainKey
) -> None:
    keyed.path.unlink()
    fresh = Journal(keyed.path, key=key)  # what the next money command opens
    assert not fresh.verify().ok
    with pytest.raises(
        JournalDamaged, match="no money operation was started: The profile store witnessed 7"
    ):
        intent(fresh, 9)
    assert fresh.entries() == []


def test_a_money_operation_refuses_a_rewritten_journal(
    keyed: Journal, raw: sqlite3.Connection, key: ChainKey
) -> None:
    raw.execute("UPDATE journal_events SET state = 'done' WHERE seq = 7")
    rechain(raw)
    with pytest.raises(JournalDamaged, match="failed its check, so no money operation was started"):
        intent(Journal(keyed.path, key=key), 9)


def test_the_witness_only_moves_forward(key: ChainKey) -> None:
    assert key.witness is not None
    key.witness.advance(5, "five")
    key.witness.advance(3, "three")  # a slower process, committed earlier, comes late
    assert key.witness.read() == (5, "five")


def test_a_deleted_or_altered_witness_is_damage(
    keyed: Journal, store: ProfileStore, key: ChainKey
) -> None:
    text = store.witness_path.read_text()
    store.witness_path.write_text(text.replace('"count": 7', '"count": 3'))
    assert any(
        "witness" in p and "altered" in p for p in Journal(keyed.path, key=key).verify().problems
    )
    store.witness_path.unlink()
    assert any(
        "witness" in p and "deleted" in p for p in Journal(keyed.path, key=key).verify().problems
    )


def test_rows_written_without_the_store_are_named_unprotected(
    keyed: Journal, key: ChainKey
) -> None:
    intent(Journal(keyed.path), 8)  # --sandbox or --base-url: no store in use
    report = Journal(keyed.path, key=key).verify()
    assert report.ok and report.unprotected == 1
    # Without the key, the keyed rows cannot be checked: that is "cannot check", not "intact".
    unkeyed = Journal(keyed.path).verify()
    assert not unkeyed.ok and unkeyed.problems == [] and unkeyed.unchecked == 7


def test_the_key_never_shows(key: ChainKey) -> None:
    assert key.secret.hex() not in repr(key) and str(key.secret) not in repr(key)


def test_the_store_keeps_one_journal_key(store: ProfileStore, tmp_path: Path) -> None:
    first = store.journal_key()
    store.lock()
    again = open_store(store.path)
    assert again.journal_key() == first


def test_the_console_keys_its_journal_with_the_unlocked_store(kapdesk_home: Path) -> None:
    from kapdesk.app.connection import open_database

    store = open_store(kapdesk_home / "profiles.kapdesk")
    journal, _index = open_database("kapital-test", "shop", store)
    assert journal.keyed
    store.lock()  # the idle lock: the journal keeps its own copy of the key
    entry_id = intent(journal, 1)
    assert journal.key is not None and journal.key.witness is not None
    assert journal.key.witness.read()[0] == entry_id
    sandbox_journal, _index = open_database("sandbox", "sandbox", None)
    assert not sandbox_journal.keyed
