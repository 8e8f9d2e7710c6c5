"""The detail pane: one order's summary, transactions, card and 3-D Secure results, raw JSON.

Times say their zone: the order's and its transactions' are Baku time as the gateway writes
them; the card's authentication time is UTC, as the bank writes that one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import GATEWAY_TZ, totals
from kapdesk.domain.orders import STATUS_MEANING, Order, OrderStatus, Transaction
from kapdesk.gui.lookup.order_rows import Row, local_time, status_text, tr, type_text
from kapdesk.logs import redact

_SUMMARY = ("id", "type", "status", "amount", "created", "card", "rrn", "approval", "refunded")
_EXTRA = ("decline",)  # filled only for some orders
_TRAN_COLUMNS = 9


class OrderDetail(QWidget):
    """Shows the selected row; copy buttons put the id, RRN or approval code on the clipboard."""

    # "Open a dispute": order id, amount (plain text) and currency of the shown order.
    dispute_requested = Signal(int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: Row | None = None
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._summary_page(), "")
        self.transactions = QTableWidget(0, _TRAN_COLUMNS, self)
        self.transactions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.transactions.verticalHeader().setVisible(False)
        self.tabs.addTab(self.transactions, "")
        self.security = QLabel(self)
        self.security.setWordWrap(True)
        self.tabs.addTab(self.security, "")
        self.raw = QPlainTextEdit(self)
        self.raw.setReadOnly(True)
        self.tabs.addTab(self.raw, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.copy_id, self.copy_rrn, self.copy_approval = (QPushButton(self) for _ in range(3))
        buttons = QHBoxLayout()
        for button, getter in (
            (self.copy_id, lambda: str(self._row.order_id) if self._row else ""),
            (self.copy_rrn, lambda: self._row.rrn if self._row else ""),
            (self.copy_approval, lambda: self._row.approval_code if self._row else ""),
        ):
            button.clicked.connect(lambda *_, g=getter: self._copy(g()))
            buttons.addWidget(button)
        self.open_dispute = QPushButton(self)
        self.open_dispute.setObjectName("openDispute")
        self.open_dispute.clicked.connect(self._ask_dispute)
        self.open_dispute.setVisible(False)  # shown where the console keeps cases
        buttons.addWidget(self.open_dispute)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_row(None)

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        for key in _SUMMARY + _EXTRA:
            self._labels[key] = QLabel(page)
            self._values[key] = QLabel(page)
            self._values[key].setTextInteractionFlags(
                self._values[key].textInteractionFlags().TextSelectableByMouse
            )
            form.addRow(self._labels[key], self._values[key])
        self.meaning = QLabel(page)
        self.meaning.setWordWrap(True)
        form.addRow(self.meaning)
        return page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_row(self._row)
        super().changeEvent(event)

    def _ask_dispute(self) -> None:
        row = self._row
        if row is None or row.error is not None:
            return
        if row.amount is None:
            amount, currency = "", "AZN"
        else:
            amount, currency = str(row.amount), row.currency
        self.dispute_requested.emit(row.order_id, amount, currency)

    def retranslate(self) -> None:
        self.open_dispute.setText(self.tr("Open a dispute…"))
        names = (
            self.tr("Order ID"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Amount"),
            self.tr("Created"),
            self.tr("Card"),
            self.tr("RRN"),
            self.tr("Approval code"),
            self.tr("Refunded"),
        )
        for key, name in zip(_SUMMARY, names, strict=True):
            self._labels[key].setText(name + ":")
        self._labels["decline"].setText(self.tr("Why declined") + ":")
        for page, title in enumerate(
            (self.tr("Summary"), self.tr("Transactions"), self.tr("Card and 3-D Secure"), "JSON")
        ):
            self.tabs.setTabText(page, title)
        self.transactions.setHorizontalHeaderLabels(
            [
                self.tr("Time (Baku)"),
                self.tr("Phase"),
                self.tr("Type"),
                self.tr("Amount"),
                self.tr("Currency"),
                self.tr("Reversal"),
                self.tr("Approval code"),
                self.tr("RRN"),
                self.tr("Result"),
            ]
        )
        self.copy_id.setText(self.tr("Copy ID"))
        self.copy_rrn.setText(self.tr("Copy RRN"))
        self.copy_approval.setText(self.tr("Copy approval code"))

    def show_row(self, row: Row | None) -> None:
        self._row = row
        for button in (self.copy_id, self.copy_rrn, self.copy_approval, self.open_dispute):
            button.setEnabled(row is not None and row.error is None)
        if row is None:
            self._fill({}, "")
            self.transactions.setRowCount(0)
            self.security.setText("")
            self.raw.setPlainText("")
            return
        if row.error is not None:
            self._fill({"id": str(row.order_id)}, row.error)
            self.transactions.setRowCount(0)
            self.security.setText("")
            self.raw.setPlainText("")
            return
        # The row keeps its answer packed: parsed here, once, for the row being shown.
        order = row.order
        self._fill(self._summary(row, order), self._meaning(row, order))
        self._fill_transactions(order.transactions if order else ())
        self.security.setText(self._security(order) if order else self.tr("Not read yet."))
        raw = row.raw  # as read (the order parsed from it masks it again)
        self.raw.setPlainText(redact(json.dumps(raw, indent=2, default=str, ensure_ascii=False)))

    def _summary(self, row: Row, order: Order | None) -> dict[str, str]:
        cells = row.cells
        summary = dict(zip(_SUMMARY, [cells[i] for i in (0, 1, 2, 3, 5, 6, 7, 8, 9)], strict=True))
        summary["amount"] = f"{cells[3]} {cells[4]}"
        if order is not None and order.detailed:
            done = totals(order)
            summary["refunded"] = f"{done.refunded} {order.currency}" if done.refunded else "—"
        if order is not None:
            summary["type"] = type_text(str(order.type))
            summary["decline"] = order.decline_description or ""
            if order.created is not None:
                summary["created"] = self._baku(order.created)
        return summary

    def _baku(self, moment: datetime) -> str:
        local = moment.astimezone(GATEWAY_TZ)
        return self.tr("%1 (Baku, UTC+04:00)").replace("%1", f"{local:%Y-%m-%d %H:%M:%S}")

    def _utc(self, moment: datetime | None) -> str | None:
        if moment is None:
            return None
        return self.tr("%1 UTC").replace("%1", f"{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S}")

    def _meaning(self, row: Row, order: Order | None) -> str:
        status = order.status if order else row.known.status if row.known else ""
        try:
            return tr(STATUS_MEANING[OrderStatus(status)])
        except (KeyError, ValueError):
            return status_text(str(status))

    def _fill(self, values: dict[str, str], meaning: str) -> None:
        for key in _SUMMARY + _EXTRA:
            self._values[key].setText(values.get(key, ""))
        for key in _EXTRA:  # a row only where the order has something to say
            self._labels[key].setVisible(bool(values.get(key)))
            self._values[key].setVisible(bool(values.get(key)))
        self.meaning.setText(meaning)

    def _fill_transactions(self, transactions: tuple[Transaction, ...]) -> None:
        self.transactions.setRowCount(len(transactions))
        for at, tran in enumerate(transactions):
            cells: list[Any] = [
                local_time(tran.time),
                tran.phase,
                tran.type,
                str(tran.amount),
                tran.currency,
                self.tr("yes") if tran.is_reversal else "",
                tran.approval_code or "",
                tran.rrn or "",
                self.tr("approved")
                if tran.approved
                else self.tr("declined (%1)").replace("%1", str(tran.pmo_result_code)),
            ]
            for column, text in enumerate(cells):
                self.transactions.setItem(at, column, QTableWidgetItem(text))

    def _security(self, order: Order) -> str:
        auth = order.authentication
        card = order.card
        lines = [
            (self.tr("Card"), order.masked_pan),
            (self.tr("Brand"), card.brand if card else None),
            (self.tr("Expiry (MMYY)"), card.expiration if card else None),
            (self.tr("CVV2 check"), auth.cvv2_auth_status),
            (self.tr("3-D Secure 1 result"), auth.tds_v1_auth_status),
            (self.tr("3-D Secure 2 result"), auth.tds_v2_auth_status),
            (self.tr("3-D Secure protocol"), auth.tds_protocol_version),
            (self.tr("ECI"), auth.eci),
            (self.tr("Authenticated at"), self._utc(auth.timestamp)),
        ]
        return "\n".join(f"{name}: {value or '—'}" for name, value in lines)

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
