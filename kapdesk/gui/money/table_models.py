"""Table models of the money tabs: open holds (with a result per row) and journal entries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.money import format_amount
from kapdesk.gui.money.reason_input import category_label
from kapdesk.i18n import QT_TRANSLATE_NOOP
from kapdesk.journal.store import Entry
from kapdesk.operations.holds import Hold, by_deadline

WARNING = QColor("#ffe0b2")  # under 48 hours left on a hold
LATE = QColor("#ffcdd2")  # past its deadline
UNSETTLED = QColor("#fff59d")  # a journal entry nobody knows the outcome of yet
TIME_FORMAT = "%Y-%m-%d %H:%M"
UNSETTLED_STATES = frozenset({"intended", "sent", "unknown"})
Index = QModelIndex | QPersistentModelIndex


def _money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    try:
        return format_amount(amount, currency)
    except Exception:  # an unknown currency still shows its number
        return f"{amount} {currency}"


def baku_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return moment.astimezone(GATEWAY_TZ).strftime(TIME_FORMAT)


def time_left_text(left: timedelta | None) -> str:
    if left is None:
        return ""
    # Literal QCoreApplication.translate calls: lupdate reads a local alias's first
    # argument as the source text, which would lose the context.
    if left.total_seconds() <= 0:
        return QCoreApplication.translate("HoldsModel", "expired")
    hours = int(left.total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    if days:
        return (
            QCoreApplication.translate("HoldsModel", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    minutes = int(left.total_seconds() // 60) % 60
    return (
        QCoreApplication.translate("HoldsModel", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", str(minutes))
    )


def fit_columns(table: QTableView, *, sample: int = 200, padding: int = 24) -> None:
    """Size each column but the last (which stretches) to its translated header and cells.

    Measured with the view's font over the first ``sample`` rows only, so a big table stays
    cheap; the money tabs' lists are short."""
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    cell_metrics, head_metrics = table.fontMetrics(), header.fontMetrics()
    rows = min(model.rowCount(), sample)
    for column in range(model.columnCount() - 1):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = head_metrics.horizontalAdvance(title)
        for row in range(rows):
            text = model.index(row, column).data()
            if text:
                width = max(width, cell_metrics.horizontalAdvance(str(text)))
        header.resizeSection(column, width + padding)


