"""The Journal tab: every money operation, filtered; detail with the order before and after."""

from __future__ import annotations

import asyncio
import getpass
import json
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapdesk.domain.allowances import GATEWAY_TZ, Operation
from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.domain.ids import order_id_or_none
from kapdesk.domain.reasons import REASON_CATEGORIES
from kapdesk.gui.messages import render
from kapdesk.gui.money.confirmation import ProgressPanel, operation_title
from kapdesk.gui.money.reason_input import category_label
from kapdesk.gui.money.table_models import JOURNAL_STATES, JournalModel
from kapdesk.gui.tasks import TaskRunner, blocking
from kapdesk.gui.widgets.day_range import DayRange
from kapdesk.gui.widgets.fit import fit_columns, fit_placeholder, fit_to_items
from kapdesk.gui.widgets.keyboard import one_tab_stop
from kapdesk.gui.widgets.table_view import table_view
from kapdesk.i18n import QT_TRANSLATE_NOOP, UserError
from kapdesk.journal import export
from kapdesk.journal.entry import OPEN_STATES
from kapdesk.journal.store import PAGE_ENTRIES, Entry, JournalFilter, JournalStore, PageMark
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.table_files import TIME_ZONE

log = logging.getLogger(__name__)

FILL_CHUNK = 250  # rows put into the model at a time (each is a repaint), then back to Qt
DETAIL_CACHE = 64  # whole entries kept for the detail pane


