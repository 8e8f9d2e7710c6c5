"""Where the simulator keeps orders and saved cards: in memory, or as JSON rows in SQLite."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Protocol

from kapdesk.sandbox.model import (
    Card,
    Order,
    card_from_dict,
    card_to_dict,
    order_from_dict,
    order_to_dict,
)


class Store(Protocol):
    def get_order(self, order_id: int) -> Order | None: ...
    def put_order(self, order: Order) -> None: ...
    def order_ids(self) -> list[int]: ...
    def get_card(self, stored_id: int) -> Card | None: ...
    def put_card(self, card: Card) -> None: ...
    def get_meta(self, key: str) -> str | None: ...
    def put_meta(self, key: str, value: str) -> None: ...
    def close(self) -> None: ...


class MemoryStore:
    """State that lives as long as the process. Copies in and out, like a database would."""

    def __init__(self) -> None:
        self._orders: dict[int, str] = {}
        self._cards: dict[int, str] = {}
        self._meta: dict[str, str] = {}

    def get_order(self, order_id: int) -> Order | None:
        row = self._orders.get(order_id)
        return order_from_dict(json.loads(row)) if row else None

    def put_order(self, order: Order) -> None:
        self._orders[order.id] = json.dumps(order_to_dict(order))

    def order_ids(self) -> list[int]:
        return sorted(self._orders)

    def get_card(self, stored_id: int) -> Card | None:
        row = self._cards.get(stored_id)
        return card_from_dict(json.loads(row)) if row else None

    def put_card(self, card: Card) -> None:
        assert card.stored_id is not None
        self._cards[card.stored_id] = json.dumps(card_to_dict(card))

    def get_meta(self, key: str) -> str | None:
        return self._meta.get(key)

    def put_meta(self, key: str, value: str) -> None:
        self._meta[key] = value

    def close(self) -> None:
        pass


_SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cards (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class SqliteStore:
    """State in a SQLite file (``--state FILE``): every change is committed, so it survives."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The server thread writes, a test thread may read: one connection behind a lock.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.executescript(_SCHEMA)

    def _one(self, sql: str, arg: object) -> str | None:
        with self._lock:
            row = self._db.execute(sql, (arg,)).fetchone()
        return str(row[0]) if row else None

    def _write(self, sql: str, *args: object) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def get_order(self, order_id: int) -> Order | None:
        row = self._one("SELECT body FROM orders WHERE id = ?", order_id)
        return order_from_dict(json.loads(row)) if row else None

    def put_order(self, order: Order) -> None:
        body = json.dumps(order_to_dict(order))
        self._write("INSERT OR REPLACE INTO orders (id, body) VALUES (?, ?)", order.id, body)

    def order_ids(self) -> list[int]:
        with self._lock:
            return [int(r[0]) for r in self._db.execute("SELECT id FROM orders ORDER BY id")]

    def get_card(self, stored_id: int) -> Card | None:
        row = self._one("SELECT body FROM cards WHERE id = ?", stored_id)
        return card_from_dict(json.loads(row)) if row else None

    def put_card(self, card: Card) -> None:
        body = json.dumps(card_to_dict(card))
        self._write("INSERT OR REPLACE INTO cards (id, body) VALUES (?, ?)", card.stored_id, body)

    def get_meta(self, key: str) -> str | None:
        return self._one("SELECT value FROM meta WHERE key = ?", key)

    def put_meta(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(path: Path | None) -> Store:
    return SqliteStore(path) if path is not None else MemoryStore()
