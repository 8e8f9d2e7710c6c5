"""The team journal as two people on two workstations see it: the lock names who holds the
order; a clerk's login can read and append through the function, nothing else."""

from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest

from kapdesk.journal.entry import OrderBusy
from kapdesk.journal.team.connect import BadTeamAddress, TeamAddress
from kapdesk.journal.team.store import TeamOrderBusy, TeamUnavailable
from tests.journal.conftest import intent
from tests.team.cluster import TeamDatabase


def test_the_busy_order_names_person_workstation_and_time(team_db: TeamDatabase) -> None:
    desk_a = team_db.journal("aysel", workstation="FIN-PC-01")
    desk_b = team_db.journal("murad", workstation="FIN-PC-02")
    first = intent(desk_a, 1001)
    with pytest.raises(OrderBusy) as busy:
        intent(desk_b, 1001, os_user="murad")
    assert isinstance(busy.value, TeamOrderBusy)
    text = str(busy.value)
    assert "aysel on FIN-PC-01" in text and f"journal entry {first}" in text
    assert " UTC" in text
    rows = list(team_db.admin().execute("SELECT person, workstation FROM kapdesk.journal_events"))
    assert rows == [("aysel", "FIN-PC-01")]  # the login, not what the client claims


def test_server_time_unless_the_database_trusts_client_clocks(team_db: TeamDatabase) -> None:
    from datetime import UTC, datetime

    team_db.admin().execute("UPDATE kapdesk.settings SET trust_client_clock = false")
    past = datetime(2001, 1, 1, tzinfo=UTC)
    desk = team_db.journal(now=lambda: past)
    assert desk.get(intent(desk, 1)).time.year > 2001


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT * FROM kapdesk.chain_key",
        "INSERT INTO kapdesk.journal_events (seq, entry_id, event, state, time, person, "
        "prev_hash, hash) VALUES (99, 99, 'intent', 'done', now(), 'x', 'x', 'x')",
        "UPDATE kapdesk.entries SET state = 'done'",
        "DELETE FROM kapdesk.entries",
        "SELECT kapdesk.link('0', NULL::kapdesk.journal_events)",
        "SELECT kapdesk.set_threshold('AZN', 1)",
        "UPDATE kapdesk.settings SET trust_client_clock = true",
    ],
)
def test_a_clerk_only_reads_and_appends_through_the_function(
    team_db: TeamDatabase, statement: str
) -> None:
    from tests.team.cluster import PASSWORD

    with (
        psycopg.connect(**team_db.address("aysel").connect_args(PASSWORD), autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(statement)


def test_a_wrong_password_is_a_sentence_without_the_password(team_db: TeamDatabase) -> None:
    from kapdesk.journal.team.store import TeamJournal

    with pytest.raises(TeamUnavailable) as refused:
        TeamJournal(team_db.address("aysel"), "not-the-password")
    text = str(refused.value)
    assert "Cannot open the team journal postgresql://aysel@127.0.0.1:" in text
    assert "not-the-password" not in text


def test_team_addresses() -> None:
    found = TeamAddress.parse("postgresql://aysel@db.example.az:6432/kapdesk")
    assert (found.user, found.host, found.port, found.dbname) == (
        "aysel",
        "db.example.az",
        6432,
        "kapdesk",
    )
    args = found.connect_args("pw")
    assert args["sslmode"] == "verify-full" and args["channel_binding"] == "require"
    assert TeamAddress.parse("postgresql://a@127.0.0.1/k").connect_args(None)["sslmode"] == (
        "prefer"
    )
    with pytest.raises(BadTeamAddress, match="Do not put the database password") as bad:
        TeamAddress.parse("postgresql://aysel:s3cret@db/k")
    assert "s3cret" not in str(bad.value)
    for wrong in ("mysql://a@b/c", "postgresql://db/k", "postgresql://a@db/", "nonsense"):
        with pytest.raises(BadTeamAddress, match="not a team database address"):
            TeamAddress.parse(wrong)


def test_amounts_come_back_exact(team_db: TeamDatabase) -> None:
    desk = team_db.journal()
    entry = desk.get(intent(desk, 5, amount=Decimal("0.10")))
    assert entry.amount == Decimal("0.10") and str(entry.amount) == "0.10"
