"""Operations that create their own order first: pay out to a card (OCT), charge a saved card.

Planned like every other operation (``plan_payout``, ``plan_saved_card_charge``: checks only,
nothing sent), then carried out (``carry_out``): the journal entry is written before the order
is created and learns its order id right after. Creating an order or attaching a card moves
no money, so a failure there (refused, or no answer) settles the entry without doubt: only
the final money call can be unknown.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from kapdesk.domain.allowances import Operation
from kapdesk.domain.cards import mask_pan, validate_pan
from kapdesk.domain.orders import OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import CreatedOrder, NewOrder, TokenResult, TranResult
from kapdesk.gateway.errors import AuthenticationFailed, GatewayRefused, NotSent, OutcomeUnknown
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal.entry import Entry
from kapdesk.operations.checks import (
    Progress,
    require_amount,
    require_category,
    require_reason,
)
from kapdesk.operations.limits import check_limit
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import PayoutRequest, Plan, SavedCardCharge
from kapdesk.operations.sending import Sender

Attach = Callable[[CreatedOrder], Awaitable[TokenResult]]
Charge = Callable[[CreatedOrder], Awaitable[TranResult]]

CANCELLED_BEFORE_CHARGE = "Cancelled before the money call was sent; no money moved."
NOT_CREATED = "The order could not be created (no clear answer), so no money call was sent."
NOT_ATTACHED = "The card could not be attached to order {order} (no clear answer), so no money "
NOT_ATTACHED += "call was sent."


def plan_payout(desk: Sender, request: PayoutRequest) -> Plan:
    """Check a payout (reason, amount, limit, card number) before anything leaves."""
    reason = require_reason(Operation.PAY_OUT, request.reason)
    category = require_category(Operation.PAY_OUT, request.reason_category)
    currency = request.currency.upper()
    amount = require_amount(request.amount, currency)
    check_limit(desk.max_amount, Operation.PAY_OUT, amount, currency)
    digits = validate_pan(request.pan.reveal())  # raises CardNumberError before anything leaves
    return Plan(
        request=request,
        operation=Operation.PAY_OUT,
        amount=amount,
        currency=currency,
        masked_card=mask_pan(digits),
        environment=desk.environment,
        reason=reason,
        reason_category=category,
    )


def plan_saved_card_charge(desk: Sender, request: SavedCardCharge) -> Plan:
    """Check a saved-card charge (reason, amount) before anything leaves."""
    operation = Operation.CHARGE_SAVED_CARD
    reason = require_reason(operation, request.reason)
    category = require_category(operation, request.reason_category)
    currency = request.currency.upper()
    return Plan(
        request=request,
        operation=operation,
        amount=require_amount(request.amount, currency),
        currency=currency,
        masked_card=None,
        environment=desk.environment,
        reason=reason,
        reason_category=category,
    )


async def carry_out(
    desk: Sender, plan: Plan, say: Progress, on_intent: Callable[[int], None] | None = None
) -> Outcome:
    """Journal the intent, create the order, attach the card, send the money call once."""
    request = plan.request
    entry_id = desk.record_plan(plan, None)  # a payout's order does not exist yet
    if on_intent is not None:
        on_intent(entry_id)
    if isinstance(request, PayoutRequest):
        digits = Secret(validate_pan(request.pan.reveal()))
        new = NewOrder(
            type=OrderType.PAYOUT, amount=plan.amount, currency=plan.currency, title="Payout"
        )
        return await _create_attach_charge(
            desk,
            entry_id,
            new,
            lambda made: desk.client.set_destination_card(made.id, made.password, digits),
            lambda made: desk.client.credit(made.id, made.password),
            say,
        )
    if not isinstance(request, SavedCardCharge):
        raise TypeError(f"{plan.operation} does not create its own order")
    stored_id, preauth = request.stored_id, request.preauth
    kind = OrderType.SAVED_CARD_PREAUTH if preauth else OrderType.SAVED_CARD_PURCHASE
    new = NewOrder(type=kind, amount=plan.amount, currency=plan.currency, stored_id=stored_id)
    return await _create_attach_charge(
        desk,
        entry_id,
        new,
        lambda made: desk.client.set_source_token(made.id, made.password, stored_id),
        lambda made: desk.client.charge_saved_card(made.id, made.password, preauth=preauth),
        say,
    )


async def send_approved(desk: Sender, entry: Entry, pan: Secret, say: Progress) -> Outcome:
    """An approved payout: the card number typed again must be the approved (masked) card;
    then the order is created, the card attached and the credit sent once, as ``carry_out``."""
    digits = Secret(validate_pan(pan.reveal()))
    if mask_pan(digits.reveal()) != entry.masked_card:
        raise UserError(
            N_("This card number is not the card of approved journal entry {entry} ({card}); "
               "nothing was sent."),
            entry=entry.id, card=entry.masked_card or "-",
        )  # fmt: skip
    if entry.amount is None:
        raise ValueError(f"entry {entry.id} names no amount")
    new = NewOrder(
        type=OrderType.PAYOUT, amount=entry.amount, currency=entry.currency, title="Payout"
    )
    return await _create_attach_charge(
        desk,
        entry.id,
        new,
        lambda made: desk.client.set_destination_card(made.id, made.password, digits),
        lambda made: desk.client.credit(made.id, made.password),
        say,
    )


async def _create_attach_charge(
    desk: Sender,
    entry_id: int,
    new: NewOrder,
    attach: Attach,
    charge: Charge,
    say: Progress,
) -> Outcome:
    say(UserMessage(N_("Creating the order…")))
    try:
        made = await desk.client.create_order(new)
    except (GatewayRefused, AuthenticationFailed) as exc:
        return await desk.record_refused(entry_id, exc)
    except (NotSent, OutcomeUnknown):
        return await desk.record_not_sent(entry_id, NOT_CREATED)
    except BaseException:  # cancelled, or a bug: the money call was never sent
        _cancelled_before_money_call(desk, entry_id)
        raise
    try:
        await desk.record(desk.journal.set_order, entry_id, made.id)
        say(UserMessage(N_("Attaching the card to order {order}…"), order=made.id))
        await attach(made)
    except (GatewayRefused, AuthenticationFailed) as exc:
        return await desk.record_refused(entry_id, exc)
    except (NotSent, OutcomeUnknown):
        return await desk.record_not_sent(entry_id, NOT_ATTACHED.format(order=made.id))
    except BaseException:  # cancelled, or a bug: the money call was never sent
        _cancelled_before_money_call(desk, entry_id)
        raise
    return await desk.send_once(entry_id, lambda: charge(made), say)


def _cancelled_before_money_call(desk: Sender, entry_id: int) -> None:
    # Synchronously: a cancelled task must not wait, and the entry must not stay open.
    desk.journal.settle(entry_id, "not_done", note=CANCELLED_BEFORE_CHARGE)
