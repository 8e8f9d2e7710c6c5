"""The results table model: sorting and filtering happen here, in Python lists, not in a proxy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kapdesk.gui.lookup.order_rows import COLUMNS, NUMERIC_COLUMNS, STATUS, TYPE, Row, rebuild

_Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#b00020"))
_DISPUTED_BRUSH = QBrush(QColor("#e1bee7"))  # an order with a dispute case
WORDY = frozenset({TYPE, STATUS})  # columns of words that may be longer than the column
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OrdersModel(QAbstractTableModel):
    """Rows of orders; ``all_rows`` is everything, the view sees the filtered, sorted part.

    Rows are indexed by order id (where each is in the full list and in the visible one), so
    looking up again orders already shown costs the rows read, not the size of the table.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []
        self._all_at: dict[int, int] = {}  # order id -> position in _all
        self._visible: list[Row] = []
        self._visible_at: dict[int, int] | None = {}  # id -> position shown; None: to rebuild
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._disputed: frozenset[int] = frozenset()  # orders with a dispute case

    # Qt's side ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._visible[index.row()].cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ERROR_BRUSH if self._visible[index.row()].error else None
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return (
                _DISPUTED_BRUSH if self._visible[index.row()].order_id in self._disputed else None
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self._visible[index.row()]
            if index.column() == 0 and row.order_id in self._disputed:
                return QCoreApplication.translate("OrdersModel", "This order has a dispute case.")
            # A long status or type ("Предавторизация по сохранённой карте") in full.
            return row.error or (row.cells[index.column()] if index.column() in WORDY else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC_COLUMNS:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("OrdersModel", COLUMNS[section])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._relayout()

    # Ours ---------------------------------------------------------------------------------

    def set_disputed(self, order_ids: Iterable[int]) -> None:
        """Mark the orders that have a dispute case (their id cell is tinted)."""
        self._disputed = frozenset(order_ids)
        if self._visible:
            last = self.index(len(self._visible) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    def disputed(self, order_id: int) -> bool:
        return order_id in self._disputed

    def row(self, position: int) -> Row:
        return self._visible[position]

    def rows(self) -> Sequence[Row]:
        """The rows as shown (filtered and sorted): what an export writes."""
        return self._visible

    def all_rows(self) -> Sequence[Row]:
        return self._all

    def position(self, order_id: int) -> int | None:
        """Where the order is shown, or None (not in the table, or filtered out)."""
        return self._shown_at().get(order_id)

    def _shown_at(self) -> dict[int, int]:
        if self._visible_at is None:  # after rows were inserted in the middle
            self._visible_at = {r.order_id: n for n, r in enumerate(self._visible)}
        return self._visible_at

    def _show(self, visible: list[Row]) -> None:
        self._visible = visible
        self._visible_at = {r.order_id: n for n, r in enumerate(visible)}

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._relayout()

    def clear(self) -> None:
        self.beginResetModel()
        self._all, self._all_at = [], {}
        self._show([])
        self.endResetModel()

    def replace_all(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._set_all(list({r.order_id: r for r in rows}.values()))
        self._show(self._apply(self._all))
        self.endResetModel()

    def extend(self, rows: Iterable[Row]) -> None:
        """Add rows (the next page of a search); orders already in the table are updated."""
        self.add_rows(list(rows))

    def _set_all(self, rows: list[Row]) -> None:
        self._all = rows
        self._all_at = {r.order_id: n for n, r in enumerate(rows)}

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Add new rows at the end (a batch in progress) and update rows already shown."""
        fresh: dict[int, Row] = {}  # the last of each id, should a batch repeat one
        for row in rows:
            at = self._all_at.get(row.order_id)
            if at is None:
                fresh[row.order_id] = row
            else:
                self._replace(at, row)
        for row in fresh.values():
            self._all_at[row.order_id] = len(self._all)
            self._all.append(row)
        shown = [r for r in fresh.values() if self._matches(r)]
        if shown and self._sort is not None:
            for row in shown:  # each where the chosen sort puts it: the arrow stays true
                at = self._sorted_position(row)
                self.beginInsertRows(QModelIndex(), at, at)
                self._visible.insert(at, row)
                if at == len(self._visible) - 1 and self._visible_at is not None:
                    self._visible_at[row.order_id] = at
                else:
                    self._visible_at = None  # the rows after it moved: rebuilt when asked
                self.endInsertRows()
        elif shown:
            start = len(self._visible)
            self.beginInsertRows(QModelIndex(), start, start + len(shown) - 1)
            self._visible.extend(shown)
            if self._visible_at is not None:
                for at, row in enumerate(shown, start):
                    self._visible_at[row.order_id] = at
            self.endInsertRows()

    def _sorted_position(self, row: Row) -> int:
        """After its equals, as a stable sort of the whole table would place it."""
        assert self._sort is not None
        column, order = self._sort
        key, descending = row.keys[column], order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._visible)
        while low < high:
            middle = (low + high) // 2
            other = self._visible[middle].keys[column]
            if (key > other) if descending else (key < other):
                high = middle
            else:
                low = middle + 1
        return low

    def retranslate(self) -> None:
        self._set_all([rebuild(r) for r in self._all])
        self.beginResetModel()
        self._show(self._apply(self._all))
        self.endResetModel()

    def _replace(self, at_all: int, new: Row) -> None:
        """The order read again: its row changes in place (it does not jump while read)."""
        self._all[at_all] = new
        at = self._shown_at().get(new.order_id)
        if at is None:
            return
        self._visible[at] = new
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def _matches(self, row: Row) -> bool:
        return not self._filter or self._filter in row.haystack

    def _apply(self, rows: list[Row]) -> list[Row]:
        text = self._filter
        chosen = [r for r in rows if text in r.haystack] if text else list(rows)
        if self._sort is not None:
            column, order = self._sort
            chosen.sort(key=lambda r: r.keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        return chosen

    def _relayout(self) -> None:
        """Re-filter and re-sort, keeping selected rows selected (persistent indexes)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(p, self._visible[p.row()]) for p in persistent if p.row() < len(self._visible)]
        self._show(self._apply(self._all))
        if held:
            where = self._shown_at()
            old = [p for p, _ in held]
            new = [
                self.index(where[r.order_id], p.column()) if r.order_id in where else QModelIndex()
                for p, r in held
            ]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
