"""The Journal tab: entries with filters, detail, CSV export, chain check, unsettled count."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.clock import DAY_ZONE, FixedClock
from kapdesk.gui.money.table_models import UNSETTLED
from kapdesk.gui.tabs.journal import JournalTab, JournalTable, describe_entry
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.entry import Entry, EntryState
from kapdesk.journal.journal import Journal
from kapdesk.journal.owner import current_owner
from tests.gui.money_support import GOOD_CARD, Desk, pay_out, refund, run


def test_table_detail_export_verify_and_unsettled(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    order_id = run(qtbot, desk.paid_order("9.00"))
    run(qtbot, refund(desk.desk, order_id, Decimal("2.00"), "scratched"))
    # An intent nobody settled, as if the app died mid-operation (this process owns it).
    desk.journal.record_intent(profile="test", environment="sandbox", order_id=order_id + 10_000,
                               operation="refund", amount=Decimal("1.00"), currency="AZN",
                               masked_card=None, reason="x", order_before=None)  # fmt: skip
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    messages: list[str] = []
    tab.status_message.connect(messages.append)
    assert run(qtbot, tab.start()) == 1
    assert "1" in messages[-1]
    assert tab.model.rowCount() == 2
    colours = [tab.model.colour(r) for r in range(2)]
    assert colours.count(UNSETTLED) == 1
    tab.order_edit.setText(str(order_id))
    tab.reload()
    assert not tab.apply_button.isEnabled()  # read in a worker thread; Show waits for it
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.apply_button.isEnabled())
    tab.show_detail(0)  # the fields at once; the order snapshots (not in a page) a moment later
    assert "Order before" in tab.detail.toPlainText() and "Reading…" in tab.detail.toPlainText()
    qtbot.waitUntil(lambda: '"FullyPaid"' in tab.detail.toPlainText())
    out = tmp_path / "journal.csv"
    tab.export_to(str(out))
    qtbot.waitUntil(lambda: tab.panel.state == "done")
    assert "1" in tab.panel.text() and "written" in tab.panel.text()
    assert str(order_id) in out.read_text(encoding="utf-8-sig")
    tab.verify()
    qtbot.waitUntil(lambda: tab.panel.state != "busy")
    assert tab.panel.state == "done" and "intact" in tab.panel.text()


def test_export_to_an_unwritable_place_is_a_sentence(
    qtbot: Any, desk: Desk, tmp_path: Path
) -> None:
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    tab.export_to(str(tmp_path / "no-such-dir" / "journal.csv"))
    assert not tab.export_button.isEnabled()
    qtbot.waitUntil(lambda: tab.panel.state == "refused")
    assert "Cannot write" in tab.panel.text() and "no-such-dir" in tab.panel.text()
    assert tab.export_button.isEnabled()


def _big_journal(journal: Journal, count: int) -> None:
    """``count`` chained entries in one write transaction (the public API fsyncs each one)."""
    owner = current_owner()
    with journal._writing() as conn:
        for n in range(count):
            journal._append(conn, None, {
                "event": "intent", "state": "intended", "os_user": "clerk", "profile": "test",
                "environment": "sandbox", "order_id": None, "operation": "refund",
                "amount": "1.00", "currency": "AZN", "order_before": _snapshot(n),
                "owner_pid": owner.pid, "owner_host": owner.host, "owner_token": owner.token,
            })  # fmt: skip


def _snapshot(n: int) -> str:
    return json.dumps({"n": n, "pad": "x" * 2000})  # a big snapshot makes the walk slow


def test_verify_of_a_big_journal_leaves_the_window_responsive(
    qtbot: Any, desk: Desk, qrun: Any
) -> None:
    qrun(asyncio.to_thread(_big_journal, desk.journal, 5000), timeout=60_000)
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    # Each beat notes whether the check was still running: beats while it ran show the
    # event loop kept coming back to Qt (no clock needed, so a loaded machine cannot skew it).
    beats: list[str] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(tab.panel.state))
    heartbeat.start()
    try:
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
        # Back in the event loop at once: the walk runs in a thread, the button waits for it.
        assert not tab.verify_button.isEnabled()
        assert tab.panel.state == "busy" and "Checking" in tab.panel.text()
        qtbot.waitUntil(lambda: tab.panel.state != "busy", timeout=60_000)
    finally:
        heartbeat.stop()
    assert tab.panel.state == "done" and "intact" in tab.panel.text()
    assert tab.verify_button.isEnabled()
    during = [b for b in beats if b == "busy"]
    assert len(during) >= 3, f"{len(during)} heartbeats while the check ran"


# -- days: Baku days, whatever zone the computer is set to ------------------------------------

BAKU_MIDNIGHT = datetime(2026, 12, 2, tzinfo=DAY_ZONE)  # 2026-12-01 20:00 UTC
# Each moment is on one side of a midnight: Baku's, or the far zone's own.
AROUND_MIDNIGHT = {
    "a minute before Baku midnight": BAKU_MIDNIGHT - timedelta(minutes=1),
    "a minute after Baku midnight": BAKU_MIDNIGHT + timedelta(minutes=1),
    "a minute before Pago Pago midnight": datetime(2026, 12, 2, 10, 59, tzinfo=UTC),
    "a minute after Pago Pago midnight": datetime(2026, 12, 2, 11, 1, tzinfo=UTC),
    "a minute before Kiritimati midnight": datetime(2026, 12, 1, 9, 59, tzinfo=UTC),
    "a minute after Kiritimati midnight": datetime(2026, 12, 1, 10, 1, tzinfo=UTC),
}


def _intent(journal: Journal, order_id: int) -> None:
    journal.record_intent(profile="test", environment="sandbox", order_id=order_id,
                          operation="refund", amount=Decimal("1.00"), currency="AZN")  # fmt: skip


def _shown(tab: JournalTab) -> list[int | None]:
    return [e.order_id for e in tab.model.entries]


@pytest.mark.parametrize("moment", AROUND_MIDNIGHT.values(), ids=AROUND_MIDNIGHT.keys())
def test_the_default_filter_shows_what_was_just_written(
    qtbot: Any, qrun: Any, tmp_path: Path, far_zone: str, moment: datetime
) -> None:
    clock = FixedClock(moment)
    journal = Journal(tmp_path / "kapdesk.db", now=clock.now)
    _intent(journal, 5001)
    tab = JournalTab(journal, None, TaskRunner(), clock=clock)
    qtbot.addWidget(tab)
    qrun(tab.start())
    assert _shown(tab) == [5001]
    baku_today = moment.astimezone(DAY_ZONE).date()
    assert tab.until_edit.date().toPython() == baku_today
    assert tab.since_edit.date().toPython() == baku_today - timedelta(days=30)
    assert tab.days.zone.text() == "Baku time (UTC+4)"  # the days' zone, named on screen


def test_one_day_is_one_baku_day(qtbot: Any, qrun: Any, tmp_path: Path, far_zone: str) -> None:
    clock = FixedClock(BAKU_MIDNIGHT - timedelta(minutes=1))
    journal = Journal(tmp_path / "kapdesk.db", now=clock.now)
    _intent(journal, 5001)  # the last minute of 1 December in Baku
    clock.advance(timedelta(minutes=2))
    _intent(journal, 5002)  # the first minute of 2 December
    tab = JournalTab(journal, None, TaskRunner(), clock=clock)
    qtbot.addWidget(tab)
    qrun(tab.start())
    assert sorted(_shown(tab)) == [5001, 5002]  # type: ignore[type-var]
    for day, expected in ((QDate(2026, 12, 1), [5001]), (QDate(2026, 12, 2), [5002])):
        tab.since_edit.setDate(day)
        tab.until_edit.setDate(day)
        tab.reload()
        qtbot.waitUntil(lambda e=expected: _shown(tab) == e and tab.apply_button.isEnabled())


def test_a_filter_left_on_today_moves_on_at_baku_midnight(
    qtbot: Any, qrun: Any, tmp_path: Path, far_zone: str
) -> None:
    clock = FixedClock(BAKU_MIDNIGHT - timedelta(hours=1))
    journal = Journal(tmp_path / "kapdesk.db", now=clock.now)
    tab = JournalTab(journal, None, TaskRunner(), clock=clock)  # opened on 1 December, left open
    qtbot.addWidget(tab)
    qrun(tab.start())
    clock.advance(timedelta(hours=2))
    _intent(journal, 5003)  # written on 2 December
    tab.reload()
    qtbot.waitUntil(lambda: _shown(tab) == [5003] and tab.apply_button.isEnabled())
    assert tab.until_edit.date() == QDate(2026, 12, 2)
    assert tab.since_edit.date() == QDate(2026, 11, 2)


def test_detail_names_one_zone_numbers_densely_and_says_what_a_payout_has(
    qtbot: Any, desk: Desk
) -> None:
    desk.desk.operator = "Aysel M."
    order_id = run(qtbot, desk.paid_order("9.00"))
    run(qtbot, refund(desk.desk, order_id, Decimal("2.00"), "scratched"))
    run(qtbot, refund(desk.desk, order_id, Decimal("1.00"), "scratched again"))
    run(qtbot, pay_out(desk.desk, Decimal("3.00"), "AZN", GOOD_CARD[0], "prize"))
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    _through_tomorrow(tab)
    run(qtbot, tab.start())
    entries = tab.model.entries
    assert len(entries) == 3
    stored = [e.id for e in entries]
    assert stored != [3, 2, 1]  # several rows per entry: the stored ids have gaps
    assert [tab.model.cell(r, 0) for r in range(3)] == ["1", "2", "3"]
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Time (Asia/Baku)"
    user = entries[0].os_user
    assert tab.model.cell(0, 2) in {f"Aysel M. ({user})", user}  # the name once h2's Entry has it
    assert tab.who_label.text() == f"Operator: Aysel M. (OS user {user})"
    tab.table.setCurrentIndex(tab.model.index(1, 0))  # the second refund, as a clerk clicks it
    qtbot.waitUntil(lambda: "Reading…" not in tab.detail.toPlainText())
    second = tab.detail.toPlainText()
    assert f"Entry: {entries[1].id}\n" in second
    shown_time = tab.model.cell(1, 1)  # Baku wall clock, to the minute
    baku = entries[1].time.astimezone(GATEWAY_TZ)
    assert f"Time: {baku:%Y-%m-%d %H:%M:%S} (Asia/Baku)" in second
    assert f"{baku:%Y-%m-%d %H:%M:%S}".startswith(shown_time)
    assert "+00:00" not in second and f".{baku.microsecond:06d}" not in second
    assert f"OS user: {user}" in second
    tab.table.setCurrentIndex(tab.model.index(0, 0))  # the payout, newest
    qtbot.waitUntil(lambda: "Reading…" not in tab.detail.toPlainText())
    payout = tab.detail.toPlainText()
    assert "null" not in payout
    assert "No order before: a payout creates its order." in payout
    assert '"Funded"' in payout or '"FullyPaid"' in payout or "order after" in payout.lower()


def _through_tomorrow(tab: JournalTab) -> None:
    # The date filter's days are Baku days read off a local QDate (helper h4 fixes that): a
    # day more keeps these tests green at every hour, in every zone.
    tab.until_edit.setDate(QDate.currentDate().addDays(1))


def test_the_operator_is_stored_on_the_intent_row(qtbot: Any, desk: Desk) -> None:
    desk.desk.operator = "Rashad"
    order_id = run(qtbot, desk.paid_order("5.00"))
    run(qtbot, refund(desk.desk, order_id, Decimal("1.00"), "scratched"))
    with sqlite3.connect(desk.journal.path) as raw:
        rows = raw.execute("SELECT event, operator FROM journal_events ORDER BY seq").fetchall()
    assert rows[0] == ("intent", "Rashad")
    assert {operator for event, operator in rows[1:]} == {None}  # on the intent row only
    assert desk.journal.verify().ok


def test_operator_shows_beside_the_os_user_in_table_and_detail(qtbot: Any, desk: Desk) -> None:
    base = Entry(id=7, time=datetime(2026, 11, 30, 14, 4, 5, 123456, tzinfo=UTC), os_user="root",
                 profile="p", environment="sandbox", order_id=None, operation="pay_out",
                 amount=Decimal("3.00"), currency="AZN", masked_card=None, reason="prize",
                 state=EntryState.REFUSED)  # fmt: skip
    named = dataclasses.replace(base, operator="Aysel")  # Entry has the field itself now
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    tab.model.set_entries([named, base], str)
    assert tab.model.cell(0, 2) == "Aysel (root)" and tab.model.cell(1, 2) == "root"
    text = describe_entry(named)
    assert "Operator: Aysel\nOS user: root" in text
    assert "Time: 2026-11-30 18:04:05 (Asia/Baku)" in text
    assert "No order after: the payout's order was never created." in text


def test_a_reconcile_with_nothing_unsettled_says_all_is_settled(qtbot: Any, desk: Desk) -> None:
    tab = JournalTab(desk.journal, desk.desk, desk.runner)
    qtbot.addWidget(tab)
    messages: list[str] = []
    tab.status_message.connect(messages.append)
    tab.reconcile()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == ["All entries are settled."]


def test_the_table_comes_a_page_at_a_time_as_the_clerk_scrolls(
    qtbot: Any, qrun: Any, tmp_path: Path
) -> None:
    clock = FixedClock(BAKU_MIDNIGHT - timedelta(hours=5))
    journal = Journal(tmp_path / "kapdesk.db", now=clock.now)
    for n in range(7):
        clock.advance(timedelta(minutes=1))
        _intent(journal, 6000 + n)
    tab = JournalTab(journal, None, TaskRunner(), clock=clock)
    tab.page_size = 3
    qtbot.addWidget(tab)  # not shown: the view itself would fetch pages to fill its height
    qrun(tab.start())
    assert _shown(tab) == [6006, 6005, 6004]
    assert not tab.more_button.isHidden() and "scroll down for more" in tab.count_label.text()
    # What the view does when the clerk scrolls to the last row read: it asks the model.
    assert tab.model.canFetchMore(QModelIndex())
    tab.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: len(_shown(tab)) == 6 and tab._runner.idle(), timeout=10_000)
    for _ in range(3):  # and the More button, for the rest
        if tab.more_button.isHidden():
            break
        tab.more_button.click()
        qtbot.waitUntil(tab._runner.idle, timeout=10_000)
    assert _shown(tab) == [6006, 6005, 6004, 6003, 6002, 6001, 6000]  # each once, newest first
    assert tab.count_label.text() == "7 entries shown."
    assert [tab.model.cell(r, 0) for r in range(3)] == ["1", "2", "3"]
    tab.operation_box.setCurrentIndex(tab.operation_box.findData("clear"))  # none of those
    tab.reload()
    qtbot.waitUntil(lambda: _shown(tab) == [] and tab.apply_button.isEnabled())
    assert tab.count_label.text() == "0 entries shown." and tab.more_button.isHidden()
    assert not tab.model.canFetchMore(QModelIndex())


def test_a_live_entry_takes_its_place_or_waits_for_its_page(qtbot: Any) -> None:
    def entry(entry_id: int, minute: int, state: str = "sent") -> Entry:
        return Entry(id=entry_id, time=datetime(2026, 11, 30, 14, minute, tzinfo=UTC),
                     os_user="root", profile="p", environment="sandbox", order_id=entry_id,
                     operation="refund", amount=Decimal("1.00"), currency="AZN",
                     masked_card=None, reason=None, state=EntryState(state))  # fmt: skip

    model = JournalTable()
    model.append_entries([entry(30, 30), entry(20, 20)])
    model.more = True  # older pages not read yet
    assert model.put_entry(entry(40, 40)) == 0  # new: on top
    assert model.put_entry(entry(20, 20, "done")) == 2  # changed: in place, no second row
    assert model.cell(2, 7) == "done" and model.colour(2) is None
    assert model.put_entry(entry(10, 10)) is None  # beyond the pages read: comes with its page
    assert model.put_entry(entry(10, 10), all_read=True) == 3
    assert model.append_entries([entry(20, 20), entry(5, 5)]) == 1  # a page skips what is shown
    model.remove_entry(30)
    assert [e.id for e in model.entries] == [40, 20, 10, 5]
    assert [model.cell(r, 0) for r in range(4)] == ["1", "2", "3", "4"]
