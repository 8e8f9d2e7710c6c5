"""Four-eyes in the console (team profiles): the operations waiting for a supervisor or, once
approved, for their requester to send them; approve, reject (with a reason) and send.

Shown under the Journal tab's list (``ConsoleTabs`` puts both in one page, so the Journal tab's
own module stays as it is). The list is read again every ``REFRESH_MS`` and on ``refresh()``
(a journal notification can call it); ``waiting_changed(count)`` says how many wait for this
person's decision, which the window shows as a badge on the Journal tab's title. Every store
call runs on a worker thread through the connection's runner; the database decides who may
do what (a clerk cannot approve, nor the requester), and its refusals are shown as sentences.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.clock import DAY_ZONE
from kapdesk.domain.money import format_amount
from kapdesk.domain.secret import Secret
from kapdesk.gui.messages import MessageBridge, render
from kapdesk.gui.money.confirmation import operation_title
from kapdesk.gui.tasks import TaskRunner, blocking
from kapdesk.i18n import UserError
from kapdesk.journal.entry import Entry, EntryState

log = logging.getLogger(__name__)
REFRESH_MS = 15_000


class ApprovalStore(Protocol):
    """What the panel asks of the team journal (``journal.team.store.TeamJournal``)."""

    @property
    def person(self) -> str: ...

    def approvals(self) -> list[Entry]: ...

    def waiting_for_me(self) -> int: ...

    def can_decide(self) -> bool: ...

    def approve(self, entry_id: int) -> Entry: ...

    def reject(self, entry_id: int, reason: str) -> Entry: ...


class SendApproved(Protocol):
    """``MoneyDesk.send_approved``: the requester sends an approved entry once (a payout with
    its card number typed again: it is kept nowhere)."""

    async def __call__(self, entry_id: int, pan: Secret | None) -> Any: ...


class ApprovalsPanel(QWidget):
    """The approvals list with Approve, Reject (reason required) and Send."""

    waiting_changed = Signal(int)  # how many wait for this person's decision

    COLUMNS = 7

    def __init__(
        self,
        store: ApprovalStore,
        runner: TaskRunner,
        messages: MessageBridge,
        *,
        send: SendApproved | None = None,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__()
        self._store = store
        self._runner = runner
        self._messages = messages
        self._send = send
        self.entries: list[Entry] = []
        self.waiting = 0
        self._told: set[int] = set()  # this person's approved entries already announced
        self.title = QLabel(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reason = QLineEdit(self)
        self.reason.textChanged.connect(self._update_buttons)
        # An approved payout's card number, typed again by its requester (never stored: the
        # entry keeps only the masked card, which the number must match).
        self.card = QLineEdit(self)
        self.card.setEchoMode(QLineEdit.EchoMode.Password)
        self.card.setVisible(False)
        self.card.textChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.send_button = QPushButton(self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.send_button.clicked.connect(self.send_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.card)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the list now and then every ``refresh_ms``."""
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        self._runner.start("approvals", self.load())

    async def load(self) -> None:
        try:
            entries = await blocking(self._store.approvals)
            waiting = await blocking(self._store.waiting_for_me)
        except UserError as err:  # the team database is unreachable for now: say it once
            self.title.setText(render(err))
            return
        self.show_entries(entries, waiting)

    def show_entries(self, entries: list[Entry], waiting: int) -> None:
        selected = self.selected()
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
            if selected is not None and entry.id == selected.id:
                self.table.selectRow(row)
        self._retranslate_title()
        self._tell_approved()
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)
        self._update_buttons()

    def _tell_approved(self) -> None:
        """Say once that a supervisor approved one of this person's requests: it is theirs
        to send now (the news comes with the journal's notification, see Session)."""
        me = self._store.person
        for entry in self.entries:
            if entry.state != EntryState.APPROVED or entry.person != me or entry.id in self._told:
                continue
            self._told.add(entry.id)
            self._messages.show_info(
                self.tr("Journal entry %1 was approved by %2: select it under the Journal tab "
                        "and press Send approved.")
                .replace("%1", str(entry.id)).replace("%2", entry.decided_by or "-")
            )  # fmt: skip

    def _cells(self, entry: Entry) -> list[str]:
        if entry.state == EntryState.APPROVED:
            state = self.tr("approved by %1: to be sent").replace("%1", entry.decided_by or "-")
        else:
            state = self.tr("awaiting a supervisor")
        amount = "-" if entry.amount is None else format_amount(entry.amount, entry.currency)
        return [
            str(entry.id),
            entry.time.astimezone(DAY_ZONE).strftime("%Y-%m-%d %H:%M"),
            "-" if entry.order_id is None else str(entry.order_id),
            operation_title(entry.operation),
            amount,
            f"{entry.person or entry.os_user} ({entry.workstation or '-'})",
            state,
        ]

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    # -- deciding and sending ------------------------------------------------------------

    def _update_buttons(self) -> None:
        entry = self.selected()
        mine = entry is not None and entry.person == self._store.person
        waiting = entry is not None and entry.state == EntryState.AWAITING_APPROVAL
        self.approve_button.setEnabled(waiting and not mine)
        self.reject_button.setEnabled(waiting and not mine and bool(self.reason.text().strip()))
        approved = entry is not None and entry.state == EntryState.APPROVED
        payout = entry is not None and entry.operation == "pay_out"
        sendable = self._send is not None and approved and mine
        self.card.setVisible(sendable and payout)
        if not (sendable and payout) and self.card.text():
            self.card.clear()  # another row: the number typed for this one goes
        card_ready = not payout or bool(self.card.text().strip())
        self.send_button.setEnabled(sendable and card_ready)

    def approve_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._runner.start("approval decision", self._decide(entry.id, None))

    def reject_selected(self) -> None:
        entry = self.selected()
        reason = self.reason.text().strip()
        if entry is not None and reason:
            self._runner.start("approval decision", self._decide(entry.id, reason))

    async def _decide(self, entry_id: int, reason: str | None) -> None:
        try:
            if reason is None:
                await blocking(self._store.approve, entry_id)
                said = self.tr("Journal entry %1 approved.")
            else:
                await blocking(self._store.reject, entry_id, reason)
                said = self.tr("Journal entry %1 rejected: nothing was sent.")
                self.reason.clear()
        except UserError as err:
            self._messages.show_error(err)
        else:
            self._messages.show_info(said.replace("%1", str(entry_id)))
        await self.load()

    def send_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._send is not None:
            pan = Secret(self.card.text().strip()) if entry.operation == "pay_out" else None
            self.card.clear()
            self.send_button.setEnabled(False)  # once: the runner's name also replaces none
            self._runner.start("approval send", self._send_one(entry.id, pan))

    async def _send_one(self, entry_id: int, pan: Secret | None = None) -> None:
        assert self._send is not None
        try:
            outcome = await self._send(entry_id, pan)
        except UserError as err:
            self._messages.show_error(err)
        else:
            self._messages.show_info(render(outcome.message))
        await self.load()

    # -- words ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Entry"),
                self.tr("Asked at (Baku)"),
                self.tr("Order"),
                self.tr("Operation"),
                self.tr("Amount"),
                self.tr("Asked by (workstation)"),
                self.tr("State"),
            ]
        )
        self.reason.setPlaceholderText(self.tr("Reason for rejecting (required)"))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        self.send_button.setText(self.tr("Send approved"))
        self.send_button.setToolTip(
            self.tr("Only the person who asked sends it, once approved. A payout needs its "
                    "card number typed again: it is kept nowhere.")
        )  # fmt: skip
        self.card.setPlaceholderText(self.tr("the payout's card number, again"))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self._cells(entry)):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText(text)
        self._retranslate_title()

    def _retranslate_title(self) -> None:
        self.title.setText(
            self.tr("Approvals (four-eyes): %1 waiting or approved").replace(
                "%1", str(len(self.entries))
            )
        )
