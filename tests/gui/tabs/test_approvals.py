"""Four-eyes in the console on a real team database and the real sandbox: the person and team
in the status bar, a badge on the Journal tab for what waits for this supervisor, approve and
reject from the list, and the requester's Send."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kapdesk.app.connection import Connection
from kapdesk.app.session import Session
from kapdesk.domain.secret import Secret
from kapdesk.gui.main_window import MainWindow
from kapdesk.gui.messages import MessageBridge
from kapdesk.journal.entry import AwaitingApproval, EntryState
from kapdesk.journal.orders import OrderIndex
from kapdesk.journal.team.admin import set_threshold
from kapdesk.sandbox.server import SandboxServer
from tests.gui.money_support import GOOD_CARD, Desk, pay_out
from tests.journal.conftest import intent
from tests.team.cluster import TeamDatabase

OPEN: list[Session] = []  # every Workstation's session, closed after each test


@pytest.fixture(autouse=True)
def _close_sessions(qrun: Any) -> Any:
    """A session left open keeps its journal listener: a later test's loop would get its news
    (and tasks it never runs)."""
    yield
    while OPEN:
        qrun(OPEN.pop().close())


class Workstation:
    """One person's console: a Session on the team journal, shown in a MainWindow."""

    def __init__(
        self, qtbot: Any, server: SandboxServer, team_db: TeamDatabase, user: str, tmp: Path
    ) -> None:
        self.messages = MessageBridge()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.messages.error.connect(self.errors.append)
        self.messages.info.connect(self.infos.append)
        self.journal = team_db.journal(user, workstation=f"PC-{user}")
        connection = Connection(
            profile="shop", environment="sandbox", base_url=server.base_url,
            user=server.config.user, password=Secret(server.config.password),
        )  # fmt: skip
        index = OrderIndex(tmp / f"{user}.db", environment="sandbox", profile="shop")
        self.session = Session(connection, self.journal, index, self.messages)
        OPEN.append(self.session)
        tabs = self.session.tabs
        self.window = MainWindow(
            tabs.lookup, self.messages, profile="shop", environment="sandbox", language="en",
            other_tabs=tabs.others(),
        )  # fmt: skip
        qtbot.addWidget(self.window)
        self.session.show_in(self.window)
        assert tabs.approvals is not None
        self.panel = tabs.approvals

    def journal_title(self) -> str:
        return self.window.tabs.tabText(self.window.tabs.indexOf(self.session.tabs.journal_page))

    def select(self, entry_id: int) -> None:
        row = next(i for i, e in enumerate(self.panel.entries) if e.id == entry_id)
        self.panel.table.selectRow(row)


@pytest.fixture
def paid(qrun: Any, gui_sandbox: SandboxServer, tmp_path: Path) -> Any:
    (tmp_path / "helper").mkdir()
    helper = Desk(gui_sandbox, tmp_path / "helper")
    yield lambda: qrun(helper.paid_order("10.00"))
    qrun(helper.client.aclose())


def test_a_supervisor_approves_from_the_console_and_the_requester_sends_once(
    qtbot: Any, qrun: Any, gui_sandbox: SandboxServer, team_db: TeamDatabase, tmp_path: Path,
    paid: Any,
) -> None:  # fmt: skip
    set_threshold(team_db.admin(), "AZN", Decimal("5.00"))
    leyla = Workstation(qtbot, gui_sandbox, team_db, "leyla", tmp_path)
    aysel = Workstation(qtbot, gui_sandbox, team_db, "aysel", tmp_path)
    status = leyla.window.status
    assert status.team_label.text() == f"leyla in team {team_db.dbname} on 127.0.0.1"
    assert not status.team_label.isHidden()
    order_id = paid()
    with pytest.raises(AwaitingApproval) as held:  # aysel's refund above the threshold
        intent(aysel.journal, order_id, amount=Decimal("6.00"), environment="sandbox")
    entry_id = held.value.entry.id

    leyla.panel.refresh()
    qtbot.waitUntil(lambda: leyla.journal_title() == "Journal (1)", timeout=20_000)
    assert leyla.panel.table.rowCount() == 1
    assert leyla.panel.table.item(0, 5).text() == "aysel (PC-aysel)"
    qrun(aysel.panel.load())
    assert aysel.journal_title() == "Journal"  # a clerk decides nothing: no badge
    aysel.select(entry_id)
    assert not aysel.panel.approve_button.isEnabled()  # the requester
    assert not aysel.panel.send_button.isEnabled()  # not approved yet

    leyla.select(entry_id)
    assert leyla.panel.approve_button.isEnabled()
    assert not leyla.panel.reject_button.isEnabled()  # a rejection needs a reason
    leyla.panel.approve_button.click()
    qtbot.waitUntil(lambda: leyla.journal_title() == "Journal", timeout=20_000)
    assert aysel.journal.get(entry_id).state == EntryState.APPROVED
    assert leyla.infos[-1] == f"Journal entry {entry_id} approved."

    qrun(aysel.panel.load())
    aysel.select(entry_id)
    assert aysel.panel.send_button.isEnabled()
    aysel.panel.send_button.click()
    assert not aysel.panel.send_button.isEnabled()  # at once: no second click sends twice
    qtbot.waitUntil(lambda: aysel.journal.get(entry_id).state == EntryState.DONE, timeout=30_000)
    qtbot.waitUntil(lambda: aysel.panel.table.rowCount() == 0, timeout=20_000)
    qtbot.waitUntil(
        lambda: any(i.startswith("Done: Refund of 6.00") for i in aysel.infos), timeout=20_000
    )
    assert aysel.errors == []
    qrun(aysel.session.close())
    qrun(leyla.session.close())


