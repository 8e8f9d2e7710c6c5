"""What each order allows (clear, release, reverse, refund, pay out), and how much.

The one table of the money-safety rules: computed from the order's type, status and its
transactions as read with full detail, never from what the console remembers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from kapdesk.domain.money import format_amount
from kapdesk.domain.orders import (
    PREAUTH_TYPES,
    PURCHASE_TYPES,
    SAVED_CARD_TYPES,
    Order,
    OrderStatus,
    OrderType,
)
from kapdesk.i18n import N_, QT_TRANSLATE_NOOP, UserError, UserMessage

GATEWAY_TZ = ZoneInfo("Asia/Baku")
ZERO = Decimal(0)


class Operation(StrEnum):
    CLEAR = "clear"
    RELEASE = "release"
    REVERSE_CLEARING = "reverse_clearing"
    REFUND = "refund"
    REVERSE = "reverse"
    PAY_OUT = "pay_out"
    CHARGE_SAVED_CARD = "charge_saved_card"


OPERATION_TITLE: dict[Operation, str] = {
    Operation.CLEAR: QT_TRANSLATE_NOOP("kapdesk", "Clear hold"),
    Operation.RELEASE: QT_TRANSLATE_NOOP("kapdesk", "Release hold"),
    Operation.REVERSE_CLEARING: QT_TRANSLATE_NOOP("kapdesk", "Reverse clearing"),
    Operation.REFUND: QT_TRANSLATE_NOOP("kapdesk", "Refund"),
    Operation.REVERSE: QT_TRANSLATE_NOOP("kapdesk", "Reverse purchase"),
    Operation.PAY_OUT: QT_TRANSLATE_NOOP("kapdesk", "Pay out to card"),
    Operation.CHARGE_SAVED_CARD: QT_TRANSLATE_NOOP("kapdesk", "Charge saved card"),
}


class OperationRefused(UserError):
    """kapdesk's own checks refuse the operation; nothing was sent."""


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over the approved transactions of one order."""

    authorized: Decimal = ZERO  # Auth phase, not reversed
    auth_released: Decimal = ZERO  # Auth-phase reversals (void of the hold)
    cleared: Decimal = ZERO  # Clearing phase
    clearing_reversed: Decimal = ZERO
    paid: Decimal = ZERO  # single-phase charges
    reversed: Decimal = ZERO  # single-phase reversals (same-day voids)
    refunded: Decimal = ZERO
    credited: Decimal = ZERO
    partial_reversal_used: bool = False

    @property
    def captured(self) -> Decimal:
        """Money actually taken from the card and not given back by a reversal."""
        return self.paid - self.reversed + self.cleared - self.clearing_reversed

    @property
    def net_authorized(self) -> Decimal:
        """Held on the card: authorized, less what a release gave back."""
        return self.authorized - self.auth_released

    @property
    def net_cleared(self) -> Decimal:
        """Cleared (captured from the hold), less a reversed clearing."""
        return self.cleared - self.clearing_reversed

    @property
    def still_clearable(self) -> Decimal:
        if self.clearing_reversed:
            return ZERO
        return max(self.authorized - self.auth_released - self.cleared, ZERO)

    @property
    def still_refundable(self) -> Decimal:
        return max(self.captured - self.refunded, ZERO)


def refunded_so_far(order: Order) -> Decimal | None:
    """Refunded so far: counted from the transactions when the order was read in detail,
    else what the gateway's short answer says (clearedRefundAmount); None when it says
    nothing. The one rule for the order index, the lookup table, the CLI and the forms."""
    if order.detailed:
        return totals(order).refunded
    return order.refunded_amount


def operation_title(operation: str) -> str:
    """The clerk's name of an operation ("Refund"; an English template the GUI translates),
    or the stored word itself when it names no operation kapdesk knows."""
    try:
        return OPERATION_TITLE[Operation(operation)]
    except ValueError:
        return operation


def totals(order: Order) -> Totals:
    """Add up the order's approved transactions."""
    sums = dict.fromkeys(
        (
            "authorized",
            "auth_released",
            "cleared",
            "clearing_reversed",
            "paid",
            "reversed",
            "refunded",
            "credited",
        ),
        ZERO,
    )
    partial_used = False
    for tran in order.transactions:
        if not tran.approved:
            continue
        amount = abs(tran.amount)
        if tran.is_refund:
            sums["refunded"] += amount
        elif tran.is_credit:
            sums["credited"] += amount
        elif tran.phase == "Auth":
            sums["auth_released" if tran.is_reversal else "authorized"] += amount
        elif tran.phase == "Clearing":
            sums["clearing_reversed" if tran.is_reversal else "cleared"] += amount
        elif tran.phase == "Single":
            if tran.is_reversal:
                sums["reversed"] += amount
                partial_used = True
            else:
                sums["paid"] += amount
    return Totals(partial_reversal_used=partial_used, **sums)


