"""The Journal tab: every money operation, filtered; detail with the order before and after."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import GATEWAY_TZ, Operation
from kapdesk.domain.ids import order_id_or_none
from kapdesk.gui.messages import render
from kapdesk.gui.money_action import desk_source
from kapdesk.gui.money_dialogs import ProgressPanel, operation_title
from kapdesk.gui.money_models import JOURNAL_STATES, JournalModel
from kapdesk.gui.tables import table_view
from kapdesk.i18n import QT_TRANSLATE_NOOP, UserError
from kapdesk.journal.journal import Entry, Journal

if TYPE_CHECKING:
    from kapdesk.operations.money import MoneyDesk

log = logging.getLogger(__name__)


def _title(operation: str) -> str:
    try:
        return operation_title(Operation(operation))
    except ValueError:
        return operation


class JournalTab(QWidget):
    """The journal as a table; ``status_message`` tells the window how many are unsettled."""

    status_message = Signal(str)

    def __init__(
        self,
        journal: Journal,
        desk: MoneyDesk | Callable[[], MoneyDesk],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalTab")
        self.journal = journal
        self._desk = desk_source(desk)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._reloading: asyncio.Task[None] | None = None
        self.model = JournalModel()
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addDays(-30))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.operator_edit = QLineEdit()
        self.operation_box = QComboBox()
        self.operation_box.addItem("", None)  # item texts: retranslate()
        for op in Operation:
            self.operation_box.addItem("", op.value)
        self.state_box = QComboBox()
        self.state_box.addItem("", None)
        for state in JOURNAL_STATES:
            self.state_box.addItem("", state)
        self.order_edit = QLineEdit()
        self.order_edit.setObjectName("journalOrderId")
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.reload)
        for widget in (self.since_edit, self.until_edit, self.operator_edit, self.operation_box,
                       self.state_box, self.order_edit, self.apply_button):  # fmt: skip
            filters.addWidget(widget)
        layout.addLayout(filters)
        actions = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.reconcile_button = QPushButton()
        self.reconcile_button.clicked.connect(self.reconcile)
        for button in (self.export_button, self.verify_button, self.reconcile_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        split = QSplitter()
        self.table = table_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _: self.show_detail(cur.row())
        )
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        layout.addWidget(split, 1)
        self.panel = ProgressPanel()
        layout.addWidget(self.panel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every static text in the current language; the filters keep what is chosen."""
        self.operator_edit.setPlaceholderText(self.tr("Operator"))
        # setItemText keeps each item's data and the current choice.
        self.operation_box.setItemText(0, self.tr("Any operation"))
        for i in range(1, self.operation_box.count()):
            self.operation_box.setItemText(i, _title(self.operation_box.itemData(i)))
        self.state_box.setItemText(0, self.tr("Any state"))
        for i in range(1, self.state_box.count()):
            self.state_box.setItemText(i, _state_text(self.state_box.itemData(i)))
        self.order_edit.setPlaceholderText(self.tr("Order ID"))
        self.apply_button.setText(self.tr("Show"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.verify_button.setText(self.tr("Verify chain"))
        self.reconcile_button.setText(self.tr("Reconcile now"))
        self.model.retranslate()
        self.show_detail(self.table.currentIndex().row())

    # -- loading ------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        since = _day_start(self.since_edit.date())
        until = _day_start(self.until_edit.date())
        order = self.order_edit.text().strip()
        return {
            "since": since,
            "until": until + timedelta(days=1),
            "operator": self.operator_edit.text().strip() or None,
            "operation": self.operation_box.currentData(),
            "state": self.state_box.currentData(),
            "order_id": order_id_or_none(order),
        }

    def reload(self) -> None:
        """Read the entries the filters select, in a worker thread (a big journal takes time)."""
        if self._reloading is not None and not self._reloading.done():
            self._reloading.cancel()  # the newer filters win
        self.apply_button.setEnabled(False)
        self._reloading = self._spawn(self._reload())

    async def _reload(self) -> None:
        filters = self.filters()
        try:
            entries = await asyncio.to_thread(self.journal.entries, **filters)
        except Exception:  # a sqlite error from a damaged or locked file
            log.exception("cannot read the journal")
            self.panel.show_result(self.tr("Cannot read the journal."), "refused")
            return
        finally:
            self.apply_button.setEnabled(True)
        self.model.set_entries(entries, _title)
        self.detail.clear()

    async def start(self) -> int:
        """Load the table and announce how many entries are unsettled (call once at start-up)."""
        await self._reload()
        count = await self.unsettled_count()
        if count:
            text = self.tr("%n journal entries are unsettled; see the Journal tab.", "", count)
        else:
            text = self.tr("No unsettled journal entries.")
        self.status_message.emit(text)
        return count

    async def unsettled_count(self) -> int:
        unsettled = await asyncio.to_thread(self.journal.unsettled, include_live=True)
        return len(unsettled)

    def show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.model.entries):
            self.detail.clear()
            return
        self.detail.setPlainText(describe_entry(self.model.entries[row]))

    # -- actions ------------------------------------------------------------------------

    def export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the journal"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.fileSelected.connect(self.export_to)
        dialog.open()  # never exec(): no nested event loop while coroutines run

    def export_to(self, path: str) -> None:
        """Write the filtered entries to ``path`` in a worker thread; the panel shows the count."""
        if not self.export_button.isEnabled():
            return  # one export at a time: a second one must not silently replace the first
        self.export_button.setEnabled(False)
        self.panel.busy(self.tr("Writing %1…").replace("%1", path))
        self._spawn(self._export(path, self.filters()))

    async def _export(self, path: str, filters: dict[str, Any]) -> None:
        try:
            count = await asyncio.to_thread(_write_csv, self.journal, Path(path), filters)
        except OSError as error:
            self.panel.show_result(self.tr("Cannot write %1: %2").replace("%1", path).replace(
                "%2", error.strerror or ""), "refused")  # fmt: skip
            return
        finally:
            self.export_button.setEnabled(True)
        self.panel.show_result(self.tr("%n entries written.", "", count), "done")

    def verify(self) -> None:
        """Walk the hash chain in a worker thread (seconds on a big journal)."""
        if not self.verify_button.isEnabled():
            return
        self.verify_button.setEnabled(False)
        self.panel.busy(self.tr("Checking the journal's chain…"))
        self._spawn(self._verify())

    async def _verify(self) -> None:
        try:
            report = await asyncio.to_thread(self.journal.verify)
        finally:
            self.verify_button.setEnabled(True)
        if report.ok:
            self.panel.show_result(self.tr("The journal's chain is intact."), "done")
        else:
            problems = "\n".join(report.problems[:20])
            self.panel.show_result(
                self.tr("The journal has been altered:") + "\n" + problems, "refused"
            )

    def reconcile(self) -> None:
        if not self.reconcile_button.isEnabled():
            return
        self.reconcile_button.setEnabled(False)
        self.panel.busy(self.tr("Checking with the bank…"))
        self._spawn(self._reconcile())

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        # Strong references: asyncio keeps only weak ones; ConsoleTabs.stop() cancels these.
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _reconcile(self) -> None:
        try:
            outcomes = await self._desk().reconcile()
            left = sum(1 for o in outcomes if o.state == "unknown")
            text = self.tr("%1 entries checked; %2 still unknown.")
            text = text.replace("%1", str(len(outcomes))).replace("%2", str(left))
            self.panel.show_result(text, "unknown" if left else "done")
        except UserError as error:
            self.panel.show_result(render(error), "refused")
        finally:
            self.reconcile_button.setEnabled(True)
        await self._reload()
        self.status_message.emit(
            self.tr(
                "%n journal entries are unsettled; see the Journal tab.",
                "",
                await self.unsettled_count(),
            )
        )


def _write_csv(journal: Journal, path: Path, filters: dict[str, Any]) -> int:
    """Runs in a worker thread: open, query and write without touching a widget."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        return journal.export_csv(stream, **filters)


def _day_start(day: QDate) -> datetime:
    """Filters are days in Baku time, like the gateway's own times."""
    return datetime(day.year(), day.month(), day.day(), tzinfo=GATEWAY_TZ)


def _state_text(state: str) -> str:
    return QCoreApplication.translate("JournalState", state)


# The detail pane's field names, in the order shown (translated when the pane is written).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("JournalTab", "Entry"),
    "time": QT_TRANSLATE_NOOP("JournalTab", "Time"),
    "os_user": QT_TRANSLATE_NOOP("JournalTab", "Operator"),
    "profile": QT_TRANSLATE_NOOP("JournalTab", "Profile"),
    "environment": QT_TRANSLATE_NOOP("JournalTab", "Environment"),
    "order_id": QT_TRANSLATE_NOOP("JournalTab", "Order ID"),
    "operation": QT_TRANSLATE_NOOP("JournalTab", "Operation"),
    "amount": QT_TRANSLATE_NOOP("JournalTab", "Amount"),
    "currency": QT_TRANSLATE_NOOP("JournalTab", "Currency"),
    "masked_card": QT_TRANSLATE_NOOP("JournalTab", "Card"),
    "reason": QT_TRANSLATE_NOOP("JournalTab", "Reason"),
    "state": QT_TRANSLATE_NOOP("JournalTab", "State"),
    "approval_code": QT_TRANSLATE_NOOP("JournalTab", "Approval code"),
    "rrn": QT_TRANSLATE_NOOP("JournalTab", "RRN"),
    "action_id": QT_TRANSLATE_NOOP("JournalTab", "Action ID"),
    "error_code": QT_TRANSLATE_NOOP("JournalTab", "Error code"),
    "error_description": QT_TRANSLATE_NOOP("JournalTab", "Error description"),
    "settled_at": QT_TRANSLATE_NOOP("JournalTab", "Settled at"),
    "note": QT_TRANSLATE_NOOP("JournalTab", "Note"),
}


def describe_entry(entry: Entry) -> str:
    """The detail pane: every field, then the order before and after (already masked)."""
    lines = [
        f"{QCoreApplication.translate('JournalTab', label)}: {value}"
        for label, value in _fields(entry)
        if value not in (None, "")
    ]
    before = QCoreApplication.translate("JournalTab", "Order before")
    after = QCoreApplication.translate("JournalTab", "Order after")
    for label, snapshot in ((before, entry.order_before), (after, entry.order_after)):
        lines += [
            "",
            f"— {label} —",
            json.dumps(snapshot, indent=2, default=str, ensure_ascii=False),
        ]
    return "\n".join(lines)


def _fields(entry: Entry) -> list[tuple[str, object]]:
    """(English label, value) per field; operation and state read in the clerk's language."""
    words: dict[str, object] = {
        "operation": _title(entry.operation),
        "state": _state_text(entry.state),
    }
    return [(label, words.get(name, getattr(entry, name))) for name, label in FIELD_LABELS.items()]
