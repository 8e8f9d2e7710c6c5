"""The Payouts tab: send money to a card (amount, currency, card checked as typed, reason)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import Operation
from kapdesk.domain.cards import mask_pan, validate_pan
from kapdesk.domain.money import MINOR_UNITS, parse_amount
from kapdesk.domain.secret import Secret
from kapdesk.gui.messages import render
from kapdesk.gui.money.action import MoneyAction
from kapdesk.gui.money.confirmation import Confirm, ProgressPanel, confirm_with_dialog
from kapdesk.gui.money.reason_input import ReasonInput
from kapdesk.gui.tasks import TaskRunner
from kapdesk.gui.widgets.captions import set_captions
from kapdesk.gui.widgets.fit import fit_to_items
from kapdesk.i18n import UserError
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import PayoutRequest


class PayoutsTab(QWidget):
    """A payout form; the full card number lives only in a Secret, and only until it is paid
    out (a declined payout keeps it for a retry until the clerk changes it or leaves)."""

    def __init__(
        self,
        desk: MoneyDesk,
        runner: TaskRunner,
        *,
        environment: str,
        currency: str = "AZN",
        confirm: Confirm = confirm_with_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payoutsTab")
        self._desk = desk
        self.environment = environment
        self._pan: Secret | None = None
        self._build(currency)
        self.action = MoneyAction(
            self, desk, runner, "payouts: money", confirm, self.panel, [self.pay_button]
        )
        self.action.finished.connect(self._after_action)
        self.retranslate()

    def _build(self, currency: str) -> None:
        layout = QVBoxLayout(self)
        form = self._form = QFormLayout()
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amount")
        self.amount_edit.returnPressed.connect(self.pay_out)
        self.currency_box = QComboBox()
        self.currency_box.addItems(sorted(MINOR_UNITS))
        self.currency_box.setCurrentText(currency.upper())
        self.card_edit = QLineEdit()
        self.card_edit.setObjectName("card")
        self.card_edit.textEdited.connect(self._card_typed)
        self.card_edit.editingFinished.connect(self._card_entered)
        self.card_feedback = QLabel()
        self.card_feedback.setObjectName("cardFeedback")
        self.reason = ReasonInput()
        self.reason_edit = self.reason.text_edit
        self.reason_edit.returnPressed.connect(self.pay_out)
        for widget in (self.amount_edit, self.currency_box, self.card_edit):
            form.addRow(QLabel(), widget)  # captions: retranslate()
        form.addRow("", self.card_feedback)
        form.addRow(QLabel(), self.reason)
        layout.addLayout(form)
        self.pay_button = QPushButton()
        self.pay_button.setObjectName("payOutButton")
        self.pay_button.clicked.connect(self.pay_out)
        layout.addWidget(self.pay_button)
        self.panel = ProgressPanel()
        layout.addWidget(self.panel)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every static text in the current language (at start and on a language switch)."""
        self.card_edit.setPlaceholderText(self.tr("Card number"))
        self.reason.retranslate()
        self.reason.set_placeholder(self.tr("Required: why this payout"))
        fit_to_items(self.currency_box)
        set_captions(self._form, (
            (self.amount_edit, self.tr("Amount")),
            (self.currency_box, self.tr("Currency")),
            (self.card_edit, self.tr("Card")),
            (self.reason, self.tr("Reason")),
        ))  # fmt: skip
        self.pay_button.setText(self.tr("Pay out"))
        if self.card_feedback.text():
            self._show_card_feedback()

    # -- the card field -----------------------------------------------------------------

    def _card_typed(self, text: str) -> None:
        if self._pan is not None:
            # Typing into a masked number starts over: the old digits are not editable.
            self._pan = None
            self.card_edit.setText("".join(ch for ch in text if ch.isdigit())[-1:])
        self._show_card_feedback()

    def _show_card_feedback(self) -> None:
        if self._pan is None:  # a masked number was valid when it was entered
            text = self.card_edit.text()
            try:
                validate_pan(text)
            except UserError as error:
                self.card_feedback.setText(render(error) if text.strip() else "")
                self.card_feedback.setStyleSheet("color: #b00020")
                return
        self.card_feedback.setText(self.tr("Card number looks right."))
        self.card_feedback.setStyleSheet("color: #2e7d32")

    def _card_entered(self) -> None:
        if self._pan is not None:
            return
        try:
            digits = validate_pan(self.card_edit.text())
        except UserError:
            return
        self._pan = Secret(digits)
        self.card_edit.setText(mask_pan(digits))

    def masked_card(self) -> str | None:
        return mask_pan(self._pan.reveal()) if self._pan is not None else None

    def clear_card(self) -> None:
        self._pan = None
        self.card_edit.clear()
        self.card_feedback.clear()

    # -- the action: a plain slot, so the guard is synchronous ---------------------------

    def pay_out(self) -> None:
        """Pay out what is typed: ``MoneyDesk.carry_out`` plans it and asks this tab's
        confirmation dialog, as for every other money operation."""
        if (request := self._request()) is not None:
            action = self.action
            action.start(self._desk.carry_out(request, action.confirm, action.progress))

    def _request(self) -> PayoutRequest | None:
        self._card_entered()
        currency = self.currency_box.currentText()
        try:
            amount = parse_amount(self.amount_edit.text(), currency)
        except UserError as error:
            self.panel.show_result(render(error), "refused")
            return None
        if self._pan is None:
            self.panel.show_result(self.tr("Enter a valid card number."), "refused")
            return None
        if (problem := self.reason.problem(Operation.PAY_OUT)) is not None:
            self.panel.show_result(problem, "refused")
            return None
        return PayoutRequest(
            amount=amount, currency=currency, pan=self._pan,
            reason=self.reason.text(), reason_category=self.reason.category(),
        )  # fmt: skip

    def _after_action(self, outcome: Outcome | None) -> None:
        if outcome is None:
            return  # cancelled or refused before sending: the clerk may correct and retry
        self.amount_edit.clear()
        self.reason.clear()  # an operation finished: its words never carry over
        if outcome.state not in ("refused", "not_done"):
            self.clear_card()  # paid (or unknown): the full number is not kept once used
        # Declined or never sent: the card stays (masked; the number only in memory) for a
        # retry, until the clerk changes it or leaves the tab.

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the tab (not minimising the window) forgets the card number.
        if not event.spontaneous() and not self.action.busy:
            self.clear_card()
        super().hideEvent(event)
