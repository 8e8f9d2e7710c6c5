"""Settling an operation whose outcome is unknown: find the transaction it would have made.

The transaction an operation made is the one present in the order as re-read now but not in
the snapshot journaled before the request left (compared by actionId, else by the multiset of
phase, type, reversal flag, amount and time), of the operation's phase, type, reversal flag
and amount. Found and approved: done. Not there: not done. Order unreadable: still unknown.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kapdesk.domain.allowances import Operation
from kapdesk.domain.orders import PREAUTH_TYPES, Order, Transaction
from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.errors import GatewayError
from kapdesk.journal.journal import Entry, EntryStateError
from kapdesk.journal.serialize import order_snapshot
from kapdesk.journal.store import JournalStore
from kapdesk.operations.outcome import (
    Outcome,
    awaiting_message,
    done_message,
    not_done_message,
    refused_message,
    rejected_message,
    unknown_message,
)

# The transaction each operation leaves in the order: (phase, type, is_reversal).
EXPECTED: dict[Operation, tuple[str, str, bool]] = {
    Operation.CLEAR: ("Clearing", "Purchase", False),
    Operation.RELEASE: ("Auth", "Purchase", True),
    Operation.REVERSE_CLEARING: ("Clearing", "Purchase", True),
    Operation.REFUND: ("Single", "Refund", False),
    Operation.REVERSE: ("Single", "Purchase", True),
    Operation.PAY_OUT: ("Single", "Credit", False),
    Operation.CHARGE_SAVED_CARD: ("Single", "Purchase", False),
}

UNSETTLED_STATES = frozenset({"intended", "sent", "unknown"})
NO_ORDER_NOTE = (
    "The payout order was never created (or its answer was lost), so no credit was sent: "
    "no money moved."
)

NEVER_SENT_NOTE = "The request never left: the entry was not marked sent, so no money moved."
AMBIGUOUS_NOTE = (
    "{count} matching transactions appeared that no other journal entry claims, so kapdesk "
    "cannot tell which one is this entry's; it stays unknown. Check the order with the bank."
)

Key = tuple[object, ...]


def _key(action_id: object, phase: object, kind: object, reversal: object, amount: object,
         time: object) -> Key:  # fmt: skip
    if action_id:
        return ("action", str(action_id))
    return (str(phase), str(kind), bool(reversal), Decimal(str(amount)), str(time or ""))


def tran_key(tran: Transaction) -> Key:
    time = tran.time.isoformat() if tran.time else ""
    return _key(tran.action_id, tran.phase, tran.type, tran.is_reversal, tran.amount, time)


def snapshot_keys(snapshot: Mapping[str, Any] | None) -> Counter[Key]:
    """The transactions of a journaled order snapshot (``order_snapshot``'s shape)."""
    if not snapshot:
        return Counter()
    trans: Iterable[Mapping[str, Any]] = snapshot.get("transactions") or ()
    return Counter(
        _key(
            t.get("action_id"),
            t.get("phase"),
            t.get("type"),
            t.get("is_reversal"),
            t.get("amount"),
            t.get("time"),
        )
        for t in trans
    )


def new_transactions(order: Order, before: Mapping[str, Any] | None) -> list[Transaction]:
    """Transactions of ``order`` that the snapshot ``before`` did not have."""
    remaining = snapshot_keys(before)
    fresh: list[Transaction] = []
    for tran in order.transactions:
        key = tran_key(tran)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            fresh.append(tran)
    return fresh


def expected_shape(entry: Entry, order: Order) -> tuple[str, str, bool]:
    operation = Operation(entry.operation)
    phase, kind, reversal = EXPECTED[operation]
    if operation == Operation.CHARGE_SAVED_CARD and order.type in PREAUTH_TYPES:
        phase = "Auth"
    return phase, kind, reversal


@dataclass(frozen=True, slots=True)
class Claims:
    """Transactions that other settled ("done") entries of the same order already own."""

    action_ids: frozenset[str] = frozenset()
    rrn_approvals: frozenset[tuple[str, str]] = frozenset()

    def owns(self, tran: Transaction) -> bool:
        if tran.action_id and tran.action_id in self.action_ids:
            return True
        pair = (tran.rrn or "", tran.approval_code or "")
        return all(pair) and pair in self.rrn_approvals


def claims_of(entries: Iterable[Entry], entry: Entry) -> Claims:
    """What the done entries among ``entries`` (other than ``entry``, of the same order on the
    same gateway) recorded as theirs: their action ids, else their RRN and approval code."""
    action_ids: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for other in entries:
        if (
            other.id == entry.id
            or other.state != "done"
            or other.order_id != entry.order_id
            or (other.environment, other.profile) != (entry.environment, entry.profile)
        ):
            continue
        if other.action_id:
            action_ids.add(other.action_id)
        if other.rrn and other.approval_code:
            pairs.add((other.rrn, other.approval_code))
    return Claims(frozenset(action_ids), frozenset(pairs))


@dataclass(frozen=True, slots=True)
class Match:
    """What the re-read order says about the entry: the transaction it made, if any.

    ``ambiguous``: more than one transaction could be the entry's; it cannot be settled.
    """

    tran: Transaction | None
    note: str | None = None
    ambiguous: bool = False


def find_made(entry: Entry, order: Order, claims: Claims | None = None) -> Match:
    """The approved transaction the entry's operation made, or why it did not happen.

    A transaction that another entry already claims is never this one's; when more than one
    unclaimed transaction could be it, nothing is guessed.
    """
    claims = claims or Claims()
    shape = expected_shape(entry, order)
    candidates = [
        t
        for t in new_transactions(order, entry.order_before)
        if (t.phase, t.type, t.is_reversal) == shape
        and (entry.amount is None or abs(t.amount) == entry.amount)
        and not claims.owns(t)
    ]
    approved = [t for t in candidates if t.approved]
    if len(approved) > 1:
        return Match(None, AMBIGUOUS_NOTE.format(count=len(approved)), ambiguous=True)
    if approved:
        return Match(approved[0])
    if candidates:
        code = candidates[-1].pmo_result_code
        return Match(None, f"The bank declined it (result code {code}); no money moved.")
    return Match(None, "The order shows no such transaction; no money moved.")


async def read_with_backoff(
    client: GatewayClient, order_id: int, delays: Sequence[float]
) -> Order | None:
    """The order with full detail, trying again after each delay; None if it stays unreadable."""
    for delay in (0.0, *delays):
        if delay:
            await asyncio.sleep(delay)
        try:
            return await client.get_order(order_id, detailed=True)
        except GatewayError:
            continue
    return None


def outcome_of(entry: Entry, order_after: Order | None = None) -> Outcome:
    """The Outcome an entry stands for, as the journal has it now."""
    state = str(entry.state)
    if state == "done":
        message = done_message(entry.operation, entry.order_id, entry.amount, entry.currency,
                               entry.approval_code, entry.rrn)  # fmt: skip
    elif state == "not_done":
        message = not_done_message(entry.operation, entry.order_id, entry.note)
    elif state == "refused":
        message = refused_message(entry.operation, entry.order_id,
                                  entry.error_description or entry.error_code or "")  # fmt: skip
    elif state in ("awaiting_approval", "approved"):
        approver = entry.decided_by if state == "approved" else None
        message = awaiting_message(
            entry.operation, entry.order_id, entry.amount, entry.currency, entry.id, approver
        )
        state = "awaiting_approval"
    elif state == "rejected":
        message = rejected_message(entry.operation, entry.order_id, entry.decided_by, entry.note)
    else:
        why = entry.note if state == "unknown" else None
        message = unknown_message(entry.operation, entry.order_id, why)
    return Outcome(
        entry_id=entry.id,
        state="unknown" if state in UNSETTLED_STATES else state,  # type: ignore[arg-type]
        message=message,
        approval_code=entry.approval_code,
        rrn=entry.rrn,
        order_id=entry.order_id,
        order_after=order_after,
        action_id=entry.action_id,
    )


async def settle_entry(
    client: GatewayClient, journal: JournalStore, entry: Entry, delays: Sequence[float]
) -> Outcome:
    """Re-read the entry's order and settle it done or not done; unreadable → still unknown."""
    if entry.state not in UNSETTLED_STATES:
        return outcome_of(entry)
    if entry.order_id is None:
        # Only a payout or saved-card charge lacks an order id, and its money call needs one.
        await _write(journal.settle, entry.id, "not_done", note=NO_ORDER_NOTE)
        return outcome_of(await asyncio.to_thread(journal.get, entry.id))
    if entry.state == "intended":
        # The "sent" event is written, synchronously, right before every money call: without
        # it the call was never made (the process stopped before, or while re-reading).
        await _write(journal.settle, entry.id, "not_done", note=NEVER_SENT_NOTE)
        return outcome_of(await asyncio.to_thread(journal.get, entry.id))
    order = await read_with_backoff(client, entry.order_id, delays)
    if order is None:
        return outcome_of(entry)
    match = await _find_unclaimed(journal, entry, order)
    if match.tran is None and not match.ambiguous and delays:
        # Absent once is not yet absent: a gateway that timed out may still be committing the
        # request it had. Settling "not done" invites a second try, so look again after the
        # longest pause first.
        await asyncio.sleep(max(delays))
        again = await read_with_backoff(client, entry.order_id, delays)
        if again is None:
            return outcome_of(entry)
        order, match = again, await _find_unclaimed(journal, entry, again)
    snapshot = order_snapshot(order)
    # Journal calls fsync: off the event loop's thread (the window's, under the GUI).
    if match.ambiguous:
        await _write(journal.note_unknown, entry.id, match.note or "")
    elif match.tran is None:
        await _write(journal.settle, entry.id, "not_done", order_after=snapshot, note=match.note)
    else:
        await _write(
            journal.settle,
            entry.id,
            "done",
            approval_code=match.tran.approval_code,
            rrn=match.tran.rrn,
            action_id=match.tran.action_id,
            order_after=snapshot,
            # An earlier "stays unknown" note no longer holds: say it was resolved.
            note="One unclaimed matching transaction remained." if entry.note else None,
        )
    return outcome_of(await asyncio.to_thread(journal.get, entry.id), order)


async def _write(method: Callable[..., None], *args: Any, **kwargs: Any) -> None:
    """A settling write; if another process settled the entry first, its settlement stands
    (both read the same gateway), and the caller reports the entry as the journal has it."""
    with contextlib.suppress(EntryStateError):
        await asyncio.to_thread(method, *args, **kwargs)


async def _find_unclaimed(journal: JournalStore, entry: Entry, order: Order) -> Match:
    """``find_made`` with every other done entry of the order taken as claimed (read now)."""
    others = await asyncio.to_thread(journal.entries, order_id=entry.order_id)
    return find_made(entry, order, claims_of(others, entry))
