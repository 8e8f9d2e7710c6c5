"""Export of the results table (CSV for Excel, XLSX) and import of order ids from a file.

openpyxl is imported only when an XLSX file is read or written: it costs start-up time.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.gui.rows import COLUMNS, Row

TIME_ZONE = "Asia/Baku"


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return moment.astimezone(GATEWAY_TZ).isoformat(sep=" ", timespec="seconds")


def export_header() -> list[str]:
    names = [QCoreApplication.translate("OrdersModel", c) for c in COLUMNS]
    time_zone = QCoreApplication.translate("OrdersModel", "Time zone")
    error = QCoreApplication.translate("OrdersModel", "Error")
    # The time-zone column sits right after the times so nobody guesses the offset.
    return [*names[:6], time_zone, *names[6:], error]


def export_cells(row: Row) -> list[str]:
    """Plain values for spreadsheets: amounts as exact decimal strings, times with offset."""
    cells = list(row.cells)
    source = row.order or row.known
    if source is not None:
        cells[3] = str(source.amount)
        cells[5] = _when(source.created)
        refunded = row.keys[9][1] if row.keys[9][0] == 0 else ""
        cells[9] = str(refunded)
    cells[11] = _when(row.refreshed)
    return [*cells[:6], TIME_ZONE, *cells[6:], row.error or ""]


def write_csv(path: Path, rows: Sequence[Row]) -> None:
    # UTF-8 with a BOM: Excel on Windows otherwise reads Azerbaijani and Russian as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(export_header())
        writer.writerows(export_cells(r) for r in rows)


def write_xlsx(path: Path, rows: Sequence[Row]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("orders")
    sheet.append(export_header())
    for row in rows:
        sheet.append(export_cells(row))
    book.save(path)


def read_table(path: Path) -> list[list[str]]:
    """Every row of a CSV or XLSX file as text cells (the first row is usually a header)."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _read_xlsx(path)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Excel stores long ids as floats; an order id is a whole number.
        return str(int(value))
    return str(value)


def column_values(table: list[list[str]], column: int, *, skip_header: bool) -> str:
    """One column's cells joined by newlines, ready for ``parse_order_ids``."""
    body = table[1:] if skip_header else table
    return "\n".join(r[column] for r in body if column < len(r))
