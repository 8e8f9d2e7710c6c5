"""A run-time language switch re-translates the money tabs, their tables and the lock cover."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget

from kapdesk.gui.i18n import Translators
from kapdesk.gui.profiles.idle_lock import LockCover
from kapdesk.gui.tabs.holds import HoldsTab
from kapdesk.gui.tabs.journal import JournalTab
from kapdesk.gui.tabs.payouts import PayoutsTab
from kapdesk.gui.tabs.refunds import RefundsTab
from tests.gui.money_support import Desk, refund, run

OPERATION, STATE = 4, 7  # JournalModel columns


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """``switch("ru")`` changes the application's language; English again afterwards."""
    translators = Translators(qapp)
    try:
        yield translators.use
    finally:
        translators.use("en")
        QApplication.processEvents()


def _caption(form: Any, field: QWidget) -> str:
    assert isinstance(form, QFormLayout)
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def _show(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_static_texts_follow_the_language(
    qtbot: Any, desk: Desk, switch: Callable[[str], None]
) -> None:
    holds = HoldsTab(
        desk.desk, desk.service, desk.index, desk.runner, hold_days=7, environment="sandbox"
    )
    refunds = RefundsTab(desk.desk, desk.service, desk.index, desk.runner, environment="sandbox")
    payouts = PayoutsTab(desk.desk, desk.runner, environment="sandbox")
    journal = JournalTab(desk.journal, desk.desk, desk.runner)
    window = QWidget()
    cover = LockCover(window)
    for widget in (holds, refunds, payouts, journal, window):
        _show(qtbot, widget)
    journal.state_box.setCurrentIndex(journal.state_box.findData("done"))
    assert holds.refresh_button.text() == "Refresh all"
    assert cover.unlock_button.text() == "Unlock…"

    switch("ru")
    qtbot.waitUntil(lambda: cover.unlock_button.text() == "Разблокировать…", timeout=10_000)
    assert holds.refresh_button.text() == "Обновить все"
    assert holds.ids_edit.placeholderText() == "Вставьте номера заказов для проверки"
    assert _caption(holds._form, holds.remaining_label) == "Остаток"
    assert refunds.refund_button.text() == "Вернуть"
    assert refunds.order_caption.text() == "Заказ"
    assert _caption(refunds._form, refunds.refunded_label) == "Уже возвращено"
    assert payouts.pay_button.text() == "Выплатить"
    assert payouts.card_edit.placeholderText() == "Номер карты"
    assert _caption(payouts._form, payouts.currency_box) == "Валюта"
    assert journal.apply_button.text() == "Показать"
    assert journal.state_box.itemText(0) == "Любое состояние"
    # The chosen filter survives the switch: same item, same data, new words.
    assert journal.state_box.currentData() == "done"
    assert journal.state_box.currentText() == "выполнено"
    assert journal.operation_box.itemData(0) is None
    assert cover.notice.text() == "kapdesk заблокирован. Учётные данные убраны из памяти."


def test_cells_statuses_and_detail_follow_the_language(
    qtbot: Any, desk: Desk, switch: Callable[[str], None]
) -> None:
    hold_id = run(qtbot, desk.paid_order("15.00", preauth=True))
    paid_id = run(qtbot, desk.paid_order("9.00"))
    run(qtbot, refund(desk.desk, paid_id, Decimal("2.00"), "scratched"))
    holds = HoldsTab(
        desk.desk, desk.service, desk.index, desk.runner, hold_days=7, environment="sandbox"
    )
    _show(qtbot, holds)
    holds.ids_edit.setPlainText(str(hold_id))
    holds.check_pasted()
    qtbot.waitUntil(lambda: holds.model.row_of(hold_id) is not None, timeout=15_000)
    holds.select(hold_id)
    qtbot.waitUntil(lambda: holds.form is not None, timeout=10_000)
    refunds = RefundsTab(desk.desk, desk.service, desk.index, desk.runner, environment="sandbox")
    _show(qtbot, refunds)
    refunds.order_box.setEditText(str(paid_id))
    refunds.read_order()
    qtbot.waitUntil(lambda: refunds.form is not None, timeout=10_000)
    journal = JournalTab(desk.journal, desk.desk, desk.runner)
    _show(qtbot, journal)
    run(qtbot, journal.start())
    journal.table.setCurrentIndex(journal.model.index(0, 0))
    assert "Operation: Refund" in journal.detail.toPlainText()
    headers: list[int] = []
    journal.model.headerDataChanged.connect(lambda *_: headers.append(1))

    switch("ru")
    qtbot.waitUntil(lambda: refunds.status_label.text() == "Оплачен", timeout=10_000)
    assert holds.order_label.text() == f"{hold_id} (Заблокирован)"
    assert holds.model.cell(0, 1) == "Заблокирован"
    assert holds.table.selectionModel().selectedRows()  # no reset: the selection stays
    assert journal.model.cell(0, OPERATION) == "Возврат"
    assert journal.model.cell(0, STATE) == "выполнено"
    assert journal.model.headerData(OPERATION, Qt.Orientation.Horizontal) == "Операция"
    assert headers  # the view is told to repaint its header
    detail = journal.detail.toPlainText()
    assert "Операция: Возврат" in detail and "Состояние: выполнено" in detail
