"""The write-ahead, hash-chained journal of every money operation, shared by all processes."""

from __future__ import annotations

import getpass
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import chain, groupby
from pathlib import Path
from typing import Any, TextIO

from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal import export, pages
from kapdesk.journal.chain import (
    GENESIS,
    LINKS_QUERY,
    ChainKey,
    VerifyReport,
    Witness,
    WitnessMark,
    check_witness,
    link_of,
    read_mark,
    row_hash,
    verify_links,
    verify_rows,
)
from kapdesk.journal.db import connect
from kapdesk.journal.entry import (
    OPEN_STATES,
    OUTCOME_STATES,
    SETTLED_STATES,
    Entry,
    EntryNotFound,
    EntryState,
    EntryStateError,
    JournalDamaged,
    OrderBusy,
    fold,
)
from kapdesk.journal.owner import Owner, current_owner, is_running
from kapdesk.journal.pages import PAGE_ENTRIES, JournalFilter, Page, PageMark
from kapdesk.journal.schema import COLUMNS, ROW_FORMAT, ensure_schema
from kapdesk.journal.scrub import check_masked_card, scrub_snapshot, scrub_text
from kapdesk.journal.serialize import canonical_json, to_jsonable

__all__ = [
    "ChainKey",
    "Entry",
    "EntryNotFound",
    "EntryState",
    "EntryStateError",
    "Journal",
    "JournalDamaged",
    "OrderBusy",
    "VerifyReport",
    "Witness",
    "WitnessMark",
]
log = logging.getLogger(__name__)

# An owner on another host cannot be asked whether it runs; no money call lasts this long.
STALE_AFTER = timedelta(minutes=10)

Row = dict[str, Any]

# Which journal entry each row of a batch file made (kapdesk.operations.batch): a row whose
# entry is done is skipped when the same file runs again.
_BATCH_ROWS = (
    "CREATE TABLE IF NOT EXISTS batch_rows (row_key TEXT NOT NULL, "
    "entry_id INTEGER NOT NULL, row_number INTEGER NOT NULL, file TEXT NOT NULL, "
    "PRIMARY KEY (row_key, entry_id))"
)

_INSERT = (
    f"INSERT INTO journal_events ({', '.join((*COLUMNS, 'hash'))}) "  # noqa: S608 - constants
    f"VALUES ({', '.join('?' * (len(COLUMNS) + 1))})"
)


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account without a passwd entry)
        return "unknown"


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _snapshot(value: Mapping[str, Any] | None) -> str | None:
    return None if value is None else canonical_json(scrub_snapshot(to_jsonable(value)))


def outcome_fields(
    state: str,
    *,
    approval_code: str | None = None,
    rrn: str | None = None,
    action_id: str | None = None,
    error_code: str | None = None,
    error_description: str | None = None,
    order_after: Mapping[str, Any] | None = None,
) -> tuple[EntryState, Row]:
    """An outcome's state and its columns as every backend stores them (free text redacted,
    the snapshot masked by field)."""
    new = EntryState(state)
    if new not in OUTCOME_STATES:
        raise ValueError(f"an outcome is done, refused or unknown, not {state}")
    return new, {
        "approval_code": _text(approval_code),
        "rrn": _text(rrn),
        "action_id": _text(action_id),
        "error_code": _text(error_code),
        "error_description": None
        if error_description is None
        else scrub_text(str(error_description)),
        "order_after": _snapshot(order_after),
    }


