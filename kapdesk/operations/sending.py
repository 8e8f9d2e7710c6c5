"""The steps every money operation shares: journal writes off the loop, send once, record.

``MoneyDesk`` (operations on an order) and ``payout`` (operations that create their order)
both build on ``Sender``; neither imports the other.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

from kapdesk.domain.orders import Order
from kapdesk.gateway.client import GatewayClient, TranResult
from kapdesk.gateway.errors import (
    AuthenticationFailed,
    GatewayError,
    GatewayRefused,
    NotSent,
    OutcomeUnknown,
)
from kapdesk.i18n import N_, UserMessage
from kapdesk.journal.serialize import order_snapshot
from kapdesk.journal.store import JournalStore
from kapdesk.operations import reconcile
from kapdesk.operations.checks import Progress, silent
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import Plan

MoneyCall = Callable[[], Awaitable[TranResult]]
T = TypeVar("T")
# Pauses between re-reads when an outcome is unknown (the client retries each read too).
SETTLE_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Sender:
    """A gateway client and a journal, and the journalled steps around one money call."""

    def __init__(
        self,
        client: GatewayClient,
        journal: JournalStore,
        *,
        profile: str,
        environment: str,
        now: Callable[[], datetime] = _utc_now,
        settle_delays: Sequence[float] = SETTLE_DELAYS,
        reconcile_pauses: Sequence[float] = (),
        max_amount: Decimal | None = None,
    ) -> None:
        self.max_amount = max_amount  # per payout or refund; None: limits.DEFAULT_MAX_AMOUNT
        self.client = client
        self.journal = journal
        self.profile = profile
        self.environment = environment
        self.operator: str | None = None  # the profile's operator name, journalled with each
        self._now = now
        self.settle_delays = tuple(settle_delays)  # re-reads while settling one unknown outcome
        # Then, while still unknown: ask the bank again after each pause (the console: a few).
        self.reconcile_pauses = tuple(reconcile_pauses)

    async def record(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a journal call off the event loop's thread (under the GUI, the window's): each
        write fsyncs. The journal opens a connection per call, so any thread may run it.

        A write once started always finishes, even if the task is cancelled meanwhile, so an
        entry is never left half-recorded. The writes before the request leaves (intent,
        sent) stay synchronous: a cancellation must not fall between them and the send.
        """
        job = asyncio.ensure_future(asyncio.to_thread(method, *args, **kwargs))
        try:
            return await asyncio.shield(job)
        except asyncio.CancelledError:
            await job
            raise

    def record_plan(self, plan: Plan, order_id: int | None) -> int:
        """Journal the confirmed plan's intent (for an existing order, its lock); the entry id.
        Synchronous, as every write before the request leaves."""
        return self.journal.record_intent(
            profile=self.profile,
            environment=self.environment,
            order_id=order_id,
            operation=plan.operation.value,
            amount=plan.amount,
            currency=plan.currency,
            masked_card=plan.masked_card,
            reason=plan.reason,
            reason_category=plan.reason_category,
            operator=self.operator,
        )

    async def send_once(
        self, entry_id: int, call: MoneyCall, say: Progress = silent, *, mark_sent: bool = True
    ) -> Outcome:
        """Send the money call exactly once and journal what came of it."""
        if mark_sent:
            self.journal.mark_sent(entry_id)
        say(UserMessage(N_("Sending to the gateway…")))
        try:
            result = await call()
        except (GatewayRefused, AuthenticationFailed) as exc:
            return await self.record_refused(entry_id, exc)
        except NotSent:
            return await self.record_not_sent(entry_id)
        except OutcomeUnknown:
            await self.record(self.journal.record_outcome, entry_id, "unknown")
            say(UserMessage(N_("No clear answer: checking the order with the gateway…")))
            return await self._settle(entry_id)
        except BaseException:
            # Cancelled, or a bug, after the request may have left: reconcile it later.
            # Synchronously: a cancelled task must not await before recording it.
            self.journal.record_outcome(entry_id, "unknown")
            raise
        await self.record(
            self.journal.record_outcome,
            entry_id,
            "done",
            approval_code=result.approval_code,
            rrn=result.rrn,
            action_id=result.action_id,
        )
        after = await self._read_after(entry_id)
        if after is not None:
            await self.record(self.journal.record_order_after, entry_id, order_snapshot(after))
        return reconcile.outcome_of(await self.record(self.journal.get, entry_id), after)

    async def record_refused(self, entry_id: int, exc: GatewayError) -> Outcome:
        """The gateway answered no: nothing happened."""
        code = getattr(exc, "code", type(exc).__name__)
        await self.record(
            self.journal.record_outcome,
            entry_id,
            "refused",
            error_code=code,
            error_description=str(exc),
        )
        return reconcile.outcome_of(await self.record(self.journal.get, entry_id))

    async def record_not_sent(self, entry_id: int, note: str | None = None) -> Outcome:
        """The request never left this computer (or no money call was made): not done."""
        await self.record(
            self.journal.settle,
            entry_id,
            "not_done",
            note=note or "The gateway could not be reached; the request never left.",
        )
        return reconcile.outcome_of(await self.record(self.journal.get, entry_id))

    async def _read_after(self, entry_id: int) -> Order | None:
        order_id = (await self.record(self.journal.get, entry_id)).order_id
        if order_id is None:
            return None
        try:
            return await self.client.get_order(order_id, detailed=True)
        except GatewayError:
            return None  # the outcome is known; the fresh picture is only a courtesy

    async def _settle(self, entry_id: int) -> Outcome:
        entry = await self.record(self.journal.get, entry_id)
        return await reconcile.settle_entry(self.client, self.journal, entry, self.settle_delays)
