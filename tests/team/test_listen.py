"""The team journal's news: a listener on its own connection says "news" for every row any
workstation appends, keeps trying when it cannot log in (without ever logging the password),
and stops when closed."""

from __future__ import annotations

import logging
import threading

import pytest

from kapdesk.journal.team.connect import open_connection
from kapdesk.journal.team.listen import JournalListener
from tests.journal.conftest import intent
from tests.team.cluster import PASSWORD, TeamDatabase

WAIT = 20  # seconds: generous, nothing here is timed


def test_news_of_every_workstations_rows_until_closed(team_db: TeamDatabase) -> None:
    mine, other = team_db.journal("murad"), team_db.journal("aysel")
    told = threading.Semaphore(0)
    listener = mine.listen(told.release)
    assert isinstance(listener, JournalListener)
    try:
        assert listener.wait_connected(WAIT)
        assert told.acquire(timeout=WAIT)  # once on connecting: re-read whatever was missed
        entry = intent(other, 1001)
        assert told.acquire(timeout=WAIT)
        assert [e.id for e in mine.changed_since(0).entries] == [entry]
        other.record_outcome(entry, "done")
        assert told.acquire(timeout=WAIT)
        intent(mine, 1002)  # this workstation's own rows are news too (another connection)
        assert told.acquire(timeout=WAIT)
    finally:
        listener.close()
    assert not listener._thread.is_alive() and not listener.connected
    intent(other, 1003)
    assert not told.acquire(timeout=1)  # closed: no more news


def test_a_refused_login_is_tried_again_without_saying_the_password(
    team_db: TeamDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kapdesk.journal.team.listen")
    address = team_db.address("aysel")
    told = threading.Event()
    listener = JournalListener.start(
        lambda: open_connection(address, "wrong-secret-pw", autocommit=True), told.set
    )
    try:
        deadline = threading.Event()
        for _ in range(WAIT * 10):
            if len([r for r in caplog.records if "cut off" in r.getMessage()]) >= 2:
                break
            deadline.wait(0.1)
        assert len([r for r in caplog.records if "cut off" in r.getMessage()]) >= 2
        assert not listener.connected and not told.is_set()
    finally:
        listener.close()
    assert not listener._thread.is_alive()
    assert "wrong-secret-pw" not in caplog.text and PASSWORD not in caplog.text
