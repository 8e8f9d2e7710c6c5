"""The Disputes tab: the worklist of cases by due date, overdue in red and the next 48 hours in
amber (as on the Holds tab), a state change with its reason, and the evidence pack as a PDF.

The tab holds a :class:`DisputeStore` (calls run on a worker thread through the runner) and a
``write_pack(order_id, path)`` coroutine the app builds (re-read the order, render the PDF).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.clock import DAY_ZONE
from kapdesk.domain.disputes import (
    DEFAULT_DISPUTE_DAYS,
    REASON_CODES,
    STATE_TITLE,
    TRANSITIONS,
    Case,
    CaseState,
    check_case,
    check_transition,
    check_why,
    due_date,
    reason_for,
    urgency,
)
from kapdesk.domain.money import format_amount, parse_amount
from kapdesk.gui.money.table_models import LATE, WARNING
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import N_, UserError
from kapdesk.journal.store import DisputeStore

WritePack = Callable[[int, Path], Awaitable[int]]
COLOURS = {"late": LATE, "soon": WARNING}


class DisputesTab(QWidget):
    # After each load: the ids of every order with a case (the Lookup table marks them).
    cases_changed = Signal(object)

    def __init__(
        self,
        store: DisputeStore,
        runner: TaskRunner,
        *,
        now: Callable[[], datetime],
        write_pack: WritePack | None = None,
        operator: str = "",
        currency: str = "AZN",
        dispute_days: int = DEFAULT_DISPUTE_DAYS,
    ) -> None:
        super().__init__()
        self._currency = currency
        self._days = dispute_days
        self._store = store
        self._runner = runner
        self._now = now
        self._write_pack = write_pack
        self._operator = operator
        self.cases: list[Case] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("disputes")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.state = QComboBox()
        self.why = QLineEdit()
        self.change = QPushButton()
        self.change.clicked.connect(lambda: self._runner.start("dispute-state", self.set_state()))
        self.pack = QPushButton()
        self.pack.clicked.connect(self._ask_pack_file)
        self.pack.setEnabled(write_pack is not None)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Opening a case: order, reason code (built-in or typed), amount, received and due.
        self.order_field = QLineEdit()
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.amount_field = QLineEdit()
        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.received.dateChanged.connect(self._due_from_received)
        self.notes = QLineEdit()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(
            lambda: self._runner.start("dispute-open", self.open_case())
        )
        today = self._now().astimezone(DAY_ZONE).date()
        self.received.setDate(QDate(today.year, today.month, today.day))
        self._due_from_received()
        opening = QHBoxLayout()
        for widget in (self.order_field, self.reason_box, self.amount_field, self.received,
                       self.due, self.notes, self.open_button):  # fmt: skip
            opening.addWidget(widget)
        bar = QHBoxLayout()
        for widget in (self.state, self.why, self.change, self.pack):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(opening)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._fill_states)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Order"), self.tr("State"), self.tr("Reason code"),
             self.tr("Amount"), self.tr("Received")]
        )  # fmt: skip
        self.why.setPlaceholderText(self.tr("Why the state changes (required)"))
        self.change.setText(self.tr("Change state"))
        self.pack.setText(self.tr("Evidence pack…"))
        self.order_field.setPlaceholderText(self.tr("Order id"))
        self.amount_field.setPlaceholderText(self.tr("Disputed amount"))
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.open_button.setText(self.tr("Open a dispute"))
        self.received.setToolTip(self.tr("Received"))
        self.due.setToolTip(self.tr("Response due"))
        typed = self.reason_box.currentText()
        self.reason_box.clear()
        for r in REASON_CODES:
            meaning = QCoreApplication.translate("kapdesk", r.meaning)
            self.reason_box.addItem(f"{r.code} — {meaning}", r.code)
        self.reason_box.setCurrentText(typed)
        self._show()

    def _due_from_received(self) -> None:
        got = self.received.date()
        due = due_date(date(got.year(), got.month(), got.day()), self._days)
        self.due.setDate(QDate(due.year, due.month, due.day))

    def prefill(self, order_id: int, amount: str, currency: str) -> None:
        """Start a case on an order (the Lookup detail pane's "Open a dispute")."""
        self.order_field.setText(str(order_id))
        self.amount_field.setText(amount)
        self._currency = currency
        pages = self.parentWidget()  # a QTabWidget keeps its pages in a stack: show this one
        tabs = pages.parentWidget() if pages is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)
        self.amount_field.setFocus()

    async def open_case(self) -> None:
        typed = self.reason_box.currentText().split("—")[0].strip()
        data = self.reason_box.currentData()
        code = (
            data
            if isinstance(data, str) and self.reason_box.currentText().startswith(data)
            else typed
        )
        order_text = self.order_field.text().strip()
        try:
            if not (order_text.isascii() and order_text.isdigit()):
                raise UserError(N_("Type the order id (a whole number)."))
            reason = reason_for(code)
            got, due = self.received.date(), self.due.date()
            case = Case(
                order_id=int(order_text), reason_code=reason.code, scheme=reason.scheme,
                category=reason.category,
                amount=parse_amount(self.amount_field.text(), self._currency),
                currency=self._currency,
                received=date(got.year(), got.month(), got.day()),
                due=date(due.year(), due.month(), due.day()), notes=self.notes.text().strip(),
            )  # fmt: skip
            check_case(case)
            if (found := self._store.case_for(case.order_id)) is not None and not found.closed:
                raise UserError(
                    N_("Order {order} already has a dispute ({state}); close it before opening "
                       "another."), order=case.order_id, state=found.state.value,
                )  # fmt: skip
        except UserError as err:
            self.message.setText(err.render(QCoreApplication.translate))
            return
        store, who = self._store, self._operator
        await self._runner.start_blocking(
            "dispute-open-case", lambda: store.open_case(case, why="opened", operator=who)
        )
        self.message.setText(
            self.tr("Dispute opened on order %1.").replace("%1", str(case.order_id))
        )
        self.order_field.clear()
        self.amount_field.clear()
        self.notes.clear()
        await self.load()

    # -- the worklist --------------------------------------------------------------------

    def runner_load(self) -> asyncio.Task[None]:
        """Start :meth:`load` as the connection's task (the console's start-up and refresh)."""
        return self._runner.start("dispute-worklist", self.load())

    async def load(self) -> None:
        self.cases = await self._runner.start_blocking("dispute-load", self._store.cases)
        self._show()
        self.cases_changed.emit({case.order_id for case in self.cases})

    def _show(self) -> None:
        from PySide6.QtCore import QCoreApplication

        now = self._now()
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            state = QCoreApplication.translate("kapdesk", STATE_TITLE[case.state])
            amount = format_amount(case.amount, case.currency)
            cells = (case.due.isoformat(), str(case.order_id), state, case.reason_code,
                     amount, case.received.isoformat())  # fmt: skip
            colour = COLOURS.get(urgency(case, now) or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(row, column, item)
        self._fill_states()

    def selected(self) -> Case | None:
        rows = self.table.selectionModel().selectedRows()
        return self.cases[rows[0].row()] if rows and rows[0].row() < len(self.cases) else None

    def _fill_states(self) -> None:
        from PySide6.QtCore import QCoreApplication

        case = self.selected()
        self.state.clear()
        nexts = sorted(TRANSITIONS[case.state]) if case else []
        for state in nexts:
            self.state.addItem(QCoreApplication.translate("kapdesk", STATE_TITLE[state]), state)
        self.change.setEnabled(bool(nexts))

    # -- acting --------------------------------------------------------------------------

    async def set_state(self) -> None:
        case = self.selected()
        target = self.state.currentData()
        if case is None or target is None:
            return
        from PySide6.QtCore import QCoreApplication

        try:  # checked here: a task that fails is reported as a fault, not a sentence
            why = check_why(self.why.text())
            check_transition(case, target)
        except UserError as err:
            self.message.setText(err.render(QCoreApplication.translate))
            return
        store, who = self._store, self._operator
        await self._runner.start_blocking(
            "dispute-set",
            lambda: store.set_state(case.order_id, CaseState(target), why=why, operator=who),
        )
        self.why.clear()
        self.message.setText(
            self.tr("Dispute on order %1 changed.").replace("%1", str(case.order_id))
        )
        await self.load()

    def _ask_pack_file(self) -> None:
        case = self.selected()
        if case is None or self._write_pack is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the evidence pack"), f"dispute-{case.order_id}.pdf", "PDF (*.pdf)"
        )
        if name:
            self._runner.start("dispute-pack", self.save_pack(case.order_id, Path(name)))

    async def save_pack(self, order_id: int, path: Path) -> None:
        assert self._write_pack is not None  # the button is off without it
        try:
            pages = await self._write_pack(order_id, path)
        except UserError as err:
            from PySide6.QtCore import QCoreApplication

            self.message.setText(err.render(QCoreApplication.translate))
            return
        self.message.setText(
            self.tr("Evidence pack written to %1 (%2 pages).").replace("%1", str(path))
            .replace("%2", str(pages))
        )  # fmt: skip
