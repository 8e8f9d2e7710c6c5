"""Four-eyes in the team journal itself: the database holds an entry above the threshold, and
refuses to send it, or to let the wrong person decide, whatever the client does."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import psycopg
import pytest

from kapdesk.journal.entry import (
    AwaitingApproval,
    EntryNotFound,
    EntryState,
    EntryStateError,
    OrderBusy,
)
from kapdesk.journal.team.admin import set_threshold
from kapdesk.journal.team.store import NotAllowed
from tests.journal.conftest import intent
from tests.team.cluster import TeamDatabase


def _threshold(team_db: TeamDatabase, amount: str = "500.00", currency: str = "AZN") -> None:
    set_threshold(team_db.admin(), currency, Decimal(amount))


def _waiting(team_db: TeamDatabase, user: str = "aysel", order_id: int = 7001) -> int:
    with pytest.raises(AwaitingApproval) as held:
        intent(team_db.journal(user), order_id, amount=Decimal("750.00"), os_user=user)
    return held.value.entry.id


def test_above_the_threshold_the_intent_waits_and_holds_the_order(team_db: TeamDatabase) -> None:
    _threshold(team_db)
    desk = team_db.journal("aysel", workstation="FIN-PC-01")
    below = intent(desk, 7000, amount=Decimal("500.00"))  # not above: no approval needed
    assert desk.get(below).state == EntryState.INTENDED
    with pytest.raises(AwaitingApproval) as held:
        intent(desk, 7001, amount=Decimal("750.00"))
    entry = held.value.entry
    assert entry.state == EntryState.AWAITING_APPROVAL and entry.open
    assert "NOT sent" in str(held.value) and f"approvals send {entry.id}" in str(held.value)
    # Other currencies and operations (a clearing) have no threshold here.
    assert desk.get(intent(desk, 7002, amount=Decimal("750"), currency="USD")).state == "intended"
    assert desk.get(intent(desk, 7003, amount=Decimal("750"), operation="clear")).state == (
        "intended"
    )
    with pytest.raises(OrderBusy) as busy:  # the order is held for everyone meanwhile
        intent(team_db.journal("murad"), 7001, amount=Decimal("1.00"), os_user="murad")
    assert "a supervisor must approve or reject it" in str(busy.value)
    assert [e.id for e in desk.approvals()] == [entry.id]
    assert desk.approvals()[0].person == "aysel"
    assert desk.approvals()[0].workstation == "FIN-PC-01"


def test_the_database_refuses_to_send_what_was_not_approved(team_db: TeamDatabase) -> None:
    _threshold(team_db)
    entry_id = _waiting(team_db)
    desk = team_db.journal("aysel")
    with pytest.raises(EntryStateError):
        desk.mark_sent(entry_id)
    # A client that never asked (the threshold set after its intent) is refused too.
    late = intent(desk, 7010, amount=Decimal("900.00"), currency="USD")
    _threshold(team_db, "100", "USD")
    with pytest.raises(NotAllowed, match="needs a supervisor's approval"):
        desk.mark_sent(late)
    assert desk.get(late).state == EntryState.INTENDED
    # Straight through the function, bypassing TeamJournal, the same answer.
    with psycopg.connect(**team_db.address("aysel").connect_args("correct horse battery")) as raw:
        with pytest.raises(psycopg.DatabaseError) as refused:
            raw.execute("SELECT kapdesk.append(%s, 'sent', 'sent', '{}'::jsonb, 'x')", (entry_id,))
        assert refused.value.sqlstate == "KD409"


def test_who_may_decide(team_db: TeamDatabase) -> None:
    from kapdesk.journal.team.admin import add_user
    from tests.team.cluster import PASSWORD

    _threshold(team_db)
    add_user(team_db.admin(), "rashad", "supervisor", PASSWORD)
    mine = _waiting(team_db, "leyla", 7020)  # a supervisor's own request
    with pytest.raises(NotAllowed, match="Four-eyes: leyla asked for journal entry"):
        team_db.journal("leyla").approve(mine)
    with pytest.raises(NotAllowed, match="Only a supervisor can approve or reject"):
        team_db.journal("murad").approve(mine)
    with pytest.raises(NotAllowed, match="Only a supervisor"):
        team_db.journal("aysel").reject(mine, "no")
    with pytest.raises(NotAllowed, match="needs a reason"):
        team_db.journal("rashad").reject(mine, "  ")
    approved = team_db.journal("rashad").approve(mine)
    assert (approved.state, approved.decided_by) == (EntryState.APPROVED, "rashad")
    with pytest.raises(NotAllowed, match="already decided: approved by rashad"):
        team_db.journal("rashad").reject(mine, "changed my mind")
    with pytest.raises(EntryNotFound, match="There is no journal entry 999"):
        team_db.journal("rashad").approve(999)
    # Only the requester sends it.
    with pytest.raises(NotAllowed, match="Only the person who asked"):
        team_db.journal("rashad").mark_sent(mine)
    team_db.journal("leyla").mark_sent(mine)
    assert team_db.journal("leyla").get(mine).state == EntryState.SENT
    assert team_db.journal("aysel").approvals() == []


def test_a_rejection_closes_the_entry_with_its_reason_and_frees_the_order(
    team_db: TeamDatabase,
) -> None:
    _threshold(team_db)
    entry_id = _waiting(team_db, "aysel", 7030)
    leyla = team_db.journal("leyla")
    assert leyla.waiting_for_me() == 1 and team_db.journal("aysel").waiting_for_me() == 0
    assert leyla.can_decide() and not team_db.journal("aysel").can_decide()
    rejected = leyla.reject(entry_id, "no receipt")
    assert (rejected.state, rejected.note, rejected.decided_by) == (
        EntryState.REJECTED,
        "no receipt",
        "leyla",
    )
    assert not rejected.open and leyla.waiting_for_me() == 0
    with pytest.raises(EntryStateError):
        team_db.journal("aysel").mark_sent(entry_id)
    assert intent(team_db.journal("murad"), 7030, amount=Decimal("5.00"))  # free again


def test_the_json_export_names_person_and_workstation_on_both_journals(
    team_db: TeamDatabase, tmp_path: object
) -> None:
    import io
    import json
    from pathlib import Path

    from kapdesk.journal.journal import Journal
    from kapdesk.journal.owner import current_owner

    team = team_db.journal("aysel", workstation="FIN-PC-01")
    intent(team, 7040, os_user="aysel.m")
    single = Journal(Path(str(tmp_path)) / "kapdesk.db")
    intent(single, 7040, os_user="aysel.m")
    for journal, person, workstation in (
        (team, "aysel", "FIN-PC-01"),
        (single, "aysel.m", current_owner().host),  # a single desk: the OS user and host
    ):
        stream = io.StringIO()
        journal.export_json(stream)
        [row] = json.loads(stream.getvalue())
        assert (row["person"], row["workstation"], row["os_user"]) == (
            person,
            workstation,
            "aysel.m",
        )
        assert row["decided_by"] is None


def test_a_threshold_set_between_intent_and_send_stops_the_send(
    team_db: TeamDatabase, make_sandbox: Any
) -> None:
    """MoneyDesk on the team journal: the database refuses "sent" for an entry that is above
    a threshold set after its intent; the entry is settled not done and nothing is sent."""
    import asyncio

    from kapdesk.domain.allowances import Operation
    from kapdesk.operations.money import MoneyDesk
    from kapdesk.operations.plan import OrderRequest, confirmed
    from tests.operations.money_helpers import client_for, paid_order_sync, read_order_sync

    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    journal = team_db.journal("aysel")

    async def refund() -> None:
        async with client_for(server) as client:
            desk = MoneyDesk(client, journal, profile="shop", environment="sandbox")
            request = OrderRequest(order_id=order_id, operation=Operation.REFUND,
                                   amount=Decimal("6.00"), reason="x")  # fmt: skip
            await desk.carry_out(request, confirmed, on_intent=lambda _: _threshold(team_db, "5"))

    with pytest.raises(NotAllowed, match="needs a supervisor's approval before it is sent"):
        asyncio.run(refund())
    [entry] = journal.entries(order_id=order_id)
    assert entry.state == EntryState.NOT_DONE and "nothing was sent" in (entry.note or "")
    assert [t for t in read_order_sync(server, order_id).transactions if t.type == "Refund"] == []


def test_exit_codes_rank_unknown_over_awaiting_over_refused() -> None:
    from kapdesk.cli.desk import EXIT_AWAITING_APPROVAL, STATE_EXIT, worst_exit_code

    assert STATE_EXIT["awaiting_approval"] == EXIT_AWAITING_APPROVAL == 5
    assert worst_exit_code(["done", "awaiting_approval", "refused"]) == 5
    assert worst_exit_code(["awaiting_approval", "unknown"]) == 4
    assert worst_exit_code(["done", "rejected"]) == 3
    assert worst_exit_code([]) == 0
