"""The Journal tab on a team journal is live: what another workstation appends appears, and
what was appended while the tab's listener was cut off appears once it is back.

On the real private PostgreSQL cluster (``team_db``): two logins, two TeamJournal handles (two
workstations), the tab on one, the append on the other.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from kapdesk.gui.tabs.journal import JournalTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.team.listen import JournalListener
from tests.journal.conftest import intent
from tests.team.cluster import TeamDatabase

WAIT = 20_000  # ms: a loaded 2-core machine; nothing here is timed


def _ids(tab: JournalTab) -> list[int]:
    return [e.id for e in tab.model.entries]


@pytest.fixture
def live(
    qtbot: Any, qrun: Any, qloop: asyncio.AbstractEventLoop, team_db: TeamDatabase
) -> Iterator[tuple[JournalTab, JournalListener, Any]]:
    """The tab of murad's workstation, following the team journal; aysel's handle to write."""
    mine = team_db.journal("murad", workstation="FIN-PC-02")
    other = team_db.journal("aysel", workstation="FIN-PC-01")
    tab = JournalTab(mine, None, TaskRunner())
    qtbot.addWidget(tab)
    qrun(tab.start())
    listener = mine.listen(lambda: qloop.call_soon_threadsafe(tab.news))
    assert isinstance(listener, JournalListener)
    try:
        assert listener.wait_connected(WAIT / 1000)
        yield tab, listener, other
    finally:
        listener.close()


def test_an_entry_of_another_workstation_appears_and_changes_live(
    qtbot: Any, live: tuple[JournalTab, JournalListener, Any]
) -> None:
    tab, _, other = live
    before = intent(other, 1001)  # written before the tab listened: brought by the first news
    qtbot.waitUntil(lambda: _ids(tab) == [before], timeout=WAIT)
    shown: list[int] = []
    tab.news_shown.connect(shown.append)
    entry = intent(other, 1002)
    qtbot.waitUntil(lambda: _ids(tab) == [entry, before], timeout=WAIT)
    assert tab.model.cell(0, 3) == "1002" and tab.model.cell(0, 0) == "1"
    assert shown  # the tab says so (the bench measures it)
    other.record_outcome(entry, "done")  # the same row changes: no second row
    qtbot.waitUntil(lambda: tab.model.entries[0].state == "done", timeout=WAIT)
    assert _ids(tab) == [entry, before]
    assert "1 entries shown" not in tab.count_label.text() and "2" in tab.count_label.text()


def test_news_keeps_to_the_filters(
    qtbot: Any, live: tuple[JournalTab, JournalListener, Any]
) -> None:
    tab, _, other = live
    tab.state_box.setCurrentIndex(tab.state_box.findData("intended"))
    tab.reload()
    qtbot.waitUntil(lambda: tab.apply_button.isEnabled(), timeout=WAIT)
    entry = intent(other, 2001)
    qtbot.waitUntil(lambda: _ids(tab) == [entry], timeout=WAIT)
    other.record_outcome(entry, "refused")  # no longer what the table selects: it leaves
    qtbot.waitUntil(lambda: _ids(tab) == [], timeout=WAIT)


def test_after_a_reconnect_what_was_missed_is_read_again(
    qtbot: Any, live: tuple[JournalTab, JournalListener, Any], team_db: TeamDatabase
) -> None:
    tab, listener, other = live
    import psycopg
    from PySide6.QtWidgets import QApplication

    seen = intent(other, 3000)  # every news so far taken in: the next can only be the reconnect
    qtbot.waitUntil(lambda: _ids(tab) == [seen] and tab._runner.idle(), timeout=WAIT)

    admin = psycopg.connect(**team_db.cluster.admin(), autocommit=True)  # from another database
    team_db.opened.append(admin)
    # Cut the listener off and keep it off: its database takes no new connection meanwhile.
    admin.execute(f'ALTER DATABASE "{team_db.dbname}" WITH ALLOW_CONNECTIONS false')
    try:
        pid = listener.backend_pid
        assert pid is not None
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        qtbot.waitUntil(lambda: not listener.connected, timeout=WAIT)
        QApplication.processEvents()  # news handed over before the cut, read to the end
        qtbot.waitUntil(tab._runner.idle, timeout=WAIT)
        missed = intent(other, 3001)  # its NOTIFY reaches nobody on this workstation
    finally:
        admin.execute(f'ALTER DATABASE "{team_db.dbname}" WITH ALLOW_CONNECTIONS true')
    assert missed not in _ids(tab)
    qtbot.waitUntil(lambda: missed in _ids(tab), timeout=WAIT)
    assert listener.reconnects == 1, listener.reconnects


def test_a_session_on_a_team_journal_follows_it_until_closed(
    qtbot: Any, qrun: Any, qloop: asyncio.AbstractEventLoop, team_db: TeamDatabase, tmp_path: Any
) -> None:
    import dataclasses

    from kapdesk.app.connection import connection_of
    from kapdesk.app.session import Session
    from kapdesk.gui.messages import MessageBridge
    from kapdesk.journal.orders import OrderIndex
    from kapdesk.vault.profiles import Profile

    connection = connection_of(Profile("shop", "sandbox"))
    connection = dataclasses.replace(connection, base_url="http://127.0.0.1:9/api")
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="shop")
    session = Session(connection, team_db.journal("murad"), index, MessageBridge())
    tabs = session.tabs
    for widget in (tabs.lookup, *tabs.others().values()):
        qtbot.addWidget(widget)
    listener = session._listening
    try:
        assert isinstance(listener, JournalListener) and listener.wait_connected(WAIT / 1000)
        qrun(tabs.journal.start())
        entry = intent(team_db.journal("aysel"), 4001)
        qtbot.waitUntil(lambda: _ids(tabs.journal) == [entry], timeout=WAIT)
    finally:
        qrun(session.close())
    assert not listener._thread.is_alive()  # closed with the session: no news to a gone tab
