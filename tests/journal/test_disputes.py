"""Dispute cases in the local database: the DisputeStore contract, run against every backend
in STORES (a team-mode backend adds its factory), and what only the SQLite file can show."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.clock import FixedClock
from kapdesk.domain.disputes import Case, CaseState, Category, Scheme
from kapdesk.i18n import UserError
from kapdesk.journal.disputes import CaseExists, DisputeCases, NoCase
from kapdesk.journal.store import DisputeStore

T0 = datetime(2024, 6, 12, 20, 30, tzinfo=UTC)
StoreFactory = Callable[[Path, str, str, FixedClock], DisputeStore]


def _sqlite(tmp_path: Path, environment: str, profile: str, clock: FixedClock) -> DisputeStore:
    return DisputeCases(
        tmp_path / "kapdesk.db", environment=environment, profile=profile, clock=clock,
        os_user="clerk1",
    )  # fmt: skip


STORES = [pytest.param(_sqlite, id="sqlite")]


def case(order_id: int = 7, due: date = date(2024, 6, 22), **changes: object) -> Case:
    fields: dict[str, object] = {
        "order_id": order_id, "reason_code": "10.4", "scheme": Scheme.VISA,
        "category": Category.FRAUD, "amount": Decimal("5.00"), "currency": "AZN",
        "received": date(2024, 6, 12), "due": due,
    }  # fmt: skip
    fields.update(changes)
    return Case(**fields)  # type: ignore[arg-type]


@pytest.fixture(params=STORES)
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., DisputeStore]:
    factory: StoreFactory = request.param
    clock = FixedClock(T0)

    def build(environment: str = "sandbox", profile: str = "p") -> DisputeStore:
        return factory(tmp_path, environment, profile, clock)

    build.clock = clock  # type: ignore[attr-defined]
    return build


def test_an_opened_case_reads_back_as_typed(make: Callable[..., DisputeStore]) -> None:
    store = make()
    made = store.open_case(case(notes="customer says card stolen"), operator="Aysel")
    again = store.case_for(7)
    assert again == made and again is not None
    assert (again.state, again.amount, again.due) == (CaseState.OPEN, Decimal("5.00"), case().due)
    assert again.notes == "customer says card stolen" and again.opened_at == T0
    assert store.case_for(8) is None


def test_a_second_case_on_an_order_waits_for_the_first_to_close(
    make: Callable[..., DisputeStore],
) -> None:
    store = make()
    store.open_case(case())
    with pytest.raises(CaseExists, match="already has a dispute"):
        store.open_case(case(reason_code="13.1"))
    store.set_state(7, "withdrawn", why="cardholder withdrew")
    again = store.open_case(case(reason_code="4837", scheme=Scheme.MASTERCARD))
    assert again.reason_code == "4837" and store.case_for(7) == again


def test_every_state_change_is_recorded_with_who_when_and_why(
    make: Callable[..., DisputeStore],
) -> None:
    store = make()
    store.open_case(case(), why="opened", operator="Aysel")
    make.clock.advance(timedelta(hours=3))  # type: ignore[attr-defined]
    store.set_state(7, CaseState.EVIDENCE_SENT, why="pack mailed", operator="Aysel")
    make.clock.advance(timedelta(days=9))  # type: ignore[attr-defined]
    won = store.set_state(7, "won", why="issuer accepted the evidence", operator="Rauf")
    assert won.state is CaseState.WON and won.closed
    events = store.events(7)
    assert [(e.from_state, e.to_state, e.why, e.operator) for e in events] == [
        (None, CaseState.OPEN, "opened", "Aysel"),
        (CaseState.OPEN, CaseState.EVIDENCE_SENT, "pack mailed", "Aysel"),
        (CaseState.EVIDENCE_SENT, CaseState.WON, "issuer accepted the evidence", "Rauf"),
    ]
    assert {e.os_user for e in events} == {"clerk1"}
    assert [e.time for e in events] == [
        T0,
        T0 + timedelta(hours=3),
        T0 + timedelta(days=9, hours=3),
    ]


def test_a_refused_change_changes_nothing(make: Callable[..., DisputeStore]) -> None:
    store = make()
    store.open_case(case())
    with pytest.raises(UserError, match="can move only to"):
        store.set_state(7, "won", why="too early")
    with pytest.raises(UserError, match="Say why"):
        store.set_state(7, "evidence_sent", why="  ")
    with pytest.raises(NoCase):
        store.set_state(8, "evidence_sent", why="no such case")
    assert store.case_for(7).state is CaseState.OPEN  # type: ignore[union-attr]
    assert len(store.events(7)) == 1


def test_the_worklist_is_sorted_by_due_date_and_can_leave_out_closed_cases(
    make: Callable[..., DisputeStore],
) -> None:
    store = make()
    store.open_case(case(3, due=date(2024, 6, 30)))
    store.open_case(case(1, due=date(2024, 6, 20)))
    store.open_case(case(2, due=date(2024, 6, 25)))
    store.set_state(1, "accepted", why="refund made")
    assert [c.order_id for c in store.cases()] == [1, 2, 3]
    assert [c.order_id for c in store.cases(include_closed=False)] == [2, 3]
    assert store.orders_with_cases() == {1, 2, 3}


def test_cases_of_one_gateway_stay_apart_from_another(make: Callable[..., DisputeStore]) -> None:
    make("sandbox", "p").open_case(case())
    assert make("production", "p").case_for(7) is None
    assert make("sandbox", "other").cases() == []


def test_a_card_number_typed_into_notes_or_why_is_masked(
    make: Callable[..., DisputeStore],
) -> None:
    store = make()
    store.open_case(case(notes="card 4169741330151778 stolen"))
    store.set_state(7, "evidence_sent", why="sent for 4169741330151778")
    assert "4169741330151778" not in store.case_for(7).notes  # type: ignore[union-attr]
    assert "4169741330151778" not in store.events(7)[-1].why


# --- the SQLite file itself -------------------------------------------------------------------


def test_case_events_are_append_only_and_journal_events_is_untouched(tmp_path: Path) -> None:
    store = DisputeCases(tmp_path / "kapdesk.db", environment="sandbox", profile="p")
    store.open_case(case())
    conn = sqlite3.connect(tmp_path / "kapdesk.db")
    try:
        for sql in ("UPDATE dispute_case_events SET why = 'x'", "DELETE FROM dispute_case_events"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert {"dispute_cases", "dispute_case_events"} <= tables
    assert "journal_events" not in tables  # cases need no journal table of their own
    assert (tmp_path / "kapdesk.db").stat().st_mode & 0o077 == 0  # owner-only
