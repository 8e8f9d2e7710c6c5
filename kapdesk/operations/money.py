"""Money operations: one entry point, ``MoneyDesk.carry_out(request, confirm, progress)``.

design.md's money-safety rules, in order: read the order with full detail and check what is
allowed (the ``Plan``) → the caller confirms it → journal the intent (the order's lock) →
re-read and re-check under that lock and journal that re-read as the snapshot before the
request leaves → send exactly once (never retried) → record the outcome; an unknown outcome
is settled by re-reading the order, or stays unknown and keeps the order locked.
Payouts and saved-card charges (``payout``) take the same road; batches run each item
through the same steps after one confirmation (``carry_out_batch``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from decimal import Decimal

from kapdesk.domain.allowances import (
    Operation,
    OperationRefused,
    allowances,
    check,
    operation_title,
    totals,
)
from kapdesk.domain.money import parse_requested_amount, quantize
from kapdesk.domain.orders import Order
from kapdesk.domain.secret import Secret
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal.entry import AwaitingApproval, EntryState
from kapdesk.journal.journal import Entry
from kapdesk.journal.serialize import order_snapshot
from kapdesk.operations import payout, reconcile
from kapdesk.operations.checks import Progress, require_category, require_reason, silent
from kapdesk.operations.limits import check_limit
from kapdesk.operations.outcome import Outcome, awaiting_message
from kapdesk.operations.plan import (
    Confirm,
    ConfirmAll,
    MoneyRequest,
    OrderPlan,
    OrderRequest,
    PayoutRequest,
    Plan,
    SavedCardCharge,
)
from kapdesk.operations.sending import SETTLE_DELAYS, MoneyCall, Sender

__all__ = [
    "SETTLE_DELAYS",
    "Confirm",
    "ConfirmAll",
    "MoneyDesk",
    "MoneyRequest",
    "OrderPlan",
    "OrderRequest",
    "PayoutRequest",
    "Plan",
    "SavedCardCharge",
]

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
NOT_SENT_NOTE = "Stopped before sending; nothing was sent. Re-read under the lock: {reason}"
IntentHook = Callable[[int], None]
ItemHook = Callable[[MoneyRequest, "Outcome | UserError"], None]


class MoneyDesk(Sender):
    """The one place money operations go through: CLI, batch and GUI alike.

    ``reconcile_pauses`` (a constructor keyword): after an outcome stays unknown, ask the
    bank again after each pause (seconds) before giving up; () (the CLI) does not ask again.
    """

    # --- the entry point ------------------------------------------------------------------

    async def carry_out(
        self,
        request: MoneyRequest,
        confirm: Confirm,
        progress: Progress = silent,
        *,
        on_intent: IntentHook | None = None,
    ) -> Outcome | None:
        """Read and check → ``confirm(plan)`` → journal → re-read under the lock → send once
        → settle. None when ``confirm`` said no (nothing was journalled or sent); raises
        UserError saying why when the request is refused before anything is sent.
        ``on_intent`` hears the journal entry id before the request leaves (batch uses it)."""
        plan = await self._make_plan(request)
        if not await confirm(plan):
            return None
        return await self._carry_out_plan(plan, progress, on_intent)

    async def carry_out_batch(
        self,
        requests: Sequence[MoneyRequest],
        confirm_all: ConfirmAll,
        progress: Progress = silent,
        *,
        on_item: ItemHook | None = None,
    ) -> list[Outcome] | None:
        """Plan every request, one ``confirm_all(plans)``, then each through the same steps as
        ``carry_out``. A request refused while planning is reported to ``on_item`` (with its
        UserError) and left out; so is one refused later. None when declined; [] when no
        request could be planned (nothing asked)."""
        hear = on_item or (lambda request, result: None)
        plans: list[Plan] = []
        for request in requests:
            try:
                plans.append(await self._make_plan(request))
            except UserError as error:
                hear(request, error)
        if not plans:
            return []
        if not await confirm_all(plans):
            return None
        outcomes = []
        for plan in plans:
            try:
                outcome = await self._carry_out_plan(plan, progress, None)
            except UserError as error:
                hear(plan.request, error)
                continue
            hear(plan.request, outcome)
            outcomes.append(outcome)
        return outcomes

    async def _make_plan(self, request: MoneyRequest) -> Plan:
        if isinstance(request, OrderRequest):
            return await self._order_plan(request)
        if isinstance(request, PayoutRequest):
            return payout.plan_payout(self, request)
        return payout.plan_saved_card_charge(self, request)

    async def _carry_out_plan(
        self, plan: Plan, progress: Progress, on_intent: IntentHook | None
    ) -> Outcome:
        try:
            if isinstance(plan, OrderPlan):
                outcome = await self._execute(plan, progress, on_intent)
            else:
                outcome = await payout.carry_out(self, plan, progress, on_intent)
        except AwaitingApproval as waiting:
            # Team mode, above the currency's threshold: journalled, holding the order, and
            # not sent. A supervisor decides; the requester then sends it (send_approved).
            if on_intent is not None:
                on_intent(waiting.entry.id)
            return awaiting_outcome(waiting.entry)
        return await self._settle_unknown(outcome, progress)

    async def _settle_unknown(self, outcome: Outcome, progress: Progress) -> Outcome:
        """An unknown outcome is not an answer: ask the bank again after each pause."""
        for pause in self.reconcile_pauses:
            if outcome.state != "unknown":
                break
            progress(UserMessage(N_("No clear answer: checking the order with the gateway…")))
            await asyncio.sleep(pause)
            try:
                settled = await self.reconcile(outcome.entry_id)
            except UserError:
                continue
            outcome = next((o for o in settled if o.entry_id == outcome.entry_id), outcome)
        return outcome

    # --- check ----------------------------------------------------------------------------

    async def _order_plan(self, request: OrderRequest) -> OrderPlan:
        """Re-read the order and check the operation; raises UserError saying why not."""
        operation, currency = request.operation, request.currency
        category = require_category(operation, request.reason_category)
        reason, order = await self._read_for(request.order_id, operation, request.reason)
        amount = request.amount
        if isinstance(amount, str):
            amount = parse_requested_amount(amount, currency or order.currency)
        to_send = check(order, operation, amount, currency, self._now())
        check_limit(self.max_amount, operation, to_send, order.currency)
        return OrderPlan(
            request=request,
            order=order,
            order_id=order.id,
            operation=operation,
            amount=quantize(to_send, order.currency),
            currency=order.currency,
            masked_card=order.masked_pan,
            environment=self.environment,
            totals=totals(order),
            allowance=allowances(order, self._now())[operation],
            reason=reason,
            reason_category=category,
        )

    async def _read_for(
        self, order_id: int, operation: Operation, reason: str | None
    ) -> tuple[str | None, Order]:
        reason = require_reason(operation, reason)
        if operation not in ORDER_OPERATIONS:
            raise OperationRefused(
                N_("{operation} creates its own order; it cannot be run on order {order}."),
                operation=operation_title(operation),
                order=order_id,
            )
        await self._refuse_if_busy(order_id)
        return reason, await self.client.get_order(order_id, detailed=True)

    async def _refuse_if_busy(self, order_id: int) -> None:
        """Settle the order's entries left by dead processes; refuse if one stays open (a
        team's entry waiting for four-eyes too: before the clerk confirms anything)."""
        held = await self.record(self.journal.awaiting_on, order_id)
        if held is not None:
            raise await self.record(self.journal.busy_error, held)
        for entry in await self.record(self.journal.unsettled, include_live=True):
            if entry.order_id != order_id:
                continue
            if self._same_gateway(entry) and await self.record(self.journal.may_settle, entry):
                outcome = await self._settle(entry.id)
                if outcome.state != "unknown":
                    continue
            # The journal words it: a team's names who holds the order, on which workstation.
            raise await self.record(self.journal.busy_error, entry)

    # --- send -----------------------------------------------------------------------------

    async def _execute(
        self, plan: OrderPlan, say: Progress, on_intent: IntentHook | None = None
    ) -> Outcome:
        """Take the order's lock (the intent), re-read and re-check under it, send once, record.

        The plan was computed before the lock; what is sent is checked against the order as
        re-read while this entry holds the lock, and that re-read is the entry's snapshot: no
        other clerk's operation can finish in between and be mistaken for this one's.
        """
        entry_id = self.record_plan(plan, plan.order.id)
        if on_intent is not None:
            on_intent(entry_id)
        order = await self._reread_locked(entry_id, plan, say)
        self._mark_sent_or_settle(entry_id, order)
        call = self._money_call(plan.operation, plan.amount, order)
        return await self.send_once(entry_id, call, say, mark_sent=False)

    def _mark_sent_or_settle(self, entry_id: int, order: Order) -> None:
        """Journal "sent" (with the order as re-read under the lock) right before the call.
        If the journal refuses it (a team journal: the entry needs an approval it does not
        have), the entry is settled "not done" and the refusal raised: nothing was sent."""
        try:
            self.journal.mark_sent(entry_id, order_snapshot(order))
        except UserError as exc:
            self.journal.settle(entry_id, "not_done", note=NOT_SENT_NOTE.format(reason=exc))
            raise

    # --- four-eyes: the requester sends what a supervisor approved ----------------------------

    async def send_approved(
        self, entry_id: int, progress: Progress = silent, *, pan: Secret | None = None
    ) -> Outcome:
        """Send an approved entry once, through the same journal-first road: the entry holds
        the order's lock; the order is re-read and the approved amount re-checked against it
        (no longer allowed: settled "not done", the reason raised), "sent" is journalled (the
        team database refuses it unless a supervisor other than the requester approved, and
        unless this is the requester), the call made once, the outcome recorded and settled.
        A payout's card number is not kept anywhere: ``pan`` is asked for again and must
        match the masked card that was approved."""
        entry = await self.record(self.journal.get, entry_id)
        if entry.state != EntryState.APPROVED:
            raise _not_approved(entry)
        if not self._same_gateway(entry):
            raise UserError(
                N_("Journal entry {entry} was made on {environment} ({profile}); connect "
                   "to that gateway to send it."),
                entry=entry.id, environment=entry.environment, profile=entry.profile,
            )  # fmt: skip
        operation = Operation(entry.operation)
        if operation == Operation.PAY_OUT:
            if pan is None:
                raise UserError(N_("Sending an approved payout needs the card number again."))
            outcome = await payout.send_approved(self, entry, pan, progress)
        else:
            outcome = await self._send_approved_order(entry, operation, progress)
        return await self._settle_unknown(outcome, progress)

    async def _send_approved_order(
        self, entry: Entry, operation: Operation, say: Progress
    ) -> Outcome:
        if entry.order_id is None or entry.amount is None:
            raise ValueError(f"entry {entry.id} names no order or amount")
        order_id, amount = entry.order_id, entry.amount
        say(UserMessage(N_("Re-reading order {order} before sending…"), order=order_id))
        try:
            order = await self.client.get_order(order_id, detailed=True)
            check(order, operation, amount, entry.currency, self._now())
        except UserError as exc:
            self.journal.settle(entry.id, "not_done", note=NOT_SENT_NOTE.format(reason=exc))
            raise
        except BaseException:
            self.journal.settle(entry.id, "not_done", note=NOT_SENT_NOTE.format(reason="-"))
            raise
        self.journal.mark_sent(entry.id, order_snapshot(order))  # refused: still approved
        call = self._money_call(operation, amount, order)
        return await self.send_once(entry.id, call, say, mark_sent=False)

    async def _reread_locked(self, entry_id: int, plan: OrderPlan, say: Progress) -> Order:
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

    def _money_call(self, op: Operation, amount: Decimal, order: Order) -> MoneyCall:
        client, ccy = self.client, order.currency
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
            if entry.open and not await self.record(self.journal.may_settle, entry):
                busy = await self.record(self.journal.busy_error, entry)
                if busy.in_progress:
                    return [reconcile.outcome_of(entry)]  # another process is sending it now
                raise busy  # a colleague's (team): theirs to settle, or take it over first
            return [await self._settle(entry_id)]
        todo = [
            entry.id
            for entry in await self.record(self.journal.unsettled, include_live=True)
            if self._same_gateway(entry) and await self.record(self.journal.may_settle, entry)
        ]
        return [await self._settle(i) for i in sorted(todo)]


def awaiting_outcome(entry: Entry) -> Outcome:
    """The outcome of an entry journalled awaiting a supervisor's approval (nothing sent)."""
    return Outcome(
        entry_id=entry.id,
        state="awaiting_approval",
        message=awaiting_message(
            entry.operation, entry.order_id, entry.amount, entry.currency, entry.id
        ),
        order_id=entry.order_id,
    )


def _not_approved(entry: Entry) -> UserError:
    if entry.state == EntryState.AWAITING_APPROVAL:
        return UserError(
            N_("Journal entry {entry} still waits for a supervisor's approval; nothing was "
               "sent."),
            entry=entry.id,
        )  # fmt: skip
    if entry.state == EntryState.REJECTED:
        return UserError(
            N_("Journal entry {entry} was rejected by {person} ({reason}); it cannot be sent."),
            entry=entry.id, person=entry.decided_by or "-", reason=entry.note or "-",
        )  # fmt: skip
    return UserError(
        N_("Journal entry {entry} is {state}, not approved: there is nothing to send."),
        entry=entry.id,
        state=entry.state.value,
    )
