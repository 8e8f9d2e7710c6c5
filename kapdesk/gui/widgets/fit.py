"""Widths from the words shown now: a Russian or Azerbaijani word is longer than the English.

Boxes and columns were sized once, from the English texts (or a fixed number), so after a
switch to Azerbaijani or Russian "İstənilən vəziyyət" got the 87 px "Any state" had.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox, QTableView

CELL_PADDING = 18  # the cell's margins and a little air
HEADER_PADDING = 28  # the header's margins and its sort arrow
FIELD_PADDING = 24  # a line edit's frame, margins and clear button
MOST_COLUMN_WIDTH = 200  # the longest order type in Russian would take a third of 1024 px


def fit_to_items(*boxes: QComboBox) -> None:
    """Each box at least as wide as its longest item in the current language (not the
    English one), recomputed whenever an item is added or re-worded (a retranslation)."""
    for box in boxes:
        _fit_box(box)
        if box.property(_FITTED):
            continue
        box.setProperty(_FITTED, True)
        model = box.model()
        model.dataChanged.connect(lambda *_, b=box: _fit_box(b))
        model.rowsInserted.connect(lambda *_, b=box: _fit_box(b))


_FITTED = "kapdeskFittedToItems"


def _fit_box(box: QComboBox) -> None:
    metrics = box.fontMetrics()
    texts = (box.itemText(i) for i in range(box.count()))
    longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    needed = box.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(longest, metrics.height()), box
    )
    # The style's frame and arrow, and the same air again: styles disagree on the margins.
    box.setMinimumWidth(max(needed.width(), longest + 2 * metrics.averageCharWidth() + 32))


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
