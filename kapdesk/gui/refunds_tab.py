"""The Refunds tab: pick a paid order, refund fully or partly with a reason, or reverse it today."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import Operation
from kapdesk.domain.ids import order_id_or_none
from kapdesk.domain.money import format_amount, parse_amount
from kapdesk.domain.orders import OrderStatus
from kapdesk.gui.captions import set_captions
from kapdesk.gui.messages import render
from kapdesk.gui.money_action import MoneyAction, desk_source
from kapdesk.gui.money_dialogs import Confirm, ProgressPanel, confirm_with_dialog
from kapdesk.gui.rows import status_text
from kapdesk.i18n import UserError
from kapdesk.journal.orders import IndexedOrder, OrderIndex
from kapdesk.operations.order_form import OrderForm, read_form

if TYPE_CHECKING:
    from kapdesk.operations.money import MoneyDesk
    from kapdesk.operations.outcome import Outcome

PAID_STATUSES = (OrderStatus.FULLY_PAID, OrderStatus.PARTIALLY_PAID)


def _paid_orders(index: OrderIndex) -> list[IndexedOrder]:
    """Runs in a worker thread: the index opens a connection per call."""
    known = [k for s in PAID_STATUSES for k in index.search(status=str(s), limit=500)]
    known.sort(key=lambda k: k.order_id, reverse=True)
    return known


class RefundsTab(QWidget):
    """Refund (full or partial, with a required reason) and same-day reversal of one order."""

    def __init__(
        self,
        desk: MoneyDesk | Callable[[], MoneyDesk],
        index: OrderIndex | None,
        *,
        environment: str,
        confirm: Confirm = confirm_with_dialog,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundsTab")
        self._desk = desk_source(desk)
        self._index = index
        self.environment = environment
        self._now = now or (lambda: datetime.now(UTC))
        self.form: OrderForm | None = None
        self._reading: asyncio.Task[Any] | None = None
        self._loading: asyncio.Task[None] | None = None
        self._build()
        self.action = MoneyAction(
            self, self._desk, confirm, self.panel, [self.refund_button, self.reverse_button]
        )
        self.action.finished.connect(self._after_action)
        self._show_form(None)
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.order_box = QComboBox()
        self.order_box.setObjectName("orderId")
        self.order_box.setEditable(True)
        self.order_box.setMinimumContentsLength(12)
        self.read_button = QPushButton()
        self.read_button.clicked.connect(self.read_order)
        line = self.order_box.lineEdit()
        assert line is not None
        line.returnPressed.connect(self.read_order)
        self.order_caption = QLabel()
        pick.addWidget(self.order_caption)
        pick.addWidget(self.order_box, 1)
        pick.addWidget(self.read_button)
        layout.addLayout(pick)
        form = self._form = QFormLayout()
        self.status_label = QLabel()
        self.paid_label = QLabel()
        self.paid_label.setObjectName("paid")
        self.refunded_label = QLabel()
        self.refunded_label.setObjectName("refunded")
        self.refundable_label = QLabel()
        self.refundable_label.setObjectName("refundable")
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amount")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        for widget in (self.status_label, self.paid_label, self.refunded_label,
                       self.refundable_label, self.amount_edit, self.reason_edit):  # fmt: skip
            form.addRow(QLabel(), widget)  # captions: retranslate()
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.refund_button = QPushButton()
        self.refund_button.setObjectName("refundButton")
        self.refund_button.clicked.connect(self.refund)
        self.reverse_button = QPushButton()
        self.reverse_button.setObjectName("reverseButton")
        self.reverse_button.clicked.connect(self.reverse)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.reverse_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refund_note = QLabel()
        self.refund_note.setObjectName("refundNote")
        self.refund_note.setWordWrap(True)
        layout.addWidget(self.refund_note)
        self.reverse_note = QLabel()
        self.reverse_note.setObjectName("reverseNote")
        self.reverse_note.setWordWrap(True)
        layout.addWidget(self.reverse_note)
        self.panel = ProgressPanel()
        layout.addWidget(self.panel)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every static text in the current language (at start and on a language switch)."""
        self.read_button.setText(self.tr("Read order"))
        line = self.order_box.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Order ID"))
        self.order_caption.setText(self.tr("Order"))
        self.reason_edit.setPlaceholderText(self.tr("Required: why the money goes back"))
        set_captions(self._form, (
            (self.status_label, self.tr("Status")),
            (self.paid_label, self.tr("Paid")),
            (self.refunded_label, self.tr("Refunded so far")),
            (self.refundable_label, self.tr("Still refundable")),
            (self.amount_edit, self.tr("Amount")),
            (self.reason_edit, self.tr("Reason")),
        ))  # fmt: skip
        self.refund_button.setText(self.tr("Refund"))
        self.reverse_button.setText(self.tr("Reverse (same day)"))
        if self.form is not None:
            self._show_form_texts(self.form)

    def load_known_orders(self) -> asyncio.Task[None] | None:
        """Fill the picker with paid orders the index knows (newest first), read in a thread."""
        if self._index is None:
            return None
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()  # a newer load replaces it
        self._loading = asyncio.get_running_loop().create_task(self._load_known(self._index))
        return self._loading

    async def _load_known(self, index: OrderIndex) -> None:
        known = await asyncio.to_thread(_paid_orders, index)
        text = self.order_box.currentText()
        self.order_box.clear()
        for k in known:
            amount = format_amount(k.amount, k.currency)
            self.order_box.addItem(f"{k.order_id} · {amount}", k.order_id)
        self.order_box.setEditText(text)

    def order_id(self) -> int | None:
        index = self.order_box.findText(self.order_box.currentText())
        if index >= 0 and self.order_box.itemData(index) is not None:
            return int(self.order_box.itemData(index))
        digits = self.order_box.currentText().strip().split(" ")[0]
        return order_id_or_none(digits)  # ASCII digits only: int() takes "٥٠٠٣" too

    # -- reading the order -------------------------------------------------------------

    def read_order(self) -> None:
        order_id = self.order_id()
        if order_id is None:
            self.panel.show_result(self.tr("Enter an order ID (digits only)."), "refused")
            return
        self.panel.busy(self.tr("Reading order %1…").replace("%1", str(order_id)))
        self._start_read(order_id, quiet=False)

    def _start_read(self, order_id: int, *, quiet: bool) -> None:
        if self._reading is not None and not self._reading.done():
            self._reading.cancel()
        self._reading = asyncio.get_running_loop().create_task(self._read(order_id, quiet))

    async def _read(self, order_id: int, quiet: bool) -> None:
        try:
            form = await read_form(self._desk().client, order_id, index=self._index, now=self._now)
        except UserError as error:
            if not quiet:
                self._show_form(None)
                self.panel.show_result(render(error), "refused")
            return
        self._show_form(form)
        if not quiet:
            self.panel.show_result("", "done")

    def _show_form(self, form: OrderForm | None) -> None:
        self.form = form
        if form is None:
            for label in (self.status_label, self.paid_label, self.refunded_label):
                label.setText("—")
            self.refundable_label.setText("—")
            self.reverse_note.setText("")
            self.refund_note.setText("")
            self.refund_button.setEnabled(False)
            self.reverse_button.setEnabled(False)
            return
        order = form.order

        def money(amount: Decimal) -> str:
            return format_amount(amount, order.currency)

        self.paid_label.setText(money(form.paid))
        self.refunded_label.setText(money(form.refunded))
        refund = form.allowed[Operation.REFUND]
        self.refundable_label.setText(
            money(refund.max_amount) if refund.allowed else money(Decimal(0))
        )
        self.amount_edit.setText(str(refund.max_amount) if refund.allowed else "")
        self.refund_button.setEnabled(refund.allowed and not self.action.busy)
        reverse = form.allowed[Operation.REVERSE]
        self.reverse_button.setEnabled(reverse.allowed and not self.action.busy)
        self._show_form_texts(form)

    def _show_form_texts(self, form: OrderForm) -> None:
        """The form's words (status, notes), apart so a language switch can redo only them."""
        self.status_label.setText(status_text(str(form.order.status)))
        refund = form.allowed[Operation.REFUND]
        self.reverse_note.setText(self._reverse_sentence(form))
        self.refund_note.setText(render(refund.reason) if refund.reason else "")

    def _reverse_sentence(self, form: OrderForm) -> str:
        reverse = form.allowed[Operation.REVERSE]
        if not reverse.allowed:
            return render(reverse.reason) if reverse.reason else ""
        amount = format_amount(reverse.max_amount, form.order.currency)
        if reverse.partial:
            return self.tr("Same-day reversal possible: fully, or partly once (up to %1).").replace(
                "%1", amount
            )
        return self.tr("Same-day reversal possible: only the full %1.").replace("%1", amount)

    # -- money actions: plain slots, so the guard is synchronous -------------------------

    def refund(self) -> None:
        self._start(Operation.REFUND)

    def reverse(self) -> None:
        self._start(Operation.REVERSE)

    def _start(self, operation: Operation) -> None:
        if self.action.busy or self.form is None:
            return
        order = self.form.order
        reason = self.reason_edit.text().strip()
        if not reason:
            self.panel.show_result(self.tr("Enter a reason: it is kept in the journal."), "refused")
            self.reason_edit.setFocus()
            return
        try:
            amount = parse_amount(self.amount_edit.text(), order.currency)
        except UserError as error:
            self.panel.show_result(render(error), "refused")
            self.amount_edit.setFocus()
            return
        self.action.start_operation(order.id, operation, amount, order.currency, reason)

    def _after_action(self, outcome: Outcome | None) -> None:
        if outcome is not None and self.form is not None:
            # Re-read: the form must show the bank's truth after the action, not a guess.
            self._start_read(self.form.order.id, quiet=True)
