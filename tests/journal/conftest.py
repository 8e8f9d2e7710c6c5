"""Journal fixtures: a real SQLite file in tmp_path and a raw handle for tampering with it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kapdesk.journal.journal import Journal


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kapdesk.db"


@pytest.fixture
def journal(db_path: Path) -> Journal:
    return Journal(db_path)


def intent(journal: Journal, order_id: int | None = 1001, **overrides: Any) -> int:
    """Record a refund intent with sensible values; ``overrides`` replace any of them."""
    values: dict[str, Any] = {
        "profile": "shop",
        "environment": "sandbox",
        "order_id": order_id,
        "operation": "refund",
        "amount": Decimal("12.50"),
        "currency": "AZN",
        "masked_card": "416974******1778",
        "reason": "customer returned the goods",
        "order_before": {"id": order_id, "status": "FullyPaid", "amount": "12.50"},
        "os_user": "aysel",
    }
    values.update(overrides)
    return journal.record_intent(**values)


@pytest.fixture
def make_intent(journal: Journal) -> Callable[..., int]:
    """``make_intent(order_id=1001, *, into=journal, **overrides)`` -> entry id."""

    def make(order_id: int | None = 1001, *, into: Journal = journal, **overrides: Any) -> int:
        return intent(into, order_id, **overrides)

    return make


@pytest.fixture
def raw(db_path: Path) -> Iterator[sqlite3.Connection]:
    """The database file as someone with a SQLite shell sees it: no kapdesk code involved."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    # The append-only triggers stop accidents, not a person with the file: drop them first.
    conn.execute("DROP TRIGGER IF EXISTS journal_events_no_update")
    conn.execute("DROP TRIGGER IF EXISTS journal_events_no_delete")
    yield conn
    conn.close()