@dataclass(frozen=True, slots=True)
class Allowance:
    """Whether one operation is allowed now, up to how much, and why not when it is not."""

    operation: Operation
    allowed: bool
    max_amount: Decimal = ZERO  # the most that may be sent (the full amount)
    partial: bool = False  # may a smaller amount be sent?
    reason: UserMessage | None = None


def _no(operation: Operation, template: str, **params: object) -> Allowance:
    return Allowance(operation, False, reason=UserMessage(template, **params))


def _status_words(order: Order) -> dict[str, object]:
    return {"order": order.id, "status": str(order.status)}


def _clear(order: Order, t: Totals) -> Allowance:
    op = Operation.CLEAR
    if order.type not in PREAUTH_TYPES:
        return _no(
            op,
            N_("Order {order} is not a preauthorization: it has no hold to clear."),
            order=order.id,
        )
    if order.status not in (OrderStatus.AUTHORIZED, OrderStatus.PARTIALLY_PAID):
        return _no(
            op,
            N_(
                "Order {order} is {status}: only a hold that is Authorized or "
                "PartiallyPaid can be cleared."
            ),
            **_status_words(order),
        )
    if t.still_clearable <= 0:
        return _no(op, N_("Order {order} has nothing left to clear."), order=order.id)
    return Allowance(op, True, t.still_clearable, partial=True)


def _release(order: Order, t: Totals) -> Allowance:
    op = Operation.RELEASE
    if order.type not in PREAUTH_TYPES:
        return _no(
            op,
            N_("Order {order} is not a preauthorization: it has no hold to release."),
            order=order.id,
        )
    if order.status not in (OrderStatus.AUTHORIZED, OrderStatus.PARTIALLY_PAID):
        return _no(
            op,
            N_(
                "Order {order} is {status}: only a hold that is Authorized or PartiallyPaid "
                "can be released."
            ),
            **_status_words(order),
        )
    if t.still_clearable <= 0:
        return _no(op, N_("Order {order} has nothing left on hold."), order=order.id)
    # After a partial clearing this releases the uncleared rest (the guest spent less).
    return Allowance(op, True, t.still_clearable)


def _reverse_clearing(order: Order, t: Totals) -> Allowance:
    op = Operation.REVERSE_CLEARING
    if order.type not in PREAUTH_TYPES:
        return _no(
            op,
            N_("Order {order} is not a preauthorization: it has no clearing to reverse."),
            order=order.id,
        )
    if order.status not in (OrderStatus.PARTIALLY_PAID, OrderStatus.FULLY_PAID) or t.cleared <= 0:
        return _no(
            op,
            N_("Order {order} is {status}: there is no clearing to reverse."),
            **_status_words(order),
        )
    if t.refunded > 0:
        return _no(
            op,
            N_(
                "Order {order} already has refunds: refund the rest instead of "
                "reversing the clearing."
            ),
            order=order.id,
        )
    return Allowance(op, True, t.cleared - t.clearing_reversed)


def _refund(order: Order, t: Totals) -> Allowance:
    op = Operation.REFUND
    if order.type not in PURCHASE_TYPES | PREAUTH_TYPES:
        return _no(op, N_("Order {order} is a payout: payouts cannot be refunded."), order=order.id)
    if order.status not in (OrderStatus.FULLY_PAID, OrderStatus.PARTIALLY_PAID):
        return _no(
            op,
            N_("Order {order} is {status}: only paid orders can be refunded."),
            **_status_words(order),
        )
    if t.still_refundable <= 0:
        return _no(op, N_("Order {order} has been refunded in full."), order=order.id)
    return Allowance(op, True, t.still_refundable, partial=True)


