"""The offline search of known orders (the order index): id, RRN, approval code, card, amount,
dates, status. The gateway cannot search; this searches what the console has read before."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.domain.money import AmountError, parse_amount
from kapdesk.gui.lookup.order_rows import STATUS_NAMES, status_text
from kapdesk.gui.messages import render
from kapdesk.gui.widgets.day_range import DayRange


class KnownOrdersSearch(QWidget):
    """Emits ``search_requested`` with keyword arguments for ``OrderLookupService.search_known``."""

    search_requested = Signal(dict)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.amount = QLineEdit(self)
        self.amount.setMaximumWidth(110)
        self.use_dates = QCheckBox(self)
        # Baku days, as the table shows the orders' times; the zone is named beside them.
        self.days = DayRange(clock, parent=self)
        self.since, self.until = self.days.since, self.days.until
        self.status = QComboBox(self)
        self.button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.text,
            self.amount,
            self.use_dates,
            self.days,
            self.status,
            self.button,
        ):
            layout.addWidget(widget)
        self.text.returnPressed.connect(self.request)
        self.amount.returnPressed.connect(self.request)
        self.button.clicked.connect(self.request)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Known orders: ID, RRN, approval code or card last 4"))
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.use_dates.setText(self.tr("Created from"))
        self.button.setText(self.tr("Search known orders"))
        current = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("Any status"), None)
        for name in STATUS_NAMES:
            self.status.addItem(status_text(name), name)
        at = self.status.findData(current)
        self.status.setCurrentIndex(max(at, 0))

    def criteria(self) -> dict[str, Any] | None:
        amount_text = self.amount.text().strip()
        amount: Decimal | None = None
        if amount_text:
            try:
                # The one amount parser; two decimals, as every currency the shop uses has.
                amount = parse_amount(amount_text, "AZN")
            except AmountError as err:
                self.invalid.emit(render(err))
                return None
        found: dict[str, Any] = {"text": self.text.text().strip() or None, "amount": amount}
        if self.use_dates.isChecked():
            found["since"], found["until"] = self.days.bounds()
        found["status"] = self.status.currentData()
        return found

    def request(self) -> None:
        found = self.criteria()
        if found is not None:
            self.search_requested.emit(found)
