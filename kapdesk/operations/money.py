"""Money operations: take the order's lock, check against the re-read order, send once, settle.

design.md's money-safety rules, in order: ``prepare`` re-reads with full detail and checks
what is allowed (the plan to confirm); ``execute`` journals the intent (the order's lock),
then re-reads and re-checks under that lock and journals that re-read as the snapshot before
the request leaves, sends exactly once (never retried), records the outcome; an unknown
outcome is settled at once by re-reading the order, or stays unknown and keeps the order
locked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

from kapdesk.domain.allowances import (
    Allowance,
    Operation,
    OperationRefused,
    Totals,
    allowances,
    check,
    totals,
)
from kapdesk.domain.money import format_amount, parse_requested_amount, quantize
from kapdesk.domain.orders import Order
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import GatewayClient, TranResult
from kapdesk.gateway.errors import (
    AuthenticationFailed,
    GatewayError,
    GatewayRefused,
    NotSent,
    OutcomeUnknown,
)
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal.journal import Entry, OrderBusy
from kapdesk.journal.serialize import order_snapshot
from kapdesk.journal.store import JournalStore
from kapdesk.operations import payout, reconcile
from kapdesk.operations.checks import Progress, require_category, require_reason, silent
from kapdesk.operations.limits import check_limit
from kapdesk.operations.outcome import Outcome, title

MoneyCall = Callable[[], Awaitable[TranResult]]
T = TypeVar("T")

# Operations on an order that exists already (payouts and saved-card charges create theirs).
ORDER_OPERATIONS = frozenset(
    {
        Operation.CLEAR,
        Operation.RELEASE,
        Operation.REVERSE_CLEARING,
        Operation.REFUND,
        Operation.REVERSE,
    }
)
# Pauses between re-reads when an outcome is unknown (the client retries each read too).
SETTLE_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0)
NOT_SENT_NOTE = "Stopped before sending; nothing was sent. Re-read under the lock: {reason}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Plan:
    """What the operator is asked to confirm: order, operation, amount, card, environment."""

    order: Order
    operation: Operation
    amount: Decimal
    currency: str
    masked_card: str | None
    environment: str
    totals: Totals
    allowance: Allowance
    reason: str | None = None
    reason_category: str | None = None  # a code of kapdesk.domain.reasons

    def summary(self) -> UserMessage:
        return UserMessage(
            N_("{operation} of {amount} on order {order} ({status}, card {card}) in the "
               "{environment} environment. Reason: {reason}."),
            operation=title(self.operation),
            amount=format_amount(self.amount, self.currency),
            order=self.order.id,
            status=str(self.order.status),
            card=self.masked_card or "-",
            environment=self.environment,
            reason=self.reason or "-",
        )  # fmt: skip


class MoneyDesk:
    """The one place money operations go through: CLI, batch and GUI alike."""

    def __init__(
        self,
        client: GatewayClient,
        journal: JournalStore,
        *,
        profile: str,
        environment: str,
        now: Callable[[], datetime] = _utc_now,
        os_user: str | None = None,
        settle_delays: Sequence[float] = SETTLE_DELAYS,
        max_amount: Decimal | None = None,
    ) -> None:
        self.max_amount = max_amount  # per payout or refund; None: limits.DEFAULT_MAX_AMOUNT
        self.client = client
        self.journal = journal
        self.profile = profile
        self.environment = environment
        self.os_user = os_user  # the journal records the OS user itself; kept for display
        self.operator: str | None = None  # the profile's operator name, journalled with each
        self._now = now
        self.settle_delays = tuple(settle_delays)

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

    # --- check ----------------------------------------------------------------------------

    async def prepare(
        self,
        order_id: int,
        operation: Operation,
        amount: Decimal | None,
        currency: str | None,
        reason: str | None,
        *,
        reason_category: str | None = None,
    ) -> Plan:
        """Re-read the order and check the operation; raises UserError saying why not."""
        category = require_category(operation, reason_category)
        reason, order = await self._read_for(order_id, operation, reason)
        to_send = check(order, operation, amount, currency, self._now())
        return self._plan(order, operation, to_send, reason, category)

    async def prepare_typed(
        self,
        order_id: int,
        operation: Operation,
        amount_text: str | None,
        currency: str | None,
        reason: str | None,
        *,
        reason_category: str | None = None,
    ) -> Plan:
        """``prepare`` with the amount as typed (None or "full" = full; blank is refused)."""
        category = require_category(operation, reason_category)
        reason, order = await self._read_for(order_id, operation, reason)
        amount = parse_requested_amount(amount_text, currency or order.currency)
        to_send = check(order, operation, amount, currency, self._now())
        return self._plan(order, operation, to_send, reason, category)

    async def _read_for(
        self, order_id: int, operation: Operation, reason: str | None
    ) -> tuple[str | None, Order]:
        reason = require_reason(operation, reason)
        if operation not in ORDER_OPERATIONS:
            raise OperationRefused(
                N_("{operation} creates its own order; it cannot be run on order {order}."),
                operation=title(operation),
                order=order_id,
            )
        await self._refuse_if_busy(order_id)
        return reason, await self.client.get_order(order_id, detailed=True)

    def _plan(
        self,
        order: Order,
        op: Operation,
        amount: Decimal,
        reason: str | None,
        category: str | None = None,
    ) -> Plan:
        check_limit(self.max_amount, op, amount, order.currency)
        return Plan(
            order=order,
            operation=op,
            amount=quantize(amount, order.currency),
            currency=order.currency,
            masked_card=order.masked_pan,
            environment=self.environment,
            totals=totals(order),
            allowance=allowances(order, self._now())[op],
            reason=reason,
            reason_category=category,
        )

    async def _refuse_if_busy(self, order_id: int) -> None:
        """Settle the order's entries left by dead processes; refuse if one stays open."""
        dead = {e.id for e in await self.record(self.journal.unsettled)}
        for entry in await self.record(self.journal.unsettled, include_live=True):
            if entry.order_id != order_id:
                continue
            if (entry.id in dead or entry.state == "unknown") and self._same_gateway(entry):
                outcome = await self._settle(entry.id)
                if outcome.state != "unknown":
                    continue
            raise OrderBusy(entry, in_progress=entry.id not in dead and entry.state != "unknown")

    # --- send -----------------------------------------------------------------------------

    async def execute(
        self,
        plan: Plan,
        on_progress: Progress | None = None,
        *,
        on_intent: Callable[[int], None] | None = None,
    ) -> Outcome:
        """Take the order's lock (the intent), re-read and re-check under it, send once, record.

        The plan was computed before the lock; what is sent is checked against the order as
        re-read while this entry holds the lock, and that re-read is the entry's snapshot: no
        other clerk's operation can finish in between and be mistaken for this one's.
        ``on_intent`` hears the journal entry id before the request leaves (batch uses it).
        """
        say = on_progress or silent
        entry_id = self.journal.record_intent(
            profile=self.profile,
            environment=self.environment,
            order_id=plan.order.id,
            operation=plan.operation.value,
            amount=plan.amount,
            currency=plan.currency,
            masked_card=plan.masked_card,
            reason=plan.reason,
            reason_category=plan.reason_category,
            operator=self.operator,
        )
        if on_intent is not None:
            on_intent(entry_id)
        order = await self._reread_locked(entry_id, plan, say)
        self.journal.mark_sent(entry_id, order_snapshot(order))
        return await self.send_once(entry_id, self._money_call(plan, order), say, mark_sent=False)

    async def _reread_locked(self, entry_id: int, plan: Plan, say: Progress) -> Order:
        """The order re-read while ``entry_id`` holds its lock, if the plan is still allowed;
        otherwise the entry is settled "not done" (nothing was sent) and the reason raised."""
        say(UserMessage(N_("Re-reading order {order} before sending…"), order=plan.order.id))
        try:
            order = await self.client.get_order(plan.order.id, detailed=True)
            # What was confirmed must still be allowed now: the exact amount, same currency.
            check(order, plan.operation, plan.amount, plan.currency, self._now())
        except UserError as exc:
            # Synchronously, like every write before the send: the entry must not stay open.
            self.journal.settle(entry_id, "not_done", note=NOT_SENT_NOTE.format(reason=exc))
            raise
        except BaseException:
            self.journal.settle(entry_id, "not_done", note=NOT_SENT_NOTE.format(reason="-"))
            raise
        return order

    def _money_call(self, plan: Plan, order: Order) -> MoneyCall:
        client, op, amount, ccy = self.client, plan.operation, plan.amount, order.currency
        if op == Operation.CLEAR:
            return lambda: client.clear(order.id, amount, ccy)
        if op == Operation.RELEASE:
            return lambda: client.release(order.id)
        if op == Operation.REVERSE_CLEARING:
            return lambda: client.reverse_clearing(order.id)
        if op == Operation.REFUND:
            return lambda: client.refund(order.id, amount, ccy)
        if op == Operation.REVERSE:
            if amount == allowances(order, self._now())[op].max_amount:
                return lambda: client.reverse(order.id)
            return lambda: client.reverse(order.id, amount, ccy)
        raise ValueError(f"{op} is not an operation on an existing order")

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

    # --- settle ---------------------------------------------------------------------------

    async def _settle(self, entry_id: int) -> Outcome:
        entry = await self.record(self.journal.get, entry_id)
        return await reconcile.settle_entry(self.client, self.journal, entry, self.settle_delays)

    def _same_gateway(self, entry: Entry) -> bool:
        """Entries made on another gateway must be settled by re-reading that gateway."""
        return (entry.environment, entry.profile) == (self.environment, self.profile)

    async def reconcile(self, entry_id: int | None = None) -> list[Outcome]:
        """Settle one entry, or every entry left open by a dead process and every unknown one.

        Only entries made on this desk's gateway (environment and profile) are touched: an
        order id means nothing on another gateway.
        """
        if entry_id is not None:
            entry = await self.record(self.journal.get, entry_id)
            if not self._same_gateway(entry):
                raise UserError(
                    N_("Journal entry {entry} was made on {environment} ({profile}); connect "
                       "to that gateway to reconcile it."),
                    entry=entry.id, environment=entry.environment, profile=entry.profile,
                )  # fmt: skip
            live = {e.id for e in await self.record(self.journal.unsettled, include_live=True)}
            dead = {e.id for e in await self.record(self.journal.unsettled)}
            if entry.id in live and entry.id not in dead and entry.state != "unknown":
                return [reconcile.outcome_of(entry)]  # another process is sending it now
            return [await self._settle(entry_id)]
        todo = {e.id: e for e in await self.record(self.journal.unsettled) if self._same_gateway(e)}
        for entry in await self.record(self.journal.unsettled, include_live=True):
            if entry.state == "unknown" and self._same_gateway(entry):
                todo.setdefault(entry.id, entry)
        return [await self._settle(i) for i in sorted(todo)]

    # --- one call per clerk's operation (CLI, batch, tests) --------------------------------

    async def run(
        self,
        order_id: int,
        operation: Operation,
        amount: Decimal | None = None,
        reason: str | None = None,
        *,
        currency: str | None = None,
        on_progress: Progress | None = None,
    ) -> Outcome:
        plan = await self.prepare(order_id, operation, amount, currency, reason)
        return await self.execute(plan, on_progress)

    async def clear_hold(
        self, order_id: int, amount: Decimal | None = None, reason: str | None = None
    ) -> Outcome:
        return await self.run(order_id, Operation.CLEAR, amount, reason)

    async def release_hold(self, order_id: int, reason: str | None) -> Outcome:
        return await self.run(order_id, Operation.RELEASE, None, reason)

    async def reverse_clearing(self, order_id: int, reason: str | None) -> Outcome:
        return await self.run(order_id, Operation.REVERSE_CLEARING, None, reason)

    async def refund(self, order_id: int, amount: Decimal | None, reason: str | None) -> Outcome:
        return await self.run(order_id, Operation.REFUND, amount, reason)

    async def reverse(self, order_id: int, amount: Decimal | None, reason: str | None) -> Outcome:
        return await self.run(order_id, Operation.REVERSE, amount, reason)

    async def pay_out(
        self,
        amount: Decimal,
        currency: str,
        pan: Secret,
        reason: str | None,
        on_progress: Progress | None = None,
        *,
        reason_category: str | None = None,
    ) -> Outcome:
        return await payout.pay_out(
            self, amount, currency, pan, reason, on_progress or silent, reason_category
        )

    async def charge_saved_card(
        self,
        stored_id: int,
        amount: Decimal,
        currency: str,
        reason: str | None = None,
        preauth: bool = False,
        on_progress: Progress | None = None,
    ) -> Outcome:
        return await payout.charge_saved_card(
            self, stored_id, amount, currency, reason, preauth, on_progress or silent
        )
