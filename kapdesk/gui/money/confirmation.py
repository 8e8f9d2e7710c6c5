"""The confirmation dialog every money action passes through, and the progress/outcome display."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain import allowances
from kapdesk.domain.allowances import Operation
from kapdesk.domain.money import format_amount, parse_amount
from kapdesk.gui.money.reason_input import category_label
from kapdesk.gui.status_bar import environment_words
from kapdesk.i18n import CONTEXT, UserError
from kapdesk.vault.profiles import KAPITAL_TEST, PRODUCTION, SANDBOX

# Environments where nothing real can move: the banner may say so.
SIMULATED = frozenset({SANDBOX, KAPITAL_TEST})


def operation_title(operation: str) -> str:
    """The operation's name in the clerk's language (``allowances.operation_title``, translated;
    a stored word that names no operation stays as it is)."""
    return QCoreApplication.translate(CONTEXT, allowances.operation_title(operation))


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What the operator is asked to confirm: everything that decides where money goes."""

    operation: Operation
    amount: Decimal
    currency: str
    environment: str
    order_id: int | None = None
    masked_card: str | None = None
    items: tuple[Confirmation, ...] = ()  # several orders in one go (then amount is the total)
    reason: str | None = None  # exactly what will be journalled
    reason_category: str | None = None  # a code of kapdesk.domain.reasons
    notes: tuple[str, ...] = ()  # what else the operation does, and warnings, in words

    @property
    def production(self) -> bool:
        return self.environment == PRODUCTION


# The confirm strategy a tab is given: show the question, answer True to go ahead.
Confirm = Callable[[QWidget, Confirmation], Awaitable[bool]]


class ConfirmDialog(QDialog):
    """Order, operation, amount, currency, masked card, environment; production wants the amount."""

    def __init__(self, details: Confirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moneyConfirmDialog")
        self.details = details
        self.setWindowTitle(
            self.tr("Confirm: %1").replace("%1", operation_title(details.operation))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._environment_banner())
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Operation"), QLabel(operation_title(details.operation)))
        if details.items:
            form.addRow(self.tr("Orders"), QLabel("\n".join(self._line(i) for i in details.items)))
            if details.currency:
                form.addRow(
                    self.tr("Total"), QLabel(format_amount(details.amount, details.currency))
                )
        else:
            order = str(details.order_id) if details.order_id is not None else self.tr("new order")
            form.addRow(self.tr("Order"), QLabel(order))
            form.addRow(self.tr("Amount"), QLabel(format_amount(details.amount, details.currency)))
            form.addRow(self.tr("Currency"), QLabel(details.currency))
            form.addRow(self.tr("Card"), QLabel(details.masked_card or self.tr("unknown")))
        form.addRow(self.tr("Environment"), QLabel(environment_words(details.environment)))
        reason = QLabel(self._reason_text())
        reason.setObjectName("confirmReason")
        reason.setWordWrap(True)
        form.addRow(self.tr("Reason"), reason)
        for note in details.notes:
            label = QLabel(note)
            label.setObjectName("confirmNote")
            label.setWordWrap(True)
            label.setStyleSheet("color: #8a4b00; font-weight: bold")
            layout.addWidget(label)
        self.amount_again = QLineEdit()
        self.amount_again.setObjectName("amountAgain")
        self.problem = QLabel()
        self.problem.setObjectName("confirmProblem")
        self.problem.setStyleSheet("color: #b00020")
        if details.production:
            form.addRow(self.tr("Type the amount again"), self.amount_again)
            self.amount_again.textChanged.connect(self._check_amount)
        else:
            self.amount_again.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button.setEnabled(not details.production)

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _environment_banner(self) -> QLabel:
        if self.details.production:
            banner = QLabel(self.tr("PRODUCTION: this moves real money."))
            banner.setStyleSheet(
                "background: #b00020; color: white; font-weight: bold; padding: 6px"
            )
        elif self.details.environment in SIMULATED:
            banner = QLabel(
                self.tr("%1: no real money moves.").replace(
                    "%1", environment_words(self.details.environment)
                )
            )
            banner.setStyleSheet("background: #2e7d32; color: white; padding: 6px")
        else:
            # A custom gateway may be a live one: never promise that no money moves.
            banner = QLabel(
                self.tr("%1: this may move real money.").replace(
                    "%1", environment_words(self.details.environment)
                )
            )
            banner.setStyleSheet("background: #8a6d00; color: white; padding: 6px")
        banner.setObjectName("environmentBanner")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return banner

    def _reason_text(self) -> str:
        """The category and the words, as the journal will keep them."""
        category = category_label(self.details.reason_category)
        words = self.details.reason or ""
        if category and words:
            return f"{category}: {words}"
        return category or words or self.tr("none given")

    def _line(self, item: Confirmation) -> str:
        card = item.masked_card or self.tr("unknown")
        return f"{item.order_id}: {format_amount(item.amount, item.currency)}, {card}"

    def _check_amount(self, text: str) -> None:
        # The typed amount must equal the amount to send, exactly, in the same currency.
        try:
            same = parse_amount(text, self.details.currency) == self.details.amount
        except UserError:
            same = False
        self.ok_button.setEnabled(same)
        self.problem.setText("" if same or not text.strip() else self.tr("The amounts differ."))

    def accept(self) -> None:
        if self.details.production and not self.ok_button.isEnabled():
            return
        super().accept()


async def confirm_with_dialog(parent: QWidget, details: Confirmation) -> bool:
    """The default confirm strategy: a window-modal dialog opened with open(), never exec()."""
    dialog = ConfirmDialog(details, parent)
    answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not answer.done():
            answer.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await answer
    finally:
        if not answer.done():  # the action was cancelled while the question was open
            dialog.reject()
        dialog.deleteLater()


class ProgressPanel(QWidget):
    """A busy bar while an action runs, then the outcome in words (green, red or amber)."""

    COLOURS: ClassVar[dict[str, str]] = {
        "done": "#2e7d32",
        "refused": "#b00020",
        "not_done": "#b00020",
        "unknown": "#b26a00",
        "awaiting_approval": "#b26a00",
        "rejected": "#b00020",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.state = ""
        self.history: list[str] = []  # every text shown, so a test can see "checking…" pass by
        self.label = QLabel()
        self.label.setObjectName("outcomeLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)

    def busy(self, text: str) -> None:
        self.bar.show()
        self.label.setStyleSheet("")
        self.label.setText(text)
        self.state = "busy"
        self.history.append(text)

    def show_result(self, text: str, state: str) -> None:
        self.bar.hide()
        self.label.setStyleSheet(f"color: {self.COLOURS.get(state, '')}")
        self.label.setText(text)
        self.state = state
        self.history.append(text)

    def text(self) -> str:
        return self.label.text()
