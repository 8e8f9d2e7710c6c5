"""The Journal tab: entries with filters, detail, CSV export, chain check, unsettled count."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from kapdesk.gui.journal_tab import JournalTab
from kapdesk.gui.money_models import UNSETTLED
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
    assert tab.start() == 1
    assert "1" in messages[-1]
    assert tab.model.rowCount() == 2
    colours = [tab.model.colour(r) for r in range(2)]
    assert colours.count(UNSETTLED) == 1
    tab.order_edit.setText(str(order_id))
    tab.reload()
    assert tab.model.rowCount() == 1
    tab.show_detail(0)
    assert "Order before" in tab.detail.toPlainText() and '"FullyPaid"' in tab.detail.toPlainText()
    out = tmp_path / "journal.csv"
    assert tab.export_to(str(out)) == 1
    assert str(order_id) in out.read_text(encoding="utf-8-sig")
    assert tab.verify()