class _Table(QAbstractTableModel):
    """Rows of precomputed strings (cheap data()), with a background colour per row."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self) -> None:
        super().__init__()
        self._cells: list[list[str]] = []
        self._colours: list[QColor | None] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._colours[index.row()]
            return QBrush(colour) if colour is not None else None
        return None

    def cell(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def colour(self, row: int) -> QColor | None:
        return self._colours[row]

    def _texts_changed(self) -> None:
        # Same rows, new words: no reset, so the view keeps its selection and scroll position.
        if self._cells:
            first, last = self.index(0, 0), self.index(len(self._cells) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)


class HoldsModel(_Table):
    """Open holds by deadline; the last column tells what a batch did to each row."""

    CONTEXT = "HoldsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HoldsModel", "Order ID"),
        QT_TRANSLATE_NOOP("HoldsModel", "Status"),
        QT_TRANSLATE_NOOP("HoldsModel", "Authorized"),
        QT_TRANSLATE_NOOP("HoldsModel", "Cleared"),
        QT_TRANSLATE_NOOP("HoldsModel", "Remaining"),
        QT_TRANSLATE_NOOP("HoldsModel", "Card"),
        QT_TRANSLATE_NOOP("HoldsModel", "Deadline"),
        QT_TRANSLATE_NOOP("HoldsModel", "Time left"),
        QT_TRANSLATE_NOOP("HoldsModel", "Result"),
    )
    RESULT = 8

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__()
        self._now = now
        self.holds: list[Hold] = []

    def set_holds(self, holds: Sequence[Hold], keep: Sequence[Hold] = ()) -> None:
        """The list anew; each row keeps its result, and the ``keep`` rows (orders just acted
        on, which may no longer be open holds) stay until the clerk refreshes."""
        results = {
            h.order_id: row[self.RESULT] for h, row in zip(self.holds, self._cells, strict=True)
        }
        listed = {h.order_id for h in holds}
        extra = [k for k in keep if k.order_id not in listed and results.get(k.order_id)]
        self.beginResetModel()
        now = self._now()
        self.holds = by_deadline([*holds, *extra])
        self._cells = [self._row(h, now, results.get(h.order_id, "")) for h in self.holds]
        self._colours = [self._colour(h, now) for h in self.holds]
        self.endResetModel()

    def retranslate(self) -> None:
        """The cells in the current language; each row keeps its batch result."""
        now = self._now()
        results = [row[self.RESULT] for row in self._cells]
        self._cells = [self._row(h, now, r) for h, r in zip(self.holds, results, strict=True)]
        self._texts_changed()

    @staticmethod
    def _row(hold: Hold, now: datetime, result: str) -> list[str]:
        ccy = hold.currency
        return [
            str(hold.order_id),
            QCoreApplication.translate("OrderStatus", str(hold.status)),
            _money(hold.authorized, ccy),
            _money(hold.cleared, ccy),
            _money(hold.remaining, ccy),
            hold.masked_card or "",
            baku_time(hold.deadline),
            time_left_text(hold.time_left(now)),
            result,
        ]

    @staticmethod
    def _colour(hold: Hold, now: datetime) -> QColor | None:
        left = hold.time_left(now)
        if left is not None and left.total_seconds() <= 0:
            return LATE
        return WARNING if hold.urgent(now) else None

    def finished_ids(self) -> list[int]:
        """Orders whose row shows what an operation did to them."""
        return [h.order_id for h, row in zip(self.holds, self._cells, strict=True) if row[-1]]

    def forget_results(self) -> None:
        """The clerk refreshes: results are history now; the next list drops their rows."""
        for row in self._cells:
            row[self.RESULT] = ""
        if self._cells:
            top, bottom = self.index(0, self.RESULT), self.index(len(self._cells) - 1, self.RESULT)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, h in enumerate(self.holds) if h.order_id == order_id), None)

    def set_result(self, order_id: int, text: str) -> None:
        row = self.row_of(order_id)
        if row is None:
            return
        self._cells[row][self.RESULT] = text
        changed = self.index(row, self.RESULT)
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.DisplayRole])


class JournalModel(_Table):
    """Journal entries, newest first (by intent time, then id); unsettled ones highlighted.

    Filled a page at a time (``append_entries``: the rows after the last one), told of a
    single entry that changed or came (``put_entry``, ``remove_entry``: a live view), and
    asks for the next page when the view scrolls to its end (``fetch_more``: the owner's
    callback, which reads off the GUI thread and appends)."""

    CONTEXT = "JournalModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("JournalModel", "#"),
        QT_TRANSLATE_NOOP("JournalModel", "Time"),
        QT_TRANSLATE_NOOP("JournalModel", "Operator"),
        QT_TRANSLATE_NOOP("JournalModel", "Order ID"),
        QT_TRANSLATE_NOOP("JournalModel", "Operation"),
        QT_TRANSLATE_NOOP("JournalModel", "Amount"),
        QT_TRANSLATE_NOOP("JournalModel", "Card"),
        QT_TRANSLATE_NOOP("JournalModel", "State"),
        QT_TRANSLATE_NOOP("JournalModel", "Approval code"),
        QT_TRANSLATE_NOOP("JournalModel", "RRN"),
        QT_TRANSLATE_NOOP("JournalModel", "Reason"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []
        self._ids: set[int] = set()
        self._operation_title: Callable[[str], str] = str
        # Whether older entries than the last row remain to be read, and who reads them.
        self.more = False
        self.fetch_more: Callable[[], None] | None = None

    # -- filling ---------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Entry], operation_title: Callable[[str], str]) -> None:
        """Every row anew (a short list: a page comes through ``append_entries``)."""
        self.beginResetModel()
        self._operation_title = operation_title
        self.entries = sorted(entries, key=_page_order, reverse=True)
        self._ids = {e.id for e in self.entries}
        self._cells = [self._row(e, operation_title) for e in self.entries]
        self._colours = [_entry_colour(e) for e in self.entries]
        self.more = False
        self.endResetModel()

    def clear(self, operation_title: Callable[[str], str] | None = None) -> None:
        self.set_entries([], operation_title or self._operation_title)

    def append_entries(self, entries: Sequence[Entry]) -> int:
        """Rows after the last one (the next page, newest first); entries already shown are
        skipped. How many rows were added."""
        fresh = [e for e in entries if e.id not in self._ids]
        if not fresh:
            return 0
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self.entries += fresh
        self._ids.update(e.id for e in fresh)
        self._cells += [self._row(e, self._operation_title) for e in fresh]
        self._colours += [_entry_colour(e) for e in fresh]
        self.endInsertRows()
        return len(fresh)

    def row_of(self, entry_id: int) -> int | None:
        """The row of the entry (the newest are looked at first: they are the ones that move)."""
        if entry_id not in self._ids:
            return None
        return next(i for i, e in enumerate(self.entries) if e.id == entry_id)

    def put_entry(self, entry: Entry, *, all_read: bool | None = None) -> int | None:
        """The entry as it is now: its row replaced, or a new row where its time puts it
        (None: it belongs beyond the rows read so far, and comes with its page).
        ``all_read``: whether no page is left to read (default: not :attr:`more`)."""
        row = self.row_of(entry.id)
        if row is not None:
            self.entries[row] = entry
            self._cells[row] = self._row(entry, self._operation_title)
            self._colours[row] = _entry_colour(entry)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
            return row
        key = _page_order(entry)
        row = next((i for i, e in enumerate(self.entries) if _page_order(e) < key), None)
        if row is None:
            complete = not self.more if all_read is None else all_read
            if not complete:
                return None
            row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.insert(row, entry)
        self._ids.add(entry.id)
        self._cells.insert(row, self._row(entry, self._operation_title))
        self._colours.insert(row, _entry_colour(entry))
        self.endInsertRows()
        return row

    def remove_entry(self, entry_id: int) -> None:
        """The entry no longer matches what the table selects (its state moved on)."""
        row = self.row_of(entry_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row], self._cells[row], self._colours[row]
        self._ids.discard(entry_id)
        self.endRemoveRows()

    # -- Qt's incremental fetching: the view asks when it is scrolled to the end -----------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and self.fetch_more is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.fetch_more is not None:
            self.fetch_more()

    def retranslate(self) -> None:
        """Operation and state words in the current language."""
        self._cells = [self._row(e, self._operation_title) for e in self.entries]
        self._texts_changed()

    @staticmethod
    def _row(entry: Entry, operation_title: Callable[[str], str]) -> list[str]:
        return [
            str(entry.id),
            baku_time(entry.time),
            entry.os_user or "",
            "" if entry.order_id is None else str(entry.order_id),
            operation_title(entry.operation),
            _money(entry.amount, entry.currency),
            entry.masked_card or "",
            QCoreApplication.translate("JournalState", entry.state),
            entry.approval_code or "",
            entry.rrn or "",
            _reason_cell(entry),
        ]


def _page_order(entry: Entry) -> tuple[datetime, int]:
    # The pages' order, descending: the intent's time, then the id.
    return (entry.time, entry.id)


def _entry_colour(entry: Entry) -> QColor | None:
    return UNSETTLED if entry.state in UNSETTLED_STATES else None


def _reason_cell(entry: Entry) -> str:
    category = category_label(entry.reason_category)
    reason = entry.reason or ""
    return f"{category}: {reason}" if category and reason else category or reason


JOURNAL_STATES = (
    QT_TRANSLATE_NOOP("JournalState", "intended"),
    QT_TRANSLATE_NOOP("JournalState", "sent"),
    QT_TRANSLATE_NOOP("JournalState", "done"),
    QT_TRANSLATE_NOOP("JournalState", "refused"),
    QT_TRANSLATE_NOOP("JournalState", "unknown"),
    QT_TRANSLATE_NOOP("JournalState", "not_done"),
    QT_TRANSLATE_NOOP("JournalState", "awaiting_approval"),
    QT_TRANSLATE_NOOP("JournalState", "approved"),
    QT_TRANSLATE_NOOP("JournalState", "rejected"),
)
