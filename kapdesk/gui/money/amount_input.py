"""An amount field with a "Full amount" button: the full amount is asked for, never assumed.

A blank field is not "all of it" (issue: an empty amount refunded or cleared everything);
the clerk types an amount or presses the button, which writes the exact amount in the field
so the confirmation and the field say the same thing.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kapdesk.domain.money import format_amount, parse_amount, quantize
from kapdesk.i18n import N_, UserError


class AmountInput(QWidget):
    """``edit`` for the amount and ``full_button`` that fills in the most that is allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("amount")
        self.full_button = QPushButton(self)
        self.full_button.setObjectName("fullAmountButton")
        self.full_button.setAutoDefault(False)
        self.full_button.clicked.connect(self.fill_full)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.full_button)
        self._full: Decimal | None = None
        self._currency = ""
        self.set_full(None, "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.full_button.setText(QCoreApplication.translate("AmountInput", "Full amount"))
        if self._full is not None:
            self.edit.setPlaceholderText(
                QCoreApplication.translate("AmountInput", "Up to %1").replace(
                    "%1", format_amount(self._full, self._currency)
                )
            )
        else:
            self.edit.setPlaceholderText("")

    def set_full(self, amount: Decimal | None, currency: str) -> None:
        """The most the operation allows now (``None``: nothing may be sent)."""
        self._full = amount if amount is not None and amount > 0 else None
        self._currency = currency
        self.full_button.setEnabled(self._full is not None)
        self.retranslate()

    def fill_full(self) -> None:
        if self._full is not None:
            self.edit.setText(format(quantize(self._full, self._currency), "f"))
            self.edit.setFocus()

    def clear(self) -> None:
        self.edit.clear()

    def amount(self, currency: str) -> Decimal:
        """The typed amount; a blank is refused with a sentence (never read as "all")."""
        if not self.edit.text().strip():
            raise UserError(N_("Enter an amount, or press “Full amount” for all of it."))
        return parse_amount(self.edit.text(), currency)
