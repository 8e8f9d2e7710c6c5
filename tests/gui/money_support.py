"""Helpers for the money-tab tests: a desk on a sandbox, orders paid like a customer."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kapdesk.app.session import RECONCILE_PAUSES
from kapdesk.domain.allowances import Operation
from kapdesk.domain.orders import OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.models import NewOrder
from kapdesk.gui.money.confirmation import ConfirmDialog
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.journal import Journal
from kapdesk.journal.orders import OrderIndex
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import OrderRequest, PayoutRequest, confirmed
from kapdesk.sandbox.server import SandboxServer

GOOD_CARD = ("4169741330151778", "11/26", "119")


async def refund(
    desk: MoneyDesk,
    order_id: int,
    amount: Decimal | None,
    reason: str | None,
    *,
    reason_category: str | None = None,
) -> Outcome:
    """A refund made beforehand (confirmed, as ``--yes`` would), for what a tab then shows."""
    request = OrderRequest(order_id=order_id, operation=Operation.REFUND, amount=amount,
                           reason=reason, reason_category=reason_category)  # fmt: skip
    outcome = await desk.carry_out(request, confirmed)
    assert outcome is not None
    return outcome


async def pay_out(
    desk: MoneyDesk, amount: Decimal, currency: str, pan: str, reason: str
) -> Outcome:
    """A payout made beforehand (confirmed), for what a tab then shows."""
    request = PayoutRequest(amount=amount, currency=currency, pan=Secret(pan), reason=reason)
    outcome = await desk.carry_out(request, confirmed)
    assert outcome is not None
    return outcome


async def clear_hold(desk: MoneyDesk, order_id: int, amount: Decimal | None = None) -> Outcome:
    """A clearing made beforehand (confirmed; None: the full amount)."""
    request = OrderRequest(order_id=order_id, operation=Operation.CLEAR, amount=amount)
    outcome = await desk.carry_out(request, confirmed)
    assert outcome is not None
    return outcome


def run(qtbot: Any, coro: Coroutine[Any, Any, Any], timeout: int = 30_000) -> Any:
    """Run ``coro`` on the qasync loop while Qt's loop spins; return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class Desk:
    """A MoneyDesk, journal and order index on a sandbox, in tmp_path."""

    def __init__(self, server: SandboxServer, tmp: Path, environment: str = "sandbox") -> None:
        self.server = server
        self.client = GatewayClient(server.base_url, server.config.user, server.config.password)
        self.journal = Journal(tmp / "kapdesk.db")
        self.index = OrderIndex(tmp / "kapdesk.db", environment=environment, profile="test")
        self.desk = MoneyDesk(
            self.client, self.journal, profile="test", environment=environment,
            settle_delays=(0.1, 0.2, 0.5), reconcile_pauses=RECONCILE_PAUSES,
        )  # fmt: skip
        self.service = OrderLookupService(self.client, self.index)
        self.runner = TaskRunner()  # the tabs' one runner, as the app's Session gives it

    async def paid_order(
        self, amount: str, *, preauth: bool = False, card: str = GOOD_CARD[0]
    ) -> int:
        kind = OrderType.PREAUTH if preauth else OrderType.PURCHASE
        made = await self.client.create_order(
            NewOrder(type=kind, amount=Decimal(amount), currency="AZN")
        )
        return await pay(self, made, card)


async def pay(desk: Desk, made: Any, card: str = GOOD_CARD[0]) -> int:
    """Pay a created order on the sandbox's payment page, as the customer would."""
    root = desk.server.base_url.removesuffix("/api")
    form = {"id": str(made.id), "password": made.password.reveal(), "pan": card,
            "expiry": GOOD_CARD[1], "cvv": GOOD_CARD[2]}  # fmt: skip
    async with httpx.AsyncClient() as http:
        await http.post(f"{root}/flex", data=form)
    return int(made.id)


def confirm_dialog(
    qtbot: Any, parent: Any, amount: str | None = None, timeout: int = 10_000
) -> ConfirmDialog:
    """Wait for the confirmation dialog, type the amount (production), press OK."""
    found: list[ConfirmDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConfirmDialog) and w.isVisible()
        ]
        found.extend(
            d for d in parent.findChildren(ConfirmDialog) if d.isVisible() and d not in found
        )
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    dialog = found[0]
    if amount is not None:
        qtbot.keyClicks(dialog.amount_again, amount)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    return dialog
