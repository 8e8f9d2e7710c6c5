"""A journal entry (one money operation) as the fold of its events, and the errors about them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kapdesk.domain.allowances import operation_title
from kapdesk.i18n import N_, UserError


class EntryState(StrEnum):
    INTENDED = "intended"
    SENT = "sent"
    DONE = "done"
    REFUSED = "refused"
    UNKNOWN = "unknown"
    NOT_DONE = "not_done"
    # Four-eyes (team journal only: the SQLite journal has no thresholds, so nothing waits).
    AWAITING_APPROVAL = "awaiting_approval"  # above the currency's threshold; not sent
    APPROVED = "approved"  # a supervisor (not the requester) approved; the requester sends it
    REJECTED = "rejected"  # a supervisor refused it, with a reason (the note); never sent


# States in which the order is still taken: the outcome is not known yet, or the operation
# waits for a supervisor's decision or for its requester to send it once approved.
OPEN_STATES = frozenset(
    {
        EntryState.INTENDED,
        EntryState.SENT,
        EntryState.UNKNOWN,
        EntryState.AWAITING_APPROVAL,
        EntryState.APPROVED,
    }
)
APPROVAL_STATES = frozenset({EntryState.AWAITING_APPROVAL, EntryState.APPROVED})
OUTCOME_STATES = frozenset({EntryState.DONE, EntryState.REFUSED, EntryState.UNKNOWN})
SETTLED_STATES = frozenset({EntryState.DONE, EntryState.NOT_DONE})

# Columns that later events may fill in; the last non-empty value wins.
OUTCOME_FIELDS = (
    "approval_code",
    "rrn",
    "action_id",
    "error_code",
    "error_description",
    "note",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One money operation: what was intended, what happened, how it was settled."""

    id: int
    time: datetime
    os_user: str
    profile: str
    environment: str
    order_id: int | None
    operation: str
    amount: Decimal | None
    currency: str
    masked_card: str | None
    reason: str | None
    state: EntryState
    approval_code: str | None = None
    rrn: str | None = None
    action_id: str | None = None
    error_code: str | None = None
    error_description: str | None = None
    order_before: dict[str, Any] | None = None
    order_after: dict[str, Any] | None = None
    settled_at: datetime | None = None
    note: str | None = None
    updated_at: datetime | None = None
    owner_pid: int = 0
    owner_host: str = ""
    owner_token: str = ""
    reason_category: str | None = None
    operator: str | None = None  # the profile's operator name, when the intent named one
    # Team journal: the database login and workstation of the intent, and who approved or
    # rejected it (None in the SQLite journal).
    person: str | None = None
    workstation: str | None = None
    decided_by: str | None = None

    @property
    def open(self) -> bool:
        """The outcome is not known yet: the order takes no other money operation."""
        return self.state in OPEN_STATES


def parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _snapshot(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    loaded = json.loads(text, parse_float=Decimal)
    return loaded if isinstance(loaded, dict) else {"value": loaded}


def fold(events: Iterable[Mapping[str, Any]]) -> Entry:
    """The entry that a sequence of events (its intent first, in order) adds up to."""
    rows = list(events)
    intent = rows[0]
    values: dict[str, Any] = {name: None for name in OUTCOME_FIELDS}
    order_id, order_after, settled_at = intent["order_id"], None, None
    decided_by = None
    order_before = intent["order_before"]
    for row in rows[1:]:
        # The snapshot re-read under the order's lock comes with the "sent" event.
        order_before = row["order_before"] if row["order_before"] is not None else order_before
        values.update({name: row[name] for name in OUTCOME_FIELDS if row[name] is not None})
        order_id = row["order_id"] if row["order_id"] is not None else order_id
        order_after = row["order_after"] if row["order_after"] is not None else order_after
        if row["event"] == "settle":
            settled_at = parse_time(row["time"])
        elif row["event"] in ("approve", "reject"):
            decided_by = row.get("person")
    last = rows[-1]
    return Entry(
        id=intent["entry_id"],
        time=parse_time(intent["time"]),
        os_user=intent["os_user"],
        profile=intent["profile"],
        environment=intent["environment"],
        order_id=order_id,
        operation=intent["operation"],
        amount=Decimal(intent["amount"]) if intent["amount"] is not None else None,
        currency=intent["currency"],
        masked_card=intent["masked_card"],
        reason=intent["reason"],
        state=EntryState(last["state"]),
        order_before=_snapshot(order_before),
        order_after=_snapshot(order_after),
        settled_at=settled_at,
        updated_at=parse_time(last["time"]),
        owner_pid=intent["owner_pid"] or 0,
        owner_host=intent["owner_host"] or "",
        owner_token=intent["owner_token"] or "",
        reason_category=intent.get("reason_category"),
        operator=intent.get("operator"),
        person=intent.get("person"),
        workstation=intent.get("workstation"),
        decided_by=decided_by,
        **values,
    )


def _since(entry: Entry) -> str:
    return entry.time.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


class OrderBusy(UserError):
    """The order already has a money operation whose outcome is not settled."""

    def __init__(self, entry: Entry, *, in_progress: bool) -> None:
        if in_progress:
            template = N_(
                "Order {order_id} is busy: {operation} started by {user} at {since} "
                "(journal entry {entry_id}) is still in progress. Wait for it to finish."
            )
        else:
            template = N_(
                "Order {order_id} has an unsettled {operation} started by {user} at {since} "
                "(journal entry {entry_id}, {state}). It must be settled (reconciled) "
                "before another money operation on this order."
            )
        super().__init__(
            template,
            order_id=entry.order_id,
            operation=operation_title(entry.operation),
            user=entry.os_user,
            since=_since(entry),
            entry_id=entry.id,
            state=entry.state.value,
        )
        self.entry = entry
        self.in_progress = in_progress


class EntryStateError(UserError):
    """A state change the entry's current state does not allow (another process got there)."""

    def __init__(self, entry: Entry, new_state: str) -> None:
        super().__init__(
            N_("Journal entry {entry_id} is already {state}; it cannot become {new_state}."),
            entry_id=entry.id,
            state=entry.state.value,
            new_state=new_state,
        )
        self.entry = entry


class AwaitingApproval(UserError):
    """The intent was journalled as awaiting approval (above the currency's threshold): the
    order is held, nothing is sent until a supervisor approves it (team journal only).

    ``record_intent`` raises it, so a caller that knows nothing of four-eyes stops there."""

    def __init__(self, entry: Entry) -> None:
        super().__init__(
            N_(
                "Waiting for a supervisor: {operation} of {amount} {currency} on order {order} is "
                "above the team's threshold, so it was recorded as journal entry {entry_id} "
                "awaiting approval and NOT sent. A supervisor approves or rejects it ('kapdesk "
                "approvals'); once approved, send it with 'kapdesk approvals send {entry_id}'."
            ),
            operation=operation_title(entry.operation),
            amount="-" if entry.amount is None else format(entry.amount, "f"),
            currency=entry.currency,
            order=entry.order_id if entry.order_id is not None else "-",
            entry_id=entry.id,
        )
        self.entry = entry


class JournalDamaged(UserError):
    """The journal cannot take a new row safely; `kapdesk journal verify` says why."""


class EntryNotFound(UserError):
    """No journal entry has this id."""

    def __init__(self, entry_id: int) -> None:
        super().__init__(N_("There is no journal entry {entry_id}."), entry_id=entry_id)
        self.entry_id = entry_id
