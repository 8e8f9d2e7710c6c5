"""The Refunds tab: pick a paid order, refund fully or partly with a reason, or reverse it today."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import Operation
from kapdesk.domain.ids import order_id_or_none
from kapdesk.domain.money import format_amount
from kapdesk.domain.orders import PREAUTH_TYPES, PURCHASE_TYPES, Order, OrderStatus, OrderType
from kapdesk.gui.lookup.order_rows import local_time, status_text
from kapdesk.gui.messages import render
from kapdesk.gui.money.action import MoneyAction
from kapdesk.gui.money.amount_input import AmountInput
from kapdesk.gui.money.confirmation import (
    Confirm,
    ProgressPanel,
    confirm_with_dialog,
    operation_title,
)
from kapdesk.gui.money.reason_input import ReasonInput
from kapdesk.gui.tasks import TaskRunner, blocking
from kapdesk.gui.widgets.captions import set_captions
from kapdesk.i18n import UserError
from kapdesk.journal.store import IndexedOrder, OrderIndexStore
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.order_form import OrderForm
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import OrderRequest

PAID_STATUSES = (OrderStatus.FULLY_PAID, OrderStatus.PARTIALLY_PAID)
REFUNDABLE_TYPES = PURCHASE_TYPES | PREAUTH_TYPES  # payouts and the like cannot be refunded


def _refundable(known: IndexedOrder) -> bool:
    if OrderType(known.type) not in REFUNDABLE_TYPES:
        return False
    return known.refunded is None or known.refunded < known.amount


def _paid_orders(index: OrderIndexStore) -> list[IndexedOrder]:
    """Runs in a worker thread: the index opens a connection per call."""
    known = [k for s in PAID_STATUSES for k in index.search(status=str(s), limit=500)]
    known = [k for k in known if _refundable(k)]
    known.sort(key=lambda k: k.order_id, reverse=True)
    return known


def picker_text(known: IndexedOrder) -> str:
    """One picker line: id, amount, status, date and masked card, so the clerk can tell."""
    parts = [
        str(known.order_id),
        format_amount(known.amount, known.currency),
        status_text(known.status),
        local_time(known.created)[:10],
        known.masked_card or "",
    ]
    return " · ".join(p for p in parts if p)


def paid_time(order: Order) -> str:
    """When the money was taken: the first approved charge, else the order's end."""
    first = order.first_approved()
    moment = first.time if first is not None and first.time is not None else order.finished
    return local_time(moment)


