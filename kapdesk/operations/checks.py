"""Checks every money operation shares before anything is sent: the reason, the amount."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from kapdesk.domain.allowances import Operation, OperationRefused, operation_title
from kapdesk.domain.money import minor_units, quantize
from kapdesk.domain.reasons import check_category
from kapdesk.i18n import N_, UserMessage

Progress = Callable[[UserMessage], None]

# "An operator reason is required for refunds, reversals, releases and payouts."
REASON_REQUIRED = frozenset(
    {
        Operation.RELEASE,
        Operation.REVERSE_CLEARING,
        Operation.REFUND,
        Operation.REVERSE,
        Operation.PAY_OUT,
    }
)


def reason_required(operation: Operation) -> bool:
    """Whether ``operation`` needs the operator's reason (the forms and the CLI ask for it)."""
    return operation in REASON_REQUIRED


def silent(message: UserMessage) -> None:
    """No one is listening for progress."""


def require_reason(operation: Operation, reason: str | None) -> str | None:
    """The operator's reason, stripped; refused when the operation needs one and has none."""
    text = (reason or "").strip()
    if reason_required(operation) and not text:
        raise OperationRefused(
            N_("{operation} needs a reason: say why, it goes into the journal."),
            operation=operation_title(operation),
        )
    return text or None


def require_category(operation: Operation, category: str | None) -> str | None:
    """The reason's category code; refused when unknown (the forms and the CLI require one
    wherever a reason is required; None stays possible for callers that predate categories)."""
    return check_category(category)


def require_amount(amount: Decimal, currency: str) -> Decimal:
    """A new order's amount: more than zero and exact in the currency's minor units."""
    minor_units(currency)  # raises UnknownCurrency with a sentence
    if amount <= 0:
        raise OperationRefused(N_("The amount must be more than zero."))
    if quantize(amount, currency) != amount:
        raise OperationRefused(
            N_("{currency} amounts have at most {digits} decimals."),
            currency=currency.upper(),
            digits=minor_units(currency),
        )
    return quantize(amount, currency)
