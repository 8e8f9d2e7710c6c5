"""The storage contract: what operations/, cli/, gui/ and app/ may rely on from any journal and
order index (kapdesk.journal.store). Every test runs against every implementation in
JOURNALS / INDEXES; a new backend (PostgreSQL for team mode) adds its factory there.

Tests that open the SQLite file itself stay in test_journal.py / test_orders.py.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest

from kapdesk.domain.orders import OrderStatus
from kapdesk.journal.entry import EntryNotFound, EntryStateError
from kapdesk.journal.export import FIELDS
from kapdesk.journal.journal import EntryState, Journal, OrderBusy
from kapdesk.journal.orders import OrderIndex
from kapdesk.journal.store import JournalFilter, JournalStore, OrderIndexStore
from kapdesk.journal.team.orders import TeamOrderIndex
from kapdesk.journal.team.store import TeamJournal
from tests.journal.test_orders import T0, _ids, _order

Clock = Callable[[], datetime]
# (request, tmp_path, clock or None) -> a fresh, empty journal; each backend's own (a backend
# that needs a server takes it from the request's fixtures).
JournalFactory = Callable[[pytest.FixtureRequest, Path, Clock | None], JournalStore]
# (request, tmp_path, environment, profile) -> an order index; one database per test.
IndexFactory = Callable[[pytest.FixtureRequest, Path, str, str], OrderIndexStore]


def _sqlite_journal(
    request: pytest.FixtureRequest, tmp_path: Path, now: Clock | None
) -> JournalStore:
    return Journal(tmp_path / "kapdesk.db", now=now)


def _postgres_journal(
    request: pytest.FixtureRequest, tmp_path: Path, now: Clock | None
) -> JournalStore:
    # One database per test (team_db), one login; the clock is honoured by test databases only.
    team = request.getfixturevalue("team_db")
    return cast(JournalStore, team.journal(now=now))


def _sqlite_index(
    request: pytest.FixtureRequest, tmp_path: Path, environment: str, profile: str
) -> OrderIndexStore:
    return OrderIndex(tmp_path / "kapdesk.db", environment=environment, profile=profile)


def _postgres_index(
    request: pytest.FixtureRequest, tmp_path: Path, environment: str, profile: str
) -> OrderIndexStore:
    # The team's shared index: one database per test, every handle a clerk's login.
    team = request.getfixturevalue("team_db")
    return cast(OrderIndexStore, team.order_index(environment=environment, profile=profile))


JOURNALS: dict[str, JournalFactory] = {"sqlite": _sqlite_journal, "postgres": _postgres_journal}
INDEXES: dict[str, IndexFactory] = {"sqlite": _sqlite_index, "postgres": _postgres_index}


@pytest.fixture(params=sorted(JOURNALS))
def journal_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., JournalStore]:
    """``journal_factory(now=None)``: a journal of the backend under test, in this test's place."""
    make = JOURNALS[request.param]
    return lambda now=None: make(request, tmp_path, now)


@pytest.fixture
def journal(journal_factory: Callable[..., JournalStore]) -> JournalStore:
    """Overrides conftest's SQLite journal (and so make_intent's) with the backend under test."""
    return journal_factory()


@pytest.fixture(params=sorted(INDEXES))
def index_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., OrderIndexStore]:
    make = INDEXES[request.param]
    return lambda environment="sandbox", profile="p": make(request, tmp_path, environment, profile)


def test_the_sqlite_classes_satisfy_the_protocols(tmp_path: Path) -> None:
    # Static: mypy checks these assignments; at run time the methods must at least exist.
    journal: JournalStore = Journal(tmp_path / "a.db")
    index: OrderIndexStore = OrderIndex(tmp_path / "a.db")
    for protocol, store in ((JournalStore, journal), (OrderIndexStore, index)):
        wanted = {n for n in vars(protocol) if not n.startswith("_")}
        assert all(callable(getattr(store, name, None)) for name in wanted), wanted


def test_the_team_journal_offers_the_protocol() -> None:
    wanted = {n for n in vars(JournalStore) if not n.startswith("_")}
    assert all(callable(getattr(TeamJournal, name, None)) for name in wanted), wanted
    wanted = {n for n in vars(OrderIndexStore) if not n.startswith("_")}
    assert all(callable(getattr(TeamOrderIndex, name, None)) for name in wanted), wanted


