"""The Holds tab: open holds by deadline; clear (fully, partly, several), release, reverse."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import Operation
from kapdesk.domain.money import format_amount, parse_amount
from kapdesk.gui.captions import set_captions
from kapdesk.gui.messages import render
from kapdesk.gui.money_action import MoneyAction, desk_source
from kapdesk.gui.money_dialogs import Confirm, ProgressPanel, confirm_with_dialog
from kapdesk.gui.money_models import HoldsModel
from kapdesk.gui.rows import status_text
from kapdesk.gui.tables import table_view
from kapdesk.i18n import UserError
from kapdesk.journal.orders import OrderIndex
from kapdesk.operations import holds
from kapdesk.operations.lookup import parse_order_ids
from kapdesk.operations.order_form import OrderForm, read_form
from kapdesk.operations.orders_service import OrderLookupService

if TYPE_CHECKING:
    from kapdesk.operations.money import MoneyDesk
    from kapdesk.operations.outcome import Outcome


class HoldsTab(QWidget):
    """Known holds sorted by deadline, a form for the selected one, and a batch clear."""

    def __init__(
        self,
        desk: MoneyDesk | Callable[[], MoneyDesk],
        index: OrderIndex,
        *,
        hold_days: int,
        environment: str,
        confirm: Confirm = confirm_with_dialog,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holdsTab")
        self._desk = desk_source(desk)
        self._index = index
        self.hold_days = hold_days
        self.environment = environment
        self._now = now
        self.form: OrderForm | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.model = HoldsModel(now)
        self._build()
        controls = [self.clear_button, self.release_button, self.reverse_button, self.batch_button]
        self.action = MoneyAction(self, self._desk, confirm, self.panel, controls)
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
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_pasted)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.ids_edit, 1)
        bar.addWidget(self.check_button)
        bar.addWidget(self.import_button)
        layout.addLayout(bar)
        split = QSplitter()
        self.table = table_view(self.model, several=True)
        self.table.setObjectName("holdsTable")
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
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
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amount")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        for widget in (self.order_label, self.authorized_label, self.cleared_label,
                       self.remaining_label, self.amount_edit, self.reason_edit):  # fmt: skip
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
        self.reason_edit.setPlaceholderText(self.tr("Why (required to release or reverse)"))
        set_captions(self._form, (
            (self.order_label, self.tr("Order")),
            (self.authorized_label, self.tr("Authorized")),
            (self.cleared_label, self.tr("Already cleared")),
            (self.remaining_label, self.tr("Remaining")),
            (self.amount_edit, self.tr("Amount to clear")),
            (self.reason_edit, self.tr("Reason")),
        ))  # fmt: skip
        self.clear_button.setText(self.tr("Clear"))
        self.release_button.setText(self.tr("Release hold"))
        self.reverse_button.setText(self.tr("Reverse clearing"))
        self.batch_button.setText(self.tr("Clear selected in full"))
        self.model.retranslate()
        if self.form is not None:
            self._show_form_texts(self.form)

    # -- the list -----------------------------------------------------------------------

    def load_known(self) -> asyncio.Task[None]:
        """Show what the index knows now (no network; the disk is read in a worker thread)."""
        return self._spawn(self._load_known())

    async def _load_known(self) -> None:
        found = await asyncio.to_thread(holds.known_holds, self._index, self.hold_days)
        self.model.set_holds(found)

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
        if not ids:
            self.load_known()
            return
        self.refresh_button.setEnabled(False)
        self.panel.busy(self.tr("Reading %1 orders…").replace("%1", str(len(ids))))
        self._spawn(self._refresh(ids))

    async def _refresh(self, ids: list[int]) -> None:
        try:
            service = OrderLookupService(self._desk().client, self._index, now=self._now)
            results = await service.look_up(ids)
            failed = [r for r in results if r.error is not None]
            await self._load_known()
            text = self.tr("%1 open holds; %2 of %3 orders could not be read.")
            self.panel.show_result(
                text.replace("%1", str(len(self.model.holds)))
                .replace("%2", str(len(failed)))
                .replace("%3", str(len(ids))),
                "done" if not failed else "unknown",
            )
        finally:
            self.refresh_button.setEnabled(True)

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- the form -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.holds[r].order_id for r in rows]

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
        if len(ids) == 1:
            self._read(ids[0])
        else:
            self._show_form(None)

    def _read(self, order_id: int, *, quiet: bool = False) -> None:
        async def read() -> None:
            try:
                form = await read_form(
                    self._desk().client, order_id, index=self._index, now=self._now
                )
            except UserError as error:
                if not quiet:
                    self.panel.show_result(render(error), "refused")
                return
            if self.selected_ids() == [order_id]:
                self._show_form(form)

        self._spawn(read())

    def _show_form(self, form: OrderForm | None) -> None:
        self.form = form
        idle = not self.action.busy
        self.batch_button.setEnabled(idle and len(self.selected_ids()) > 1)
        if form is None:
            for label in (self.order_label, self.authorized_label, self.cleared_label):
                label.setText("—")
            self.remaining_label.setText("—")
            self.note.setText("")
            for button in (self.clear_button, self.release_button, self.reverse_button):
                button.setEnabled(False)
            return
        ccy = form.order.currency
        self.authorized_label.setText(format_amount(form.authorized, ccy))
        self.cleared_label.setText(format_amount(form.cleared, ccy))
        self.remaining_label.setText(format_amount(form.clearable, ccy))
        self.amount_edit.setText(str(form.clearable) if form.clearable else "")
        allowed = form.allowed
        self.clear_button.setEnabled(idle and allowed[Operation.CLEAR].allowed)
        self.release_button.setEnabled(idle and allowed[Operation.RELEASE].allowed)
        self.reverse_button.setEnabled(idle and allowed[Operation.REVERSE_CLEARING].allowed)
        self._show_form_texts(form)

    def _show_form_texts(self, form: OrderForm) -> None:
        """The form's words (status, reasons), apart so a language switch can redo only them."""
        self.order_label.setText(f"{form.order.id} ({status_text(str(form.order.status))})")
        reasons = [render(a.reason) for a in form.allowed.values() if a.reason and a.operation in (
            Operation.CLEAR, Operation.RELEASE)]  # fmt: skip
        self.note.setText("\n".join(reasons))

    # -- money actions: plain slots, so the guard is synchronous -------------------------

    def clear(self) -> None:
        if self.action.busy or self.form is None:
            return
        order = self.form.order
        try:
            amount = parse_amount(self.amount_edit.text(), order.currency)
        except UserError as error:
            self.panel.show_result(render(error), "refused")
            return
        self.action.start_operation(
            order.id, Operation.CLEAR, amount, order.currency, self._reason()
        )

    def release(self) -> None:
        if not self.action.busy and self.form is not None:
            self.action.start_operation(
                self.form.order.id, Operation.RELEASE, None, None, self._reason()
            )

    def reverse_clearing(self) -> None:
        if not self.action.busy and self.form is not None:
            order_id = self.form.order.id
            self.action.start_operation(
                order_id, Operation.REVERSE_CLEARING, None, None, self._reason()
            )

    def clear_selected(self) -> None:
        ids = self.selected_ids()
        if self.action.busy or not ids:
            return
        for order_id in ids:
            self.model.set_result(order_id, "")
        self.action.start_batch(ids, Operation.CLEAR, self._reason(), self._row_result)

    def _row_result(self, order_id: int, text: str, state: str) -> None:
        self.model.set_result(order_id, text.replace("\n", " "))

    def _reason(self) -> str | None:
        return self.reason_edit.text().strip() or None

    def _after_action(self, outcome: Outcome | None) -> None:
        # Re-read what was touched so the list and the form show the bank's truth.
        ids = self.selected_ids() or ([outcome.order_id] if outcome and outcome.order_id else [])
        if ids:
            self._spawn(self._reload(ids))

    async def _reload(self, ids: list[int]) -> None:
        service = OrderLookupService(self._desk().client, self._index, now=self._now)
        await service.look_up(ids)
        selected = self.selected_ids()
        await self._load_known()
        self.select(*selected)
