"""--state FILE: orders and saved cards survive a restart; seeding happens only once."""

from __future__ import annotations

from pathlib import Path

from tests.sandbox.sandbox_helpers import Caller


def test_state_survives_a_restart(make_sandbox, caller_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state = tmp_path / "sandbox.db"
    first = make_sandbox(seed=3, state_file=state)
    call: Caller = caller_for(first)
    seeded = first.seeded_order_ids()
    hold = call.paid("Order_DMS", "10")
    call.tran(hold["id"], {"phase": "Clearing", "amount": "3"})
    before = call.order(hold["id"])
    first.stop()

    second = make_sandbox(seed=3, state_file=state)
    again: Caller = caller_for(second)
    assert second.seeded_order_ids() == seeded  # not seeded a second time
    after = again.order(hold["id"])
    before.pop("hppUrl"), after.pop("hppUrl")
    assert after == before and after["status"] == "PartiallyPaid"
    assert again.create()["id"] == hold["id"] + 1


def test_memory_state_is_private(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    one = make_sandbox(seed=None)
    created = caller_for(one).create()
    two = make_sandbox(seed=None)
    assert caller_for(two).http.get(f"{two.base_url}/order/{created['id']}").status_code == 404
