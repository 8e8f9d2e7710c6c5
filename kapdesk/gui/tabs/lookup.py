"""The Lookup tab: one id or many, a sortable results table, a detail pane, export and search."""

from __future__ import annotations

import asyncio
import logging
import threading
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.gui.lookup.column_picker import ColumnPicker
from kapdesk.gui.lookup.export_cells import export_header, write_table
from kapdesk.gui.lookup.known_orders import KnownOrdersSearch
from kapdesk.gui.lookup.order_detail import OrderDetail
from kapdesk.gui.lookup.order_rows import (
    CARD,
    CREATED,
    CURRENCY,
    ID,
    TYPE,
    Row,
    row_for_error,
    row_for_known,
    row_for_order,
    sample_cells,
)
from kapdesk.gui.lookup.orders_model import OrdersModel
from kapdesk.gui.messages import MessageBridge, render
from kapdesk.gui.tasks import TaskRunner, blocking, stoppable
from kapdesk.gui.widgets.fit import fit_columns, fit_to_items
from kapdesk.gui.widgets.keyboard import one_tab_stop
from kapdesk.gui.widgets.table_view import table_view
from kapdesk.i18n import UserError
from kapdesk.journal.store import PAGE_SIZE, IndexedOrder
from kapdesk.operations.lookup import LookupResult, sort_order_ids
from kapdesk.operations.table_files import EXPORT_FORMATS, column_values, export_path, read_table

log = logging.getLogger(__name__)
_FLUSH_MS = 50  # results reach the table in batches: one insert per 50 ms, not per order


class LookupService(Protocol):
    async def look_up(
        self, ids: Sequence[int], *, on_result: Any = None, keep: bool = True
    ) -> list[LookupResult]: ...

    async def search_known(
        self,
        text: str | None = None,
        *,
        amount: Decimal | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
        limit: int = ...,
        offset: int = 0,
    ) -> list[IndexedOrder]: ...


