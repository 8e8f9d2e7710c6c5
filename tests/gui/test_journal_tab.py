"""The Journal tab: entries with filters, detail, CSV export, chain check, unsettled count."""

from __future__ import annotations

import asyncio
import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer

from kapdesk.gui.journal_tab import JournalTab
from kapdesk.gui.money_models import UNSETTLED
from kapdesk.journal.journal import Journal
from kapdesk.journal.owner import current_owner
from tests.gui.money_support import Desk, run


def test_table_detail_export_verify_and_unsettled(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    order_id = run(qtbot, desk.paid_order("9.00"))
    run(qtbot, desk.desk.refund(order_id, Decimal("2.00"), "scratched"))
    # An intent nobody settled, as if the app died mid-operation (this process owns it).
    desk.journal.record_intent(profile="test", environment="sandbox", order_id=order_id + 10_000,
                               operation="refund", amount=Decimal("1.00"), currency="AZN",
                               masked_card=None, reason="x", order_before=None)  # fmt: skip
    tab = JournalTab(desk.journal, desk.desk)
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
    tab.show_detail(0)
    assert "Order before" in tab.detail.toPlainText() and '"FullyPaid"' in tab.detail.toPlainText()
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
    tab = JournalTab(desk.journal, desk.desk)
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
    tab = JournalTab(desk.journal, desk.desk)
    qtbot.addWidget(tab)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    try:
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
        # Back in the event loop at once: the walk runs in a thread, the button waits for it.
        clicked = time.perf_counter()
        assert not tab.verify_button.isEnabled()
        assert tab.panel.state == "busy" and "Checking" in tab.panel.text()
        qtbot.waitUntil(lambda: tab.panel.state != "busy", timeout=60_000)
        finished = time.perf_counter()
    finally:
        heartbeat.stop()
    assert tab.panel.state == "done" and "intact" in tab.panel.text()
    assert tab.verify_button.isEnabled()
    during = [b for b in beats if clicked <= b <= finished]
    assert len(during) >= 3, f"{len(during)} heartbeats in {finished - clicked:.2f} s"
