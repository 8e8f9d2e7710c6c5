"""The team's shared order index beyond the contract (tests/journal/test_contract.py): what
one colleague read, another finds; the console opens it for a team profile; the grants keep
the journal out of reach; searches are served by an index."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from kapdesk.journal.store import PAGE_SIZE
from kapdesk.journal.team.connect import open_connection
from kapdesk.journal.team.orders import TeamOrderIndex, team_scope
from kapdesk.journal.team.store import TeamJournal
from kapdesk.vault.profiles import Profile
from tests.journal.keyed_helpers import open_store
from tests.journal.test_orders import T0, _ids, _order
from tests.team.cluster import PASSWORD, TeamDatabase


def test_what_one_colleague_read_another_finds(team_db: TeamDatabase) -> None:
    aysel = team_db.order_index("aysel", profile="T1@https://gw")
    murad = team_db.order_index("murad", profile="T1@https://gw")
    aysel.save_many([_order(1), _order(2, last4="0002", rrn="509999999999")], T0)
    assert _ids(murad.search("509999999999")) == [2]
    assert _ids(murad.search(last4="1778")) == [1]
    known = murad.get(1)
    assert known is not None and known.raw == {"id": 1, "password": "********"}
    murad.save(_order(1, amount="30.00"), T0)  # a later read by murad replaces aysel's
    again = aysel.get(1)
    assert again is not None and str(again.amount) == "30.00"
    saved_by = team_db.admin().execute(
        "SELECT order_id, saved_by FROM kapdesk.order_index ORDER BY order_id"
    )
    assert saved_by.fetchall() == [(1, "murad"), (2, "aysel")]
    # Another terminal's orders stay apart.
    assert team_db.order_index("murad", profile="T2@https://gw").search() == []


def test_clerks_write_the_index_but_never_the_journal(team_db: TeamDatabase) -> None:
    with open_connection(team_db.address("aysel"), PASSWORD, autocommit=True) as conn:
        conn.execute("DELETE FROM kapdesk.order_refs")  # the index is not money
        for statement in (
            "INSERT INTO kapdesk.journal_events (seq, entry_id, event, state, time, person, "
            "prev_hash, hash) VALUES (1, 1, 'intent', 'done', now(), 'x', '', '')",
            "UPDATE kapdesk.entries SET state = 'done'",
            "DELETE FROM kapdesk.order_index",
            "UPDATE kapdesk.head SET count = 0",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_searches_are_served_by_an_index(team_db: TeamDatabase) -> None:
    index = team_db.order_index("aysel")
    index.save_many((_order(n, last4=f"{n % 10000:04d}") for n in range(1, 3001)), T0)
    admin = team_db.admin()
    admin.execute("ANALYZE kapdesk.order_index")
    admin.execute("ANALYZE kapdesk.order_refs")
    for where in ("last4 = '0042'", "true", "status_key = 'FullyPaid'"):
        plan = admin.execute(
            "EXPLAIN SELECT id FROM kapdesk.order_index WHERE environment = 'sandbox' AND "  # noqa: S608
            f"profile = 'p' AND {where} ORDER BY created DESC NULLS LAST, order_id DESC "
            f"LIMIT {PAGE_SIZE}"
        )
        text = "\n".join(row[0] for row in plan)
        assert "Index" in text and "Sort" not in text, (where, text)
    assert _ids(index.search("0042")) == [42]


def test_the_console_opens_the_teams_index_for_a_team_profile(
    team_db: TeamDatabase, kapdesk_home: Path
) -> None:
    from kapdesk.app.connection import open_database

    store = open_store(kapdesk_home / "profiles.kapdesk")
    profile = Profile(
        name="shop", environment="custom", base_url="https://gw.example.az/api", user="T1",
        password="terminal-pw", team=team_db.dsn("aysel"), team_password=PASSWORD,
    )  # fmt: skip
    store.add(profile)
    journal, index = open_database("custom", "shop", store)
    assert isinstance(index, TeamOrderIndex)
    # The console writes a team profile's money operations to the team's journal, not here.
    assert isinstance(journal, TeamJournal) and journal.person == "aysel"
    journal.close()
    assert index.profile == team_scope("https://gw.example.az/api", "T1", "custom")
    index.save(_order(5), T0)
    colleague = team_db.order_index("murad", environment="custom", profile=index.profile)
    assert _ids(colleague.search("5")) == [5]
    index.close()
    journal, local = open_database("custom", "other", store)  # no such team profile
    assert not isinstance(local, TeamOrderIndex) and not isinstance(journal, TeamJournal)
