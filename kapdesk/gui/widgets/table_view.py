"""The one way kapdesk sets up a table view: whole rows, fixed row heights, nothing measured."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROW_HEIGHT = 22
COLUMN_WIDTH = 100  # a sensible start; the clerk drags columns wider, the last one stretches


def table_view(
    model: QAbstractItemModel,
    parent: QWidget | None = None,
    *,
    sortable: bool = False,
    several: bool = False,
) -> QTableView:
    """A table over ``model``; ``several`` allows selecting several rows (Ctrl/Shift)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setSortingEnabled(sortable)
    table.setWordWrap(False)
    # Tab leaves the table (to the detail pane, its Copy buttons); arrows move inside it.
    table.setTabKeyNavigation(False)
    # Fixed row heights and no ResizeToContents: both would measure every row of a big table.
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.setVisible(False)
    horizontal = table.horizontalHeader()
    horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    horizontal.setDefaultSectionSize(COLUMN_WIDTH)
    horizontal.setStretchLastSection(True)
    return table
