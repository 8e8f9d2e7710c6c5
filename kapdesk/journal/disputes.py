"""Dispute cases in the local database, beside the order index; every state change recorded.

Two tables of their own (``journal_events`` is untouched): ``dispute_cases`` holds each case
as it stands, ``dispute_case_events`` every change of state (the opening included) with who
(the OS user and the profile's operator), when (UTC) and why. The events table is
append-only: triggers refuse an UPDATE or DELETE. The file is owner-only, as the journal's
(``journal.db.connect``). Rows are tagged with environment and profile, as the order index's.
Satisfies :class:`kapdesk.journal.store.DisputeStore`.
"""

from __future__ import annotations

import getpass
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.domain.disputes import (
    Case,
    CaseEvent,
    CaseState,
    Category,
    Scheme,
    check_case,
    check_transition,
    check_why,
)
from kapdesk.i18n import N_, UserError
from kapdesk.journal.db import connect
from kapdesk.journal.scrub import scrub_text

__all__ = ["DisputeCases"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS dispute_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    environment TEXT NOT NULL,
    profile TEXT NOT NULL,
    order_id INTEGER NOT NULL,
    reason_code TEXT NOT NULL,
    scheme TEXT NOT NULL,
    category TEXT NOT NULL,
    amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    received TEXT NOT NULL,
    due TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dispute_cases_order ON dispute_cases (environment, profile, order_id);
CREATE TABLE IF NOT EXISTS dispute_case_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES dispute_cases (id),
    time TEXT NOT NULL,
    os_user TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    from_state TEXT,
    to_state TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER IF NOT EXISTS dispute_case_events_no_update BEFORE UPDATE ON dispute_case_events
BEGIN SELECT RAISE(ABORT, 'dispute case events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS dispute_case_events_no_delete BEFORE DELETE ON dispute_case_events
BEGIN SELECT RAISE(ABORT, 'dispute case events are append-only'); END;
"""

_CASE_COLUMNS = (
    "id, order_id, reason_code, scheme, category, amount, currency, received, due, notes, "
    "state, opened_at, updated_at"
)


class CaseExists(UserError):
    def __init__(self, order_id: int, state: str) -> None:
        super().__init__(
            N_("Order {order} already has a dispute ({state}); close it before opening another."),
            order=order_id,
            state=state,
        )


class NoCase(UserError):
    def __init__(self, order_id: int) -> None:
        super().__init__(N_("There is no dispute on order {order}."), order=order_id)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _case(row: sqlite3.Row) -> Case:
    return Case(
        id=int(row["id"]),
        order_id=int(row["order_id"]),
        reason_code=row["reason_code"],
        scheme=Scheme(row["scheme"]),
        category=Category(row["category"]),
        amount=Decimal(row["amount"]),
        currency=row["currency"],
        received=date.fromisoformat(row["received"]),
        due=date.fromisoformat(row["due"]),
        notes=row["notes"],
        state=CaseState(row["state"]),
        opened_at=datetime.fromisoformat(row["opened_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def _event(row: sqlite3.Row) -> CaseEvent:
    return CaseEvent(
        case_id=int(row["case_id"]),
        time=datetime.fromisoformat(row["time"]),
        os_user=row["os_user"],
        operator=row["operator"],
        from_state=None if row["from_state"] is None else CaseState(row["from_state"]),
        to_state=CaseState(row["to_state"]),
        why=row["why"],
    )


class DisputeCases:
    """Cases of one environment and profile in the SQLite database at ``path``."""

    def __init__(
        self,
        path: Path,
        *,
        environment: str = "",
        profile: str = "",
        clock: Clock = SYSTEM_CLOCK,
        os_user: str | None = None,
    ) -> None:
        self.path = path
        self.environment = environment
        self.profile = profile
        self._clock = clock
        self._os_user = os_user
        conn = connect(self.path)
        try:
            conn.executescript(_SCHEMA)
        finally:
            conn.close()

    def _connect(self) -> sqlite3.Connection:
        return connect(self.path)

    def open_case(self, case: Case, *, why: str = "", operator: str = "") -> Case:
        """Record a new case (state open) and its opening event; CaseExists while the order
        has a case that is not closed."""
        check_case(case)
        now = _utc(self._clock.now())
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = self._current(conn, case.order_id)
            if current is not None and not current.closed:
                raise CaseExists(case.order_id, current.state.value)
            cursor = conn.execute(
                "INSERT INTO dispute_cases (environment, profile, order_id, reason_code, scheme, "
                "category, amount, currency, received, due, notes, state, opened_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.environment, self.profile, case.order_id, case.reason_code,
                    case.scheme.value, case.category.value, str(case.amount), case.currency,
                    case.received.isoformat(), case.due.isoformat(), scrub_text(case.notes),
                    CaseState.OPEN.value, now, now,
                ),
            )  # fmt: skip
            case_id = int(cursor.lastrowid or 0)
            self._record(conn, case_id, now, None, CaseState.OPEN, why, operator)
            conn.execute("COMMIT")
            found = self._current(conn, case.order_id)
        finally:
            if conn.in_transaction:
                conn.rollback()
            conn.close()
        assert found is not None
        return found

    def set_state(
        self, order_id: int, state: CaseState | str, *, why: str, operator: str = ""
    ) -> Case:
        """Move the order's case to ``state`` (a sentence when it may not), recording why."""
        why = check_why(why)
        now = _utc(self._clock.now())
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = self._current(conn, order_id)
            if current is None:
                raise NoCase(order_id)
            target = check_transition(current, state)
            conn.execute(
                "UPDATE dispute_cases SET state = ?, updated_at = ? WHERE id = ?",
                (target.value, now, current.id),
            )
            self._record(conn, current.id, now, current.state, target, why, operator)
            conn.execute("COMMIT")
            found = self._current(conn, order_id)
        finally:
            if conn.in_transaction:
                conn.rollback()
            conn.close()
        assert found is not None
        return found

    def _record(
        self,
        conn: sqlite3.Connection,
        case_id: int,
        now: str,
        before: CaseState | None,
        after: CaseState,
        why: str,
        operator: str,
    ) -> None:
        conn.execute(
            "INSERT INTO dispute_case_events (case_id, time, os_user, operator, from_state, "
            "to_state, why) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case_id, now, self._os_user or _os_user(), scrub_text(operator or ""),
                None if before is None else before.value, after.value, scrub_text(why),
            ),
        )  # fmt: skip

    def _current(self, conn: sqlite3.Connection, order_id: int) -> Case | None:
        row = conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM dispute_cases WHERE environment = ? AND profile = ? "  # noqa: S608 - constants
            "AND order_id = ? ORDER BY id DESC LIMIT 1",
            (self.environment, self.profile, order_id),
        ).fetchone()
        return None if row is None else _case(row)

    def case_for(self, order_id: int) -> Case | None:
        """The order's newest case, when it has one."""
        conn = self._connect()
        try:
            return self._current(conn, order_id)
        finally:
            conn.close()

    def cases(self, *, include_closed: bool = True) -> list[Case]:
        """The worklist: cases by due date (soonest first), then order id."""
        where = "" if include_closed else " AND state IN ('open', 'evidence_sent')"
        conn = self._connect()
        try:
            rows = conn.execute(
                f"SELECT {_CASE_COLUMNS} FROM dispute_cases WHERE environment = ? AND "  # noqa: S608 - constants
                f"profile = ?{where} ORDER BY due, order_id, id",
                (self.environment, self.profile),
            ).fetchall()
        finally:
            conn.close()
        return [_case(row) for row in rows]

    def events(self, order_id: int) -> list[CaseEvent]:
        """Every state change of the order's cases, oldest first."""
        conn = self._connect()
        try:
            rows = conn.execute(
                "SELECT e.case_id, e.time, e.os_user, e.operator, e.from_state, e.to_state, "
                "e.why FROM dispute_case_events e JOIN dispute_cases c ON c.id = e.case_id "
                "WHERE c.environment = ? AND c.profile = ? AND c.order_id = ? ORDER BY e.id",
                (self.environment, self.profile, order_id),
            ).fetchall()
        finally:
            conn.close()
        return [_event(row) for row in rows]

    def orders_with_cases(self) -> set[int]:
        """Every order that has a case (the Lookup table marks them)."""
        conn = self._connect()
        try:
            rows = conn.execute(
                "SELECT DISTINCT order_id FROM dispute_cases WHERE environment = ? AND profile = ?",
                (self.environment, self.profile),
            ).fetchall()
        finally:
            conn.close()
        return {int(row[0]) for row in rows}
