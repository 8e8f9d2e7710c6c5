"""The profile's upper limit per payout or refund: a mistyped 100000 is refused, not sent."""

from __future__ import annotations

from decimal import Decimal

from kapdesk.domain.allowances import Operation, OperationRefused, operation_title
from kapdesk.domain.money import DEFAULT_MAX_AMOUNT, format_amount
from kapdesk.i18n import N_

# Operations that send money away from the merchant: refunds, reversals and payouts.
LIMITED = frozenset({Operation.REFUND, Operation.REVERSE, Operation.PAY_OUT})


def check_limit(
    limit: Decimal | None, operation: Operation, amount: Decimal, currency: str
) -> None:
    """Refuse ``amount`` above ``limit`` (None: the default) for a limited operation."""
    most = DEFAULT_MAX_AMOUNT if limit is None else limit
    if operation in LIMITED and amount > most:
        raise OperationRefused(
            N_("{operation} of {amount} is above this profile's limit of {limit} per "
               "operation; nothing was sent. Change the limit in the profile if it is meant."),
            operation=operation_title(operation),
            amount=format_amount(amount, currency),
            limit=format_amount(most, currency),
        )  # fmt: skip
