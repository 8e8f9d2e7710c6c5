"""The five tabs of one connection, on the services the app built for it.

A profile switch or an idle lock throws the whole set away (the app cancels the connection's
runner, then builds a new set): no tab keeps a client, a desk or a password that belongs to
another connection.

The Lookup tab comes first; the money tabs (Holds, Refunds, Payouts, Journal, Disputes) may come
a moment later (``money_tabs=False``, then ``build_money_tabs()``): at start-up the console shows
the Lookup tab and answers its first lookup before it imports and builds them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.tabs.lookup import LookupTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserError
from kapdesk.journal.store import DisputeStore, JournalStore, OrderIndexStore
from kapdesk.operations.holds import prime_index
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.orders_service import OrderLookupService

if TYPE_CHECKING:  # imported by build_money_tabs(): the Lookup tab is shown without them
    from kapdesk.gui.tabs.approvals import ApprovalsPanel, ApprovalStore
    from kapdesk.gui.tabs.disputes import DisputesTab, WritePack
    from kapdesk.gui.tabs.holds import HoldsTab
    from kapdesk.gui.tabs.journal import JournalTab
    from kapdesk.gui.tabs.payouts import PayoutsTab
    from kapdesk.gui.tabs.refunds import RefundsTab

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabSettings:
    """What the tabs need to know of the profile (nothing secret)."""

    environment: str
    hold_days: int = 7
    currency: str = "AZN"


class ConsoleTabs:
    """Lookup, Holds, Refunds, Payouts and Journal (and Disputes) for one connection.

    With ``money_tabs=False`` only the Lookup tab is built; ``build_money_tabs()`` builds the
    others (everything but ``lookup`` needs them built).
    """

    holds: HoldsTab
    refunds: RefundsTab
    payouts: PayoutsTab
    journal: JournalTab
    disputes: DisputesTab | None

    def __init__(
        self,
        desk: MoneyDesk,
        service: OrderLookupService,
        journal: JournalStore,
        index: OrderIndexStore,
        settings: TabSettings,
        runner: TaskRunner,
        messages: MessageBridge,
        *,
        clock: Clock = SYSTEM_CLOCK,
        disputes: DisputeStore | None = None,
        write_pack: WritePack | None = None,
        operator: str = "",
        dispute_days: int | None = None,
        money_tabs: bool = True,
    ) -> None:
        self.settings = settings
        self.desk = desk
        self.service = service
        self.lookup = LookupTab(service, runner, messages, clock=clock)
        self.money_built = False
        self._messages = messages
        self._later = (journal, index, runner, clock, disputes, write_pack, operator, dispute_days)
        if money_tabs:
            self.build_money_tabs()

    def build_money_tabs(self) -> None:
        """Holds, Refunds, Payouts, Journal and Disputes (once; later calls do nothing)."""
        if self.money_built:
            return
        from kapdesk.gui.tabs.approvals import ApprovalsPanel
        from kapdesk.gui.tabs.disputes import DisputesTab
        from kapdesk.gui.tabs.holds import HoldsTab
        from kapdesk.gui.tabs.journal import JournalTab
        from kapdesk.gui.tabs.payouts import PayoutsTab
        from kapdesk.gui.tabs.refunds import RefundsTab

        journal, index, runner, clock, disputes, write_pack, operator, dispute_days = self._later
        desk, service, settings, messages = self.desk, self.service, self.settings, self._messages
        env = settings.environment
        self.money_built = True
        self.holds = HoldsTab(
            desk, service, index, runner,
            hold_days=settings.hold_days, environment=env, now=clock.now,
        )  # fmt: skip
        self.refunds = RefundsTab(desk, service, index, runner, environment=env)
        self.payouts = PayoutsTab(desk, runner, environment=env, currency=settings.currency)
        self.journal = JournalTab(journal, desk, runner, clock=clock)
        # A team journal: the approvals list under the Journal tab's list, one page.
        self.approvals: ApprovalsPanel | None = None
        self.journal_page: QWidget = self.journal
        if team_approvals(journal) is not None:
            self.approvals = ApprovalsPanel(
                team_approvals(journal),  # type: ignore[arg-type]
                runner,
                messages,
                send=lambda entry_id, pan: desk.send_approved(entry_id, pan=pan),
            )
            page = QSplitter(Qt.Orientation.Vertical)
            page.addWidget(self.journal)
            page.addWidget(self.approvals)
            page.setStretchFactor(0, 3)
            page.setStretchFactor(1, 1)
            self.journal_page = page
        self.disputes = (
            None
            if disputes is None
            else DisputesTab(disputes, runner, now=clock.now, write_pack=write_pack,
                             operator=operator, currency=settings.currency,
                             **({} if dispute_days is None else {"dispute_days": dispute_days}))
        )  # fmt: skip
        if self.disputes is not None:
            self.lookup.detail.open_dispute.setVisible(True)
            self.lookup.detail.dispute_requested.connect(self.disputes.prefill)
            self.disputes.cases_changed.connect(self.lookup.model.set_disputed)

    def others(self) -> dict[str, QWidget]:
        """The money tabs by their English titles (MainWindow's TAB_TITLES); none before
        build_money_tabs()."""
        if not self.money_built:
            return {}
        return {
            "Holds": self.holds,
            "Refunds": self.refunds,
            "Payouts": self.payouts,
            "Journal": self.journal_page,
            **({"Disputes": self.disputes} if self.disputes is not None else {}),
        }

    def load_known(self) -> list[asyncio.Task[None]]:
        """Show what the order index knows (after priming or a reconcile); read in threads."""
        tasks = [self.holds.load_known(), self.refunds.load_known_orders()]
        if self.disputes is not None:
            tasks.append(self.disputes.runner_load())
        return [t for t in tasks if t is not None]

    async def prime(self, order_ids: Sequence[int]) -> int:
        """Read the sandbox's seeded orders into the index, then show them."""
        count = await prime_index(self.service, order_ids)
        # A newer load started meanwhile replaces one of these: its cancellation is no failure.
        await asyncio.gather(*self.load_known(), return_exceptions=True)
        return count

    async def reconcile_at_start(self) -> None:
        """Settle entries a dead process left open (design.md rule 7), then report the rest."""
        try:
            await self.desk.reconcile()
        except UserError as error:
            log.warning("start-up reconcile could not finish: %s", error)
        await self.journal.start()

    def widgets(self) -> list[QWidget]:
        if not self.money_built:
            return [self.lookup]
        extra = [self.disputes] if self.disputes is not None else []
        return [self.lookup, self.holds, self.refunds, self.payouts, self.journal_page, *extra]


def team_approvals(journal: JournalStore) -> ApprovalStore | None:
    """The journal's four-eyes side, when it is a team's (the SQLite journal has none)."""
    needed = ("approvals", "waiting_for_me", "approve", "reject", "person")
    if all(hasattr(journal, name) for name in needed):
        return journal  # type: ignore[return-value]
    return None