class LookupTab(QWidget):
    """Emits ``lookup_finished`` after every batch (done, failed or cancelled)."""

    lookup_finished = Signal()
    search_finished = Signal()

    def __init__(
        self,
        service: LookupService,
        runner: TaskRunner,
        messages: MessageBridge,
        parent: QWidget | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.service = service
        self.runner = runner
        self.messages = messages
        self.model = OrdersModel(self)
        self._pending: list[Row] = []
        self._done = 0
        self._failed = 0
        self._total = 0
        self._skipped: list[str] = []  # tokens of the last pasted list that are not ids
        self._summary_text: Callable[[], str] = str
        self._known_criteria: dict[str, Any] | None = None  # the last offline search
        self._known_shown = 0  # how many of its results the table has
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(_FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._build()
        self.retranslate()

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.id_field = QLineEdit(self)
        self.id_field.returnPressed.connect(self.look_up_typed)
        self.look_up_button = QPushButton(self)
        self.look_up_button.clicked.connect(self.look_up_typed)
        self.paste_button = QPushButton(self)
        self.paste_button.clicked.connect(self.look_up_clipboard)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.choose_export_file)
        top = QHBoxLayout()
        for widget in (
            self.id_field,
            self.look_up_button,
            self.paste_button,
            self.import_button,
            self.export_button,
        ):
            top.addWidget(widget)
        top.setStretch(0, 1)
        self.known = KnownOrdersSearch(self, clock=self.clock)
        self.known.search_requested.connect(self.search_known)
        self.known.invalid.connect(self.messages.show_error)
        one_tab_stop(*self.known.findChildren(QDateEdit))
        fit_to_items(*self.known.findChildren(QComboBox))
        self.filter_field = QLineEdit(self)
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.model.set_filter)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel(self)
        # An offline search shows its first page; this loads the next one.
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("showMoreKnown")
        self.more_button.clicked.connect(self.show_more_known)
        self.more_button.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_field, 1)
        bar.addWidget(self.summary)
        bar.addWidget(self.more_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        self._set_busy(False)
        self.table = self._table()
        self.detail = OrderDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.known)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.id_field)

    def _table(self) -> QTableView:
        # Extended selection: F5 refreshes every selected order.
        table = table_view(self.model, self, sortable=True, several=True)
        for column, width in ((ID, 80), (TYPE, 170), (CURRENCY, 70), (CREATED, 130), (CARD, 140)):
            table.setColumnWidth(column, width)  # wide enough for their usual contents
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            current = self._current_row_id()
            self.model.retranslate()  # a reset: the current row is chosen again below
            if current is not None:
                self._select(current)
            self._current_changed(self.table.currentIndex())
            self.summary.setText(self._summary_text())
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.id_field.setPlaceholderText(
            self.tr("Order ID (or many, separated by spaces, commas or new lines)")
        )
        self.look_up_button.setText(self.tr("Look up"))
        self.paste_button.setText(self.tr("Paste a list"))
        self.import_button.setText(self.tr("Import a file…"))
        self.export_button.setText(self.tr("Export…"))
        self.filter_field.setPlaceholderText(self.tr("Filter the table (Ctrl+F)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.more_button.setText(self.tr("Show more"))
        self.more_button.setToolTip(
            self.tr("Show the next %1 known orders").replace("%1", str(self.page_size))
        )
        for field in (self.id_field, self.known.text):  # squeezed at 1024 px: say it in full
            field.setToolTip(field.placeholderText())
        fit_columns(self.table, sample_cells())

    # Looking up -----------------------------------------------------------------------------

    def look_up_typed(self) -> None:
        self.look_up_text(self.id_field.text())

    def look_up_clipboard(self) -> None:
        self.look_up_text(QGuiApplication.clipboard().text())

    def look_up_text(self, text: str) -> None:
        """Look up every order id in ``text``; tokens that are not ids are listed, not read."""
        ids, bad = sort_order_ids(text)
        if bad and not ids:
            self.messages.show_error(
                self.tr("No order ID here: %1 is not a positive whole number.").replace(
                    "%1", ", ".join(bad[:20])
                )
            )
            return
        if not ids:
            self.messages.show_error(self.tr("Enter an order ID."))
            return
        self.look_up(ids)
        self._skipped = bad
        if bad:
            self.messages.show_error(self._skipped_text())

    def _skipped_text(self) -> str:
        shown = ", ".join(self._skipped[:20]) + (" …" if len(self._skipped) > 20 else "")
        text = self.tr("%n entries are not order IDs and were not looked up: %1", "",
                       len(self._skipped))  # fmt: skip
        return text.replace("%1", shown)

    def look_up(self, ids: Sequence[int]) -> None:
        """Start reading ``ids``; a batch still running is cancelled first."""
        # Synchronous part first: the state changes before any coroutine runs.
        self.runner.cancel("lookup")
        self._known_criteria = None  # the table is no longer that search's pages
        self.more_button.setVisible(False)
        self._total, self._done, self._failed, self._skipped = len(ids), 0, 0, []
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self._set_busy(True)
        self._flush_timer.start()
        self.runner.start("lookup", self._run(list(ids)))

    def refresh_selection(self) -> None:
        rows = {
            self.model.row(i.row()).order_id for i in self.table.selectionModel().selectedRows()
        }
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {self.model.row(current.row()).order_id}
        if rows:
            self.look_up(sorted(rows))

    def cancel(self) -> None:
        """The Cancel button: stops the lookup or the export that is running."""
        self.runner.cancel("lookup")
        self.runner.cancel("export")

    @property
    def busy(self) -> bool:
        return self.runner.running("lookup")

    async def _run(self, ids: list[int]) -> None:
        single = len(ids) == 1
        try:
            # Streamed: each result becomes a row (its answer packed) and goes to the index;
            # none is held until the batch ends.
            await self.service.look_up(ids, on_result=self._on_result, keep=False)
        except asyncio.CancelledError:
            self._finish(
                lambda: (
                    self.tr("Cancelled after %1 of %2.")
                    .replace("%1", str(self._done))
                    .replace("%2", str(self._total))
                )
            )
            raise
        except UserError as exc:
            problem = exc  # the name `exc` is gone after the except block
            self._finish(lambda: render(problem))
            return
        self._finish(None)
        if single:
            self._select(ids[0])

    def _on_result(self, result: LookupResult) -> None:
        now = self.clock.now()
        if result.order is not None:
            self._pending.append(row_for_order(result.order, now, now))
        else:
            self._failed += 1
            self._pending.append(row_for_error(result.order_id, result.error or ""))
        self._done += 1

    def _flush(self) -> None:
        if self._pending:
            rows, self._pending = self._pending, []
            self.model.add_rows(rows)
            if self._current_row_id() in {r.order_id for r in rows}:
                self._current_changed(self.table.currentIndex())
        self.progress.setValue(self._done)
        self._say(self._counts)

    def _counts(self) -> str:
        text = (
            self.tr("%1 of %2 read").replace("%1", str(self._done)).replace("%2", str(self._total))
        )
        if self._failed:
            text += self.tr("; %1 failed").replace("%1", str(self._failed))
        if self._skipped:
            text += "; " + self._skipped_text()
        return text

    def _finish(self, problem: Callable[[], str] | None) -> None:
        self._flush_timer.stop()
        self._flush()
        self._set_busy(False)
        if problem is not None:
            self._say(problem)
        self.lookup_finished.emit()

    def _say(self, text: Callable[[], str]) -> None:
        """The summary line, written again in the new language after a switch."""
        self._summary_text = text
        self.summary.setText(text())

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    # Selection and detail -----------------------------------------------------------------

    def _select(self, order_id: int) -> None:
        at = self.model.position(order_id)
        if at is not None:
            self.table.selectRow(at)
            self.table.setCurrentIndex(self.model.index(at, 0))

    def _current_row_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).order_id if index.isValid() else None

    def _current_changed(self, current: QModelIndex, *_: Any) -> None:
        self.detail.show_row(self.model.row(current.row()) if current.isValid() else None)

    def selected_row(self) -> Row | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # Known orders (offline) -----------------------------------------------------------------

    page_size = PAGE_SIZE  # known orders shown per page (a class attribute tests may lower)

    def search_known(self, criteria: dict[str, Any]) -> None:
        """Search the order index; the table shows the first page of what is found."""
        self._known_criteria = dict(criteria)
        self.runner.start("search", self._search(self._known_criteria, offset=0))

    def show_more_known(self) -> None:
        """The next page of the last offline search, added below what is shown."""
        if self._known_criteria is not None and not self.runner.running("search"):
            self.more_button.setEnabled(False)
            self.runner.start(
                "search", self._search(self._known_criteria, offset=self._known_shown)
            )

    async def _search(self, criteria: dict[str, Any], *, offset: int) -> None:
        try:
            # One more than a page: whether another page exists, without counting them all.
            found = await self.service.search_known(
                **criteria, limit=self.page_size + 1, offset=offset
            )
        except UserError as exc:
            self.messages.show_error(exc)
            return
        finally:
            self.more_button.setEnabled(True)
        more = len(found) > self.page_size
        page = found[: self.page_size]
        rows = [row_for_known(k) for k in page]
        if offset == 0:
            self.model.replace_all(rows)
        else:
            self.model.extend(rows)
        self._known_shown = offset + len(page)
        self.more_button.setVisible(more)
        shown = self._known_shown
        if more:
            self._say(
                lambda: self.tr(
                    "%1 known orders shown (saved on this computer); more available"
                ).replace("%1", str(shown))
            )
        else:
            self._say(
                lambda: self.tr("%1 known orders (saved on this computer)").replace(
                    "%1", str(shown)
                )
            )
        self.search_finished.emit()

    # Files ----------------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import order ids"))
        dialog.setNameFilters([self.tr("Spreadsheets (*.csv *.xlsx *.txt)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        dialog.open()

    def import_file(self, path: Path) -> None:
        """Parse the file in a worker thread (openpyxl is slow), then ask which column."""
        self.import_button.setEnabled(False)
        self._say(lambda: self.tr("Reading %1…").replace("%1", str(path.name)))
        self.runner.start("import", self._import(path))

    async def _import(self, path: Path) -> None:
        try:
            table = await blocking(read_table, path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            # BadZipFile: an .xlsx that is damaged or not a workbook at all.
            log.warning("cannot read %s: %s", path.name, type(exc).__name__)
            self._say(str)
            self.messages.show_error(self.tr("Cannot read %1.").replace("%1", str(path.name)))
            return
        finally:
            self.import_button.setEnabled(True)
        self._say(str)
        picker = ColumnPicker(table, self)
        picker.accepted.connect(
            lambda: self.look_up_text(
                column_values(
                    table, picker.column.currentIndex(), skip_header=picker.header.isChecked()
                )
            )
        )
        picker.open()
        self.column_picker = picker  # a reference for tests and so it is not collected

    def choose_export_file(self) -> QFileDialog:
        """The save dialog; the file type chosen in it decides the format and the extension."""
        dialog = QFileDialog(self, self.tr("Export the table"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = [self.tr("CSV for Excel (*.csv)"), self.tr("Excel workbook (*.xlsx)")]
        dialog.setNameFilters(filters)
        dialog.setDefaultSuffix(EXPORT_FORMATS[0])

        def file_type() -> str:
            chosen = dialog.selectedNameFilter()
            return EXPORT_FORMATS[filters.index(chosen)] if chosen in filters else "csv"

        # The suffix follows the type, so the dialog's own "replace it?" names the real file.
        dialog.filterSelected.connect(lambda *_: dialog.setDefaultSuffix(file_type()))
        dialog.fileSelected.connect(lambda name: self.export(export_path(name, file_type())))
        dialog.open()
        self.export_dialog = dialog  # a reference for tests and so it is not collected
        return dialog

    def export(self, path: Path) -> None:
        """Write the table in a worker thread, in chunks: progress shown, Cancel stops it."""
        if self.runner.running("export"):
            # Starting a second export would cancel the first without a word: refuse instead.
            self.messages.show_error(self.tr("An export is still running."))
            return
        rows = list(self.model.rows())
        self.export_button.setEnabled(False)
        self.progress.setRange(0, max(len(rows), 1))
        self.progress.setValue(0)
        self._set_busy(True)
        self._say(lambda: self.tr("Writing %1…").replace("%1", str(path.name)))
        task = self.runner.start("export", self._export(path, rows))
        # A callback, not a finally: a task cancelled before its first step never runs its body.
        task.add_done_callback(lambda done: self._export_ended(done, path))

    async def _export(self, path: Path, rows: list[Row]) -> None:
        stop = threading.Event()
        loop = asyncio.get_running_loop()

        def progress(done: int) -> None:  # called in the worker thread
            loop.call_soon_threadsafe(self.progress.setValue, done)

        try:
            await stoppable(
                write_table, stop, path, rows, export_header(), stop=stop, progress=progress
            )  # cancelled (Cancel, lock, switch): the thread stops and removes the file
        except OSError as exc:
            log.warning("export to %s failed: %s", path.name, exc.strerror)
            self._say(str)
            self.messages.show_error(self.tr("Cannot write %1.").replace("%1", str(path.name)))
            return
        self._say(lambda: self.tr("%1 rows exported.").replace("%1", str(len(rows))))
        self.messages.show_info(
            self.tr("%1 rows exported to %2.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(path.name))
        )

    def _export_ended(self, task: asyncio.Task[Any], path: Path) -> None:
        self.export_button.setEnabled(True)
        if not self.busy:  # a lookup started meanwhile keeps its progress bar
            self._set_busy(False)
        if task.cancelled():
            self._say(
                lambda: self.tr("Export cancelled; %1 was not written.").replace(
                    "%1", str(path.name)
                )
            )
