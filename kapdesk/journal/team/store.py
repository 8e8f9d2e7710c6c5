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
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from itertools import groupby
from typing import TYPE_CHECKING, Any, TextIO

from kapdesk.domain.allowances import operation_title
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal import export
from kapdesk.journal.chain import VerifyReport
from kapdesk.journal.entry import (
    APPROVAL_STATES,
    AwaitingApproval,
    Entry,
    EntryNotFound,
    EntryState,
    EntryStateError,
    JournalDamaged,
    OrderBusy,
    fold,
)
from kapdesk.journal.journal import (
    _amount,
    _os_user,
    _snapshot,
    _utc_text,
    outcome_fields,
    settle_fields,
)
from kapdesk.journal.owner import current_owner
from kapdesk.journal.pages import PAGE_ENTRIES, JournalFilter, Page, PageMark
from kapdesk.journal.schema import COLUMNS
from kapdesk.journal.scrub import check_masked_card, scrub_text
from kapdesk.journal.team.connect import TeamAddress, open_connection

if TYPE_CHECKING:
    import psycopg

    from kapdesk.journal.team.listen import Listening

log = logging.getLogger(__name__)
Row = dict[str, Any]
# The operations the server holds for a supervisor above the currency's threshold (v1.sql).
FOUR_EYES_OPERATIONS = frozenset({"refund", "reverse", "pay_out"})
_IS_SUPERVISOR = (
    "(pg_has_role(session_user, 'kapdesk_supervisor', 'MEMBER') "
    "OR pg_has_role(session_user, 'kapdesk_admin', 'MEMBER'))"
)


class TeamUnavailable(UserError):
    """The team database cannot be reached or refused the login."""


class TeamBusy(UserError):
    """The team journal did not answer within its lock timeout (a frozen workstation)."""


class NotAllowed(UserError):
    """The database refused the step to this person (four-eyes, roles)."""


class TakeOverRefused(UserError):
    """An entry cannot be taken over (its holder is still connected, or it is settled)."""


