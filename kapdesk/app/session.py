"""One open connection: its gateway client, MoneyDesk, lookup service, task runner and tabs.

The app builds one ``Session`` per profile opened (and again after an unlock or a switch);
the tabs receive its services through their constructors and never build their own.
``close()`` cancels everything the connection's runner started, then closes the client and
the stores that hold a connection (a team's).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kapdesk.app.connection import Connection
from kapdesk.domain.clock import SYSTEM_CLOCK, Clock

if TYPE_CHECKING:  # imported in __init__: start-up time is a product feature
    from kapdesk.gateway.client import GatewayClient
    from kapdesk.gui.console_tabs import ConsoleTabs
    from kapdesk.gui.messages import MessageBridge
    from kapdesk.gui.tasks import TaskRunner
    from kapdesk.journal.store import JournalStore, OrderIndexStore
    from kapdesk.operations.money import MoneyDesk
    from kapdesk.operations.orders_service import OrderLookupService

log = logging.getLogger(__name__)

# The console asks the bank again about an unknown outcome after these pauses (seconds) before
# it shows "unknown": a clerk waits at the button, a script (the CLI) does not.
RECONCILE_PAUSES = (0.0, 1.0, 3.0)


class Session:
    """The services and tabs of one connection; nothing here outlives a switch or a lock."""

    def __init__(
        self,
        connection: Connection,
        journal: JournalStore,
        index: OrderIndexStore,
        messages: MessageBridge,
        *,
        clock: Clock = SYSTEM_CLOCK,
        money_tabs: bool = True,  # False: the Lookup tab only, tabs.build_money_tabs() later
    ) -> None:
        from kapdesk.gateway.client import GatewayClient
        from kapdesk.gui.console_tabs import ConsoleTabs, TabSettings
        from kapdesk.gui.tasks import TaskRunner
        from kapdesk.operations.money import MoneyDesk
        from kapdesk.operations.orders_service import OrderLookupService

        self.profile = connection.profile
        self.environment = connection.environment
        self.journal = journal
        self.index = index
        self.client: GatewayClient = GatewayClient(
            connection.base_url, connection.user, connection.password, verify=connection.verify_tls
        )
        # Every coroutine and blocking call of this connection: cancel_all() on lock or switch.
        self.runner: TaskRunner = TaskRunner(on_error=messages.show_error)
        self.desk: MoneyDesk = MoneyDesk(
            self.client,
            journal,
            profile=connection.profile,
            environment=connection.environment,
            now=clock.now,
            reconcile_pauses=RECONCILE_PAUSES,
            max_amount=connection.max_amount,
        )
        self.desk.operator = connection.operator or None
        self.service: OrderLookupService = OrderLookupService(self.client, index, now=clock.now)
        settings = TabSettings(connection.environment, connection.hold_days, connection.currency)
        self.disputes = _dispute_store(index, connection, clock)
        self.tabs: ConsoleTabs = ConsoleTabs(
            self.desk, self.service, journal, index, settings, self.runner, messages, clock=clock,
            disputes=self.disputes, write_pack=self.write_pack,
            operator=connection.operator or "", dispute_days=connection.dispute_days,
            money_tabs=money_tabs,
        )  # fmt: skip
        self._clock = clock
        # A team journal tells every workstation of each new row: the Journal tab follows
        # (once built: at start-up the money tabs come after the Lookup tab's first paint).
        self._closed = False
        self._listening = _follow(journal, self._journal_news)

    def _journal_news(self) -> None:
        if self._closed:  # news queued before the listener stopped: no tab is there for it
            return
        if self.tabs.money_built:
            self.tabs.journal.news()
            if self.tabs.approvals is not None:  # a decision: the requester is told at once
                self.tabs.approvals.refresh()

    def team_identity(self) -> tuple[str, str] | None:
        """On a team journal: (the person's database login, the team's database and host)."""
        person, team = getattr(self.journal, "person", None), getattr(self.journal, "team", None)
        return (str(person), str(team)) if person and team else None

    def show_in(self, window: Any) -> None:
        """Once the window shows this session's tabs: the person and the team in the status
        bar, and the approvals waiting for this person as a badge on the Journal tab (read
        now and then periodically)."""
        identity = self.team_identity()
        window.status.set_team(*(identity or (None, None)))
        panel = self.tabs.approvals
        if panel is None:
            return
        page = self.tabs.journal_page
        panel.waiting_changed.connect(lambda count: window.set_tab_badge(page, count))
        panel.start()

    async def write_pack(self, order_id: int, path: Path) -> int:
        """The case's evidence pack: the order re-read now, rendered to ``path`` as a PDF."""
        from kapdesk.app.evidence_pdf import render_pdf
        from kapdesk.operations.disputes import gather_evidence

        assert self.disputes is not None  # the tab exists only with a store
        pack = await gather_evidence(
            self.client, self.journal, self.disputes, order_id,
            environment=self.environment, profile=self.profile, clock=self._clock,
        )  # fmt: skip
        return render_pdf(pack, path)  # on the GUI thread: Qt paints there

    async def close(self) -> None:
        """Cancel the connection's work (a money action ends "unknown", settled by the next
        reconcile) and close its client."""
        self._closed = True
        if self._listening is not None:  # first: no news may reach a tab that is going
            import asyncio

            await asyncio.to_thread(self._listening.close)
        await self.runner.cancel_all()
        await self.client.aclose()
        await _close_stores(self.journal, self.index)


async def _close_stores(*stores: object) -> None:
    """Close what holds a connection (a team's journal and index on PostgreSQL; the SQLite
    stores open one per call and have nothing to close)."""
    import asyncio

    for store in stores:
        close = getattr(store, "close", None)
        if close is not None:
            try:
                await asyncio.to_thread(close)
            except Exception:  # a connection already cut off: nothing left to close
                log.debug("closing %s failed", type(store).__name__, exc_info=True)


def _follow(journal: JournalStore, news: Callable[[], None]) -> Any:
    """The journal's listener handing ``news`` to this loop (None: a journal without news,
    the single desk's SQLite file)."""
    import asyncio

    listen = getattr(journal, "listen", None)
    if listen is None:
        return None
    loop = asyncio.get_running_loop()
    return listen(lambda: loop.call_soon_threadsafe(news))


def _dispute_store(index: OrderIndexStore, connection: Connection, clock: Clock) -> Any:
    """Cases beside the order index, in its database file (None for an index without one)."""
    from kapdesk.journal.disputes import DisputeCases

    path = getattr(index, "path", None)
    if path is None:
        from kapdesk.journal.team.orders import TeamOrderIndex

        if not isinstance(index, TeamOrderIndex):
            return None
        from kapdesk.vault.paths import database_path

        path = database_path()  # a team's orders are shared; its dispute cases not yet
    return DisputeCases(
        path, environment=connection.environment, profile=connection.profile, clock=clock
    )
