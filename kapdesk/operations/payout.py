"""Operations that create their own order first: pay out to a card (OCT), charge a saved card.

The journal entry is written before the order is created and learns its order id right
after. Creating an order or attaching a card moves no money, so a failure there (refused,
or no answer) settles the entry without doubt: only the final money call can be unknown.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from kapdesk.domain.allowances import Operation
from kapdesk.domain.cards import mask_pan, validate_pan
from kapdesk.domain.orders import OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import CreatedOrder, NewOrder, TokenResult, TranResult
from kapdesk.gateway.errors import AuthenticationFailed, GatewayRefused, NotSent, OutcomeUnknown
from kapdesk.i18n import N_, UserMessage
from kapdesk.operations.checks import (
    Progress,
    require_amount,
    require_category,
    require_reason,
)
from kapdesk.operations.limits import check_limit
from kapdesk.operations.outcome import Outcome

if TYPE_CHECKING:
    from kapdesk.operations.money import MoneyDesk

Attach = Callable[[CreatedOrder], Awaitable[TokenResult]]
Charge = Callable[[CreatedOrder], Awaitable[TranResult]]

CANCELLED_BEFORE_CHARGE = "Cancelled before the money call was sent; no money moved."
NOT_CREATED = "The order could not be created (no clear answer), so no money call was sent."
NOT_ATTACHED = "The card could not be attached to order {order} (no clear answer), so no money "
NOT_ATTACHED += "call was sent."


async def pay_out(
    desk: MoneyDesk,
    amount: Decimal,
    currency: str,
    pan: Secret,
    reason: str | None,
    say: Progress,
    reason_category: str | None = None,
) -> Outcome:
    """Create an OCT order, set the destination card, credit it. The PAN stays a Secret."""
    reason = require_reason(Operation.PAY_OUT, reason)
    category = require_category(Operation.PAY_OUT, reason_category)
    currency = currency.upper()
    amount = require_amount(amount, currency)
    check_limit(desk.max_amount, Operation.PAY_OUT, amount, currency)
    digits = Secret(validate_pan(pan.reveal()))  # raises CardNumberError before anything leaves
    entry_id = desk.journal.record_intent(
        profile=desk.profile,
        environment=desk.environment,
        order_id=None,
        operation=Operation.PAY_OUT.value,
        amount=amount,
        currency=currency,
        masked_card=mask_pan(digits.reveal()),
        reason=reason,
        reason_category=category,
        os_user=desk.os_user,
        operator=desk.operator,
    )
    new = NewOrder(type=OrderType.PAYOUT, amount=amount, currency=currency, title="Payout")
    return await _create_attach_charge(
        desk,
        entry_id,
        new,
        lambda made: desk.client.set_destination_card(made.id, made.password, digits),
        lambda made: desk.client.credit(made.id, made.password),
        say,
    )


async def charge_saved_card(
    desk: MoneyDesk,
    stored_id: int,
    amount: Decimal,
    currency: str,
    reason: str | None,
    preauth: bool,
    say: Progress,
) -> Outcome:
    """Create a saved-card order, attach the stored card, charge it (or hold, ``preauth``)."""
    reason = require_reason(Operation.CHARGE_SAVED_CARD, reason)
    currency = currency.upper()
    amount = require_amount(amount, currency)
    entry_id = desk.journal.record_intent(
        profile=desk.profile,
        environment=desk.environment,
        order_id=None,
        operation=Operation.CHARGE_SAVED_CARD.value,
        amount=amount,
        currency=currency,
        reason=reason,
        os_user=desk.os_user,
        operator=desk.operator,
    )
    kind = OrderType.SAVED_CARD_PREAUTH if preauth else OrderType.SAVED_CARD_PURCHASE
    new = NewOrder(type=kind, amount=amount, currency=currency, stored_id=stored_id)
    return await _create_attach_charge(
        desk,
        entry_id,
        new,
        lambda made: desk.client.set_source_token(made.id, made.password, stored_id),
        lambda made: desk.client.charge_saved_card(made.id, made.password, preauth=preauth),
        say,
    )


async def _create_attach_charge(
    desk: MoneyDesk,
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


def _cancelled_before_money_call(desk: MoneyDesk, entry_id: int) -> None:
    # Synchronously: a cancelled task must not wait, and the entry must not stay open.
    desk.journal.settle(entry_id, "not_done", note=CANCELLED_BEFORE_CHARGE)
