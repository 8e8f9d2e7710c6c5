"""The Holds tab: open holds by deadline; clear (fully, partly, several), release, reverse."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import Operation
from kapdesk.domain.money import format_amount
from kapdesk.gui.lookup.order_rows import status_text
from kapdesk.gui.messages import render
from kapdesk.gui.money.action import MoneyAction, describe
from kapdesk.gui.money.amount_input import AmountInput
from kapdesk.gui.money.confirmation import Confirm, ProgressPanel, confirm_with_dialog
from kapdesk.gui.money.reason_input import ReasonInput
from kapdesk.gui.money.table_models import HoldsModel, baku_time, fit_columns
from kapdesk.gui.tasks import TaskRunner, blocking
from kapdesk.gui.widgets.captions import set_captions
from kapdesk.gui.widgets.table_view import table_view
from kapdesk.i18n import UserError
from kapdesk.journal.store import OrderIndexStore
from kapdesk.operations import holds
from kapdesk.operations.lookup import parse_order_ids
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.order_form import OrderForm
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import MoneyRequest, OrderPlan, OrderRequest, Plan


class HoldsTab(QWidget):
    """Known holds sorted by deadline, a form for the selected one, and a batch clear."""

    def __init__(
        self,
        desk: MoneyDesk,
        service: OrderLookupService,
        index: OrderIndexStore,
        runner: TaskRunner,
        *,
        hold_days: int,
        environment: str,
        confirm: Confirm = confirm_with_dialog,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holdsTab")
        self._desk = desk
        self._service = service
        self._index = index
        self._runner = runner
        self.hold_days = hold_days
        self.environment = environment
        self._now = now
        self.form: OrderForm | None = None
        self._input_ids: list[int] = []  # the orders the typed amount and reason were meant for
        self.model = HoldsModel(now)
        self._build()
        controls = [self.clear_button, self.release_button, self.reverse_button, self.batch_button]
        self.action = MoneyAction(
            self, desk, runner, "holds: money", confirm, self.panel, controls,
            update_controls=self._update_buttons, explain=self._explain,
        )  # fmt: skip
        self.action.finished.connect(self._after_action)
        self._show_form(None)
        self.retranslate()

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh_all)
        self.ids_edit = QPlainTextEdit()
        self.ids_edit.setObjectName("holdIds")
        self.ids_edit.setMaximumHeight(60)
        self.ids_edit.setTabChangesFocus(True)  # Tab leaves the box; it never types a tab
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_pasted)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.cleared_box = QCheckBox()
        self.cleared_box.setObjectName("showCleared")
        self.cleared_box.toggled.connect(lambda _: self.load_known())
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.ids_edit, 1)
        bar.addWidget(self.check_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.cleared_box)
        layout.addLayout(bar)
        split = QSplitter()
        self.table = table_view(self.model, several=True)
        self.table.setObjectName("holdsTable")
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        # A reset drops the selection without a signal: the form must follow it.
        self.model.modelReset.connect(self._selection_changed)
        split.addWidget(self.table)
        split.addWidget(self._form_widget())
        split.setStretchFactor(0, 3)  # the table wants the room; the form is narrow
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.panel = ProgressPanel()
        layout.addWidget(self.panel)

    def _form_widget(self) -> QWidget:
        box = QWidget()
        form = self._form = QFormLayout(box)
        self.order_label = QLabel()
        self.authorized_label = QLabel()
        self.authorized_label.setObjectName("authorized")
        self.cleared_label = QLabel()
        self.cleared_label.setObjectName("cleared")
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("remaining")
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline")
        self.amount = AmountInput()
        self.amount_edit = self.amount.edit
        self.amount_edit.returnPressed.connect(self.submit)
        self.reason = ReasonInput(stacked=True)
        self.reason_edit = self.reason.text_edit
        self.reason_edit.returnPressed.connect(self.submit)
        for widget in (self.order_label, self.authorized_label, self.cleared_label,
                       self.remaining_label, self.deadline_label, self.amount,
                       self.reason):  # fmt: skip
            form.addRow(QLabel(), widget)  # captions: retranslate()
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearButton")
        self.clear_button.clicked.connect(self.clear)
        self.release_button = QPushButton()
        self.release_button.setObjectName("releaseButton")
        self.release_button.clicked.connect(self.release)
        self.reverse_button = QPushButton()
        self.reverse_button.setObjectName("reverseClearingButton")
        self.reverse_button.clicked.connect(self.reverse_clearing)
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("batchClearButton")
        self.batch_button.clicked.connect(self.clear_selected)
        for button in (self.clear_button, self.release_button, self.reverse_button):
            form.addRow(button)
        form.addRow(self.batch_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.note)
        return box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every static text in the current language (at start and on a language switch)."""
        self.refresh_button.setText(self.tr("Refresh all"))
        self.ids_edit.setPlaceholderText(self.tr("Paste order IDs to check"))
        self.check_button.setText(self.tr("Check these IDs"))
        self.import_button.setText(self.tr("Import IDs from file…"))
        self.cleared_box.setText(self.tr("Show holds cleared today"))
        self.reason.retranslate()
        self.reason.set_placeholder(self.tr("Why (required to release or reverse)"))
        set_captions(self._form, (
            (self.order_label, self.tr("Order")),
            (self.authorized_label, self.tr("Authorized")),
            (self.cleared_label, self.tr("Already cleared")),
            (self.remaining_label, self.tr("Remaining")),
            (self.deadline_label, self.tr("Deadline")),
            (self.amount, self.tr("Amount to clear")),
            (self.reason, self.tr("Reason")),
        ))  # fmt: skip
        self.clear_button.setText(self.tr("Clear"))
        self.release_button.setText(self.tr("Release hold"))
        self.reverse_button.setText(self.tr("Reverse clearing"))
        self.batch_button.setText(self.tr("Clear selected in full"))
        self.model.retranslate()
        fit_columns(self.table)
        if self.form is not None:
            self._show_form_texts(self.form)

    # -- the list -----------------------------------------------------------------------

    def load_known(self) -> asyncio.Task[None]:
        """Show what the index knows now (no network; the disk is read in a worker thread)."""
        return self._runner.start("holds: known", self._load_known())

    async def _load_known(self, keep: Sequence[holds.Hold] = ()) -> None:
        cleared_on = self._now() if self.cleared_box.isChecked() else None
        found = await blocking(
            holds.known_holds, self._index, self.hold_days, cleared_on=cleared_on
        )
        self.model.set_holds(found, keep=keep)
        fit_columns(self.table)

    def refresh_all(self) -> None:
        self._check([h.order_id for h in self.model.holds])

    def check_pasted(self) -> None:
        self._check(parse_order_ids(self.ids_edit.toPlainText()))

    def import_file(self) -> None:
        # open(), never exec(): no nested event loop while coroutines run.
        dialog = QFileDialog(self, self.tr("Import order IDs"))
        dialog.setNameFilter(self.tr("Text or CSV (*.txt *.csv);;All files (*)"))
        dialog.fileSelected.connect(self._import_path)
        dialog.open()

    def _import_path(self, path: str) -> None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
        except OSError as error:
            self.panel.show_result(self.tr("Cannot read %1: %2").replace("%1", path).replace(
                "%2", error.strerror or ""), "refused")  # fmt: skip
            return
        self.ids_edit.setPlainText(text)
        self.check_pasted()

    def _check(self, ids: list[int]) -> None:
        # The clerk refreshes: rows kept to show what was done leave, results are cleared.
        self.model.forget_results()
        if not ids:
            self.load_known()
            return
        self.refresh_button.setEnabled(False)
        self.panel.busy(self.tr("Reading %1 orders…").replace("%1", str(len(ids))))
        self._runner.start("holds: refresh", self._refresh(ids))

    async def _refresh(self, ids: list[int]) -> None:
        try:
            results = await self._service.look_up(ids)
            failed = [r for r in results if r.error is not None]
            await self._load_known()
            text = self.tr("%1 open holds; %2 of %3 orders could not be read.")
            open_holds = sum(1 for h in self.model.holds if h.status in holds.HOLD_STATUSES)
            self.panel.show_result(
                text.replace("%1", str(open_holds))
                .replace("%2", str(len(failed)))
                .replace("%3", str(len(ids))),
                "done" if not failed else "unknown",
            )
        finally:
            self.refresh_button.setEnabled(True)

    # -- the form -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.holds[r].order_id for r in rows if r < len(self.model.holds)]

    def select(self, *order_ids: int) -> None:
        """Select these rows (keyboard users and tests)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for order_id in order_ids:
            row = self.model.row_of(order_id)
            if row is not None:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _selection_changed(self, *args: object) -> None:
        ids = self.selected_ids()
        if ids != self._input_ids:
            # Another order (or none): what was typed was meant for the old one.
            self._input_ids = ids
            self._clear_inputs()
        if len(ids) == 1:
            if self.form is not None and self.form.order.id != ids[0]:
                self._show_form(None)  # never the old order's buttons while the new one loads
            self._read(ids[0])
        else:
            self._show_form(None)

    def _clear_inputs(self) -> None:
        self.amount_edit.clear()
        self.reason.clear()

    def _read(self, order_id: int, *, quiet: bool = False) -> None:
        async def read() -> None:
            try:
                form = await self._service.form(order_id)
            except UserError as error:
                if not quiet:
                    self.panel.show_result(render(error), "refused")
                return
            if self.selected_ids() == [order_id]:
                self._show_form(form)

        self._runner.start("holds: read", read())  # the newest selection's read wins

    def _show_form(self, form: OrderForm | None) -> None:
        self.form = form
        if form is None:
            for label in (self.order_label, self.authorized_label, self.cleared_label,
                          self.remaining_label, self.deadline_label):  # fmt: skip
                label.setText("—")
            self.amount.set_full(None, "")
            self.note.setText("")
        else:
            ccy = form.order.currency
            self.authorized_label.setText(format_amount(form.authorized, ccy))
            self.cleared_label.setText(format_amount(form.cleared, ccy))
            self.remaining_label.setText(format_amount(form.clearable, ccy))
            self._show_form_texts(form)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Only what can act now: nothing while busy, nothing without an order."""
        idle = not self.action.busy
        form = self.form
        clearable = [
            h for h in self.model.holds if h.order_id in self.selected_ids() and h.remaining > 0
        ]
        self.batch_button.setEnabled(idle and len(self.selected_ids()) > 1 and bool(clearable))
        for button, operation in (
            (self.clear_button, Operation.CLEAR),
            (self.release_button, Operation.RELEASE),
            (self.reverse_button, Operation.REVERSE_CLEARING),
        ):
            button.setEnabled(
                idle
                and form is not None
                and self.selected_ids() == [form.order.id]
                and form.allowed[operation].allowed
            )

    def _show_form_texts(self, form: OrderForm) -> None:
        """The form's words (status, reasons), apart so a language switch can redo only them."""
        self.order_label.setText(f"{form.order.id} ({status_text(str(form.order.status))})")
        end = holds.deadline(form.order.created, self.hold_days)
        self.deadline_label.setText(baku_time(end) or "—")
        self.amount.set_full(form.clearable or None, form.order.currency)
        reasons = [render(a.reason) for a in form.allowed.values() if a.reason and a.operation in (
            Operation.CLEAR, Operation.RELEASE)]  # fmt: skip
        self.note.setText("\n".join(reasons))

    # -- money actions: plain slots, so the guard is synchronous -------------------------

    def submit(self) -> None:
        """Enter in Amount or Reason: the form's own action (clear), as its button does."""
        if self.clear_button.isEnabled():
            self.clear()

    def _reason_ok(self, operation: Operation) -> bool:
        problem = self.reason.problem(operation)
        if problem is not None:
            self.panel.show_result(problem, "refused")
            self.reason.setFocus()
            return False
        return True

    def _request(self, operation: Operation, order_id: int, amount: Decimal | None = None,
                 currency: str | None = None) -> OrderRequest:  # fmt: skip
        return OrderRequest(
            order_id=order_id, operation=operation, amount=amount, currency=currency,
            reason=self._reason(), reason_category=self.reason.category(),
        )  # fmt: skip

    def _carry_out(self, request: OrderRequest) -> None:
        action = self.action
        action.start(self._desk.carry_out(request, action.confirm, action.progress))

    def clear(self) -> None:
        if self.form is None or not self._reason_ok(Operation.CLEAR):
            return
        order = self.form.order
        try:  # a blank is refused: "all of it" is the Full amount button, never assumed
            amount = self.amount.amount(order.currency)
        except UserError as error:
            self.panel.show_result(render(error), "refused")
            self.amount_edit.setFocus()
            return
        self._carry_out(self._request(Operation.CLEAR, order.id, amount, order.currency))

    def release(self) -> None:
        if self.form is not None and self._reason_ok(Operation.RELEASE):
            self._carry_out(self._request(Operation.RELEASE, self.form.order.id))

    def reverse_clearing(self) -> None:
        if self.form is not None and self._reason_ok(Operation.REVERSE_CLEARING):
            self._carry_out(self._request(Operation.REVERSE_CLEARING, self.form.order.id))

    def clear_selected(self) -> None:
        """The full amount on every selected hold: one confirmation, then a result per row."""
        ids = self.selected_ids()
        if not ids or not self._reason_ok(Operation.CLEAR):
            return
        requests = [self._request(Operation.CLEAR, order_id) for order_id in ids]
        action = self.action
        work = self._desk.carry_out_batch(
            requests, action.confirm_all, action.progress, on_item=self._row_result
        )
        if action.start(work):
            for order_id in ids:
                self.model.set_result(order_id, "")

    def _explain(self, plan: Plan) -> list[str]:
        """Everything the operation does, in words, and a warning for a lapsed hold."""
        if not isinstance(plan, OrderPlan):
            return []
        ccy = plan.currency
        sums = plan.totals
        held = sums.still_clearable
        cleared = sums.cleared - sums.clearing_reversed
        notes = []
        if plan.operation == Operation.REVERSE_CLEARING:
            text = self.tr("This gives back the cleared %1 to the card.").replace(
                "%1", format_amount(plan.amount, ccy)
            )
            if held > 0:
                text += " " + self.tr(
                    "It also releases the rest of the hold, %1: nothing stays held, and the "
                    "order cannot be cleared again."
                ).replace("%1", format_amount(held, ccy))
            notes.append(text)
        elif plan.operation == Operation.RELEASE:
            text = self.tr("This releases the %1 still held.").replace(
                "%1", format_amount(held, ccy)
            )
            if cleared > 0:
                text += " " + self.tr("The cleared %1 stays charged.").replace(
                    "%1", format_amount(cleared, ccy)
                )
            notes.append(text)
        elif plan.operation == Operation.CLEAR:
            rest = held - plan.amount
            if rest > 0:
                notes.append(
                    self.tr("%1 stays held after this clearing.").replace(
                        "%1", format_amount(rest, ccy)
                    )
                )
            end = holds.deadline(plan.order.created, self.hold_days)
            if end is not None and end <= self._now():
                notes.append(
                    self.tr(
                        "Warning: this hold expired on %1 (Baku time). The bank may refuse a "
                        "late clearing, or the cardholder's bank may charge it back."
                    ).replace("%1", baku_time(end))
                )
        return notes

    def _row_result(self, request: MoneyRequest, result: Outcome | UserError) -> None:
        text = describe(result) if isinstance(result, Outcome) else render(result)
        if isinstance(request, OrderRequest):
            self.model.set_result(request.order_id, text.replace("\n", " "))

    def _reason(self) -> str | None:
        return self.reason.text() or None

    def _after_action(self, outcome: Outcome | list[Outcome] | None) -> None:
        if outcome is None:
            return  # cancelled or refused before sending: the clerk may correct and retry
        # An operation finished: its words must not carry over to the next one.
        self._clear_inputs()
        if isinstance(outcome, Outcome) and outcome.order_id is not None:
            self.model.set_result(outcome.order_id, describe(outcome).replace("\n", " "))
        # Re-read what was touched so the list and the form show the bank's truth; rows
        # with a result stay (with their new status) until the clerk refreshes.
        ids = list(dict.fromkeys([*self.selected_ids(), *self.model.finished_ids()]))
        if ids:
            self._runner.start("holds: reload", self._reload(ids))

    async def _reload(self, ids: list[int]) -> None:
        results = await self._service.look_up(ids)
        finished = set(self.model.finished_ids())
        keep = [
            holds.hold_row(r.order, self.hold_days)
            for r in results
            if r.order is not None and r.order.id in finished
        ]
        selected = self.selected_ids()
        await self._load_known(keep)
        self.select(*selected)
