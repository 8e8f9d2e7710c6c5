"""The five tabs of one connection, built on one gateway client, journal and order index.

A profile switch or an idle lock throws the whole set away (``stop()``) and builds a new one:
no tab keeps a client, a desk or a password that belongs to another connection.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.gui.holds_tab import HoldsTab
from kapdesk.gui.journal_tab import JournalTab
from kapdesk.gui.lookup_tab import LookupTab
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.payouts_tab import PayoutsTab
from kapdesk.gui.refunds_tab import RefundsTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserError
from kapdesk.journal.store import JournalStore, OrderIndexStore
from kapdesk.operations.holds import prime_index
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.orders_service import OrderLookupService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabSettings:
    """What the tabs need to know of the profile (nothing secret)."""

    profile: str
    environment: str
    hold_days: int = 7
    currency: str = "AZN"
    operator: str = ""  # the profile's operator name, journalled with each operation
    max_amount: Any = None  # per payout or refund (None: the default)


class ConsoleTabs:
    """Lookup, Holds, Refunds, Payouts and Journal for one connection."""

    def __init__(
        self,
        client: Any,  # a GatewayClient: gui/ does not import the gateway layer
        journal: JournalStore,
        index: OrderIndexStore,
        settings: TabSettings,
        runner: TaskRunner,
        messages: MessageBridge,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.settings = settings
        self.desk = MoneyDesk(
            client,
            journal,
            profile=settings.profile,
            environment=settings.environment,
            now=clock.now,
            max_amount=settings.max_amount,
        )
        self.desk.operator = settings.operator or None
        self.service = OrderLookupService(client, index, now=clock.now)
        env = settings.environment
        self.lookup = LookupTab(self.service, runner, messages, clock=clock)
        self.holds = HoldsTab(
            self.desk, index, hold_days=settings.hold_days, environment=env, now=clock.now
        )
        self.refunds = RefundsTab(self.desk, index, environment=env, now=clock.now)
        self.payouts = PayoutsTab(self.desk, environment=env, currency=settings.currency)
        self.journal = JournalTab(journal, self.desk, clock=clock)

    def others(self) -> dict[str, QWidget]:
        """The money tabs by their English titles (MainWindow's TAB_TITLES)."""
        return {
            "Holds": self.holds,
            "Refunds": self.refunds,
            "Payouts": self.payouts,
            "Journal": self.journal,
        }

    def load_known(self) -> list[asyncio.Task[None]]:
        """Show what the order index knows (after priming or a reconcile); read in threads."""
        tasks = [self.holds.load_known(), self.refunds.load_known_orders()]
        return [t for t in tasks if t is not None]

    async def prime(self, order_ids: Sequence[int]) -> int:
        """Read the sandbox's seeded orders into the index, then show them."""
        count = await prime_index(self.service, order_ids)
        await asyncio.gather(*self.load_known())
        return count

    async def reconcile_at_start(self) -> None:
        """Settle entries a dead process left open (design.md rule 7), then report the rest."""
        try:
            await self.desk.reconcile()
        except UserError as error:
            log.warning("start-up reconcile could not finish: %s", error)
        await self.journal.start()

    async def stop(self) -> None:
        """Cancel every task the tabs run and wait until each has unwound.

        A money action cancelled here ends as "unknown" in the journal (it is settled by the
        next reconcile); the tabs are about to be deleted, so nothing may run on in them.
        """
        tasks = [t for t in self._tasks() if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _tasks(self) -> list[asyncio.Task[Any]]:
        # The tabs keep their tasks in these attributes (one place to know them all).
        found: list[Any] = [
            self.holds.action.task,
            self.refunds.action.task,
            self.payouts.action.task,
            getattr(self.refunds, "_reading", None),
            getattr(self.refunds, "_loading", None),
        ]
        found += list(getattr(self.holds, "_tasks", ()))
        found += list(getattr(self.journal, "_tasks", ()))
        return [t for t in found if isinstance(t, asyncio.Task)]

    def widgets(self) -> list[QWidget]:
        return [self.lookup, self.holds, self.refunds, self.payouts, self.journal]
