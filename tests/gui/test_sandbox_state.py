"""The console's sandbox keeps its orders with the journal; Reset starts it afresh."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from kapdesk.app.sandbox_start import state_path
from kapdesk.domain.orders import OrderStatus
from kapdesk.gui.sandbox_reset import ResetSandboxDialog
from kapdesk.journal.journal import Journal
from kapdesk.vault.paths import database_path
from tests.gui.console_support import Running
from tests.gui.money_support import refund


@pytest.fixture
def running(qtbot: Any, qloop: Any) -> Iterator[list[Running]]:
    made: list[Running] = []
    yield made
    for one in made:
        if not one.task.done():
            one.stop()


def _paid_order(one: Running, qrun: Any) -> int:
    orders = [
        qrun(one.console.client.get_order(i)) for i in one.console.sandbox.server.seeded_order_ids()
    ]
    return next(
        o.id for o in orders if o.status == OrderStatus.FULLY_PAID and not o.refunded_amount
    )


def _refunded(one: Running, qrun: Any, order_id: int) -> Decimal:
    order = qrun(one.console.client.get_order(order_id))
    return sum((t.amount for t in order.transactions if t.is_refund), Decimal(0))


def test_a_refund_is_still_on_its_order_after_a_restart(
    qtbot: Any, running: list[Running], qrun: Any
) -> None:
    first = Running(qtbot, sandbox=True)
    running.append(first)
    first.wait_connected()
    order_id = _paid_order(first, qrun)
    qrun(refund(first.console.tabs.desk, order_id, Decimal("1.50"), "damaged"))
    assert _refunded(first, qrun, order_id) == Decimal("1.50")
    assert first.stop() == 0
    assert state_path().exists()  # beside the journal, in KAPDESK_HOME

    again = Running(qtbot, sandbox=True)
    running.append(again)
    again.wait_connected()
    assert _refunded(again, qrun, order_id) == Decimal("1.50")  # as the journal says
    lookup = again.console.tabs.lookup
    with qtbot.waitSignal(lookup.lookup_finished, timeout=10_000):
        lookup.look_up([order_id])
    assert lookup.detail._values["refunded"].text() == "1.50 AZN"


def test_reset_starts_afresh_and_clears_the_journal_only_when_asked(
    qtbot: Any, running: list[Running], qrun: Any
) -> None:
    one = Running(qtbot, sandbox=True)
    running.append(one)
    one.wait_connected()
    window = one.console.window
    assert window.reset_sandbox_action.isVisible()
    order_id = _paid_order(one, qrun)
    qrun(refund(one.console.tabs.desk, order_id, Decimal("1.00"), "damaged"))
    window.reset_sandbox_action.trigger()
    dialog = one.console.reset_dialog
    assert isinstance(dialog, ResetSandboxDialog) and dialog.isVisible()
    assert not dialog.clear_journal.isChecked()  # the journal is kept unless asked
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: any("afresh" in m for m in one.infos), timeout=20_000)
    one.wait_connected()
    assert _refunded(one, qrun, order_id) == 0  # the sandbox forgot it
    assert len(Journal(database_path()).entries()) == 1  # the journal did not

    window.reset_sandbox_action.trigger()
    dialog = one.console.reset_dialog
    dialog.clear_journal.setChecked(True)
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: sum("afresh" in m for m in one.infos) == 2, timeout=20_000)
    assert Journal(database_path()).entries() == []


def test_the_journal_of_other_profiles_is_never_cleared(
    qtbot: Any, running: list[Running], qrun: Any
) -> None:
    Journal(database_path()).record_intent(
        profile="bank", environment="kapital-test", order_id=4242, operation="refund",
        amount=Decimal("5.00"), currency="AZN",
    )  # fmt: skip
    one = Running(qtbot, sandbox=True)
    running.append(one)
    one.wait_connected()
    one.console.window.reset_sandbox_action.trigger()
    dialog = one.console.reset_dialog
    dialog.clear_journal.setChecked(True)
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: bool(one.errors), timeout=20_000)
    assert "journal was kept" in one.errors[-1]
    assert [e.order_id for e in Journal(database_path()).entries()] == [4242]