def _reverse(order: Order, t: Totals, now: datetime) -> Allowance:
    op = Operation.REVERSE
    if order.type not in PURCHASE_TYPES:
        return _no(
            op,
            N_(
                "Order {order} is not a purchase: only purchases can be reversed the "
                "same day (a preauthorization is released instead)."
            ),
            order=order.id,
        )
    if order.status != OrderStatus.FULLY_PAID:
        return _no(
            op,
            N_("Order {order} is {status}: only a purchase that is FullyPaid can be reversed."),
            **_status_words(order),
        )
    if t.refunded > 0:
        return _no(
            op,
            N_("Order {order} already has refunds: it can only be refunded now."),
            order=order.id,
        )
    payment = order.first_approved()
    paid_on = payment.time if payment and payment.time else order.created
    if (
        paid_on is None
        or paid_on.astimezone(GATEWAY_TZ).date() != now.astimezone(GATEWAY_TZ).date()
    ):
        return _no(
            op,
            N_(
                "Order {order} was not paid today (Baku time): a reversal is only "
                "possible on the day of payment; refund it instead."
            ),
            order=order.id,
        )
    return Allowance(op, True, t.captured, partial=not t.partial_reversal_used)


def _pay_out(order: Order) -> Allowance:
    op = Operation.PAY_OUT
    if order.type != OrderType.PAYOUT:
        return _no(op, N_("Order {order} is not a payout order."), order=order.id)
    if order.status != OrderStatus.PREPARING:
        return _no(
            op,
            N_("Payout order {order} is {status}: only a new payout order can be paid out."),
            **_status_words(order),
        )
    return Allowance(op, True, order.amount)


def _charge_saved_card(order: Order) -> Allowance:
    op = Operation.CHARGE_SAVED_CARD
    if order.type not in SAVED_CARD_TYPES:
        return _no(op, N_("Order {order} is not a saved-card order."), order=order.id)
    if order.status != OrderStatus.PREPARING:
        return _no(
            op,
            N_("Saved-card order {order} is {status}: only a new order can be charged."),
            **_status_words(order),
        )
    return Allowance(op, True, order.amount)


def allowances(order: Order, now: datetime) -> dict[Operation, Allowance]:
    """Everything the order allows at ``now`` (an aware datetime), operation by operation."""
    if not order.detailed:
        raise ValueError("allowances need the order read with full transaction detail")
    t = totals(order)
    return {
        Operation.CLEAR: _clear(order, t),
        Operation.RELEASE: _release(order, t),
        Operation.REVERSE_CLEARING: _reverse_clearing(order, t),
        Operation.REFUND: _refund(order, t),
        Operation.REVERSE: _reverse(order, t, now),
        Operation.PAY_OUT: _pay_out(order),
        Operation.CHARGE_SAVED_CARD: _charge_saved_card(order),
    }


def check(
    order: Order,
    operation: Operation,
    amount: Decimal | None,
    currency: str | None,
    now: datetime,
) -> Decimal:
    """The amount to send (``None`` asks for the full amount), or raise OperationRefused."""
    allowance = allowances(order, now)[operation]
    if not allowance.allowed:
        assert allowance.reason is not None
        raise OperationRefused(allowance.reason.template, **allowance.reason.params)
    if currency is not None and currency.upper() != order.currency.upper():
        raise OperationRefused(
            N_("Order {order} is in {order_currency}, not {currency}."),
            order=order.id,
            order_currency=order.currency,
            currency=currency.upper(),
        )
    if amount is None or amount == allowance.max_amount:
        return allowance.max_amount
    if amount <= 0:
        raise OperationRefused(N_("The amount must be more than zero."))
    if amount > allowance.max_amount:
        raise OperationRefused(
            N_("{amount} is more than the {remaining} that order {order} still allows."),
            amount=format_amount(amount, order.currency),
            remaining=format_amount(allowance.max_amount, order.currency),
            order=order.id,
        )
    if not allowance.partial:
        if operation == Operation.REVERSE:
            raise OperationRefused(
                N_(
                    "Order {order} has already been partly reversed once: only the full "
                    "remaining {remaining} can be reversed now."
                ),
                order=order.id,
                remaining=format_amount(allowance.max_amount, order.currency),
            )
        raise OperationRefused(
            N_("This operation takes the full amount only: {remaining}."),
            remaining=format_amount(allowance.max_amount, order.currency),
        )
    return amount
