"""What the rest of kapdesk may ask of the journal and the order index: two small interfaces.

``operations/``, ``cli/``, ``gui/`` and ``app/`` hold a :class:`JournalStore` and an
:class:`OrderIndexStore`, never a backend: the SQLite ones (``journal.Journal``,
``orders.OrderIndex``) satisfy them today, and a second backend (PostgreSQL for team mode)
stands beside them by offering the same methods. ``tests/journal/test_contract.py`` runs the
contract against every implementation. The value types (Entry, VerifyReport, IndexedOrder)
are plain data, the same whatever stores them.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol, TextIO

from kapdesk.domain.disputes import Case, CaseEvent, CaseState
from kapdesk.domain.orders import Order
from kapdesk.journal.chain import VerifyReport
from kapdesk.journal.entry import Entry, OrderBusy
from kapdesk.journal.pages import PAGE_ENTRIES, JournalFilter, Page, PageMark
from kapdesk.journal.raw_dictionary import DICTIONARY_1

__all__ = [
    "PAGE_ENTRIES",
    "PAGE_SIZE",
    "DisputeStore",
    "Entry",
    "IndexedOrder",
    "JournalFilter",
    "JournalStore",
    "OrderIndexStore",
    "Page",
    "PageMark",
    "VerifyReport",
]

# A search's first page (the Lookup tab, ``kapdesk search``); the next come with ``offset``.
PAGE_SIZE = 500


class JournalStore(Protocol):
    """The write-ahead journal of money operations, with its per-order lock.

    Every state change is one appended event; an entry is the fold of its events. An open
    entry (intended, sent, unknown) on an order refuses a second intent with ``OrderBusy``.
    """

    # -- writing -------------------------------------------------------------------------

    def record_intent(
        self,
        *,
        profile: str,
        environment: str,
        order_id: int | None,
        operation: str,
        amount: Decimal | None,
        currency: str,
        masked_card: str | None = None,
        reason: str | None = None,
        order_before: Mapping[str, Any] | None = None,
        os_user: str | None = None,
        reason_category: str | None = None,
        operator: str | None = None,
    ) -> int:
        """Write the intent before the request leaves; the new entry's id. Raises OrderBusy
        when the order has an open entry, JournalDamaged when the journal fails its check."""
        ...

    def set_order(self, entry_id: int, order_id: int) -> None:
        """A payout learns its order id after creating the order (takes that order's lock)."""
        ...

    def mark_sent(self, entry_id: int, order_before: Mapping[str, Any] | None = None) -> None:
        """The request leaves now (intended → sent)."""
        ...

    def record_outcome(
        self,
        entry_id: int,
        state: str,
        *,
        approval_code: str | None = None,
        rrn: str | None = None,
        action_id: str | None = None,
        error_code: str | None = None,
        error_description: str | None = None,
        order_after: Mapping[str, Any] | None = None,
    ) -> None:
        """What the gateway answered: done, refused or unknown."""
        ...

    def record_order_after(self, entry_id: int, order_after: Mapping[str, Any]) -> None:
        """The order as re-read once the outcome is recorded."""
        ...

    def note_unknown(self, entry_id: int, note: str) -> None:
        """Reconciliation could not settle the entry: it stays unknown, and this says why."""
        ...

    def settle(
        self,
        entry_id: int,
        state: str,
        *,
        approval_code: str | None = None,
        rrn: str | None = None,
        action_id: str | None = None,
        order_after: Mapping[str, Any] | None = None,
        note: str | None = None,
    ) -> None:
        """Settle an open entry as done or not_done after reconciliation."""
        ...

    # -- reading -------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        """One entry (EntryNotFound when there is none)."""
        ...

    def entries(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        operator: str | None = None,
        operation: str | None = None,
        state: str | None = None,
        order_id: int | None = None,
    ) -> list[Entry]:
        """Entries, oldest first; ``since``/``until`` bound the intent time (until excluded)."""
        ...

    def entries_page(
        self, filters: JournalFilter, *, after: PageMark | None = None, limit: int = PAGE_ENTRIES
    ) -> Page:
        """One page of the entries ``filters`` select, newest first (by intent time, then id),
        without their order snapshots (``get`` has them); ``after``: the page's ``next``."""
        ...

    def changed_since(self, seq: int, *, limit: int = PAGE_ENTRIES) -> Page:
        """The entries that got a row after sequence number ``seq`` (newest first, without
        snapshots); the page's ``seq`` is the newest row read (ask again from it while
        ``more``). A live view's re-read after news, or after a reconnect."""
        ...

    def unsettled(self, *, include_live: bool = False) -> list[Entry]:
        """Open entries whose owner is gone (every open entry with ``include_live``)."""
        ...

    def may_settle(self, entry: Entry) -> bool:
        """Whether this handle may reconcile the open ``entry`` now: nobody is sending it (or
        its outcome is unknown), and on a team it is this person's on this workstation (a
        colleague's is taken over first)."""
        ...

    def awaiting_on(self, order_id: int) -> Entry | None:
        """The entry holding ``order_id`` for four-eyes (awaiting approval, or approved and
        not yet sent), if any; never one on a single desk's journal (no thresholds there)."""
        ...

    def busy_error(self, entry: Entry) -> OrderBusy:
        """The refusal of a second money operation on the order ``entry`` holds (a team's
        names the person and workstation holding it)."""
        ...

    def export_csv(self, stream: TextIO, *, bom: bool = True, **filters: Any) -> int:
        """The entries (filtered as :meth:`entries`) as CSV; the number written."""
        ...

    # -- checking ------------------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """Walk the whole chain and report every problem."""
        ...

    def ensure_intact(self) -> None:
        """Raise JournalDamaged unless the journal passes its check."""
        ...

    # -- batches -------------------------------------------------------------------------

    def remember_batch_row(self, row_key: str, entry_id: int, row_number: int, file: str) -> None:
        """The batch row known by ``row_key`` made journal entry ``entry_id``."""
        ...

    def batch_row_entries(self, row_key: str) -> list[int]:
        """The journal entries the batch row ``row_key`` made, oldest first."""
        ...


@dataclass(frozen=True, slots=True)
class IndexedOrder:
    """What the index remembers of one order."""

    order_id: int
    type: str
    status: str
    amount: Decimal
    currency: str
    created: datetime | None
    masked_card: str | None
    last4: str | None
    rrns: tuple[str, ...]
    approval_codes: tuple[str, ...]
    refunded: Decimal | None
    last_refreshed: datetime
    # The raw answer as stored (zlib-compressed JSON): parsed only when :attr:`raw` is read,
    # so a search of thousands of orders does not parse thousands of answers.
    packed_raw: bytes = field(default=b"", repr=False)

    @property
    def raw(self) -> dict[str, Any]:
        """The order's raw answer as last read (masked), parsed now (amounts as Decimal)."""
        if not self.packed_raw:
            return {}
        found: dict[str, Any] = json.loads(unpack(self.packed_raw), parse_float=Decimal)
        return found

    @staticmethod
    def pack(raw: Mapping[str, Any]) -> bytes:
        """``raw`` as :attr:`packed_raw` holds it."""
        return pack(json.dumps(raw, default=str, ensure_ascii=False).encode())


# Packed answers start with the number of the preset dictionary they were deflated with.
_DICTIONARIES = {1: DICTIONARY_1}


def pack(data: bytes) -> bytes:
    """``data`` deflated with the newest preset dictionary, that dictionary's number first."""
    number = max(_DICTIONARIES)
    deflate = zlib.compressobj(9, zdict=_DICTIONARIES[number])
    return bytes([number]) + deflate.compress(data) + deflate.flush()


def unpack(packed: bytes) -> bytes:
    """What :func:`pack` was given."""
    inflate = zlib.decompressobj(zdict=_DICTIONARIES[packed[0]])
    return inflate.decompress(packed[1:]) + inflate.flush()


class OrderIndexStore(Protocol):
    """Every order the console has read, searchable offline, for one environment and profile."""

    def save(self, order: Order, seen_at: datetime) -> None:
        """Remember ``order`` as read at ``seen_at`` (replacing what was known of it)."""
        ...

    def save_many(self, orders: Iterable[Order], seen_at: datetime) -> int:
        """Remember many orders at once; how many."""
        ...

    def get(self, order_id: int) -> IndexedOrder | None:
        """The order by its id, when it was seen."""
        ...

    def search(
        self,
        text: str | None = None,
        *,
        rrn: str | None = None,
        approval_code: str | None = None,
        last4: str | None = None,
        amount: Decimal | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
        limit: int = 10_000,
        offset: int = 0,
    ) -> list[IndexedOrder]:
        """Known orders matching every given criterion, newest first: ``limit`` of them after
        the first ``offset`` (a page at a time)."""
        ...

    def raw(self, order_id: int) -> dict[str, Any] | None:
        """The order's raw answer as last read, parsed only now (None: never seen)."""
        ...


class DisputeStore(Protocol):
    """Dispute cases of one environment and profile, and every change of their state
    (``journal.disputes.DisputeCases`` today; the team journal's backend later)."""

    def open_case(self, case: Case, *, why: str = "", operator: str = "") -> Case:
        """Record a new open case and its opening event; CaseExists while the order has a
        case that is not closed."""
        ...

    def set_state(
        self, order_id: int, state: CaseState | str, *, why: str, operator: str = ""
    ) -> Case:
        """Move the order's case along ``domain.disputes.TRANSITIONS``, recording who and why."""
        ...

    def case_for(self, order_id: int) -> Case | None:
        """The order's newest case."""
        ...

    def cases(self, *, include_closed: bool = True) -> list[Case]:
        """The worklist, soonest due first."""
        ...

    def events(self, order_id: int) -> list[CaseEvent]:
        """Every state change of the order's cases, oldest first."""
        ...

    def orders_with_cases(self) -> set[int]:
        """The orders that have a case."""
        ...
