"""The Payouts tab against the real sandbox: card feedback and masking, approval, a decline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from kapdesk.domain.secret import Secret
from kapdesk.gui.tabs.payouts import PayoutsTab
from kapdesk.operations.plan import PayoutRequest
from tests.gui.money_support import Desk, confirm_dialog, run

GOOD = "4169741330151778"
DECLINING = "4169741330150002"


def _tab(qtbot: Any, desk: Desk, environment: str = "sandbox") -> PayoutsTab:
    tab = PayoutsTab(desk.desk, desk.runner, environment=environment)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _fill(qtbot: Any, tab: PayoutsTab, card: str, amount: str = "15.00") -> None:
    tab.amount_edit.setText(amount)
    qtbot.keyClicks(tab.card_edit, card)
    tab.card_edit.editingFinished.emit()
    tab.reason.set_category("other")
    tab.reason_edit.setText("winner of the raffle")


def test_card_is_checked_as_typed_and_masked(qtbot: Any, desk: Desk) -> None:
    tab = _tab(qtbot, desk)
    qtbot.keyClicks(tab.card_edit, "4169741330151779")
    assert "check digit" in tab.card_feedback.text()
    tab.card_edit.clear()
    qtbot.keyClicks(tab.card_edit, GOOD)
    assert "right" in tab.card_feedback.text()
    tab.card_edit.editingFinished.emit()
    assert tab.card_edit.text() == "416974******1778"


def test_payout_done_with_approval_code_and_rrn(qtbot: Any, desk: Desk) -> None:
    tab = _tab(qtbot, desk)
    _fill(qtbot, tab, GOOD)
    tab.pay_out()
    dialog = confirm_dialog(qtbot, tab)
    assert dialog.details.masked_card == "416974******1778"
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "done", tab.panel.text()
    (entry,) = desk.journal.entries()
    assert entry.approval_code and entry.rrn
    assert entry.approval_code in tab.panel.text() and entry.rrn in tab.panel.text()
    assert any("card" in t.lower() for t in tab.panel.history)  # the steps were shown
    assert tab.card_edit.text() == ""  # the number is gone after use
    # Not only from the widget: the tab keeps no Secret and no string holding the full PAN.
    assert tab._pan is None and tab.masked_card() is None
    kept = vars(tab).values()
    assert not any(isinstance(v, Secret) or (isinstance(v, str) and GOOD in v) for v in kept)
    assert GOOD not in repr(entry)


def test_declined_payout_shows_the_banks_reason(qtbot: Any, desk: Desk) -> None:
    tab = _tab(qtbot, desk)
    _fill(qtbot, tab, DECLINING)
    tab.pay_out()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "refused", tab.panel.text()
    assert "insufficient funds" in tab.panel.text().lower()


def test_production_wants_the_amount_typed_again(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    # The plan names the desk's environment (the connection's), as every operation's does.
    production = Desk(desk.server, tmp_path, environment="production")
    try:
        tab = _tab(qtbot, production, environment="production")
        _fill(qtbot, tab, GOOD, amount="2.50")
        tab.pay_out()
        dialog = confirm_dialog(qtbot, tab, amount="2,50")
        assert dialog.details.production
        qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
        assert tab.panel.state == "done", tab.panel.text()
    finally:
        run(qtbot, production.runner.cancel_all())
        run(qtbot, production.client.aclose())


def test_a_declined_payout_keeps_the_card_masked_for_a_retry(qtbot: Any, desk: Desk) -> None:
    holder = QTabWidget()
    tab = PayoutsTab(desk.desk, desk.runner, environment="sandbox")
    holder.addTab(tab, "Payouts")
    holder.addTab(QWidget(), "Other")
    qtbot.addWidget(holder)
    holder.show()
    _fill(qtbot, tab, DECLINING)
    tab.pay_out()
    confirm_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    assert tab.panel.state == "refused", tab.panel.text()
    # The card stays, masked on screen; amount and reason are cleared like every form's.
    assert tab.card_edit.text() == "416974******0002" == tab.masked_card()
    assert tab.amount_edit.text() == "" and tab.reason_edit.text() == ""
    tab.amount_edit.setText("3.00")
    tab.reason.set_category("other")
    tab.reason_edit.setText("second try")
    qtbot.keyClick(tab.reason_edit, Qt.Key.Key_Return)  # Enter pays out, like the button
    dialog = confirm_dialog(qtbot, tab)
    assert dialog.details.masked_card == "416974******0002"
    assert dialog.details.reason == "second try"
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    entries = desk.journal.entries()
    assert [e.masked_card for e in entries] == ["416974******0002"] * 2
    assert [e.reason_category for e in entries] == ["other", "other"]
    # Leaving the tab forgets the number.
    holder.setCurrentIndex(1)
    assert tab.masked_card() is None and tab.card_edit.text() == ""
    assert not any(isinstance(v, Secret) for v in vars(tab).values())


def test_a_payout_is_a_plan_confirmed_like_the_others(
    qtbot: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PayoutsTab.pay_out → MoneyDesk.carry_out(PayoutRequest): the tab builds no confirmation."""
    heard: list[Any] = []
    carry_out = desk.desk.carry_out

    async def spy(request: Any, confirm: Any, progress: Any) -> Any:
        heard.append(request)
        return await carry_out(request, confirm, progress)

    monkeypatch.setattr(desk.desk, "carry_out", spy)
    tab = _tab(qtbot, desk)
    _fill(qtbot, tab, GOOD, amount="2.50")
    tab.pay_out()
    dialog = confirm_dialog(qtbot, tab)
    assert dialog.details.masked_card == "416974******1778" and dialog.details.order_id is None
    qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
    ((request,),) = [heard]
    assert isinstance(request, PayoutRequest) and request.amount == Decimal("2.50")
    assert tab.panel.state == "done", tab.panel.text()