def settle_fields(
    state: str,
    *,
    approval_code: str | None = None,
    rrn: str | None = None,
    action_id: str | None = None,
    order_after: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> tuple[EntryState, Row]:
    """A settlement's state and its columns as every backend stores them."""
    new = EntryState(state)
    if new not in SETTLED_STATES:
        raise ValueError(f"an entry is settled as done or not_done, not {state}")
    return new, {
        "approval_code": _text(approval_code),
        "rrn": _text(rrn),
        "action_id": _text(action_id),
        "order_after": _snapshot(order_after),
        "note": None if note is None else scrub_text(str(note)),
    }


def _amount(amount: Decimal | None) -> str | None:
    if amount is None:
        return None
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise TypeError("a journal amount is a finite Decimal")
    return format(amount, "f")


# What this process last found intact, per journal file and key: (newest seq, its link).
# The full walk runs once per process; later checks only look at what was added since.
_INTACT: dict[tuple[str, str | None], tuple[int, str]] = {}
_INTACT_LOCK = threading.Lock()


class Journal:
    """The journal in the SQLite file ``path`` (WAL, synchronous=FULL); safe across processes.
    Satisfies :class:`kapdesk.journal.store.JournalStore`.

    With ``key`` (the profile store's :class:`ChainKey`) every new row is linked with
    HMAC-SHA256 and the key's witness follows the newest row; without it (``--sandbox``,
    ``--base-url``) rows are linked with plain SHA-256: the chain is unkeyed.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        now: Callable[[], datetime] | None = None,
        key: ChainKey | None = None,
    ) -> None:
        self.path = Path(path)
        self._now = now or (lambda: datetime.now(UTC))
        self.key = key
        self._marks = threading.local()  # the row a write transaction added, for the witness
        with closing(connect(self.path)) as conn:
            ensure_schema(conn, GENESIS)
            pages.ensure_index(conn)  # the Journal tab's pages (no schema change)

    @property
    def keyed(self) -> bool:
        return self.key is not None

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
        """Write the intent before the request leaves; the new entry's id.

        Raises :class:`OrderBusy` when the order has an entry whose outcome is not settled
        (in this or any other process): that is the per-order lock. Raises
        :class:`JournalDamaged` when the journal fails its check: no money operation starts.
        """
        known = self._known_intact()
        if known is None:  # the first check of this process walks the whole chain
            self.ensure_intact()
        # After that the rows added since are checked in the write transaction itself.
        mark = read_mark(self.key) if known is not None else (None, [])  # before: see read_mark
        owner = current_owner()
        fields: Row = {
            "event": "intent",
            "state": EntryState.INTENDED.value,
            "os_user": os_user or _os_user(),
            "profile": str(profile),
            "environment": str(environment),
            "order_id": None if order_id is None else int(order_id),
            "operation": str(operation),
            "amount": _amount(amount),
            "currency": str(currency).upper(),
            "masked_card": check_masked_card(masked_card),
            "reason": None if reason is None else scrub_text(reason),
            "order_before": _snapshot(order_before),
            "reason_category": None if reason_category is None else str(reason_category),
            "operator": None if operator is None else scrub_text(str(operator)),
            "owner_pid": owner.pid,
            "owner_host": owner.host,
            "owner_token": owner.token,
        }
        with self._writing() as conn:
            if known is not None:
                self._ensure_intact_since(conn, known, mark)
            if order_id is not None:
                self._refuse_if_busy(conn, int(order_id), None)
            return self._append(conn, None, fields, fields["order_id"])

    def set_order(self, entry_id: int, order_id: int) -> None:
        """A payout learns its order id after creating the order."""
        with self._writing() as conn:
            entry = self._load(conn, entry_id)
            if not entry.open or entry.order_id not in (None, order_id):
                raise EntryStateError(entry, f"order {order_id}")
            self._refuse_if_busy(conn, int(order_id), entry_id)
            self._append(
                conn,
                entry_id,
                {"event": "order", "state": entry.state, "order_id": int(order_id)},
                int(order_id),
            )

    def record_order_after(self, entry_id: int, order_after: Mapping[str, Any]) -> None:
        """The order as re-read once the outcome is recorded (the outcome comes first: it must
        not wait for one more round trip)."""
        with self._writing() as conn:
            entry = self._load(conn, entry_id)
            fields: Row = {
                "event": "after",
                "state": entry.state,
                "order_after": _snapshot(order_after),
            }
            self._append(conn, entry_id, fields, entry.order_id)

    def mark_sent(self, entry_id: int, order_before: Mapping[str, Any] | None = None) -> None:
        """The request leaves now. ``order_before`` is the order as re-read while the entry held
        the order's lock: from then on it is the entry's snapshot, the one reconciliation uses."""
        fields = {} if order_before is None else {"order_before": _snapshot(order_before)}
        self._change(entry_id, "sent", EntryState.SENT, {EntryState.INTENDED}, fields)

    def note_unknown(self, entry_id: int, note: str) -> None:
        """Reconciliation could not settle the entry: it stays unknown, and this says why."""
        fields = {"note": scrub_text(str(note))}
        self._change(entry_id, "check", EntryState.UNKNOWN, set(_UNSETTLED), fields)

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
        """What the gateway answered: done, refused (nothing happened) or unknown."""
        new, fields = outcome_fields(
            state, approval_code=approval_code, rrn=rrn, action_id=action_id,
            error_code=error_code, error_description=error_description, order_after=order_after,
        )  # fmt: skip
        allowed = {EntryState.INTENDED, EntryState.SENT}
        self._change(entry_id, "outcome", new, allowed, fields)

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
        """Settle an unknown (or abandoned) entry as done or not_done after reconciliation."""
        new, fields = settle_fields(
            state, approval_code=approval_code, rrn=rrn, action_id=action_id,
            order_after=order_after, note=note,
        )  # fmt: skip
        self._change(entry_id, "settle", new, set(_UNSETTLED), fields)

    # -- reading -------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        with self._reading() as conn:
            return self._load(conn, entry_id)

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
        return list(
            self.iter_entries(since, until, operator, operation, state=state, order_id=order_id)
        )

    def iter_entries(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        operator: str | None = None,
        operation: str | None = None,
        *,
        state: str | None = None,
        order_id: int | None = None,
        snapshots: bool = True,
        owners: bool = True,
    ) -> Iterator[Entry]:
        """:meth:`entries` one at a time, read from one snapshot as they are asked for: an
        export of a year's journal holds one entry in memory, not all of them. Without
        ``snapshots`` the entries come without their order before and after, without
        ``owners`` without their owner process (neither read nor parsed: what an export does
        not show)."""
        where: list[str] = []
        params: list[Any] = []
        for clause, value in (
            ("time >= ?", None if since is None else _utc_text(since)),
            ("time < ?", None if until is None else _utc_text(until)),
            ("os_user = ?", operator),
            ("operation = ?", operation),
            ("entry_id IN (SELECT entry_id FROM journal_events WHERE order_id = ?)", order_id),
        ):
            if value is not None:
                where.append(clause)
                params.append(value)
        # Only the fixed clauses above are joined in; every value is a bound parameter. An
        # entry's rows are read when its intent row is; without a filter, every entry's are
        # (an orphan row is skipped when folding, see _fold_rows).
        chosen = (
            "WHERE entry_id IN (SELECT entry_id FROM journal_events WHERE event = 'intent' AND "  # noqa: S608
            f"{' AND '.join(where)}) "
            if where
            else ""
        )
        left_out = (set() if snapshots else _SNAPSHOTS) | (set() if owners else _OWNER)
        columns = ", ".join(
            f"NULL AS {name}" if name in left_out else name
            for name in COLUMNS
            if name not in _UNFOLDED
        )
        query = f"SELECT {columns} FROM journal_events {chosen}ORDER BY entry_id, seq"  # noqa: S608
        wanted = None if state is None else EntryState(state)
        with self._reading() as conn:
            for entry in self._fold_tuples(conn.execute(query, params)):
                if wanted is not None and entry.state != wanted:
                    continue
                if order_id is not None and entry.order_id != order_id:
                    continue  # set_order may have moved an entry to another order
                yield entry

    def entries_page(
        self, filters: JournalFilter, *, after: PageMark | None = None, limit: int = PAGE_ENTRIES
    ) -> Page:
        """One page of entries, newest first, without order snapshots (``journal.pages``)."""
        with self._reading() as conn:
            return pages.read_page(conn, filters, after, limit)

    def changed_since(self, seq: int, *, limit: int = PAGE_ENTRIES) -> Page:
        """The entries that got a row after ``seq``, and the newest row read."""
        with self._reading() as conn:
            return pages.read_changes(conn, seq, limit)

    def unsettled(self, *, include_live: bool = False) -> list[Entry]:
        """Entries with no settled outcome whose owner process is gone (all when include_live)."""
        query = (
            "SELECT * FROM journal_events WHERE entry_id IN ("
            " SELECT e.entry_id FROM journal_events e JOIN"
            " (SELECT entry_id, MAX(seq) AS last FROM journal_events GROUP BY entry_id) m"
            " ON e.seq = m.last WHERE e.state IN ('intended', 'sent', 'unknown'))"
            " ORDER BY entry_id, seq"
        )
        with self._reading() as conn:
            found = self._fold_rows(conn.execute(query).fetchall())
        return [entry for entry in found if include_live or not self.owner_alive(entry)]

    def owner_alive(self, entry: Entry) -> bool:
        """Whether the process that wrote ``entry`` may still be working on it."""
        running = is_running(Owner(entry.owner_pid, entry.owner_host, entry.owner_token))
        if running is None:
            last = entry.updated_at or entry.time
            return self._now() - last < STALE_AFTER
        return running

    def may_settle(self, entry: Entry) -> bool:
        """Whether reconciling ``entry`` now is safe: its outcome is unknown, or the process
        that wrote it is gone (nobody is sending it)."""
        return entry.state == EntryState.UNKNOWN or not self.owner_alive(entry)

    def awaiting_on(self, order_id: int) -> Entry | None:
        """None: a single desk has no four-eyes thresholds, so nothing awaits approval."""
        return None

    def busy_error(self, entry: Entry) -> OrderBusy:
        """The refusal of a second operation on ``entry``'s order."""
        return OrderBusy(
            entry, in_progress=entry.state != EntryState.UNKNOWN and self.owner_alive(entry)
        )

    def is_mine(self, entry: Entry) -> bool:
        """Whether ``entry`` was written by this very process."""
        return Owner(entry.owner_pid, entry.owner_host, entry.owner_token) == current_owner()

    def verify(self) -> VerifyReport:
        """Walk the chain (with the key, when there is one), check the witness and the table of
        open orders; a consistent snapshot even while another process writes."""
        mark, mark_problems = read_mark(self.key)  # first: see read_mark
        with self._reading() as conn:
            head = self._head(conn)
            try:
                kept: list[tuple[int, int]] | None = [
                    (row[0], row[1])
                    for row in conn.execute("SELECT order_id, entry_id FROM journal_order_state")
                ]
            except sqlite3.OperationalError:  # the table was dropped
                kept = None
                mark_problems = [*mark_problems, _NO_ORDER_STATE]

            def row_at(seq: int) -> Mapping[str, Any]:
                found = conn.execute("SELECT * FROM journal_events WHERE seq = ?", (seq,))
                return dict(found.fetchone())

            try:
                report = self._walk_links(conn, head, mark, mark_problems, kept, row_at)
            except sqlite3.OperationalError as error:
                said = str(error).lower()
                if "blob" not in said and "json" not in said:
                    raise
                # A hand-edited BLOB SQLite's JSON will not spell (or no JSON in this SQLite):
                # the same walk, each row's message made in Python.
                cursor = conn.execute("SELECT * FROM journal_events ORDER BY seq")
                names = [column[0] for column in cursor.description]
                cursor.row_factory = None
                links = (link_of(dict(zip(names, values, strict=True))) for values in cursor)
                report = verify_links(
                    links, head, self.key, mark=mark, mark_problems=mark_problems,
                    order_state=kept,
                )  # fmt: skip
        if not report.messages:  # keyed rows this process cannot check are no damage
            self._remember_intact(report.last_seq, report.last_hash)
        return report

    def _walk_links(
        self,
        conn: sqlite3.Connection,
        head: Mapping[str, Any] | None,
        mark: WitnessMark | None,
        mark_problems: list[Any],
        kept: list[tuple[int, int]] | None,
        row_at: Callable[[int], Mapping[str, Any]],
    ) -> VerifyReport:
        cursor = conn.execute(LINKS_QUERY)
        cursor.row_factory = None  # plain tuples: the cheapest rows sqlite3 makes
        # One chunk at a time from the cursor through the walk: flat memory at any size.
        links = chain.from_iterable(iter(lambda: cursor.fetchmany(_CHUNK), []))
        return verify_links(
            links, head, self.key, row_at=row_at, mark=mark, mark_problems=mark_problems,
            order_state=kept,
        )  # fmt: skip

    def ensure_intact(self) -> None:
        """Raise :class:`JournalDamaged` unless the journal passes its check.

        The whole chain is walked once per process; after that only the rows added since,
        the head record and the witness are looked at, so this stays cheap at any size.
        """
        known = self._known_intact()
        if known is None:
            report = self.verify()
            if report.messages:
                raise _refusal(report.messages)
            return
        mark = read_mark(self.key)
        with self._reading() as conn:
            self._ensure_intact_since(conn, known, mark)

    def _known_intact(self) -> tuple[int, str] | None:
        with _INTACT_LOCK:
            return _INTACT.get(self._slot())

    def _slot(self) -> tuple[str, str | None]:
        return (str(self.path.resolve()), None if self.key is None else self.key.id)

    def _ensure_intact_since(
        self,
        conn: sqlite3.Connection,
        known: tuple[int, str],
        mark: tuple[WitnessMark | None, list[Any]],
    ) -> None:
        """ensure_intact() on ``conn``'s snapshot, once the whole chain was found intact
        (``mark``: the witness's, read before that snapshot)."""
        problems, newest = self._check_since(conn, *known, *mark)
        if problems:
            with _INTACT_LOCK:
                _INTACT.pop(self._slot(), None)
            raise _refusal(problems)
        self._remember_intact(*newest)

    def export_csv(self, stream: TextIO, *, bom: bool = True, **filters: Any) -> int:
        """Write the entries as CSV (UTF-8 with a BOM for Excel); the number written."""
        return export.write_csv(
            self.iter_entries(**filters, snapshots=False, owners=False), stream, bom=bom
        )

    def export_json(self, stream: TextIO, **filters: Any) -> int:
        """Write the entries as a JSON array; the number written."""
        return export.write_json(self.iter_entries(**filters), stream)

    # -- batches -------------------------------------------------------------------------

    def remember_batch_row(self, row_key: str, entry_id: int, row_number: int, file: str) -> None:
        """The batch row known by ``row_key`` made entry ``entry_id`` (kept once per pair)."""
        with closing(connect(self.path)) as conn:
            conn.execute(_BATCH_ROWS)
            conn.execute(
                "INSERT OR IGNORE INTO batch_rows VALUES (?, ?, ?, ?)",
                (row_key, entry_id, row_number, file),
            )

    def batch_row_entries(self, row_key: str) -> list[int]:
        """The entries the batch row ``row_key`` made, oldest first."""
        with closing(connect(self.path)) as conn:
            conn.execute(_BATCH_ROWS)
            found = conn.execute(
                "SELECT entry_id FROM batch_rows WHERE row_key = ? ORDER BY entry_id", (row_key,)
            ).fetchall()
        return [int(r[0]) for r in found]

    # -- internals -----------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        # One read transaction: a consistent snapshot while other processes append (WAL).
        with closing(connect(self.path)) as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock first, so check-then-append is atomic across
        # processes: that is what makes the per-order lock hold.
        self._marks.added = None
        with closing(connect(self.path)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        self._witness_added()

    def _witness_added(self) -> None:
        # Only after COMMIT: a witness ahead of the journal would read as deleted rows.
        added, self._marks.added = self._marks.added, None
        if added is None or self.key is None or self.key.witness is None:
            return
        try:
            self.key.witness.advance(*added)
        except (UserError, OSError) as exc:
            # The row is written; a witness that lags behind is still a true witness.
            log.warning("the journal's witness did not move to row %d: %s", added[0], exc)

    @staticmethod
    def _head(conn: sqlite3.Connection) -> dict[str, Any] | None:
        try:
            head = conn.execute("SELECT count, last_hash FROM journal_head").fetchone()
        except sqlite3.OperationalError:  # the head table itself was dropped
            return None
        return None if head is None else dict(head)

    def _remember_intact(self, seq: int, link: str) -> None:
        slot = self._slot()
        with _INTACT_LOCK:
            known = _INTACT.get(slot)
            if known is None or known[0] <= seq:
                _INTACT[slot] = (seq, link)

    def _check_since(
        self,
        conn: sqlite3.Connection,
        seq: int,
        link: str,
        mark: WitnessMark | None,
        mark_problems: list[Any],
    ) -> tuple[list[Any], tuple[int, str]]:
        """Problems in what was added after row ``seq`` (found intact with ``link``)."""
        problems = list(mark_problems)
        head = self._head(conn)
        rows = [
            dict(row)
            for row in conn.execute(
                "SELECT * FROM journal_events WHERE seq >= ? ORDER BY seq", (max(seq, 1),)
            )
        ]
        witnessed = None
        if mark is not None and mark.count:
            found = conn.execute(
                "SELECT hash FROM journal_events WHERE seq = ?", (mark.count,)
            ).fetchone()
            witnessed = None if found is None else dict(found)
        first, prev = 1, GENESIS
        if seq:
            if not rows or rows[0]["seq"] != seq or rows[0]["hash"] != link:
                newest = int(head["count"]) if head else 0
                messages = [*problems, *check_witness(mark, witnessed, newest)]
                return [*messages, _changed_since(seq)], (seq, link)
            first, prev = seq, rows[0]["prev_hash"]  # the newest checked row: its link again
        report = verify_rows(rows, head, self.key, first=first, prev=prev)
        problems += report.messages
        problems += check_witness(mark, witnessed, report.last_seq)
        return problems, (report.last_seq, report.last_hash)

    def _change(
        self, entry_id: int, event: str, new: EntryState, allowed: set[EntryState], fields: Row
    ) -> None:
        with self._writing() as conn:
            entry = self._load(conn, entry_id)
            if entry.state not in allowed:
                raise EntryStateError(entry, new.value)
            self._append(
                conn, entry_id, {"event": event, "state": new.value, **fields}, entry.order_id
            )

    def _append(
        self,
        conn: sqlite3.Connection,
        entry_id: int | None,
        fields: Row,
        order_id: int | None = None,
    ) -> int:
        """Add the row ``fields`` to entry ``entry_id`` (a new entry when None), which is on
        order ``order_id`` once the row is in (None: the row's own order id); the new row's
        seq."""
        if order_id is None:
            order_id = fields.get("order_id")
        head = conn.execute("SELECT count, last_hash FROM journal_head WHERE id = 1").fetchone()
        if head is None:
            raise JournalDamaged(
                N_("The journal's head record is missing; run 'kapdesk journal verify'.")
            )
        seq = int(head["count"]) + 1
        row: Row = dict.fromkeys(COLUMNS)
        row.update(fields)
        row.update(
            seq=seq,
            entry_id=seq if entry_id is None else entry_id,
            time=_utc_text(self._now()),
            prev_hash=head["last_hash"],
            format=ROW_FORMAT,
            key_id=None if self.key is None else self.key.id,
        )
        digest = row_hash(row, None if self.key is None else self.key.secret)
        try:
            conn.execute(_INSERT, [*(row[name] for name in COLUMNS), digest])
        except sqlite3.IntegrityError:  # a row was slipped in after the head: do not build on it
            raise JournalDamaged(
                N_("The journal has rows kapdesk did not write; run 'kapdesk journal verify'.")
            ) from None
        conn.execute("UPDATE journal_head SET count = ?, last_hash = ? WHERE id = 1", (seq, digest))
        if order_id is not None:  # the order's state moves with its entry, in this transaction
            state_change = _STATE_OPEN if row["state"] in OPEN_STATES else _STATE_SETTLED
            conn.execute(state_change, (order_id, row["entry_id"]))
        self._marks.added = (seq, digest)
        return seq

    def _load(self, conn: sqlite3.Connection, entry_id: int) -> Entry:
        rows = conn.execute(
            "SELECT * FROM journal_events WHERE entry_id = ? ORDER BY seq", (entry_id,)
        ).fetchall()
        if not rows or rows[0]["event"] != "intent":
            raise EntryNotFound(entry_id)
        return fold([dict(row) for row in rows])

    @staticmethod
    def _fold_tuples(cursor: sqlite3.Cursor) -> Iterator[Entry]:
        # _fold_rows for a whole journal: plain tuples fetched in chunks, grouped by entry.
        names = [column[0] for column in cursor.description]
        cursor.row_factory = None
        at = names.index("entry_id")
        events: list[Row] = []
        for values in chain.from_iterable(iter(lambda: cursor.fetchmany(_CHUNK), [])):
            if events and values[at] != events[0]["entry_id"]:
                if events[0]["event"] == "intent":  # an orphan is verify()'s business
                    yield fold(events)
                events = []
            events.append(dict(zip(names, values, strict=True)))
        if events and events[0]["event"] == "intent":
            yield fold(events)

    @staticmethod
    def _fold_rows(rows: Iterable[sqlite3.Row]) -> Iterator[Entry]:
        for _, group in groupby(rows, key=lambda row: row["entry_id"]):
            events = [dict(row) for row in group]
            if events[0]["event"] == "intent":  # an orphan is verify()'s business, not a read's
                yield fold(events)

    def _refuse_if_busy(self, conn: sqlite3.Connection, order_id: int, own: int | None) -> None:
        # The order's open entries as journal_order_state keeps them, and the order's newest
        # entry as the rows themselves say (an entry joins an order only while none of its
        # entries is open, so an open one is always the newest): a row deleted from the state
        # table does not unlock the order. Only a candidate whose own newest row is open is
        # folded; the order's settled history is never read.
        try:
            ids = conn.execute(_MAYBE_OPEN, (order_id, *sorted(OPEN_STATES))).fetchall()
        except sqlite3.OperationalError as error:
            if "journal_order_state" not in str(error):
                raise
            raise JournalDamaged(
                N_("The journal's table of open orders is missing; run 'kapdesk journal verify'.")
            ) from None
        for (entry_id,) in ids:
            if entry_id == own:
                continue
            try:
                entry = self._load(conn, entry_id)
            except EntryNotFound:  # an orphan row: verify() reports it; it locks nothing
                continue
            if entry.open and entry.order_id == order_id:
                in_progress = entry.state != EntryState.UNKNOWN and self.owner_alive(entry)
                raise OrderBusy(entry, in_progress=in_progress)


_OPEN_MARKS = ", ".join(f"?{n + 2}" for n in range(len(OPEN_STATES)))  # ?2, ?3, ...
_MAYBE_OPEN = (
    "SELECT entry_id FROM ("  # noqa: S608 - placeholders only
    " SELECT entry_id FROM journal_order_state WHERE order_id = ?1"
    " UNION SELECT entry_id FROM (SELECT entry_id FROM journal_events WHERE order_id = ?1"
    " ORDER BY seq DESC LIMIT 1)) AS mine"
    " WHERE (SELECT state FROM journal_events AS row WHERE row.entry_id = mine.entry_id"
    f" ORDER BY seq DESC LIMIT 1) IN ({_OPEN_MARKS})"
)
# What reconciliation settles (the four-eyes states exist only in the team journal).
_UNSETTLED = frozenset({EntryState.INTENDED, EntryState.SENT, EntryState.UNKNOWN})
_STATE_OPEN = "INSERT OR IGNORE INTO journal_order_state (order_id, entry_id) VALUES (?, ?)"
_STATE_SETTLED = "DELETE FROM journal_order_state WHERE order_id = ? AND entry_id = ?"


_SNAPSHOTS = frozenset({"order_before", "order_after"})
_OWNER = frozenset({"owner_pid", "owner_host", "owner_token"})
_UNFOLDED = frozenset({"seq", "format", "key_id", "prev_hash"})  # the chain's: fold() never reads
_CHUNK = 2000  # rows fetched at a time by the walks over the whole journal


_NO_ORDER_STATE = UserMessage(N_("The journal's table of open orders is missing: it was deleted."))


def _refusal(problems: list[Any]) -> JournalDamaged:
    first = str(problems[0]) if problems else ""
    return JournalDamaged(
        N_(
            "The journal failed its check, so no money operation was started: {problem} "
            "Run 'kapdesk journal verify' to see every problem."
        ),
        problem=first,
    )


def _changed_since(seq: int) -> Any:
    from kapdesk.i18n import UserMessage

    return UserMessage(
        N_("Row {seq} changed or disappeared since this program checked it: the journal was "
           "rewritten or replaced."),
        seq=seq,
    )  # fmt: skip
