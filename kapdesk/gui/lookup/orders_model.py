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
    """Rows of orders; ``all_rows`` is everything, the view sees the filtered, sorted part."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []
        self._by_id: dict[int, Row] = {}
        self._visible: list[Row] = []
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
        row = self._by_id.get(order_id)
        if row is None:
            return None
        try:
            return self._visible.index(row)
        except ValueError:
            return None

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._relayout()

    def clear(self) -> None:
        self.beginResetModel()
        self._all, self._by_id, self._visible = [], {}, []
        self.endResetModel()

    def replace_all(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._all = list({r.order_id: r for r in rows}.values())
        self._by_id = {r.order_id: r for r in self._all}
        self._visible = self._apply(self._all)
        self.endResetModel()

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Add new rows at the end (a batch in progress) and update rows already shown."""
        fresh: list[Row] = []
        for row in rows:
            old = self._by_id.get(row.order_id)
            self._by_id[row.order_id] = row
            if old is None:
                fresh.append(row)
                self._all.append(row)
            else:
                self._replace(old, row)
        shown = [r for r in fresh if self._matches(r)]
        if shown and self._sort is not None:
            for row in shown:  # each where the chosen sort puts it: the arrow stays true
                at = self._sorted_position(row)
                self.beginInsertRows(QModelIndex(), at, at)
                self._visible.insert(at, row)
                self.endInsertRows()
        elif shown:
            start = len(self._visible)
            self.beginInsertRows(QModelIndex(), start, start + len(shown) - 1)
            self._visible.extend(shown)
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
        self._all = [rebuild(r) for r in self._all]
        self._by_id = {r.order_id: r for r in self._all}
        self.beginResetModel()
        self._visible = self._apply(self._all)
        self.endResetModel()

    def _replace(self, old: Row, new: Row) -> None:
        self._all[self._all.index(old)] = new
        try:
            at = self._visible.index(old)
        except ValueError:
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
        self._visible = self._apply(self._all)
        if held:
            where = {id(r): n for n, r in enumerate(self._visible)}
            old = [p for p, _ in held]
            new = [
                self.index(where[id(r)], p.column()) if id(r) in where else QModelIndex()
                for p, r in held
            ]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
