"""The team journal: :class:`kapdesk.journal.store.JournalStore` over the shared PostgreSQL.

Every write is one call of the server's ``kapdesk.append`` function (one transaction; the
server serialises, numbers, timestamps, names the person, checks the state change and the
per-order lock); reads are plain SELECTs. Entries are folded exactly as the SQLite journal's.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from itertools import groupby
from typing import TYPE_CHECKING, Any, TextIO

from kapdesk.domain.allowances import operation_title
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal import export
from kapdesk.journal.chain import VerifyReport
from kapdesk.journal.entry import (
    Entry,
    EntryNotFound,
    EntryState,
    EntryStateError,
    JournalDamaged,
    OrderBusy,
    fold,
)
from kapdesk.journal.journal import (
    STALE_AFTER,
    _amount,
    _os_user,
    _snapshot,
    _utc_text,
    outcome_fields,
    settle_fields,
)
from kapdesk.journal.owner import Owner, current_owner, is_running
from kapdesk.journal.pages import PAGE_ENTRIES, JournalFilter, Page, PageMark
from kapdesk.journal.schema import COLUMNS
from kapdesk.journal.scrub import check_masked_card, scrub_text
from kapdesk.journal.team.connect import TeamAddress

if TYPE_CHECKING:
    import psycopg

    from kapdesk.journal.team.listen import Listening

log = logging.getLogger(__name__)
Row = dict[str, Any]


class TeamUnavailable(UserError):
    """The team database cannot be reached or refused the login."""


class TeamBusy(UserError):
    """The team journal did not answer within its lock timeout (a frozen workstation)."""


class NotAllowed(UserError):
    """The database refused the step to this person (four-eyes, roles)."""


class TeamOrderBusy(OrderBusy):
    """OrderBusy naming the person and workstation that hold the order, and since when."""

    def __init__(self, entry: Entry, *, in_progress: bool, person: str, workstation: str) -> None:
        if in_progress:
            template = N_(
                "Order {order_id} is busy: {operation} started by {person} on {workstation} "
                "at {since} (journal entry {entry_id}) is still in progress. Wait for it to "
                "finish."
            )
        else:
            template = N_(
                "Order {order_id} has an unsettled {operation} started by {person} on "
                "{workstation} at {since} (journal entry {entry_id}, {state}). It must be "
                "settled (reconciled) before another money operation on this order."
            )
        UserError.__init__(
            self,
            template,
            order_id=entry.order_id,
            operation=operation_title(entry.operation),
            person=person,
            workstation=workstation,
            since=entry.time.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
            entry_id=entry.id,
            state=entry.state.value,
        )
        self.entry = entry
        self.in_progress = in_progress
        self.person = person
        self.workstation = workstation


def _fold_ready(row: Mapping[str, Any]) -> Row:
    """A server row in the shape ``entry.fold`` reads (times and amounts as text)."""
    out = dict(row)
    out["time"] = row["time"].astimezone(UTC).isoformat(timespec="microseconds")
    if row.get("amount") is not None:
        out["amount"] = format(row["amount"], "f")
    return out


class TeamJournal:
    """The team's journal at ``address``, logged in with ``password``.

    ``now`` is honoured only by a database whose administrator trusts client clocks (test
    databases); otherwise every row carries the server's time.
    """

    def __init__(
        self,
        address: TeamAddress,
        password: str | None,
        *,
        ca_file: str | None = None,
        workstation: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.address = address
        self.workstation = workstation or socket.gethostname()
        self._now = now
        self._lock = threading.Lock()
        self._intact = False
        self._ca_file = ca_file
        try:
            self._conn: psycopg.Connection[Row] = psycopg.connect(
                **address.connect_args(password, ca_file), autocommit=True, row_factory=dict_row
            )
        except psycopg.Error as exc:
            raise TeamUnavailable(
                N_("Cannot open the team journal {dsn}: {reason}"),
                dsn=address.dsn,
                reason=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
            ) from None

    @property
    def keyed(self) -> bool:
        return True  # the chain's key is the server's

    @property
    def person(self) -> str:
        return self.address.user

    def close(self) -> None:
        self._conn.close()

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
        self.ensure_intact()
        owner = current_owner()
        fields: Row = {
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
        return self._append(None, "intent", EntryState.INTENDED.value, fields)

    def set_order(self, entry_id: int, order_id: int) -> None:
        entry = self.get(entry_id)
        if not entry.open or entry.order_id not in (None, order_id):
            raise EntryStateError(entry, f"order {order_id}")
        self._append(entry_id, "order", entry.state.value, {"order_id": int(order_id)})

    def record_order_after(self, entry_id: int, order_after: Mapping[str, Any]) -> None:
        state = self.get(entry_id).state.value
        self._append(entry_id, "after", state, {"order_after": _snapshot(order_after)})

    def mark_sent(self, entry_id: int, order_before: Mapping[str, Any] | None = None) -> None:
        fields = {} if order_before is None else {"order_before": _snapshot(order_before)}
        self._append(entry_id, "sent", EntryState.SENT.value, fields)

    def note_unknown(self, entry_id: int, note: str) -> None:
        self._append(entry_id, "check", EntryState.UNKNOWN.value, {"note": scrub_text(str(note))})

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
        new, fields = outcome_fields(
            state, approval_code=approval_code, rrn=rrn, action_id=action_id,
            error_code=error_code, error_description=error_description, order_after=order_after,
        )  # fmt: skip
        self._append(entry_id, "outcome", new.value, fields)

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
        new, fields = settle_fields(
            state, approval_code=approval_code, rrn=rrn, action_id=action_id,
            order_after=order_after, note=note,
        )  # fmt: skip
        self._append(entry_id, "settle", new.value, fields)

    # -- reading -------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        rows = self._rows(
            "SELECT * FROM kapdesk.journal_events WHERE entry_id = %s ORDER BY seq", (entry_id,)
        )
        if not rows or rows[0]["event"] != "intent":
            raise EntryNotFound(entry_id)
        return fold(rows)

    def entries(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        operator: str | None = None,
        operation: str | None = None,
        state: str | None = None,
        order_id: int | None = None,
    ) -> list[Entry]:
        where, params = ["event = 'intent'"], []
        for clause, value in (
            ("time >= %s", None if since is None else _utc_text(since)),
            ("time < %s", None if until is None else _utc_text(until)),
            ("os_user = %s", operator),
            ("operation = %s", operation),
            (
                "entry_id IN (SELECT entry_id FROM kapdesk.journal_events WHERE order_id = %s)",
                order_id,
            ),
        ):
            if value is not None:
                where.append(clause)
                params.append(value)
        query = (
            "SELECT * FROM kapdesk.journal_events WHERE entry_id IN "  # noqa: S608 - constants
            f"(SELECT entry_id FROM kapdesk.journal_events WHERE {' AND '.join(where)}) "
            "ORDER BY entry_id, seq"
        )
        found = self._fold_rows(self._rows(query, params))
        if state is not None:
            found = [entry for entry in found if entry.state == EntryState(state)]
        if order_id is not None:
            found = [entry for entry in found if entry.order_id == order_id]
        return found

    def entries_page(
        self, filters: JournalFilter, *, after: PageMark | None = None, limit: int = PAGE_ENTRIES
    ) -> Page:
        """One page of entries, newest first, without order snapshots (``team.pages``)."""
        from kapdesk.journal.team import pages

        with self._calling() as conn:
            return pages.read_page(conn, filters, after, limit)

    def changed_since(self, seq: int, *, limit: int = PAGE_ENTRIES) -> Page:
        """The entries that got a row after ``seq``, and the newest row read."""
        from kapdesk.journal.team import pages

        with self._calling() as conn:
            return pages.read_changes(conn, seq, limit)

    def listen(self, news: Callable[[], None]) -> Listening:
        """Call ``news()`` (on a thread of its own) whenever the team journal gets a row, and
        once after each reconnect; ``close()`` the handle to stop (``team.listen``)."""
        from kapdesk.journal.team.listen import JournalListener

        return JournalListener.start(self._listen_args(), news)

    def _listen_args(self) -> dict[str, Any]:
        # The listener's own connection, logged in as this one (psycopg keeps the password
        # for the connection's life; it is never written anywhere).
        return self.address.connect_args(self._conn.info.password or None, self._ca_file)

    def unsettled(self, *, include_live: bool = False) -> list[Entry]:
        query = (
            "SELECT * FROM kapdesk.journal_events WHERE entry_id IN (SELECT entry_id FROM "
            "kapdesk.entries WHERE state IN ('intended', 'sent', 'unknown')) "
            "ORDER BY entry_id, seq"
        )
        found = self._fold_rows(self._rows(query, ()))
        return [entry for entry in found if include_live or not self.owner_alive(entry)]

    def owner_alive(self, entry: Entry) -> bool:
        running = is_running(Owner(entry.owner_pid, entry.owner_host, entry.owner_token))
        if running is None:
            last = entry.updated_at or entry.time
            return datetime.now(UTC) - last < STALE_AFTER
        return running

    def is_mine(self, entry: Entry) -> bool:
        return Owner(entry.owner_pid, entry.owner_host, entry.owner_token) == current_owner()

    def export_csv(self, stream: TextIO, *, bom: bool = True, **filters: Any) -> int:
        return export.write_csv(self.entries(**filters), stream, bom=bom)

    def export_json(self, stream: TextIO, **filters: Any) -> int:
        return export.write_json(self.entries(**filters), stream)

    # -- checking ------------------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """The chain checked on the server, where its key is."""
        with self._calling() as conn:
            problems = list(conn.execute("SELECT * FROM kapdesk.verify_chain()"))
            counts = conn.execute(
                "SELECT count(*) AS rows, count(*) FILTER (WHERE event = 'intent') AS entries "
                "FROM kapdesk.journal_events"
            ).fetchone()
            head = conn.execute("SELECT count, last_hash FROM kapdesk.head").fetchone()
        messages = [_problem(int(p["seq"]), str(p["problem"])) for p in problems]
        assert counts is not None and head is not None
        report = VerifyReport(
            ok=not messages,
            problems=[str(m) for m in messages],
            rows=int(counts["rows"]),
            entries=int(counts["entries"]),
            messages=messages,
            keyed=True,
            last_seq=int(head["count"]),
            last_hash=str(head["last_hash"]),
        )
        self._intact = report.ok
        return report

    def ensure_intact(self) -> None:
        # The whole chain is walked on the server once per handle; later appends build on a
        # head the server itself keeps (clients cannot write rows around the function).
        if self._intact:
            return
        report = self.verify()
        if not report.ok:
            raise JournalDamaged(
                N_(
                    "The journal failed its check, so no money operation was started: {problem} "
                    "Run 'kapdesk journal verify' to see every problem."
                ),
                problem=report.problems[0],
            )

    # -- batches -------------------------------------------------------------------------

    def remember_batch_row(self, row_key: str, entry_id: int, row_number: int, file: str) -> None:
        with self._calling() as conn:
            conn.execute(
                "SELECT kapdesk.remember_batch_row(%s, %s, %s, %s)",
                (row_key, entry_id, row_number, file),
            )

    def batch_row_entries(self, row_key: str) -> list[int]:
        rows = self._rows(
            "SELECT entry_id FROM kapdesk.batch_rows WHERE row_key = %s ORDER BY entry_id",
            (row_key,),
        )
        return [int(r["entry_id"]) for r in rows]

    # -- internals -----------------------------------------------------------------------

    @contextmanager
    def _calling(self) -> Iterator[psycopg.Connection[Row]]:
        import psycopg

        with self._lock:
            try:
                yield self._conn
            except psycopg.errors.LockNotAvailable:
                raise TeamBusy(
                    N_(
                        "The team journal is busy: another workstation holds it and does not "
                        "answer. Try again in a moment."
                    )
                ) from None
            except psycopg.OperationalError as exc:
                raise TeamUnavailable(
                    N_("Cannot open the team journal {dsn}: {reason}"),
                    dsn=self.address.dsn,
                    reason=str(exc).strip().splitlines()[0] if str(exc).strip() else "",
                ) from None

    def _rows(self, query: str, params: Any) -> list[Row]:
        with self._calling() as conn:
            return [_fold_ready(r) if "time" in r else r for r in conn.execute(query, params)]

    def _fold_rows(self, rows: list[Row]) -> list[Entry]:
        entries = []
        for _, group in groupby(rows, key=lambda row: row["entry_id"]):
            events = list(group)
            if events[0]["event"] == "intent":
                entries.append(fold(events))
        return entries

    def _append(self, entry_id: int | None, event: str, state: str, fields: Row) -> int:
        import psycopg
        from psycopg.types.json import Jsonb

        unknown = set(fields) - set(COLUMNS)
        if unknown:
            raise ValueError(f"not journal columns: {sorted(unknown)}")
        moment = None if self._now is None else self._now()
        try:
            with self._calling() as conn:
                row = conn.execute(
                    "SELECT kapdesk.append(%s, %s, %s, %s, %s, %s) AS id",
                    (entry_id, event, state, Jsonb(fields), self.workstation, moment),
                ).fetchone()
        except psycopg.DatabaseError as exc:
            raise self._refusal(exc, entry_id, state) from None
        assert row is not None
        return int(row["id"])

    def _refusal(self, exc: psycopg.DatabaseError, entry_id: int | None, state: str) -> Exception:
        code = exc.sqlstate
        if code == "KD423":
            holder = int(exc.diag.message_detail or 0)
            try:
                return self._busy(holder)
            except EntryNotFound:  # settled in the meantime: say busy all the same
                pass
        if code == "KD409" and entry_id is not None:
            return EntryStateError(self.get(entry_id), state)
        if code == "KD404" and entry_id is not None:
            return EntryNotFound(entry_id)
        if code == "KD401":
            return NotAllowed(N_("Only a supervisor or an administrator can decide on this."))
        if code == "KD402":
            return NotAllowed(
                N_("Four-eyes: the person who asked for an operation cannot approve it.")
            )
        log.warning("the team journal refused a write (%s)", code)
        return TeamUnavailable(
            N_("Cannot open the team journal {dsn}: {reason}"),
            dsn=self.address.dsn,
            reason=code or type(exc).__name__,
        )

    def _busy(self, holder: int) -> TeamOrderBusy:
        rows = self._rows(
            "SELECT * FROM kapdesk.journal_events WHERE entry_id = %s ORDER BY seq", (holder,)
        )
        if not rows:
            raise EntryNotFound(holder)
        entry = fold(rows)
        in_progress = entry.state != EntryState.UNKNOWN and self.owner_alive(entry)
        return TeamOrderBusy(
            entry,
            in_progress=in_progress,
            person=str(rows[0]["person"]),
            workstation=str(rows[0]["workstation"] or "?"),
        )


def _problem(seq: int, kind: str) -> UserMessage:
    texts = {
        "gap": N_("Row {seq} is missing or out of order in the team journal."),
        "prev": N_("Row {seq} does not follow the row before it: rows were removed or moved."),
        "link": N_("Row {seq} was changed after it was written (its link does not match)."),
        "head": N_("The team journal's head record does not match its last row {seq}."),
    }
    return UserMessage(texts.get(kind, texts["link"]), seq=seq)
