"""Widths from the words shown now: a Russian or Azerbaijani word is longer than the English.

Boxes and columns were sized once, from the English texts (or a fixed number), so after a
switch to Azerbaijani or Russian "İstənilən vəziyyət" got the 87 px "Any state" had.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

CELL_PADDING = 18  # the cell's margins and a little air
HEADER_PADDING = 28  # the header's margins and its sort arrow
FIELD_PADDING = 24  # a line edit's frame, margins and clear button
MOST_COLUMN_WIDTH = 200  # the longest order type in Russian would take a third of 1024 px


def fit_to_items(*boxes: QComboBox) -> None:
    """Each box as wide as its longest item, recomputed whenever its items change."""
    for box in boxes:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


def fit_placeholder(*fields: QLineEdit) -> None:
    """Short fields at least as wide as their placeholder (call after setting it)."""
    for field in fields:
        text = field.placeholderText()
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance(text) + FIELD_PADDING)


def fit_columns(
    table: QTableView, texts: Mapping[int, Iterable[str]], *, most: int = MOST_COLUMN_WIDTH
) -> None:
    """Widen columns to their header and the longest of ``texts``, up to ``most`` px (a
    longer cell says itself in its tooltip); never narrow them: the clerk may have dragged
    one wider."""
    model = table.model()
    cells = table.fontMetrics()
    heads = table.horizontalHeader().fontMetrics()
    for column, words in texts.items():
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = heads.horizontalAdvance(header) + HEADER_PADDING
        for word in words:
            width = max(width, cells.horizontalAdvance(word) + CELL_PADDING)
        width = min(width, max(most, heads.horizontalAdvance(header) + HEADER_PADDING))
        if table.columnWidth(column) < width:
            table.setColumnWidth(column, width)
