"""The Lookup table's rows as spreadsheet cells: the export's header (translated) and values.

The files themselves are written and read by the Qt-free ``kapdesk.operations.table_files``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kapdesk.domain.money import quantize
from kapdesk.gui.lookup.order_rows import AMOUNT, COLUMNS, CREATED, ID, REFRESHED, REFUNDED, Row
from kapdesk.operations import table_files
from kapdesk.operations.table_files import (
    TIME_ZONE,
    XlsxCell,
    baku_text,
    excel_time,
    money_format,
)


def export_header() -> list[str]:
    names = [QCoreApplication.translate("OrdersModel", c) for c in COLUMNS]
    time_zone = QCoreApplication.translate("OrdersModel", "Time zone")
    error = QCoreApplication.translate("OrdersModel", "Error")
    # The time-zone column sits right after the times so nobody guesses the offset.
    return [*names[:6], time_zone, *names[6:], error]


def export_cells(row: Row) -> list[str]:
    """Plain values for spreadsheets: amounts as exact decimal strings, times with offset."""
    cells = list(row.cells)
    if row.amount is not None:
        cells[3] = str(row.amount)
        cells[5] = baku_text(row.created)
        refunded = _refunded(row)
        cells[REFUNDED] = "" if refunded is None else str(refunded)
    cells[11] = baku_text(row.refreshed)
    return [*cells[:6], TIME_ZONE, *cells[6:], row.error or ""]


def _refunded(row: Row) -> Decimal | None:
    """The refunded amount, exact (its sort key holds it in thousandths)."""
    present, thousandths = row.keys[REFUNDED]
    if present != 0 or row.amount is None:
        return None
    amount = Decimal(thousandths).scaleb(-3)
    try:
        return quantize(amount, row.currency)
    except Exception:  # an unknown currency: the exact value as it is
        return amount.normalize()


# Export column positions (export_header: the time-zone column comes after Created).
_X_AMOUNT, _X_CREATED, _X_REFUNDED, _X_REFRESHED = AMOUNT, CREATED, REFUNDED + 1, REFRESHED + 1


def xlsx_values(row: Row, formats: dict[str, str]) -> list[XlsxCell]:
    """Cells Excel can compute with: (value, number format) per export column.

    Amounts are Decimals with the currency's decimals as their format, the id an integer,
    times Baku wall-clock date-times (Excel has no zones: the zone column says which).
    """
    texts = export_cells(row)
    values: list[XlsxCell] = [(t, None) for t in texts]
    values[ID] = (row.order_id, "0")
    if row.amount is not None:
        money = money_format(row.currency, formats)
        values[_X_AMOUNT] = (row.amount, money)
        refunded = _refunded(row)
        if refunded is not None:
            values[_X_REFUNDED] = (refunded, money)
        values[_X_CREATED] = excel_time(row.created)
    values[_X_REFRESHED] = excel_time(row.refreshed)
    return values


def write_table(
    path: Path,
    rows: Sequence[Row],
    header: Sequence[str],
    *,
    stop: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
    file_type: str | None = None,
) -> None:
    """The table's rows as CSV or XLSX (see ``table_files.write_table``); for a worker thread.

    ``header`` comes from :func:`export_header`, called on the GUI thread.
    """
    table_files.write_table(
        path, header, rows, export_cells, xlsx_values,
        stop=stop, progress=progress, file_type=file_type,
    )  # fmt: skip