# -- the life of an entry ----------------------------------------------------------------


def test_done_path_keeps_the_gateway_answer(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    entry = journal.get(entry_id)
    assert entry.state is EntryState.INTENDED and entry.open
    assert (entry.order_id, entry.operation, entry.amount) == (1001, "refund", Decimal("12.50"))
    assert entry.os_user == "aysel" and entry.time.tzinfo is not None
    assert entry.order_before == {"id": 1001, "status": "FullyPaid", "amount": "12.50"}
    journal.mark_sent(entry_id, {"id": 1001, "status": "FullyPaid", "amount": "12.50", "re": 1})
    assert journal.get(entry_id).state is EntryState.SENT
    journal.record_outcome(entry_id, "done", approval_code="123456", rrn="412345678901")
    journal.record_order_after(entry_id, {"id": 1001, "status": "Refunded"})
    entry = journal.get(entry_id)
    assert entry.state is EntryState.DONE and not entry.open
    assert (entry.approval_code, entry.rrn) == ("123456", "412345678901")
    assert entry.order_before is not None and entry.order_before["re"] == 1
    assert entry.order_after == {"id": 1001, "status": "Refunded"}
    assert entry.settled_at is None


def test_refused_path_keeps_the_error(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    journal.mark_sent(entry_id)
    journal.record_outcome(
        entry_id, "refused", error_code="InvalidAmt", error_description="Amount too large"
    )
    entry = journal.get(entry_id)
    assert entry.state is EntryState.REFUSED
    assert (entry.error_code, entry.error_description) == ("InvalidAmt", "Amount too large")
    assert not entry.open


@pytest.mark.parametrize("settled", ["done", "not_done"])
def test_unknown_is_settled_by_reconciliation(
    journal: JournalStore, make_intent: Callable[..., int], settled: str
) -> None:
    entry_id = make_intent()
    journal.mark_sent(entry_id)
    journal.record_outcome(entry_id, "unknown", error_description="read timeout")
    journal.note_unknown(entry_id, "the order shows nothing yet")
    entry = journal.get(entry_id)
    assert entry.open and entry.state is EntryState.UNKNOWN
    assert entry.note == "the order shows nothing yet"
    journal.settle(entry_id, settled, rrn="999" if settled == "done" else None, note="re-read")
    entry = journal.get(entry_id)
    assert entry.state == settled
    assert entry.settled_at is not None
    assert entry.note == "re-read"
    assert entry.error_description == "read timeout"  # history is kept, not overwritten
    assert not entry.open


def test_an_abandoned_intent_can_be_settled(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    journal.settle(entry_id, "not_done", note="the order shows no new transaction")
    assert journal.get(entry_id).state is EntryState.NOT_DONE


def test_payout_learns_its_order_id(journal: JournalStore, make_intent: Callable[..., int]) -> None:
    entry_id = make_intent(None, operation="pay_out", masked_card="416974******1778")
    assert journal.get(entry_id).order_id is None
    journal.set_order(entry_id, 555)
    assert journal.get(entry_id).order_id == 555
    with pytest.raises(OrderBusy):
        make_intent(555)
    assert [e.id for e in journal.entries(order_id=555)] == [entry_id]


@pytest.mark.parametrize(
    ("steps", "bad"),
    [
        (["sent", "done"], "sent"),
        (["sent", "done"], "settle_done"),
        (["sent", "refused"], "unknown"),
        (["settle_not_done"], "done"),
    ],
)
def test_finished_entries_do_not_change(
    journal: JournalStore, make_intent: Callable[..., int], steps: list[str], bad: str
) -> None:
    entry_id = make_intent()

    def apply(step: str) -> None:
        if step == "sent":
            journal.mark_sent(entry_id)
        elif step.startswith("settle_"):
            journal.settle(entry_id, step.removeprefix("settle_"))
        else:
            journal.record_outcome(entry_id, step)

    for step in steps:
        apply(step)
    with pytest.raises(EntryStateError, match=f"entry {entry_id} is already"):
        apply(bad)


def test_wrong_state_words_are_refused(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    with pytest.raises(ValueError, match="outcome"):
        journal.record_outcome(entry_id, "not_done")
    with pytest.raises(ValueError, match="settled"):
        journal.settle(entry_id, "refused")


def test_unknown_entry_is_a_sentence(journal: JournalStore) -> None:
    with pytest.raises(EntryNotFound, match="There is no journal entry 42"):
        journal.get(42)


def test_a_float_amount_is_refused(journal: JournalStore, make_intent: Callable[..., int]) -> None:
    with pytest.raises(TypeError):
        make_intent(amount=0.1)
    assert journal.entries() == []


def test_sums_of_journal_amounts_are_exact(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    for order_id, amount in ((1, "0.10"), (2, "0.20")):
        journal.record_outcome(make_intent(order_id, amount=Decimal(amount)), "done")
    assert sum(e.amount or 0 for e in journal.entries()) == Decimal("0.30")


# -- the per-order lock --------------------------------------------------------------------


def test_second_intent_on_a_busy_order_is_refused(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    first = make_intent(1001)
    with pytest.raises(OrderBusy) as busy:
        make_intent(1001, operation="clear")
    text = str(busy.value)
    assert "Order 1001 is busy" in text and "Refund" in text and "aysel" in text
    assert f"journal entry {first}" in text and "still in progress" in text
    make_intent(1002)  # another order is free


def test_unknown_outcome_blocks_until_settled(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    journal.record_outcome(entry_id, "unknown")
    with pytest.raises(OrderBusy, match="must be settled") as busy:
        make_intent()
    assert busy.value.entry.id == entry_id
    journal.settle(entry_id, "done")
    assert make_intent() > entry_id


@pytest.mark.parametrize("outcome", ["done", "refused"])
def test_an_outcome_frees_the_order(
    journal: JournalStore, make_intent: Callable[..., int], outcome: str
) -> None:
    journal.record_outcome(make_intent(), outcome)
    make_intent()


def test_two_handles_on_one_store_share_the_lock(
    journal_factory: Callable[..., JournalStore], make_intent: Callable[..., int]
) -> None:
    make_intent(7, into=journal_factory())
    with pytest.raises(OrderBusy):
        make_intent(7, into=journal_factory())


# -- reading -------------------------------------------------------------------------------


def test_the_journal_words_the_busy_refusal_and_says_who_may_settle(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent()
    entry = journal.get(entry_id)
    assert not journal.may_settle(entry)  # this very process is sending it
    busy = journal.busy_error(entry)
    assert isinstance(busy, OrderBusy) and busy.in_progress and busy.entry == entry
    assert "Order 1001 is busy" in str(busy)
    journal.record_outcome(entry_id, "unknown")
    entry = journal.get(entry_id)
    assert journal.may_settle(entry)  # an unknown outcome: its holder re-reads and settles it
    assert not journal.busy_error(entry).in_progress
    assert "must be settled" in str(journal.busy_error(entry))


def test_unsettled_lists_open_entries_only(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    intended, sent, unknown, done = (make_intent(n) for n in (1, 2, 3, 4))
    journal.mark_sent(sent)
    journal.record_outcome(unknown, "unknown")
    journal.record_outcome(done, "done")
    assert [e.id for e in journal.unsettled(include_live=True)] == [intended, sent, unknown]
    # This very process wrote them and still runs: nobody else may settle them behind it.
    assert journal.unsettled() == []
    journal.settle(unknown, "not_done")
    assert [e.id for e in journal.unsettled(include_live=True)] == [intended, sent]


def test_entries_filters(
    journal_factory: Callable[..., JournalStore], make_intent: Callable[..., int]
) -> None:
    clock = [datetime(2025, 3, 1, 9, 0, tzinfo=UTC)]
    timed = journal_factory(now=lambda: clock[0])
    early = make_intent(1, into=timed, os_user="aysel", operation="refund")
    timed.record_outcome(early, "done")
    clock[0] += timedelta(days=1)
    late = make_intent(2, into=timed, os_user="murad", operation="clear")
    timed.record_outcome(late, "unknown")
    day = datetime(2025, 3, 2, tzinfo=UTC)
    assert [e.id for e in timed.entries()] == [early, late]
    assert [e.id for e in timed.entries(since=day)] == [late]
    assert [e.id for e in timed.entries(until=day)] == [early]
    assert [e.id for e in timed.entries(operator="aysel")] == [early]
    assert [e.id for e in timed.entries(operation="clear")] == [late]
    assert [e.id for e in timed.entries(state="unknown")] == [late]
    assert [e.id for e in timed.entries(order_id=1)] == [early]
    assert [e.id for e in timed.entries(order_id=1, state="unknown")] == []
    assert timed.get(early).time == datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone"):
        timed.entries(since=datetime(2025, 3, 1))


def _pages(journal: JournalStore, filters: JournalFilter, limit: int) -> list[list[int]]:
    """Every page's entry ids, following each page's ``next`` to the end."""
    found, after = [], None
    while True:
        page = journal.entries_page(filters, after=after, limit=limit)
        found.append([e.id for e in page.entries])
        if page.next is None:
            assert not page.more
            return found
        after = page.next


def test_entries_come_a_page_at_a_time_newest_first(
    journal_factory: Callable[..., JournalStore], make_intent: Callable[..., int]
) -> None:
    clock = [datetime(2025, 3, 1, 9, 0, tzinfo=UTC)]
    timed = journal_factory(now=lambda: clock[0])
    made = []
    for n in range(7):
        clock[0] += timedelta(hours=1)
        made.append(make_intent(100 + n, into=timed, os_user="aysel" if n % 2 else "murad",
                                operation="refund" if n < 5 else "clear",
                                reason_category="fraud" if n in (1, 4) else None))  # fmt: skip
    timed.record_outcome(made[2], "done")
    timed.record_outcome(made[3], "unknown")
    payout = make_intent(None, into=timed, operation="pay_out")  # same time as the last one
    timed.set_order(payout, 555)
    newest_first = [payout, *reversed(made)]
    assert _pages(timed, JournalFilter(), 3) == [newest_first[:3], newest_first[3:6],
                                                 newest_first[6:]]  # fmt: skip
    assert _pages(timed, JournalFilter(), 1) == [[i] for i in newest_first]  # a tie, once each
    page = timed.entries_page(JournalFilter(), limit=3)
    assert page.more and page.next == (page.entries[-1].time, page.entries[-1].id)
    assert page.seq == 11  # 8 intents, 2 outcomes, 1 order: the newest row when read
    # Light entries: everything but the order snapshots, which get() has.
    light = {e.id: e for e in timed.entries_page(JournalFilter(), limit=10).entries}
    assert light[made[3]].state is EntryState.UNKNOWN and light[payout].order_id == 555
    assert light[made[1]].reason_category == "fraud" and light[made[1]].os_user == "aysel"
    assert light[made[0]].order_before is None and timed.get(made[0]).order_before is not None
    # Each filter selects in the database what entries() selects, newest first.
    day = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    for filters, expected in (
        (JournalFilter(since=day), [e.id for e in timed.entries(since=day)]),
        (JournalFilter(until=day), [e.id for e in timed.entries(until=day)]),
        (JournalFilter(operator="aysel"), [e.id for e in timed.entries(operator="aysel")]),
        (JournalFilter(operation="clear"), [made[5], made[6]]),
        (JournalFilter(state="unknown"), [made[3]]),
        (JournalFilter(state="intended", operation="refund"), [made[4], made[1], made[0]]),
        (JournalFilter(order_id=103), [made[3]]),
        (JournalFilter(order_id=555), [payout]),  # the order it learnt, not the intent's
        (JournalFilter(reason_category="fraud"), [made[4], made[1]]),
        (JournalFilter(reason_category="fraud", operator="murad"), [made[4]]),
        (JournalFilter(order_id=103, state="done"), []),
    ):
        shown = [i for page in _pages(timed, filters, 2) for i in page]
        assert shown == sorted(expected, reverse=True), filters
    with pytest.raises(ValueError, match="timezone"):
        JournalFilter(since=datetime(2025, 3, 1))


def test_changed_since_brings_what_came_after_a_row(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    first = make_intent(1)
    second = make_intent(2)
    seen = journal.entries_page(JournalFilter()).seq
    assert journal.changed_since(seen).entries == []
    journal.record_outcome(first, "done")  # an entry already shown changes...
    third = make_intent(3)  # ...and one comes
    news = journal.changed_since(seen)
    assert [(e.id, e.state) for e in news.entries] == [(third, "intended"), (first, "done")]
    assert news.seq == seen + 2 and not news.more
    assert news.entries[1].order_before is None  # light, as a page's
    assert journal.changed_since(news.seq).entries == []
    # A long absence comes back in parts: each ends at the row it read up to.
    part = journal.changed_since(0, limit=2)
    assert [e.id for e in part.entries] == [second, first] and part.more and part.seq == 2
    rest = journal.changed_since(part.seq, limit=2)
    assert [e.id for e in rest.entries] == [third, first] and not rest.more


def test_verify_on_an_intact_journal(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    assert journal.verify().ok
    journal.record_outcome(make_intent(1), "done")
    make_intent(2)
    report = journal.verify()
    assert report.ok and report.problems == [] and report.messages == []
    assert (report.entries, report.rows) == (2, 3)
    journal.ensure_intact()  # raises JournalDamaged otherwise


def test_export_has_the_export_fields(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    entry_id = make_intent(1001, reason="=SUM(A1)", reason_category="customer_request")
    journal.record_outcome(entry_id, "done", approval_code="123456", rrn="412345678901")
    make_intent(1002)
    stream = io.StringIO()
    assert journal.export_csv(stream, bom=False, order_id=1001) == 1
    header, *rows = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(header) == FIELDS
    [row] = [dict(zip(header, values, strict=True)) for values in rows]
    assert row["id"] == str(entry_id) and row["state"] == "done"
    assert (row["amount"], row["currency"], row["time_zone"]) == ("12.50", "AZN", "UTC")
    assert (row["approval_code"], row["rrn"]) == ("123456", "412345678901")
    assert row["reason"] == "'=SUM(A1)"  # never a formula in a spreadsheet


# -- batch rows ----------------------------------------------------------------------------


def test_batch_rows_remember_their_entries(
    journal: JournalStore, make_intent: Callable[..., int]
) -> None:
    assert journal.batch_row_entries("k1") == []
    first, second = make_intent(1), make_intent(2)
    journal.remember_batch_row("k1", second, 3, "orders.csv")
    journal.remember_batch_row("k1", first, 3, "orders.csv")
    journal.remember_batch_row("k1", first, 3, "copy.csv")  # once per row and entry
    journal.remember_batch_row("k2", second, 4, "orders.csv")
    assert journal.batch_row_entries("k1") == [first, second]
    assert journal.batch_row_entries("k2") == [second]


# -- the order index -----------------------------------------------------------------------


@pytest.fixture
def index(index_factory: Callable[..., OrderIndexStore]) -> OrderIndexStore:
    found = index_factory()
    saved = found.save_many(
        [
            _order(1),
            _order(
                2,
                status=OrderStatus.AUTHORIZED,
                amount="12.5",
                last4="0002",
                rrn="509999999999",
                code="ZZ9999",
                created=T0 - timedelta(days=10),
            ),
            _order(
                3,
                amount="100",
                last4="4444",
                rrn="507777777777",
                code="QQ1111",
                created=T0 + timedelta(days=2),
            ),
        ],
        T0,
    )
    assert saved == 3
    return found


def test_index_search_by_each_criterion(index: OrderIndexStore) -> None:
    assert _ids(index.search("2")) == [2]
    assert _ids(index.search("509999999999")) == [2]
    assert _ids(index.search("5099999999999")) == [2]  # the refund's own RRN
    assert _ids(index.search("ZZ9999")) == [2]
    assert _ids(index.search("4444")) == [3]
    assert _ids(index.search(rrn="507777777777")) == [3]
    assert _ids(index.search(approval_code="A1B2C3")) == [1]
    assert _ids(index.search(last4="0002")) == [2]
    assert _ids(index.search(amount=Decimal("12.50"))) == [2]
    assert _ids(index.search(amount=Decimal("100"))) == [3]
    assert _ids(index.search(status="Authorized")) == [2]
    assert _ids(index.search(since=T0 - timedelta(hours=1), until=T0 + timedelta(days=1))) == [1]
    assert _ids(index.search("99999")) == []  # part of an RRN is not a match
    assert [o.order_id for o in index.search()] == [3, 1, 2]  # newest first
    assert len(index.search(limit=2)) == 2
    with pytest.raises(ValueError, match="timezone"):
        index.search(since=datetime(2025, 3, 1))


def test_index_search_comes_a_page_at_a_time(index: OrderIndexStore) -> None:
    newest_first = [o.order_id for o in index.search()]
    pages = [[o.order_id for o in index.search(limit=2, offset=start)] for start in (0, 2, 4)]
    assert pages == [newest_first[:2], newest_first[2:], []]
    assert [o.order_id for o in index.search("2", limit=1, offset=0)] == [2]
    assert index.search("2", limit=1, offset=1) == []


def test_index_parses_the_raw_answer_only_when_asked(index: OrderIndexStore) -> None:
    found = index.search()
    # Searches carry the answer as stored; it is read (and masked) only when asked for.
    assert all(isinstance(o.packed_raw, bytes) and b"********" not in o.packed_raw for o in found)
    assert index.raw(1) == {"id": 1, "password": "********"}
    assert index.raw(99) is None
    assert next(o for o in found if o.order_id == 1).raw == {"id": 1, "password": "********"}


def test_index_remembers_what_was_read_and_when(index: OrderIndexStore) -> None:
    known = index.get(1)
    assert known is not None
    assert known.amount == Decimal("25.00")
    assert known.refunded == Decimal("5.00")
    assert known.last4 == "1778"
    assert known.masked_card == "416974******1778"
    assert known.last_refreshed == T0
    assert index.get(99) is None
    later = T0 + timedelta(hours=3)
    index.save(_order(1, status=OrderStatus.REFUNDED), later)
    again = index.get(1)
    assert again is not None
    assert again.status == "Refunded"
    assert again.last_refreshed == later
    assert len(index.search()) == 3


def test_index_keeps_environments_and_profiles_apart(
    index: OrderIndexStore, index_factory: Callable[..., OrderIndexStore]
) -> None:
    for environment, profile in (("production", "p"), ("sandbox", "other")):
        elsewhere = index_factory(environment, profile)
        assert elsewhere.search() == []
        assert elsewhere.get(1) is None
    assert len(index.search()) == 3


# -- nobody reaches around the interface -----------------------------------------------------

# Outside journal/, only these places deal with a backend as such: they build the SQLite (or
# the team's) backend, or (sandbox_start) delete the sandbox's database file.
BUILDERS = {
    "kapdesk/app/connection.py",
    "kapdesk/app/sandbox_start.py",
    "kapdesk/cli/desk.py",
    "kapdesk/cli/journal.py",
    "kapdesk/cli/dispute.py",  # `dispute pack` reads the journal entries on the order
    "kapdesk/cli/lookup.py",  # a team profile's lookups go into the team's order index
    "kapdesk/cli/search.py",
}
AROUND = (
    "journal.path",  # the SQLite file, to open it directly
    "._journal._",  # a backend's private parts
    "journal_events",  # the journal's own tables
    "journal_order_state",
    "batch_rows",
    "order_index ",
)


def test_callers_reach_the_journal_only_through_its_interface() -> None:
    root = Path(__file__).resolve().parents[2]
    found = []
    for layer in ("operations", "cli", "gui", "app"):
        for path in sorted((root / "kapdesk" / layer).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            text = path.read_text("utf-8")
            found += [f"{name}: {word}" for word in AROUND if word in text]
            if name not in BUILDERS:
                for backend in (
                    "kapdesk.journal.db",
                    "import Journal\n",
                    "import OrderIndex\n",
                    "Journal(",
                    "OrderIndex(",
                ):
                    if backend in text:
                        found.append(f"{name}: {backend.strip()}")
    assert found == []
