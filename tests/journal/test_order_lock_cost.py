"""The per-order lock looks only at the entries that can still be open, not the whole history
of the order (a long-stay hold, a recurring order): the fold is for verify()."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.journal import journal as journal_module
from kapdesk.journal.journal import Journal, OrderBusy

INTENT = {"profile": "shop", "environment": "sandbox", "order_id": 7, "operation": "refund",
          "amount": Decimal("1.00"), "currency": "AZN"}  # fmt: skip


def test_a_long_settled_history_is_not_folded_for_each_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path / "kapdesk.db")
    for _ in range(30):
        entry = journal.record_intent(**INTENT)
        journal.mark_sent(entry)
        journal.record_outcome(entry, "done", approval_code="A1", rrn="1")
    folded: list[int] = []
    real = Journal._load

    def counting(self: Journal, conn: object, entry_id: int) -> object:
        folded.append(entry_id)
        return real(self, conn, entry_id)  # type: ignore[arg-type]

    monkeypatch.setattr(journal_module.Journal, "_load", counting)
    open_one = journal.record_intent(**INTENT)
    assert folded == []  # thirty settled entries, none folded
    with pytest.raises(OrderBusy):
        journal.record_intent(**INTENT)
    assert folded == [open_one]  # only the open one is looked at, and it still locks
    journal.record_outcome(open_one, "unknown")
    with pytest.raises(OrderBusy):  # an unknown outcome keeps the order locked
        journal.record_intent(**INTENT)