class JournalTab(QWidget):
    """The journal as a table; ``status_message`` tells the window how many are unsettled."""

    status_message = Signal(str)
    # Live rows shown (the journal's sequence number they bring the table to): tests, bench.
    news_shown = Signal(int)

    def __init__(
        self,
        journal: JournalStore,
        desk: MoneyDesk | None,
        runner: TaskRunner,
        *,
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalTab")
        self.journal = journal
        self.clock = clock
        self._desk = desk  # None: a journal without a connection (nothing to reconcile)
        self._runner = runner
        self.model = JournalTable()
        self.model.fetch_more = self.more
        self.page_size = PAGE_ENTRIES
        self._filter = JournalFilter()  # what the rows shown were read with
        self._generation = 0  # one more per reload: a page or news of an older one is dropped
        self._loading = False
        self._seq: int | None = None  # the journal's newest row the table has taken in
        self._next: PageMark | None = None  # where the next page starts
        self._news_waiting = False
        self._full: dict[int, Entry] = {}  # entries with their snapshots, for the detail pane
        self._detail_id: int | None = None  # the entry the detail pane shows
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        # The last 30 Baku days, the zone named beside them (never this computer's local date).
        self.days = DayRange(self.clock)
        self.since_edit, self.until_edit = self.days.since, self.days.until
        self.operator_edit = QLineEdit()
        self.operation_box = QComboBox()
        self.operation_box.addItem("", None)  # item texts: retranslate()
        for op in Operation:
            self.operation_box.addItem("", op.value)
        self.state_box = QComboBox()
        self.state_box.addItem("", None)
        for state in JOURNAL_STATES:
            self.state_box.addItem("", state)
        self.category_box = QComboBox()  # reason category; filtered here, after the read
        self.category_box.setObjectName("journalReasonCategory")
        self.category_box.addItem("", None)
        for code in REASON_CATEGORIES:
            self.category_box.addItem("", code)
        self.order_edit = QLineEdit()
        self.order_edit.setObjectName("journalOrderId")
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.reload)
        for widget in (self.days, self.operator_edit, self.operation_box,
                       self.state_box, self.category_box, self.order_edit,
                       self.apply_button):  # fmt: skip
            filters.addWidget(widget)
        one_tab_stop(self.since_edit, self.until_edit)
        fit_to_items(self.operation_box, self.state_box)
        layout.addLayout(filters)
        actions = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.reconcile_button = QPushButton()
        self.reconcile_button.clicked.connect(self.reconcile)
        # A team journal: an open entry a colleague's crashed or cut-off workstation left is
        # theirs until someone takes it over explicitly (recorded), then reconciles it here.
        self.take_over_button = QPushButton()
        self.take_over_button.setObjectName("journalTakeOver")
        self.take_over_button.clicked.connect(self.take_over)
        self.take_over_button.setVisible(self._can_take_over())
        self.take_over_button.setEnabled(False)
        for button in (self.export_button, self.verify_button, self.reconcile_button,
                       self.take_over_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        self.count_label = QLabel()  # how many rows are shown, and whether more follow
        self.count_label.setObjectName("journalCount")
        actions.addWidget(self.count_label)
        self.more_button = QPushButton()
        self.more_button.setObjectName("journalMore")
        self.more_button.clicked.connect(self.more)
        self.more_button.setVisible(False)
        actions.addWidget(self.more_button)
        self.who_label = QLabel()  # who the journal records for this console's operations
        self.who_label.setObjectName("journalWho")
        actions.addWidget(self.who_label)
        layout.addLayout(actions)
        split = QSplitter()
        self.table = table_view(self.model)
        self.table.setColumnWidth(0, 48)  # "#": a few digits; fit_columns widens it if needed
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _: self.show_detail(cur.row())
        )
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)  # the table's columns need the room more than the detail
        split.setStretchFactor(1, 2)
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
            self.operation_box.setItemText(i, operation_title(self.operation_box.itemData(i)))
        self.state_box.setItemText(0, self.tr("Any state"))
        for i in range(1, self.state_box.count()):
            self.state_box.setItemText(i, _state_text(self.state_box.itemData(i)))
        self.category_box.setItemText(0, self.tr("Any reason"))
        for i in range(1, self.category_box.count()):
            self.category_box.setItemText(i, category_label(self.category_box.itemData(i)))
        for box in (self.operation_box, self.state_box, self.category_box):
            fit_to_items(box)  # the translated items, not the English ones, decide the width
        self.order_edit.setPlaceholderText(self.tr("Order ID"))
        self.apply_button.setText(self.tr("Show"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.verify_button.setText(self.tr("Verify chain"))
        self.reconcile_button.setText(self.tr("Reconcile now"))
        self.take_over_button.setText(self.tr("Take over and reconcile"))
        self.take_over_button.setToolTip(
            self.tr("For an open entry whose workstation crashed or lost its connection: "
                    "recorded in the team journal as yours, then checked with the bank. "
                    "Refused while its workstation is still connected.")
        )  # fmt: skip
        self.more_button.setText(self.tr("More"))
        if self._seq is not None:
            self._show_count()
        self.show_who()
        fit_placeholder(self.operator_edit, self.order_edit)
        self.model.retranslate()
        fit_columns(self.table, self._sample_cells())
        self.show_detail(self.table.currentIndex().row())

    def _sample_cells(self) -> dict[int, list[str]]:
        """The longest words of each column in the current language (for its width)."""
        return {
            0: ["9999"],
            1: ["2026-12-31 23:59"],
            2: ["Aysel Məmmədova (root)"],
            3: ["9999999999"],
            4: [operation_title(op.value) for op in Operation],
            5: ["99 999.99 AZN"],
            6: ["416974******1778"],
            7: [_state_text(state) for state in JOURNAL_STATES],
        }

    # -- loading ------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        since, until = self.days.bounds()
        order = self.order_edit.text().strip()
        return {
            "since": since,
            "until": until,
            "operator": self.operator_edit.text().strip() or None,
            "operation": self.operation_box.currentData(),
            "state": self.state_box.currentData(),
            "order_id": order_id_or_none(order),
        }

    def journal_filter(self) -> JournalFilter:
        """What the table selects: the filters above it, the reason category included."""
        return JournalFilter(**self.filters(), reason_category=self.category_box.currentData())

    def reload(self) -> None:
        """Read the first page the filters select, off the GUI thread (the newer filters win)."""
        self.apply_button.setEnabled(False)
        self._runner.start("journal: reload", self._reload())

    async def _reload(self) -> None:
        filters = self.journal_filter()
        self._runner.cancel("journal: more")  # a page of the old filters must not come in
        self._generation += 1
        generation = self._generation
        self._loading = True
        try:
            try:
                page = await blocking(self.journal.entries_page, filters, limit=self.page_size)
            except Exception:  # a sqlite error from a damaged or locked file, a lost server
                log.exception("cannot read the journal")
                self.panel.show_result(self.tr("Cannot read the journal."), "refused")
                return
            if generation != self._generation:
                return
            self._filter, self._seq, self._next = filters, page.seq, page.next
            self._full.clear()
            self.model.clear(operation_title)
            self._detail_id = None
            self.detail.clear()
            await self._fill(page.entries, more=page.more, generation=generation)
        finally:
            if generation == self._generation:
                self._loading = False
                self.apply_button.setEnabled(True)
        if self._news_waiting:  # news came while the page was read: it may be older than it
            self.news()

    async def _fill(self, entries: list[Entry], *, more: bool, generation: int) -> None:
        """Rows into the model a chunk at a time, back to Qt's event loop between chunks."""
        self.model.more = False  # until the page is in: the view must not ask for the next
        for start in range(0, len(entries), FILL_CHUNK):
            if generation != self._generation:
                return
            self.model.append_entries(entries[start : start + FILL_CHUNK])
            await asyncio.sleep(0)
        self.model.more = more
        self._show_count()

    def more(self) -> None:
        """The next page (the view asks when scrolled to its end; so does the More button)."""
        if self._next is None or self._runner.running("journal: more"):
            return
        self._runner.start("journal: more", self._load_more())

    async def _load_more(self) -> None:
        filters, after, generation = self._filter, self._next, self._generation
        if after is None:
            return
        self.more_button.setEnabled(False)
        try:
            page = await blocking(
                self.journal.entries_page, filters, after=after, limit=self.page_size
            )
        except Exception:
            log.exception("cannot read the journal")
            self.panel.show_result(self.tr("Cannot read the journal."), "refused")
            return
        finally:
            self.more_button.setEnabled(True)
        if generation != self._generation:
            return
        self._next = page.next
        await self._fill(page.entries, more=page.more, generation=generation)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.more:
            text = self.tr("%n entries shown; scroll down for more.", "", shown)
        else:
            text = self.tr("%n entries shown.", "", shown)
        self.count_label.setText(text)
        self.more_button.setVisible(self.model.more)

    # -- live: news of the journal (a team journal's NOTIFY) --------------------------------

    def news(self) -> None:
        """The journal has new rows: read them off the GUI thread and show what the filters
        select. Call on the GUI thread (a listener hands it over with call_soon_threadsafe)."""
        self._news_waiting = True
        if self._seq is None or self._loading:
            return  # nothing shown yet, or a page on its way: it comes after that
        if not self._runner.running("journal: live"):
            self._runner.start("journal: live", self._read_news())

    async def _read_news(self) -> None:
        while self._news_waiting and self._seq is not None:
            self._news_waiting = False
            generation, filters = self._generation, self._filter
            try:
                page = await blocking(self.journal.changed_since, self._seq, limit=self.page_size)
            except Exception:  # the server went away: the listener's reconnect brings news
                log.warning("cannot read the journal's news", exc_info=True)
                return
            if generation != self._generation:
                return  # shown anew meanwhile, from a newer sequence number
            for entry in page.entries:
                if filters.matches(entry):
                    # An old entry past the pages read comes with its page, not here.
                    self.model.put_entry(entry, all_read=self._next is None)
                else:
                    self.model.remove_entry(entry.id)
                self._full.pop(entry.id, None)
                self._detail_changed(entry.id)
            self._seq = page.seq
            self._news_waiting = self._news_waiting or page.more
            if page.entries:
                self._show_count()
                self.news_shown.emit(page.seq)

    def _detail_changed(self, entry_id: int) -> None:
        if entry_id != self._detail_id:
            return
        row = self.model.row_of(entry_id)
        if row is None:
            self._detail_id = None
            self.detail.clear()
        else:
            self.show_detail(row)

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
        unsettled = await blocking(self.journal.unsettled, include_live=True)
        return len(unsettled)

    def show_detail(self, row: int) -> None:
        """The entry's every field at once; its order snapshots (not in a page) a moment later."""
        if not 0 <= row < len(self.model.entries):
            self._detail_id = None
            self.detail.clear()
            self.take_over_button.setEnabled(False)
            return
        shown = self.model.entries[row]
        self._detail_id = shown.id
        self.take_over_button.setEnabled(self._can_take_over() and shown.open)
        full = self._full.get(shown.id)
        if full is not None and full.updated_at == shown.updated_at:
            self.detail.setPlainText(describe_entry(full))
            return
        self.detail.setPlainText(describe_entry(shown, reading=True))
        self._runner.start("journal: detail", self._read_detail(shown.id))

    async def _read_detail(self, entry_id: int) -> None:
        try:
            full = await blocking(self.journal.get, entry_id)
        except Exception:  # gone from a damaged file, a lost server: the fields stay shown
            log.exception("cannot read journal entry %s", entry_id)
            return
        while len(self._full) >= DETAIL_CACHE:
            self._full.pop(next(iter(self._full)))
        self._full[entry_id] = full
        self._detail_changed(entry_id)

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
        self._runner.start("journal: export", self._export(path, self.filters()))

    async def _export(self, path: str, filters: dict[str, Any]) -> None:
        try:
            count = await blocking(
                _write_csv, self.journal, Path(path), filters, self.category_box.currentData()
            )
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
        self._runner.start("journal: verify", self._verify())

    async def _verify(self) -> None:
        try:
            report = await blocking(self.journal.verify)
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
        if self._desk is None or not self.reconcile_button.isEnabled():
            return
        self.reconcile_button.setEnabled(False)
        self.panel.busy(self.tr("Checking with the bank…"))
        self._runner.start("journal: reconcile", self._reconcile())

    async def _reconcile(self) -> None:
        assert self._desk is not None  # reconcile() starts this only with a connection
        try:
            outcomes = await self._desk.reconcile()
            left = sum(1 for o in outcomes if o.state == "unknown")
            text = self.tr("%1 entries checked; %2 still unknown.")
            text = text.replace("%1", str(len(outcomes))).replace("%2", str(left))
            self.panel.show_result(text, "unknown" if left else "done")
        except UserError as error:
            self.panel.show_result(render(error), "refused")
        finally:
            self.reconcile_button.setEnabled(True)
        await self._reload()
        count = await self.unsettled_count()
        if count:
            text = self.tr("%n journal entries are unsettled; see the Journal tab.", "", count)
        else:
            text = self.tr("All entries are settled.")
        self.status_message.emit(text)

    def _can_take_over(self) -> bool:
        return self._desk is not None and hasattr(self.journal, "take_over")

    def take_over(self) -> None:
        entry_id = self._detail_id
        if entry_id is None or not self.take_over_button.isEnabled():
            return
        self.take_over_button.setEnabled(False)
        self.panel.busy(self.tr("Taking journal entry %1 over…").replace("%1", str(entry_id)))
        self._runner.start("journal: take over", self._take_over(entry_id))

    async def _take_over(self, entry_id: int) -> None:
        assert self._desk is not None  # the button shows only with a connection
        take_over = self.journal.take_over  # type: ignore[attr-defined] # a team journal's
        try:
            await blocking(take_over, entry_id)
            [outcome] = await self._desk.reconcile(entry_id)
        except UserError as error:  # still held by a live session, settled meanwhile, ...
            self.panel.show_result(render(error), "refused")
        else:
            self.panel.show_result(render(outcome.message), outcome.state)
        await self._reload()

    def show_who(self) -> None:
        """The operator name the journal records (the profile's) beside the OS user."""
        desk = self._desk
        if desk is None:  # no connection: nothing to say
            self.who_label.clear()
            return
        user = _login_name()
        operator = desk.operator
        if operator:
            text = self.tr("Operator: %1 (OS user %2)").replace("%1", operator)
        else:
            text = self.tr("Operator: not named (OS user %2)")
        self.who_label.setText(text.replace("%2", user))


def _login_name() -> str:
    try:
        return getpass.getuser()  # what the journal records as the OS user
    except (OSError, KeyError):
        return "unknown"


def _write_csv(
    journal: JournalStore, path: Path, filters: dict[str, Any], category: str | None = None
) -> int:
    """Runs in a worker thread: open, query and write without touching a widget."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        if category is None:
            return journal.export_csv(stream, **filters)
        # The reason category is filtered here, as the table is: the journal has no such filter.
        entries = [e for e in journal.entries(**filters) if e.reason_category == category]
        return export.write_csv(entries, stream)


def _state_text(state: str) -> str:
    return QCoreApplication.translate("JournalState", state)


# The detail pane's field names, in the order shown (translated when the pane is written).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("JournalTab", "Entry"),
    "time": QT_TRANSLATE_NOOP("JournalTab", "Time"),
    "operator": QT_TRANSLATE_NOOP("JournalTab", "Operator"),
    "os_user": QT_TRANSLATE_NOOP("JournalTab", "OS user"),
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
DETAIL_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"  # seconds, no microseconds: the table's zone, named


def _translate(text: str) -> str:
    return QCoreApplication.translate("JournalTab", text)


def zone_time(moment: datetime) -> str:
    """``2026-11-30 18:04:05 (Asia/Baku)``: the zone the table shows, named."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return f"{moment.astimezone(GATEWAY_TZ).strftime(DETAIL_TIME_FORMAT)} ({TIME_ZONE})"


def describe_entry(entry: Entry, *, reading: bool = False) -> str:
    """The detail pane: every field, then the order before and after (already masked);
    ``reading``: the entry comes from a page, its snapshots are being read."""
    lines = [
        f"{_translate(label)}: {value}"
        for label, value in _fields(entry)
        if value not in (None, "")
    ]
    before = QCoreApplication.translate("JournalTab", "Order before")
    after = QCoreApplication.translate("JournalTab", "Order after")
    for label, snapshot, missing in (
        (before, entry.order_before, _no_order_before(entry)),
        (after, entry.order_after, _no_order_after(entry)),
    ):
        if reading:
            text = QCoreApplication.translate("JournalTab", "Reading…")
        elif snapshot is None:
            text = missing
        else:
            text = json.dumps(snapshot, indent=2, default=str, ensure_ascii=False)
        lines += ["", f"— {label} —", text]
    return "\n".join(lines)


def _no_order_before(entry: Entry) -> str:
    if entry.operation in PAYOUTS:
        return QCoreApplication.translate(
            "JournalTab", "No order before: a payout creates its order."
        )
    return QCoreApplication.translate(
        "JournalTab", "Not recorded: the order was not read before this operation."
    )


def _no_order_after(entry: Entry) -> str:
    if entry.state in OPEN_STATES:
        return QCoreApplication.translate("JournalTab", "Not read yet: the outcome is not settled.")
    if entry.operation in PAYOUTS and entry.order_id is None:
        return QCoreApplication.translate(
            "JournalTab", "No order after: the payout's order was never created."
        )
    return QCoreApplication.translate(
        "JournalTab", "Not recorded: the order was not read again after the outcome."
    )


PAYOUTS = frozenset({Operation.PAY_OUT.value, Operation.CHARGE_SAVED_CARD.value})


def _fields(entry: Entry) -> list[tuple[str, object]]:
    """(English label, value) per field; operation, state and times read in the clerk's words."""
    words: dict[str, object] = {
        "operation": operation_title(entry.operation),
        "state": _state_text(entry.state),
        "time": zone_time(entry.time),
        "settled_at": zone_time(entry.settled_at) if entry.settled_at else None,
        # The operator column comes with helper h2's Entry.operator; older entries have none.
        "operator": getattr(entry, "operator", None),
    }
    return [
        (label, words[name] if name in words else getattr(entry, name))
        for name, label in FIELD_LABELS.items()
    ]


class JournalTable(JournalModel):
    """The journal's model as this tab shows it: "#" numbers the rows shown densely (1, 2,
    3…; the stored entry id is in the detail pane), and the operator stands beside the OS
    user."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 0:
            return str(index.row() + 1)  # rows come and go at the top: counted, not stored
        return super().data(index, role)

    def cell(self, row: int, column: int) -> str:
        return str(row + 1) if column == 0 else super().cell(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, role)
        if section == 1 and orientation == Qt.Orientation.Horizontal and isinstance(text, str):
            return f"{text} ({TIME_ZONE})"  # the zone of every time on this tab, named
        return text

    @staticmethod
    def _row(entry: Entry, operation_title: Callable[[str], str]) -> list[str]:
        cells = JournalModel._row(entry, operation_title)
        cells[2] = operator_text(entry)
        return cells


def operator_text(entry: Entry) -> str:
    """``Aysel (root)``: the profile's operator, then the OS user; the OS user alone before."""
    operator = getattr(entry, "operator", None)
    return f"{operator} ({entry.os_user})" if operator else entry.os_user or ""