class RefundsTab(QWidget):
    """Refund (full or partial, with a required reason) and same-day reversal of one order."""

    def __init__(
        self,
        desk: MoneyDesk,
        service: OrderLookupService,
        index: OrderIndexStore | None,
        runner: TaskRunner,
        *,
        environment: str,
        confirm: Confirm = confirm_with_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundsTab")
        self._desk = desk
        self._service = service
        self._index = index
        self._runner = runner
        self.environment = environment
        self.form: OrderForm | None = None
        self._build()
        self.action = MoneyAction(
            self, desk, runner, "refunds: money", confirm, self.panel,
            [self.refund_button, self.reverse_button], update_controls=self._update_buttons,
        )  # fmt: skip
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
        self.shop_label = QLabel()
        self.shop_label.setObjectName("shopText")
        self.shop_label.setWordWrap(True)
        self.card_label = QLabel()
        self.card_label.setObjectName("card")
        self.paid_time_label = QLabel()
        self.paid_time_label.setObjectName("paidTime")
        self.transactions_label = QLabel()
        self.transactions_label.setObjectName("transactions")
        self.transactions_label.setWordWrap(True)
        self.paid_label = QLabel()
        self.paid_label.setObjectName("paid")
        self.refunded_label = QLabel()
        self.refunded_label.setObjectName("refunded")
        self.refundable_label = QLabel()
        self.refundable_label.setObjectName("refundable")
        self.amount = AmountInput()
        self.amount_edit = self.amount.edit
        self.amount_edit.returnPressed.connect(self.submit)
        self.reason = ReasonInput()
        self.reason_edit = self.reason.text_edit
        self.reason_edit.returnPressed.connect(self.submit)
        for widget in (self.status_label, self.shop_label, self.card_label,
                       self.paid_time_label, self.transactions_label, self.paid_label,
                       self.refunded_label, self.refundable_label, self.amount,
                       self.reason):  # fmt: skip
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
        self.reason.retranslate()
        self.reason.set_placeholder(self.tr("Required: why the money goes back"))
        set_captions(self._form, (
            (self.status_label, self.tr("Status")),
            (self.shop_label, self.tr("Shop's text")),
            (self.card_label, self.tr("Card")),
            (self.paid_time_label, self.tr("Paid at")),
            (self.transactions_label, self.tr("Transactions")),
            (self.paid_label, self.tr("Paid")),
            (self.refunded_label, self.tr("Refunded so far")),
            (self.refundable_label, self.tr("Still refundable")),
            (self.amount, self.tr("Amount")),
            (self.reason, self.tr("Reason")),
        ))  # fmt: skip
        self.refund_button.setText(self.tr("Refund"))
        self.reverse_button.setText(self.tr("Reverse (same day)"))
        if self.form is not None:
            self._show_form_texts(self.form)

    def load_known_orders(self) -> asyncio.Task[None] | None:
        """Fill the picker with paid orders the index knows (newest first), read in a thread."""
        if self._index is None:
            return None
        # A newer load replaces one still running.
        return self._runner.start("refunds: known orders", self._load_known(self._index))

    async def _load_known(self, index: OrderIndexStore) -> None:
        known = await blocking(_paid_orders, index)
        text = self.order_box.currentText()
        self.order_box.clear()
        for k in known:
            self.order_box.addItem(picker_text(k), k.order_id)
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
        self._runner.start("refunds: read", self._read(order_id, quiet))  # the newest read wins

    async def _read(self, order_id: int, quiet: bool) -> None:
        try:
            form = await self._service.form(order_id)
        except UserError as error:
            if not quiet:
                self._show_form(None)
                self.panel.show_result(render(error), "refused")
            return
        self._show_form(form)
        if not quiet:
            self.panel.show_result("", "done")

    def _show_form(self, form: OrderForm | None) -> None:
        if form is None or self.form is None or form.order.id != self.form.order.id:
            # Another order (or none): what was typed was meant for the old one.
            self._clear_inputs()
        self.form = form
        if form is None:
            for label in (self.status_label, self.paid_label, self.refunded_label,
                          self.shop_label, self.card_label, self.paid_time_label,
                          self.transactions_label):  # fmt: skip
                label.setText("—")
            self.amount.set_full(None, "")
            self.refundable_label.setText("—")
            self.reverse_note.setText("")
            self.refund_note.setText("")
            self._update_buttons()
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
        self.card_label.setText(order.masked_pan or "—")
        self.paid_time_label.setText(paid_time(order) or "—")
        self._update_buttons()
        self._show_form_texts(form)

    def _update_buttons(self) -> None:
        """Only what the order allows now, and nothing while an action runs."""
        idle, form = not self.action.busy, self.form
        for button, operation in (
            (self.refund_button, Operation.REFUND),
            (self.reverse_button, Operation.REVERSE),
        ):
            button.setEnabled(idle and form is not None and form.allowed[operation].allowed)

    def _show_form_texts(self, form: OrderForm) -> None:
        """The form's words (status, notes), apart so a language switch can redo only them."""
        order = form.order
        self.status_label.setText(status_text(str(order.status)))
        shop = [t for t in (order.title, order.description) if t]
        self.shop_label.setText(" — ".join(shop) if shop else self.tr("(none)"))
        self.transactions_label.setText(self._transactions_text(order))
        refund = form.allowed[Operation.REFUND]
        self.amount.set_full(refund.max_amount if refund.allowed else None, order.currency)
        self.reverse_note.setText(self._reverse_sentence(form))
        self.refund_note.setText(render(refund.reason) if refund.reason else "")

    def _transactions_text(self, order: Order) -> str:
        """One line per approved transaction: time, kind, amount; refunds among them."""
        lines = []
        for tran in order.transactions:
            if not tran.approved:
                continue
            if tran.is_refund:
                kind = operation_title(Operation.REFUND)  # the noun, as the journal says it
            elif tran.is_reversal:
                kind = self.tr("Reversal")
            elif tran.phase == "Auth":
                kind = self.tr("Hold")
            elif tran.phase == "Clearing":
                kind = self.tr("Clearing")
            else:
                kind = self.tr("Payment")
            when = local_time(tran.time)
            amount = format_amount(tran.amount, tran.currency or order.currency)
            lines.append(" ".join(p for p in (when, kind, amount) if p))
        return "\n".join(lines) or self.tr("(none)")

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

    def submit(self) -> None:
        """Enter in Amount or Reason: refund, exactly as the button does (when it can act)."""
        if self.refund_button.isEnabled():
            self.refund()

    def refund(self) -> None:
        """Refund what is typed: the one money entry point, ``MoneyDesk.carry_out``, answered
        by this tab's confirmation dialog and progress panel."""
        if (request := self._request(Operation.REFUND)) is not None:
            action = self.action
            action.start(self._desk.carry_out(request, action.confirm, action.progress))

    def reverse(self) -> None:
        """Reverse (same day) what is typed, through ``MoneyDesk.carry_out`` as a refund goes."""
        if (request := self._request(Operation.REVERSE)) is not None:
            action = self.action
            action.start(self._desk.carry_out(request, action.confirm, action.progress))

    def _request(self, operation: Operation) -> OrderRequest | None:
        """What the clerk asks for, or None (and why, on the panel) when the form is not ready."""
        if self.form is None:
            return None
        order = self.form.order
        problem = self.reason.problem(operation)
        if problem is not None:
            self.panel.show_result(problem, "refused")
            self.reason.setFocus()
            return None
        try:  # a blank is refused: "all of it" is the Full amount button, never assumed
            amount = self.amount.amount(order.currency)
        except UserError as error:
            self.panel.show_result(render(error), "refused")
            self.amount_edit.setFocus()
            return None
        return OrderRequest(
            order_id=order.id, operation=operation, amount=amount, currency=order.currency,
            reason=self.reason.text(), reason_category=self.reason.category(),
        )  # fmt: skip

    def _clear_inputs(self) -> None:
        self.amount_edit.clear()
        self.reason.clear()

    def _after_action(self, outcome: Outcome | None) -> None:
        if outcome is not None:
            self._clear_inputs()  # an operation finished: its words never carry over
        if outcome is not None and self.form is not None:
            # Re-read: the form must show the bank's truth after the action, not a guess.
            self._start_read(self.form.order.id, quiet=True)
