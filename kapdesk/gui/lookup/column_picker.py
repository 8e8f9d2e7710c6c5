"""A small dialog for choosing which column of an imported file holds the order ids."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)


def _letter(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def guess_id_column(table: list[list[str]]) -> int:
    """The column whose cells are most often whole numbers (the ids, usually)."""
    width = max((len(r) for r in table), default=0)
    scores = [
        sum(1 for r in table[1:51] if c < len(r) and r[c].strip().isdigit()) for c in range(width)
    ]
    return max(range(width), key=lambda c: scores[c], default=0)


class ColumnPicker(QDialog):
    """Opened with ``open()`` (never ``exec()``: no nested loop under qasync)."""

    def __init__(self, table: list[list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Choose the column with order ids"))
        width = max((len(r) for r in table), default=0)
        first = table[0] if table else []
        self.column = QComboBox(self)
        for c in range(width):
            sample = first[c] if c < len(first) else ""
            self.column.addItem(f"{_letter(c)}: {sample}"[:60])
        self.column.setCurrentIndex(guess_id_column(table))
        self.header = QCheckBox(self.tr("The first row is a header"), self)
        self.header.setChecked(bool(first) and not any(v.strip().isdigit() for v in first))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%1 rows in the file.").replace("%1", str(len(table))), self))
        form.addRow(self.tr("Column:"), self.column)
        form.addRow(self.header)
        form.addRow(buttons)
