"""Export of the results table (CSV for Excel, XLSX) and import of order ids from a file.

openpyxl is imported only when an XLSX file is read or written: it costs start-up time.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator, Sequence
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


EXPORT_CHUNK = 2000  # rows between two looks at the stop flag and two progress reports


class ExportStopped(Exception):
    """The export was cancelled; the partial file has been removed."""


def write_table(
    path: Path,
    rows: Sequence[Row],
    header: Sequence[str],
    *,
    stop: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """CSV or XLSX by the suffix, in chunks; meant for a worker thread (touches no widget).

    ``header`` comes from :func:`export_header`, called on the GUI thread.
    """
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(path, header, _chunks(rows, stop, progress))
        else:
            _write_csv(path, header, _chunks(rows, stop, progress))
    except ExportStopped:
        path.unlink(missing_ok=True)  # half a file would pass for the whole table
        raise


def write_csv(path: Path, rows: Sequence[Row]) -> None:
    _write_csv(path, export_header(), _chunks(rows, None, None))


def write_xlsx(path: Path, rows: Sequence[Row]) -> None:
    _write_xlsx(path, export_header(), _chunks(rows, None, None))


def _chunks(
    rows: Sequence[Row], stop: threading.Event | None, progress: Callable[[int], None] | None
) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), EXPORT_CHUNK):
        if stop is not None and stop.is_set():
            raise ExportStopped
        chunk = rows[start : start + EXPORT_CHUNK]
        yield chunk
        if progress is not None:
            progress(start + len(chunk))


def _write_csv(path: Path, header: Sequence[str], chunks: Iterator[Sequence[Row]]) -> None:
    # UTF-8 with a BOM: Excel on Windows otherwise reads Azerbaijani and Russian as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for chunk in chunks:
            writer.writerows(export_cells(r) for r in chunk)


def _write_xlsx(path: Path, header: Sequence[str], chunks: Iterator[Sequence[Row]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("orders")
    sheet.append(list(header))
    for chunk in chunks:
        for row in chunk:
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