# The class of the session-level advisory locks by which a live session holds its entries
# (the second key is the entry id); kapdesk.holders and kapdesk.take_over use the same.
HOLD_CLASS = 27492


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds an open entry (its intent's writer, or who took it over last), and whether
    a session of the team database still holds it: ``live`` also for a frozen workstation,
    as long as its connection is up."""

    person: str
    workstation: str
    since: datetime
    live: bool


class TeamOrderBusy(OrderBusy):
    """OrderBusy naming the person and workstation that hold the order, and since when."""

    def __init__(self, entry: Entry, *, in_progress: bool, person: str, workstation: str) -> None:
        if entry.state in APPROVAL_STATES:
            template = N_(
                "Order {order_id} is held by a {operation} that {person} asked for on "
                "{workstation} at {since} (journal entry {entry_id}, {state}): a supervisor "
                "must approve or reject it, and once approved {person} sends it ('kapdesk "
                "approvals')."
            )
        elif in_progress:
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
        ca: str | None = None,
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
        # Entries this handle is carrying out now (intent to outcome), and those whose
        # advisory lock its session holds (its own intents, the entries it took over).
        self._sending: set[int] = set()
        self._held: set[int] = set()
        self._taken: set[int] = set()
        self._ca = ca
        try:
            self._conn: psycopg.Connection[Row] = open_connection(
                address, password, ca, autocommit=True, row_factory=dict_row
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
        entry_id = self._append(None, "intent", EntryState.INTENDED.value, fields, hold=True)
        if fields["operation"] in FOUR_EYES_OPERATIONS:
            # The server decides (the currency's threshold): above it, the entry holds the
            # order awaiting approval, and nothing may be sent.
            state = self._rows("SELECT state FROM kapdesk.entries WHERE entry_id = %s", (entry_id,))
            if state and state[0]["state"] == EntryState.AWAITING_APPROVAL.value:
                raise AwaitingApproval(self.get(entry_id))
        self._sending.add(entry_id)
        return entry_id

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
        # Whoever sends holds the entry until its outcome (an approved entry is sent by a
        # later process than the one that asked): no colleague takes it over meanwhile.
        self._sending.add(entry_id)
        try:
            self._append(
                entry_id, "sent", EntryState.SENT.value, fields, hold=entry_id not in self._held
            )
        except BaseException:
            self._sending.discard(entry_id)
            raise

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
        self._append(entry_id, "outcome", new.value, fields, closing=new != EntryState.UNKNOWN)

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
        self._append(entry_id, "settle", new.value, fields, closing=True)

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

        # The listener's own connection, logged in as this one (psycopg keeps the password
        # for the connection's life; it is never written anywhere), through the same TLS.
        password = self._conn.info.password or None
        return JournalListener.start(
            lambda: open_connection(self.address, password, self._ca, autocommit=True), news
        )

    def unsettled(self, *, include_live: bool = False) -> list[Entry]:
        """Open entries; without ``include_live``, those no live session holds (a crashed or
        cut-off workstation's: its own next start or a colleague's take-over settles them)."""
        query = (
            "SELECT * FROM kapdesk.journal_events WHERE entry_id IN (SELECT entry_id FROM "
            "kapdesk.entries WHERE state IN ('intended', 'sent', 'unknown')) "
            "ORDER BY entry_id, seq"
        )
        found = self._fold_rows(self._rows(query, ()))
        if include_live:
            return found
        holders = self.holders([entry.id for entry in found])
        return [e for e in found if e.id in holders and not holders[e.id].live]

    def holders(self, entry_ids: list[int]) -> dict[int, Holder]:
        """Who holds each of these entries, and whether a live session still does."""
        if not entry_ids:
            return {}
        rows = self._rows("SELECT * FROM kapdesk.holders(%s)", (list(entry_ids),))
        return {
            int(r["entry_id"]): Holder(
                person=str(r["person"]),
                workstation=str(r["workstation"] or "?"),
                since=r["since"],
                live=self._live(int(r["entry_id"]), r["held_by_other"], r["held_here"]),
            )
            for r in rows
        }

    def _live(self, entry_id: int, held_by_other: bool, held_here: bool) -> bool:
        # This process's own entries are live while it runs, as the SQLite journal's are;
        # one it took over is held only so that no third person takes it meanwhile.
        if held_by_other or entry_id in self._sending:
            return True
        return bool(held_here) and entry_id not in self._taken

    def holder(self, entry_id: int) -> Holder | None:
        return self.holders([entry_id]).get(entry_id)

    def owner_alive(self, entry: Entry) -> bool:
        """Whether a live session (another workstation's, a frozen one's too, or this handle
        sending it now) holds the entry."""
        found = self.holder(entry.id)
        return found is not None and found.live

    def is_mine(self, entry: Entry) -> bool:
        """Whether this person on this workstation holds the entry (wrote it or took it over)."""
        found = self.holder(entry.id)
        return found is not None and self._is_me(found)

    def _is_me(self, holder: Holder) -> bool:
        return (holder.person, holder.workstation) == (self.person, self.workstation)

    def may_settle(self, entry: Entry) -> bool:
        """Only the holder reconciles an entry (a colleague takes it over first), and only
        when nobody is sending it, or its outcome is known to be unknown."""
        found = self.holder(entry.id)
        if found is None or not self._is_me(found):
            return False
        return entry.state == EntryState.UNKNOWN or not found.live

    def awaiting_on(self, order_id: int) -> Entry | None:
        """The entry holding ``order_id`` for four-eyes (awaiting approval, or approved and
        not yet sent), if any: a second operation is refused before its confirmation."""
        rows = self._rows(
            "SELECT entry_id FROM kapdesk.entries WHERE order_id = %s "
            "AND state IN ('awaiting_approval', 'approved')",
            (int(order_id),),
        )
        return self.get(int(rows[0]["entry_id"])) if rows else None

    def busy_error(self, entry: Entry) -> OrderBusy:
        """The refusal of a second operation on ``entry``'s order: who holds it, on which
        workstation, since when."""
        found = self.holder(entry.id)
        in_progress = entry.state != EntryState.UNKNOWN and found is not None and found.live
        return TeamOrderBusy(
            entry,
            in_progress=in_progress,
            person=found.person if found else "?",
            workstation=found.workstation if found else "?",
        )

    def take_over(self, entry_id: int) -> Entry:
        """Make this person on this workstation the holder of an open entry whose holder's
        session is gone (recorded in the journal: who, from whom, server time); refused
        while the holder is still connected, even frozen."""
        import psycopg

        moment = None if self._now is None else self._now()
        try:
            with self._calling() as conn:
                conn.execute(
                    "SELECT kapdesk.take_over(%s, %s, %s)", (entry_id, self.workstation, moment)
                )
        except psycopg.DatabaseError as exc:
            raise self._take_over_refusal(exc, entry_id) from None
        self._held.add(entry_id)
        self._taken.add(entry_id)
        return self.get(entry_id)

    def _take_over_refusal(self, exc: psycopg.DatabaseError, entry_id: int) -> Exception:
        code = exc.sqlstate
        if code == "KD404":
            return EntryNotFound(entry_id)
        if code == "KD409":
            return TakeOverRefused(
                N_("Journal entry {entry_id} is already {state}: there is nothing to take over."),
                entry_id=entry_id,
                state=exc.diag.message_detail or "settled",
            )
        if code == "KD426":
            return TakeOverRefused(
                N_(
                    "Journal entry {entry_id} is already yours: reconcile it with 'kapdesk "
                    "journal reconcile --entry {entry_id}'."
                ),
                entry_id=entry_id,
            )
        if code == "KD424":
            found = self.holder(entry_id)
            return TakeOverRefused(
                N_(
                    "Journal entry {entry_id} is held by {person} on {workstation}, whose "
                    "kapdesk is still connected to the team database (it may be busy or "
                    "frozen). Ask them to finish it, or take it over once that workstation "
                    "is closed or has lost its connection (about a minute)."
                ),
                entry_id=entry_id,
                person=found.person if found else "?",
                workstation=found.workstation if found else "?",
            )
        return self._refusal(exc, entry_id, "take_over")

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

    # -- four-eyes ----------------------------------------------------------------------

    @property
    def team(self) -> str:
        """The team's database, as people name it: ``dbname on host``."""
        return f"{self.address.dbname} on {self.address.host}"

    def can_decide(self) -> bool:
        """Whether this login may approve or reject (a supervisor or an administrator)."""
        row = self._rows(f"SELECT {_IS_SUPERVISOR} AS yes", ())
        return bool(row and row[0]["yes"])

    def approvals(self) -> list[Entry]:
        """Entries that wait for a supervisor or, approved, for their requester to send them;
        oldest first."""
        query = (
            "SELECT * FROM kapdesk.journal_events WHERE entry_id IN (SELECT entry_id FROM "
            "kapdesk.entries WHERE state IN ('awaiting_approval', 'approved')) "
            "ORDER BY entry_id, seq"
        )
        return self._fold_rows(self._rows(query, ()))

    def waiting_for_me(self) -> int:
        """How many entries this login could approve now (0 for a clerk)."""
        query = (
            "SELECT count(*) AS n FROM kapdesk.entries WHERE state = 'awaiting_approval' "  # noqa: S608 - constants
            f"AND requested_by <> session_user AND {_IS_SUPERVISOR}"
        )
        rows = self._rows(query, ())
        return int(rows[0]["n"]) if rows else 0

    def approve(self, entry_id: int) -> Entry:
        """A supervisor (not the requester) approves ``entry_id``; the entry as it is now."""
        self._decide(entry_id, "approve", EntryState.APPROVED, {})
        return self.get(entry_id)

    def reject(self, entry_id: int, reason: str) -> Entry:
        """A supervisor (not the requester) rejects ``entry_id`` with ``reason``: the entry is
        closed, nothing is sent, the order is free again."""
        text = scrub_text(str(reason or "")).strip()
        if not text:
            raise NotAllowed(N_("A rejection needs a reason: say why (--reason)."))
        self._decide(entry_id, "reject", EntryState.REJECTED, {"note": text})
        return self.get(entry_id)

    def _decide(self, entry_id: int, event: str, state: EntryState, fields: Row) -> None:
        entry = self.get(entry_id)  # EntryNotFound: "There is no journal entry N."
        if entry.state != EntryState.AWAITING_APPROVAL:
            raise _not_waiting(entry)
        try:
            self._append(entry_id, event, state.value, fields)
        except EntryStateError as err:  # another supervisor decided meanwhile
            raise _not_waiting(err.entry) from None

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

    def _append(
        self,
        entry_id: int | None,
        event: str,
        state: str,
        fields: Row,
        *,
        hold: bool = False,
        closing: bool = False,
    ) -> int:
        import psycopg
        from psycopg.types.json import Jsonb

        unknown = set(fields) - set(COLUMNS)
        if unknown:
            raise ValueError(f"not journal columns: {sorted(unknown)}")
        moment = None if self._now is None else self._now()
        query = "SELECT kapdesk.append(%s, %s, %s, %s, %s, %s) AS id"
        # The new entry's hold is taken in the intent's own statement (no moment when the
        # entry exists unheld); a closing event lets it go in its own.
        release = closing and entry_id in self._held
        if hold or release:
            step = "pg_try_advisory_lock" if hold else "pg_advisory_unlock"
            query = (
                f"WITH a AS MATERIALIZED ({query}) "  # noqa: S608 - constants only
                f"SELECT id, {step}({HOLD_CLASS}, id::int) AS held FROM a"
            )
        try:
            with self._calling() as conn:
                row = conn.execute(
                    query, (entry_id, event, state, Jsonb(fields), self.workstation, moment)
                ).fetchone()
        except psycopg.DatabaseError as exc:
            raise self._refusal(exc, entry_id, state) from None
        assert row is not None
        found = int(row["id"])
        if hold and row["held"]:
            self._held.add(found)
        if release:
            self._held.discard(found)
        if closing or event == "outcome":
            self._sending.discard(found)
        return found

    def _refusal(self, exc: psycopg.DatabaseError, entry_id: int | None, state: str) -> Exception:
        code = exc.sqlstate
        if code == "KD423":
            holder = int(exc.diag.message_detail or 0)
            try:
                return self.busy_error(self.get(holder))
            except EntryNotFound:  # settled in the meantime: say busy all the same
                pass
        if code == "KD425" and entry_id is not None:
            found = self.holder(entry_id)
            return NotAllowed(
                N_(
                    "Journal entry {entry_id} is held by {person} on {workstation}: only they "
                    "reconcile it, or take it over first with 'kapdesk journal take-over "
                    "{entry_id}'."
                ),
                entry_id=entry_id,
                person=found.person if found else "?",
                workstation=found.workstation if found else "?",
            )
        if code == "KD409" and entry_id is not None:
            return EntryStateError(self.get(entry_id), state)
        if code == "KD404" and entry_id is not None:
            return EntryNotFound(entry_id)
        if code == "KD401":
            return NotAllowed(
                N_(
                    "Only a supervisor can approve or reject an operation: {person} is not a "
                    "supervisor."
                ),
                person=self.person,
            )
        if code == "KD402":
            return NotAllowed(
                N_(
                    "Four-eyes: {person} asked for journal entry {entry_id}, so {person} cannot "
                    "approve or reject it; another supervisor must."
                ),
                person=self.person,
                entry_id=entry_id if entry_id is not None else "-",
            )
        if code == "KD406":
            return NotAllowed(
                N_(
                    "Only the person who asked for journal entry {entry_id} sends it once it "
                    "is approved."
                ),
                entry_id=entry_id if entry_id is not None else "-",
            )
        if code == "KD412":
            return NotAllowed(
                N_(
                    "Journal entry {entry_id} is above the team's threshold: it needs a "
                    "supervisor's approval before it is sent. Nothing was sent."
                ),
                entry_id=entry_id if entry_id is not None else "-",
            )
        if code == "KD422":
            return NotAllowed(N_("A rejection needs a reason: say why (--reason)."))
        log.warning("the team journal refused a write (%s)", code)
        return TeamUnavailable(
            N_("Cannot open the team journal {dsn}: {reason}"),
            dsn=self.address.dsn,
            reason=code or type(exc).__name__,
        )


def _not_waiting(entry: Entry) -> UserError:
    """Why ``entry`` cannot be approved or rejected now: decided already, or never waited."""
    if entry.state in (EntryState.APPROVED, EntryState.REJECTED):
        return NotAllowed(
            N_("Journal entry {entry_id} was already decided: {state} by {person}."),
            entry_id=entry.id,
            state=entry.state.value,
            person=entry.decided_by or "?",
        )
    return NotAllowed(
        N_("Journal entry {entry_id} does not wait for approval (it is {state})."),
        entry_id=entry.id,
        state=entry.state.value,
    )


def _problem(seq: int, kind: str) -> UserMessage:
    texts = {
        "gap": N_("Row {seq} is missing or out of order in the team journal."),
        "prev": N_("Row {seq} does not follow the row before it: rows were removed or moved."),
        "link": N_("Row {seq} was changed after it was written (its link does not match)."),
        "head": N_("The team journal's head record does not match its last row {seq}."),
    }
    return UserMessage(texts.get(kind, texts["link"]), seq=seq)
