"""A real profile store's journal key for journal tests, and an attacker's tools."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kapdesk.journal.chain import GENESIS, ChainKey, row_hash
from kapdesk.vault.crypto import KdfParams
from kapdesk.vault.store import ProfileStore

PASSPHRASE = "journal test passphrase"


def open_store(path: Path) -> ProfileStore:
    store = ProfileStore(path, kdf=KdfParams.cheap_for_tests())
    if store.exists():
        store.unlock(PASSPHRASE)
    else:
        store.create(PASSPHRASE)
    return store


def chain_key(store: ProfileStore) -> ChainKey:
    secret = store.journal_key()
    assert secret is not None
    return ChainKey(secret, store.journal_witness())


def rechain(
    raw: sqlite3.Connection, secret: bytes | None = None, key_id: str | None = None
) -> None:
    """What someone with the file and kapdesk's own code does after editing rows: recompute
    every link (unkeyed, or with a key of their own) and fix the head record."""
    raw.row_factory = sqlite3.Row
    prev = GENESIS
    for row in [dict(r) for r in raw.execute("SELECT * FROM journal_events ORDER BY seq")]:
        row["prev_hash"], row["key_id"] = prev, key_id
        row["hash"] = row_hash(row, secret)
        raw.execute(
            "UPDATE journal_events SET prev_hash = ?, key_id = ?, hash = ? WHERE seq = ?",
            (row["prev_hash"], key_id, row["hash"], row["seq"]),
        )
        prev = row["hash"]
    count = raw.execute("SELECT COUNT(*) FROM journal_events").fetchone()[0]
    raw.execute("UPDATE journal_head SET count = ?, last_hash = ?", (count, prev))