def test_the_requesters_console_is_told_of_the_approval_at_once(
    qtbot: Any, qrun: Any, gui_sandbox: SandboxServer, team_db: TeamDatabase, tmp_path: Path,
    paid: Any,
) -> None:  # fmt: skip
    """No waiting for the list's next read: the journal's notification brings the news."""
    set_threshold(team_db.admin(), "AZN", Decimal("5.00"))
    aysel = Workstation(qtbot, gui_sandbox, team_db, "aysel", tmp_path)
    aysel.panel.timer.stop()  # only the notification can bring it now
    order_id = paid()
    with pytest.raises(AwaitingApproval) as held:
        intent(aysel.journal, order_id, amount=Decimal("6.00"), environment="sandbox")
    entry_id = held.value.entry.id
    team_db.journal("leyla").approve(entry_id)  # from another workstation
    told = f"Journal entry {entry_id} was approved by leyla: select it under the Journal tab " \
           "and press Send approved."  # fmt: skip
    qtbot.waitUntil(lambda: told in aysel.infos, timeout=20_000)
    aysel.select(entry_id)
    assert aysel.panel.send_button.isEnabled()
    qrun(aysel.panel.load())  # read again: said once
    assert aysel.infos.count(told) == 1
    qrun(aysel.session.close())


def test_an_approved_payout_is_sent_from_the_console_with_its_card_typed_again(
    qtbot: Any, qrun: Any, gui_sandbox: SandboxServer, team_db: TeamDatabase, tmp_path: Path
) -> None:
    set_threshold(team_db.admin(), "AZN", Decimal("5.00"))
    aysel = Workstation(qtbot, gui_sandbox, team_db, "aysel", tmp_path)
    held = qrun(pay_out(aysel.session.desk, Decimal("6.00"), "AZN", GOOD_CARD[0], "by card"))
    assert held.state == "awaiting_approval"
    team_db.journal("leyla").approve(held.entry_id)
    qrun(aysel.panel.load())
    aysel.select(held.entry_id)
    assert aysel.panel.card.isVisibleTo(aysel.panel)  # the number is kept nowhere: asked again
    assert not aysel.panel.send_button.isEnabled()
    aysel.panel.card.setText("4111111111111111")  # not the approved card: refused, not sent
    aysel.panel.send_button.click()
    qtbot.waitUntil(lambda: bool(aysel.errors), timeout=20_000)
    assert "is not the card of approved journal entry" in aysel.errors[-1]
    assert aysel.journal.get(held.entry_id).state == EntryState.APPROVED
    assert "4111111111111111" not in " ".join(aysel.errors + aysel.infos)
    qrun(aysel.panel.load())
    aysel.select(held.entry_id)
    assert aysel.panel.card.text() == ""  # what was typed went with the try
    aysel.panel.card.setText(GOOD_CARD[0])
    aysel.panel.send_button.click()
    qtbot.waitUntil(
        lambda: any(i.startswith("Done: Pay out to card of 6.00 AZN") for i in aysel.infos),
        timeout=30_000,
    )
    assert aysel.journal.get(held.entry_id).state == EntryState.DONE
    assert GOOD_CARD[0] not in " ".join(aysel.errors + aysel.infos)
    qrun(aysel.session.close())


