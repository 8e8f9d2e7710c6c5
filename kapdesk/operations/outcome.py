"""The outcome of a money operation, and the sentences that tell the clerk about it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from kapdesk.domain.allowances import operation_title
from kapdesk.domain.money import format_amount
from kapdesk.domain.orders import Order
from kapdesk.i18n import N_, UserMessage

# "awaiting_approval": journalled above the team's threshold and not sent; it waits for a
# supervisor (or, approved, for its requester's ``kapdesk approvals send``). "rejected": a
# supervisor refused it; nothing was sent. Both happen only on a team journal.
State = Literal["done", "refused", "unknown", "not_done", "awaiting_approval", "rejected"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one journal entry: done, refused, not done, or still unknown."""

    entry_id: int
    state: State
    message: UserMessage
    approval_code: str | None = None
    rrn: str | None = None
    order_id: int | None = None
    order_after: Order | None = None
    action_id: str | None = None


def amount_text(amount: Decimal | None, currency: str) -> str:
    return format_amount(amount, currency) if amount is not None else "-"


def done_message(
    operation: str, order_id: int | None, amount: Decimal | None, currency: str,
    approval_code: str | None, rrn: str | None,
) -> UserMessage:  # fmt: skip
    return UserMessage(
        N_("Done: {operation} of {amount} on order {order}. Approval code {approval}, RRN {rrn}."),
        operation=operation_title(operation),
        amount=amount_text(amount, currency),
        order=order_id if order_id is not None else "-",
        approval=approval_code or "-",
        rrn=rrn or "-",
    )


def refused_message(operation: str, order_id: int | None, reason: str) -> UserMessage:
    return UserMessage(
        N_("Refused by the gateway: {operation} on order {order}. {reason} Nothing was moved."),
        operation=operation_title(operation),
        order=order_id if order_id is not None else "-",
        reason=reason.rstrip(".") + ".",
    )


def not_done_message(operation: str, order_id: int | None, note: str | None) -> UserMessage:
    return UserMessage(
        N_("Not done: {operation} on order {order} did not happen (checked with the gateway). "
           "{note}"),
        operation=operation_title(operation),
        order=order_id if order_id is not None else "-",
        note=note or "",
    )  # fmt: skip


def unknown_message(operation: str, order_id: int | None, why: str | None = None) -> UserMessage:
    if why:
        return UserMessage(
            N_("Outcome unknown: {operation} on order {order} could not be settled. {why} "
               "Order {order} is locked for money operations until it is reconciled (kapdesk "
               "journal reconcile). Do not repeat the operation."),
            operation=operation_title(operation),
            order=order_id if order_id is not None else "-",
            why=why.rstrip(".") + ".",
        )  # fmt: skip
    return UserMessage(
        N_("Outcome unknown: {operation} on order {order} was sent, but the gateway could not "
           "be read to check whether it happened. Order {order} is locked for money operations "
           "until it is reconciled (kapdesk journal reconcile). Do not repeat the operation."),
        operation=operation_title(operation),
        order=order_id if order_id is not None else "-",
    )  # fmt: skip


def awaiting_message(
    operation: str, order_id: int | None, amount: Decimal | None, currency: str, entry_id: int,
    approved_by: str | None = None,
) -> UserMessage:  # fmt: skip
    if approved_by:
        return UserMessage(
            N_("Approved by {person}, not sent yet: {operation} of {amount} on order {order} "
               "(journal entry {entry}). Send it with 'kapdesk approvals send {entry}'."),
            person=approved_by,
            operation=operation_title(operation),
            amount=amount_text(amount, currency),
            order=order_id if order_id is not None else "-",
            entry=entry_id,
        )  # fmt: skip
    return UserMessage(
        N_("Waiting for a supervisor: {operation} of {amount} on order {order} is above the "
           "team's threshold, so it was journalled as entry {entry} awaiting approval and NOT "
           "sent. Once a supervisor approves it, send it with 'kapdesk approvals send {entry}'."),
        operation=operation_title(operation),
        amount=amount_text(amount, currency),
        order=order_id if order_id is not None else "-",
        entry=entry_id,
    )  # fmt: skip


def rejected_message(
    operation: str, order_id: int | None, person: str | None, reason: str | None
) -> UserMessage:
    return UserMessage(
        N_("Rejected by {person}: {operation} on order {order} was not sent. Reason: {reason}"),
        person=person or "-",
        operation=operation_title(operation),
        order=order_id if order_id is not None else "-",
        reason=reason or "-",
    )
