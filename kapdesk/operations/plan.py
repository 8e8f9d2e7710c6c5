"""What a clerk asks for (a money request) and what they are asked to confirm (a plan).

A request is a small typed value: an operation on an existing order, a payout to a card, or
a charge of a saved card. ``MoneyDesk.carry_out`` turns it into a ``Plan`` (read and
checked, nothing sent yet), asks the caller's ``confirm(plan)``, then carries it out.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from kapdesk.domain.allowances import Allowance, Operation, Totals, operation_title
from kapdesk.domain.money import format_amount
from kapdesk.domain.orders import Order
from kapdesk.domain.secret import Secret
from kapdesk.i18n import N_, UserMessage


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderRequest:
    """An operation on an order that exists: clear, release, reverse clearing, refund, reverse.

    ``amount``: a Decimal; the text as the clerk typed it ("12.50", or "full"; a blank text
    is refused, never read as "full"); or None, which asks for the full amount explicitly.
    ``currency``: refuse unless the order is in this currency (None: the order's own).
    """

    order_id: int
    operation: Operation
    amount: Decimal | str | None = None
    currency: str | None = None
    reason: str | None = None
    reason_category: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PayoutRequest:
    """Pay money out to a card (an OCT order is created for it). The PAN stays a Secret."""

    amount: Decimal
    currency: str
    pan: Secret
    reason: str | None = None
    reason_category: str | None = None
    operation: Operation = field(default=Operation.PAY_OUT, init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class SavedCardCharge:
    """Charge (or, ``preauth``, hold on) a card saved earlier under ``stored_id``."""

    stored_id: int
    amount: Decimal
    currency: str
    reason: str | None = None
    reason_category: str | None = None
    preauth: bool = False
    operation: Operation = field(default=Operation.CHARGE_SAVED_CARD, init=False)


MoneyRequest = OrderRequest | PayoutRequest | SavedCardCharge


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """What the operator is asked to confirm: operation, amount, currency, card, environment,
    reason (and, for an existing order, ``order_id``; ``OrderPlan`` adds the order read)."""

    request: MoneyRequest
    operation: Operation
    amount: Decimal
    currency: str
    masked_card: str | None
    environment: str
    reason: str | None = None
    reason_category: str | None = None  # a code of kapdesk.domain.reasons
    order_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderPlan(Plan):
    """A plan on an existing order: the order as read, its totals and this operation's room."""

    order: Order
    totals: Totals
    allowance: Allowance

    def summary(self) -> UserMessage:
        return UserMessage(
            N_("{operation} of {amount} on order {order} ({status}, card {card}) in the "
               "{environment} environment. Reason: {reason}."),
            operation=operation_title(self.operation),
            amount=format_amount(self.amount, self.currency),
            order=self.order.id,
            status=str(self.order.status),
            card=self.masked_card or "-",
            environment=self.environment,
            reason=self.reason or "-",
        )  # fmt: skip


# The caller's answer to "do it?" (the GUI's dialog, the CLI's --yes or prompt).
Confirm = Callable[[Plan], Awaitable[bool]]
ConfirmAll = Callable[[Sequence[Plan]], Awaitable[bool]]


async def confirmed(plan: Plan) -> bool:
    """The answer when the operator has confirmed already (``--yes``, a confirmed batch)."""
    return True