def test_a_supervisor_rejects_with_a_reason_from_the_console(
    qtbot: Any, qrun: Any, gui_sandbox: SandboxServer, team_db: TeamDatabase, tmp_path: Path
) -> None:
    set_threshold(team_db.admin(), "AZN", Decimal("5.00"))
    leyla = Workstation(qtbot, gui_sandbox, team_db, "leyla", tmp_path)
    with pytest.raises(AwaitingApproval) as held:
        intent(team_db.journal("murad"), 99001, amount=Decimal("9.00"), os_user="murad")
    qrun(leyla.panel.load())
    leyla.select(held.value.entry.id)
    leyla.panel.reason.setText("no receipt")
    assert leyla.panel.reject_button.isEnabled()
    leyla.panel.reject_button.click()
    entry = held.value.entry
    qtbot.waitUntil(
        lambda: leyla.journal.get(entry.id).state == EntryState.REJECTED, timeout=20_000
    )
    assert leyla.journal.get(entry.id).note == "no receipt"
    qtbot.waitUntil(lambda: leyla.panel.table.rowCount() == 0, timeout=20_000)
    assert leyla.panel.reason.text() == ""
    qrun(leyla.session.close())


def test_a_single_desk_shows_no_team_and_no_approvals(
    qtbot: Any, gui_sandbox: SandboxServer, tmp_path: Path
) -> None:
    desk = Desk(gui_sandbox, tmp_path)
    connection = Connection(
        profile="shop", environment="sandbox", base_url=gui_sandbox.base_url,
        user=gui_sandbox.config.user, password=Secret(gui_sandbox.config.password),
    )  # fmt: skip
    session = Session(connection, desk.journal, desk.index, MessageBridge())
    assert session.tabs.approvals is None and session.tabs.journal_page is session.tabs.journal
    assert session.team_identity() is None


def test_a_colleagues_entry_left_open_is_taken_over_and_reconciled_from_the_journal_tab(
    qtbot: Any, qrun: Any, gui_sandbox: SandboxServer, team_db: TeamDatabase, tmp_path: Path,
    paid: Any,
) -> None:  # fmt: skip
    """aysel's workstation wrote the intent and died: murad takes it over in the console
    (recorded), and his console reconciles it; before, while she was connected, it was refused."""
    murad = Workstation(qtbot, gui_sandbox, team_db, "murad", tmp_path)
    tab = murad.session.tabs.journal
    assert tab.take_over_button.isVisibleTo(tab)
    order_id = paid()
    aysel = team_db.journal("aysel", workstation="WS-aysel")
    entry_id = intent(aysel, order_id, amount=Decimal("1.00"), environment="sandbox")
    qrun(tab._reload())

    def pick() -> None:
        row = tab.model.row_of(entry_id)
        assert row is not None
        tab.table.selectRow(row)

    pick()
    assert tab.take_over_button.isEnabled()
    tab.take_over_button.click()  # aysel's kapdesk is still connected: refused, nothing moves
    qtbot.waitUntil(lambda: tab.panel.state == "refused", timeout=20_000)
    assert "still connected" in tab.panel.text()
    assert murad.journal.get(entry_id).state == EntryState.INTENDED
    aysel.close()  # her workstation is gone
    pick()
    tab.take_over_button.click()
    qtbot.waitUntil(lambda: murad.journal.get(entry_id).state == EntryState.NOT_DONE,
                    timeout=30_000)  # fmt: skip
    events = [r for (r,) in team_db.admin().execute(
        "SELECT person FROM kapdesk.journal_events WHERE entry_id = %s AND event = 'take_over'",
        (entry_id,))]  # fmt: skip
    assert events == ["murad"]
    qrun(murad.session.close())


def test_an_order_waiting_for_approval_refuses_another_operation_before_its_confirmation(
    qtbot: Any, qrun: Any, gui_sandbox: SandboxServer, team_db: TeamDatabase, tmp_path: Path,
    paid: Any,
) -> None:  # fmt: skip
    from kapdesk.domain.allowances import Operation
    from kapdesk.journal.entry import OrderBusy
    from kapdesk.operations.plan import OrderRequest

    set_threshold(team_db.admin(), "AZN", Decimal("5.00"))
    aysel = Workstation(qtbot, gui_sandbox, team_db, "aysel", tmp_path)
    murad = Workstation(qtbot, gui_sandbox, team_db, "murad", tmp_path)
    order_id = paid()
    with pytest.raises(AwaitingApproval):
        intent(aysel.journal, order_id, amount=Decimal("6.00"), environment="sandbox")
    asked: list[Any] = []

    async def confirm(plan: Any) -> Any:
        asked.append(plan)
        return plan

    request = OrderRequest(
        order_id=order_id,
        operation=Operation.REFUND,
        amount=Decimal("1.00"),
        reason="another",
        reason_category="other",
    )
    with pytest.raises(OrderBusy, match="aysel"):
        qrun(murad.session.desk.carry_out(request, confirm))  # fmt: skip
    assert asked == []  # refused before the clerk was asked to confirm
    qrun(aysel.session.close())
    qrun(murad.session.close())
