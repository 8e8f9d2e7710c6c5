"""A second process for the journal tests: races for orders, holds an entry, or keeps writing."""

from __future__ import annotations

import os
import sys
import time
from decimal import Decimal
from pathlib import Path

from kapdesk.journal.chain import ChainKey
from kapdesk.journal.journal import Journal, OrderBusy


def _intent(journal: Journal, order_id: int) -> int:
    return journal.record_intent(
        profile="shop",
        environment="sandbox",
        order_id=order_id,
        operation="clear",
        amount=Decimal("5.00"),
        currency="AZN",
        masked_card="416974******1778",
        reason="worker",
        order_before=None,
    )


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + 30
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.001)


def race(journal: Journal, barrier_dir: Path, order_ids: list[int]) -> None:
    """For each order: wait at its barrier (a file appearing), then try to take the order.

    Stays alive, owning what it won, until the test says stop.
    """
    for order_id in order_ids:
        _wait_for(barrier_dir / f"go-{order_id}")
        try:
            _intent(journal, order_id)
        except OrderBusy as busy:
            print(f"busy {order_id} {busy}", flush=True)
        else:
            print(f"won {order_id}", flush=True)
    print("finished", flush=True)
    _wait_for(barrier_dir / "stop")


def hold(journal: Journal, order_id: int) -> None:
    """Take the order, say so, and stay inside the operation until killed."""
    entry_id = _intent(journal, order_id)
    journal.mark_sent(entry_id)
    print(f"ready {entry_id}", flush=True)
    time.sleep(60)


def write(journal: Journal, count: int, first: int = 50_000) -> None:
    for index in range(count):
        entry_id = _intent(journal, first + index)
        journal.mark_sent(entry_id)
        journal.record_outcome(entry_id, "done", approval_code="123456")
    print("written", flush=True)


def main(argv: list[str]) -> None:
    command, path, *rest = argv
    journal = Journal(Path(path), key=_key())
    if command == "race":
        race(journal, Path(rest[0]), [int(x) for x in rest[1].split(",")])
    elif command == "hold":
        hold(journal, int(rest[0]))
    elif command == "write":
        write(journal, int(rest[0]), *(int(x) for x in rest[1:]))


def _key() -> ChainKey | None:
    """The journal key of the store named in KAPDESK_TEST_STORE (cheap KDF), if any."""
    store_path = os.environ.get("KAPDESK_TEST_STORE")
    if not store_path:
        return None
    from kapdesk.vault.crypto import KdfParams
    from kapdesk.vault.store import ProfileStore

    store = ProfileStore(Path(store_path), kdf=KdfParams.cheap_for_tests())
    store.unlock(os.environ["KAPDESK_TEST_PASSPHRASE"])
    secret = store.journal_key()
    assert secret is not None
    key = ChainKey(secret, store.journal_witness())
    store.lock()
    return key


if __name__ == "__main__":
    main(sys.argv[1:])
